-- The W3C trace context (`traceparent`) of whatever appended the event: the relay continues
-- that trace when it publishes the event. Transport metadata, not part of the envelope.
ALTER TABLE events ADD COLUMN IF NOT EXISTS trace_context text;
