-- What a relay's broker acknowledged: per topic and partition, the offset of the last message
-- and the first offset of the batch it came in, saved with the relay's checkpoint. A broker that
-- no longer reaches past them lost what it had acknowledged, and the relay publishes its log
-- again. (The embedded broker reports a partition's end as one past the first message of its
-- last batch, so that is what its end can be compared with.)
CREATE TABLE IF NOT EXISTS relay_acks (
    relay         text NOT NULL,
    topic         text NOT NULL,
    "partition"   integer NOT NULL,
    "offset"      bigint NOT NULL,
    batch_offset  bigint NOT NULL,
    PRIMARY KEY (relay, topic, "partition")
);

-- Which incarnation of the broker a consumer last checked each partition's position on: a
-- partition checked on another one is read again from its beginning.
CREATE TABLE IF NOT EXISTS consumer_partitions (
    consumer     text NOT NULL,
    topic        text NOT NULL,
    "partition"  integer NOT NULL,
    incarnation  text NOT NULL,
    checked_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (consumer, topic, "partition")
);

-- A dead letter is the message, not the place it was read at: offsets start again when a broker
-- is refilled, and the same message comes at another offset when it is republished. Letters are
-- keyed by the digest of the message's bytes; those already on record for the same message
-- become one, keeping the latest reason and the sum of their attempts.
ALTER TABLE dead_letters ADD COLUMN IF NOT EXISTS digest bytea GENERATED ALWAYS AS
    (sha256(coalesce(raw_key, ''::bytea) || '\x00'::bytea || coalesce(raw_value, ''::bytea)))
    STORED;
WITH merged AS (
    SELECT max(id) AS keep, sum(attempts) AS attempts,
           bool_and(resolved_at IS NOT NULL) AS resolved
      FROM dead_letters GROUP BY consumer, digest HAVING count(*) > 1
)
UPDATE dead_letters d SET attempts = m.attempts,
       resolved_at = CASE WHEN m.resolved THEN d.resolved_at END
  FROM merged m WHERE d.id = m.keep;
DELETE FROM dead_letters d USING dead_letters newer
 WHERE d.consumer = newer.consumer AND d.digest = newer.digest AND d.id < newer.id;
ALTER TABLE dead_letters DROP CONSTRAINT IF EXISTS dead_letters_consumer_topic_partition_offset_key;
CREATE UNIQUE INDEX IF NOT EXISTS dead_letters_message ON dead_letters (consumer, digest);
