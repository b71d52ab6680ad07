"""The registry's reactions to time: a document not issued by its due time is flagged, once."""

from datetime import datetime

import asyncpg

from contracts.identity import Producer
from eventkit.periodic import Timer

from . import commanding, queries

BATCH = 500


async def mark_overdue(pool: asyncpg.Pool, now: datetime) -> int:
    """Flag every late document the read model proposes; returns how many were flagged (one
    issued or flagged meanwhile yields nothing: its file decides)."""
    async with pool.acquire() as conn:
        late = await queries.late_documents(conn, now, BATCH)
        # the issuing authority speaks for the flag, as it does for the order
        return sum([
            await commanding.mark_overdue(conn, row["holder_id"], row["document_id"],
                                          _authority(row), now)
            for row in late
        ])


def _authority(row: asyncpg.Record) -> Producer:
    # the row also holds the ids, and Producer forbids extra fields: take its own columns
    return Producer.model_validate({name: row[name] for name in Producer.model_fields})


def timers(every_s: float) -> list[Timer]:
    return [Timer("overdue", every_s, mark_overdue)]
