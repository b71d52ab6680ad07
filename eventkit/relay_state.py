"""A relay's state in its service's database, beside the log it reads.

- Its checkpoint, moved only from where the relay left it: someone who set it back (`rewind`,
  `qorgau republish`) is not overwritten by a batch that was in flight.
- What the broker acknowledged (`relay_acks`): per topic and partition, the offsets of the first
  and the last message of the last batch acknowledged there, saved with the checkpoint.
- The lock among a service's instances: one relays its log.
"""

from collections.abc import Sequence

from aiokafka import TopicPartition

from eventkit import store
from eventkit.db import Connection
from eventkit.store import START, Position

# partition -> offsets of the first and the last message of the last batch acknowledged there
Acknowledged = dict[TopicPartition, tuple[int, int]]


async def try_lock(conn: Connection, name: str) -> bool:
    """Among the instances of a service one relays its log: the one holding this lock (for as
    long as its connection lives)."""
    return bool(await conn.fetchval("SELECT pg_try_advisory_lock(hashtext($1))", name))


async def unlock(conn: Connection, name: str) -> None:
    await conn.execute("SELECT pg_advisory_unlock(hashtext($1))", name)


def batch_offsets(results: Sequence[object]) -> Acknowledged:
    """Per partition, the first and last offset the broker gave a batch's messages (the
    producer's record metadata)."""
    found: Acknowledged = {}
    for result in results:
        tp = TopicPartition(result.topic, result.partition)  # type: ignore[attr-defined]
        offset: int = result.offset  # type: ignore[attr-defined]
        first, last = found.get(tp, (offset, offset))
        found[tp] = (min(first, offset), max(last, offset))
    return found


async def acknowledged(conn: Connection, name: str) -> Acknowledged:
    rows = await conn.fetch('SELECT topic, "partition", "offset", batch_offset FROM relay_acks'
                            " WHERE relay = $1", name)
    return {TopicPartition(r["topic"], r["partition"]): (r["batch_offset"], r["offset"])
            for r in rows}


async def save(conn: Connection, name: str, since: Position, upto: Position,
               offsets: Acknowledged) -> bool:
    """In one transaction: the checkpoint from `since` to `upto` and the batch's offsets; False
    (and nothing saved) when the checkpoint is no longer at `since`."""
    async with conn.transaction():
        moved = await conn.fetchval(
            "INSERT INTO checkpoints (name, tx_id, position) VALUES ($1, $4::xid8, $5)"
            " ON CONFLICT (name) DO UPDATE SET tx_id = EXCLUDED.tx_id,"
            " position = EXCLUDED.position, updated_at = clock_timestamp()"
            " WHERE checkpoints.tx_id = $2::xid8 AND checkpoints.position = $3 RETURNING true",
            name, since.tx_id, since.seq, upto.tx_id, upto.seq)
        if not moved:
            return False
        await conn.executemany(
            'INSERT INTO relay_acks (relay, topic, "partition", "offset", batch_offset)'
            ' VALUES ($1, $2, $3, $4, $5) ON CONFLICT (relay, topic, "partition")'
            ' DO UPDATE SET "offset" = EXCLUDED."offset", batch_offset = EXCLUDED.batch_offset',
            [(name, tp.topic, tp.partition, last, first)
             for tp, (first, last) in offsets.items()])
    return True


async def start_over(conn: Connection, name: str) -> None:
    """The broker lost what it acknowledged: the whole log goes again, nothing is on record."""
    async with conn.transaction():
        await store.save_checkpoint(conn, name, START)
        await conn.execute("DELETE FROM relay_acks WHERE relay = $1", name)


async def rewind(conn: Connection, name: str, position: int) -> Position | None:
    """Set relay `name` back so that it publishes again every event from log position
    `position` on (and those that follow them in global order); None when there is none.
    A running relay goes on from there after the batch it has in flight."""
    first = await conn.fetchrow(
        "SELECT tx_id::text::bigint AS tx, position FROM events WHERE position >= $1"
        " ORDER BY tx_id, position LIMIT 1", position)
    if first is None:
        return None
    before = Position(first["tx"], first["position"] - 1)  # just before it in (tx, position)
    async with conn.transaction():
        # never forwards: a relay behind `position` still has everything before it to publish
        before = min(before, await store.lock_checkpoint(conn, name))
        await store.save_checkpoint(conn, name, before)
    return before
