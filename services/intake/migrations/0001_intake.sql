-- Receipt numbers: one counter per accepting organisation and year, bumped inside the same
-- transaction as the receipt event, so a rolled-back submission leaves no number used.
CREATE TABLE IF NOT EXISTS intake_receipt_counters (
    organisation_id  text NOT NULL,
    year             integer NOT NULL,
    last_number      bigint NOT NULL,
    PRIMARY KEY (organisation_id, year)
);

-- Read model: one row per application, for lists, receipts by number and the return sweep.
CREATE TABLE IF NOT EXISTS intake_applications (
    application_id   text PRIMARY KEY,
    receipt_number   text NOT NULL UNIQUE,
    regulation_id    integer NOT NULL,
    sub_service      text,
    channel          text NOT NULL,
    status           text NOT NULL,
    organisation_id  text NOT NULL,
    district         text,
    rural_district   text,
    submitted_at     timestamptz NOT NULL,
    forward_due      timestamptz,
    forwarded_at     timestamptz,
    provider_id      text,
    result_due       timestamptz,
    collect_by       timestamptz,
    version          integer NOT NULL,
    view             jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS intake_applications_status ON intake_applications (status, submitted_at);
CREATE INDEX IF NOT EXISTS intake_applications_place
    ON intake_applications (district, rural_district);
CREATE INDEX IF NOT EXISTS intake_applications_org ON intake_applications (organisation_id);
CREATE INDEX IF NOT EXISTS intake_applications_uncollected ON intake_applications (collect_by)
    WHERE status = 'result_received';
