-- The event log, the inbox, dead letters and checkpoints every service keeps in its own database.

CREATE TABLE IF NOT EXISTS events (
    position        bigint GENERATED ALWAYS AS IDENTITY,
    -- the writing transaction's id: readers order by (tx_id, position) and only read below the
    -- oldest transaction still running, so a slow commit is never skipped
    tx_id           xid8 NOT NULL DEFAULT pg_current_xact_id(),
    event_id        uuid NOT NULL UNIQUE,
    stream_id       text NOT NULL,
    stream_version  integer NOT NULL CHECK (stream_version >= 1),
    event_type      text NOT NULL,
    schema_version  integer NOT NULL,
    occurred_at     timestamptz NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    producer        jsonb NOT NULL,
    actor           jsonb NOT NULL,
    correlation_id  uuid NOT NULL,
    causation_id    uuid,
    payload         jsonb NOT NULL,
    signature       text,
    -- the global order is the primary key: one index serves both uniqueness and read_all
    PRIMARY KEY (tx_id, position),
    UNIQUE (stream_id, stream_version)
);

CREATE OR REPLACE FUNCTION events_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the event log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;

DROP TRIGGER IF EXISTS events_no_update_delete ON events;
CREATE TRIGGER events_no_update_delete BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION events_are_immutable();
DROP TRIGGER IF EXISTS events_no_truncate ON events;
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION events_are_immutable();

-- One row per reader of the log (the relay, each projection): where it has got to.
CREATE TABLE IF NOT EXISTS checkpoints (
    name        text PRIMARY KEY,
    tx_id       xid8 NOT NULL DEFAULT '0',
    position    bigint NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- Event ids already applied by a consumer group: a redelivery finds its id here and does nothing.
CREATE TABLE IF NOT EXISTS inbox (
    consumer     text NOT NULL,
    event_id     uuid NOT NULL,
    topic        text NOT NULL,
    "partition"  integer NOT NULL,
    "offset"     bigint NOT NULL,
    applied_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (consumer, event_id)
);

CREATE TABLE IF NOT EXISTS dead_letters (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consumer     text NOT NULL,
    topic        text NOT NULL,
    "partition"  integer NOT NULL,
    "offset"     bigint NOT NULL,
    event_id     uuid,
    event_type   text,
    reason       text NOT NULL,
    raw_key      bytea,
    raw_value    bytea,
    recorded_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    UNIQUE (consumer, topic, "partition", "offset")
);

-- Answers already given to an Idempotency-Key: a retry gets the first answer back.
CREATE TABLE IF NOT EXISTS idempotency_keys (
    scope         text NOT NULL,
    key           text NOT NULL,
    request_hash  text NOT NULL,
    status_code   integer NOT NULL,
    response      jsonb NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (scope, key)
);
