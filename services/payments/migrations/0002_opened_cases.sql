-- The cases this service may act on a decision of: each one whose opening it saw
-- (workflow.CaseOpened, a forwarded application or an in-person acceptance, signed by the
-- provider), with that provider. A decision for any other case, or by another provider, goes to
-- the dead letters. Written by the inbox in the transaction that records the CaseOpened; not a
-- read model: never rebuilt.
CREATE TABLE IF NOT EXISTS opened_cases (
    case_id      text PRIMARY KEY,
    provider_id  text NOT NULL,
    origin       text NOT NULL,
    opened_at    timestamptz NOT NULL,
    event_id     uuid NOT NULL
);
