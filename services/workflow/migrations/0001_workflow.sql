-- Read models of the workflow service; all rebuilt from the event log by `rebuild`.

-- One row per case: what the case detail and the jurisdiction checks of lists need.
CREATE TABLE IF NOT EXISTS wf_cases (
    case_id            text PRIMARY KEY,
    application_id     text NOT NULL,
    regulation_id      integer NOT NULL,
    sub_service        text,
    route_id           text NOT NULL,
    catalogue_version  text NOT NULL,
    channel            text NOT NULL,
    origin             text NOT NULL,
    provider_id        text NOT NULL,
    provider_kind      text NOT NULL,
    district           text,
    rural_district     text,
    participants       text[] NOT NULL,  -- organisation kinds holding a step of the plan
    applicant          jsonb NOT NULL,
    status             text NOT NULL,    -- open | closed
    outcome            text,
    decision_reference text,
    registration_number text,
    executor           text,
    current_step       text,
    current_due        timestamptz,
    opened_at          timestamptz NOT NULL,
    case_due           timestamptz,
    closed_at          timestamptz,
    version            integer NOT NULL
);
CREATE INDEX IF NOT EXISTS wf_cases_place ON wf_cases (district, rural_district);

-- What waits for whom: the current step of every open case.
CREATE TABLE IF NOT EXISTS wf_inbox (
    case_id          text PRIMARY KEY,
    regulation_id    integer NOT NULL,
    step_id          text NOT NULL,
    instance         integer NOT NULL,
    role             text NOT NULL,
    holder_kind      text NOT NULL,
    district         text,
    rural_district   text,
    organisation_id  text,
    person_id        text,
    started_at       timestamptz NOT NULL,
    due_at           timestamptz,
    overdue          boolean NOT NULL DEFAULT false
);
CREATE INDEX IF NOT EXISTS wf_inbox_holder ON wf_inbox (holder_kind, role, district);
CREATE INDEX IF NOT EXISTS wf_inbox_due ON wf_inbox (due_at) WHERE NOT overdue;

-- Every event of a case, for the case detail and auditors.
CREATE TABLE IF NOT EXISTS wf_history (
    case_id          text NOT NULL,
    stream_version   integer NOT NULL,
    event_type       text NOT NULL,
    occurred_at      timestamptz NOT NULL,
    producer         jsonb NOT NULL,
    actor            jsonb NOT NULL,
    payload          jsonb NOT NULL,
    PRIMARY KEY (case_id, stream_version)
);

-- Per case: the figures of the SLA report.
CREATE TABLE IF NOT EXISTS wf_sla (
    case_id           text PRIMARY KEY,
    district          text,
    regulation_id     integer NOT NULL,
    opened_at         timestamptz NOT NULL,
    case_due          timestamptz,
    closed_at         timestamptz,
    working_days_used integer,
    late              boolean
);
CREATE INDEX IF NOT EXISTS wf_sla_group ON wf_sla (district, regulation_id);
