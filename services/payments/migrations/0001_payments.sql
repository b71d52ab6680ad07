-- The once-only rule of the one-time compensation (regulation 1): one row per person, ever.
-- Written in the same transaction as the CompensationAssigned event; a second decision for the
-- same IIN finds the row and is recorded as a PaymentConflict instead of a payment.
CREATE TABLE IF NOT EXISTS compensations (
    iin         text PRIMARY KEY CHECK (iin ~ '^\d{12}$'),
    payment_id  uuid NOT NULL UNIQUE,
    case_id     text NOT NULL UNIQUE,
    assigned_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- Read models (disposable: rebuilt from the log by the projection runner).
CREATE TABLE IF NOT EXISTS payments_view (
    payment_id       uuid PRIMARY KEY,
    case_id          text NOT NULL,
    regulation_id    int NOT NULL,
    decision_reference text NOT NULL,
    district         text NOT NULL,
    beneficiary      jsonb,
    amount           numeric(15, 2),
    currency         text NOT NULL DEFAULT 'KZT',
    status           text NOT NULL,
    route            jsonb,
    envelope_id      uuid,
    attempts         int NOT NULL DEFAULT 0,
    bank_reference   text,
    return_reason    text,
    conflict_with    uuid,
    version          int NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS payments_view_queue ON payments_view (district, status);

CREATE TABLE IF NOT EXISTS envelopes_view (
    envelope_id   uuid PRIMARY KEY,
    schedule_date date NOT NULL,
    district      text NOT NULL,
    currency      text NOT NULL,
    control_count int NOT NULL,
    control_sum   numeric(17, 2) NOT NULL,
    status        text NOT NULL,
    reason        text,
    released_at   timestamptz NOT NULL,
    answered_at   timestamptz
);
CREATE INDEX IF NOT EXISTS envelopes_view_schedule ON envelopes_view (schedule_date, district);

CREATE TABLE IF NOT EXISTS envelope_orders (
    envelope_id    uuid NOT NULL,
    payment_id     uuid NOT NULL,
    district       text NOT NULL,
    amount         numeric(15, 2) NOT NULL,
    outcome        text NOT NULL CHECK (outcome IN ('pending', 'confirmed', 'returned')),
    reason         text,
    bank_reference text,
    PRIMARY KEY (envelope_id, payment_id)
);
