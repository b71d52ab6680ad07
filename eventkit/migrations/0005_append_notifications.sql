-- Readers of the log (the relay, the projections) wake when a commit appended events instead of
-- polling for them. A trigger rather than a NOTIFY in the append: it covers every way events are
-- inserted, in the append's own statement (no extra round trip per command), and once per
-- statement that inserted rows, not per row. The payload is the appending transaction's id: a
-- reader still behind it knows events are committed that its horizon may not show yet.
-- PostgreSQL sends a transaction's identical notifications once, at its commit, and none if it
-- (or the savepoint they were sent in) rolls back.
CREATE OR REPLACE FUNCTION events_appended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM appended) THEN
        PERFORM pg_notify('events_appended', pg_current_xact_id()::text);
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS events_notify_appended ON events;
CREATE TRIGGER events_notify_appended AFTER INSERT ON events
    REFERENCING NEW TABLE AS appended FOR EACH STATEMENT EXECUTE FUNCTION events_appended();
