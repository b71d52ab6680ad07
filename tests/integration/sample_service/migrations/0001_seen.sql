CREATE TABLE seen (stream_id text, n int, producer_kind text);
