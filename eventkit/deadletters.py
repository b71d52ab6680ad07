"""Dead letters for operators: list what a consumer could not apply, retry it once fixed, or
discard it once reviewed.

A retry runs the stored message through the same inbox path as the broker's delivery, so it is
applied at most once; a letter that now applies (or had been applied meanwhile) is marked
resolved and kept on record, one that fails again gets its new reason. A discarded letter (a
forged event, found so on review) is resolved without being applied, with the reviewer's words:
nothing of it is ever applied, and it no longer counts as waiting.
"""

from datetime import UTC, datetime

import asyncpg
from aiokafka import ConsumerRecord

from eventkit.db import Connection
from eventkit.inbox import Inbox


async def unresolved(conn: Connection, limit: int = 100) -> list[asyncpg.Record]:
    return await conn.fetch(
        'SELECT id, consumer, topic, "partition", "offset", event_id, event_type, reason,'
        " attempts, recorded_at FROM dead_letters WHERE resolved_at IS NULL"
        " ORDER BY id LIMIT $1",
        limit,
    )


def _record(row: asyncpg.Record) -> ConsumerRecord:
    return ConsumerRecord(
        topic=row["topic"], partition=row["partition"], offset=row["offset"],
        timestamp=int(datetime.now(UTC).timestamp() * 1000), timestamp_type=0,
        key=row["raw_key"], value=row["raw_value"], checksum=None,
        serialized_key_size=len(row["raw_key"] or b""),
        serialized_value_size=len(row["raw_value"] or b""), headers=(),
    )


async def retry(inbox: Inbox, letter_id: int) -> bool:
    """True when the letter is resolved now; False when it failed again (see its reason)."""
    async with inbox.pool.acquire() as conn:
        row = await conn.fetchrow(
            "SELECT * FROM dead_letters WHERE id = $1 AND consumer = $2", letter_id, inbox.name
        )
    if row is None:
        raise LookupError(f"no dead letter {letter_id} of {inbox.name}")
    if row["resolved_at"] is not None:
        return True
    dead_before = inbox.dead
    await inbox.process(_record(row))
    if inbox.dead > dead_before:
        return False
    async with inbox.pool.acquire() as conn:
        await conn.execute(
            "UPDATE dead_letters SET resolved_at = clock_timestamp(),"
            " resolution = 'applied on retry' WHERE id = $1", letter_id
        )
    return True


async def discard(conn: Connection, consumer: str, letter_id: int, because: str) -> bool:
    """Resolve a waiting letter without applying it, recording `because`; False when there is
    no such letter waiting (unknown, another consumer's, or resolved already)."""
    if not because.strip():
        raise ValueError("say why the letter is discarded")
    done = await conn.fetchval(
        "UPDATE dead_letters SET resolved_at = clock_timestamp(), resolution = $3"
        " WHERE id = $1 AND consumer = $2 AND resolved_at IS NULL RETURNING id",
        letter_id, consumer, f"discarded: {because.strip()}",
    )
    return done is not None
