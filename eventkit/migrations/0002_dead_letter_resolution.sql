-- A dead letter retried successfully stays on record, marked resolved.
ALTER TABLE dead_letters ADD COLUMN IF NOT EXISTS resolved_at timestamptz;
ALTER TABLE dead_letters ADD COLUMN IF NOT EXISTS attempts integer NOT NULL DEFAULT 1;
