-- Write side: tables kept in the same transaction as the events they guard. Never rebuilt.

-- One pseudonymous holder id per IIN (or BIN) across the oblast. Every stream, Kafka key and log
-- line uses the holder id; the primary key is what makes "one register entry per person" a
-- database rule: all decisions for one IIN land on one stream, whose (stream, version) key
-- lets only one writer append PersonRegistered.
CREATE TABLE IF NOT EXISTS holders (
    holder_key  text PRIMARY KEY CHECK (holder_key ~ '^[0-9]{12}$'),
    holder_id   uuid NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- The last number issued per authority and year. Taken with an UPDATE in the transaction that
-- appends DocumentIssued: the row lock serialises issuers, and a rollback returns the number,
-- so the series has neither gaps nor duplicates.
CREATE TABLE IF NOT EXISTS document_counters (
    authority   text NOT NULL,
    year        integer NOT NULL,
    last_number integer NOT NULL CHECK (last_number >= 1),
    PRIMARY KEY (authority, year)
);

-- Read models (projections.py): disposable, rebuilt from the log.

CREATE TABLE IF NOT EXISTS register_entries (
    holder_id           uuid PRIMARY KEY,
    iin                 text NOT NULL UNIQUE,
    last_name           text NOT NULL,
    first_name          text NOT NULL,
    middle_name         text,
    periods             jsonb NOT NULL,
    district            text,
    organisation_id     text NOT NULL,
    case_id             text NOT NULL,
    decision_reference  text NOT NULL,
    decided_at          timestamptz NOT NULL,
    status              text NOT NULL,
    annul_reason        text,
    annulled_at         timestamptz
);
CREATE INDEX IF NOT EXISTS register_entries_district ON register_entries (district, decided_at);

CREATE TABLE IF NOT EXISTS register_conflicts (
    event_id             uuid PRIMARY KEY,
    holder_id            uuid NOT NULL,
    case_id              text NOT NULL,
    decision_reference   text NOT NULL,
    organisation_id      text NOT NULL,
    district             text,
    rural_district       text,
    registered_case_id   text NOT NULL,
    registered_district  text,
    detected_at          timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS register_conflicts_district ON register_conflicts (district);

CREATE TABLE IF NOT EXISTS documents (
    document_id         uuid PRIMARY KEY,
    holder_id           uuid NOT NULL,
    holder_key          text NOT NULL,
    last_name           text NOT NULL,
    first_name          text NOT NULL,
    middle_name         text,
    kind                text NOT NULL,
    regulation_id       integer NOT NULL,
    case_id             text NOT NULL,
    decision_reference  text NOT NULL,
    organisation_id     text NOT NULL,
    organisation_kind   text NOT NULL,
    district            text,
    rural_district      text,
    status              text NOT NULL,
    requested_at        timestamptz NOT NULL,
    due_at              timestamptz NOT NULL,
    overdue             boolean NOT NULL DEFAULT false,
    number              text UNIQUE,
    year                integer,
    sequence            integer,
    verification_code   text UNIQUE,
    issued_at           timestamptz,
    issued_by           text,
    valid_from          date,
    valid_until         date,
    replaces            uuid,
    replaces_number     text,
    replace_reason      text,
    replaced_by         uuid,
    invalid_reason      text,
    invalidated_by      text,
    invalidated_at      timestamptz,
    details             jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS documents_holder ON documents (holder_id, requested_at);
CREATE INDEX IF NOT EXISTS documents_open ON documents (status, due_at) WHERE status = 'requested';
CREATE UNIQUE INDEX IF NOT EXISTS documents_series ON documents (organisation_id, year, sequence);

CREATE TABLE IF NOT EXISTS verification_audit (
    lookup_id     uuid PRIMARY KEY,
    method        text NOT NULL,
    answer        text NOT NULL,
    document_id   uuid,
    client        text NOT NULL,
    looked_up_at  timestamptz NOT NULL
);
