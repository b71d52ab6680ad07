"""The overdue watch: documents not issued by their due time get a DocumentOverdue, once."""

import asyncio
from collections.abc import Callable
from datetime import datetime
from uuid import uuid4

import asyncpg

from contracts.identity import OrganisationKind, Producer
from eventkit.store import Metadata

from .domain import MarkOverdue
from .handlers import SYSTEM_ACTOR
from .issuing import run

Clock = Callable[[], datetime]

_LATE = (
    "SELECT document_id::text, holder_id::text, organisation_id, organisation_kind, district,"
    " rural_district FROM documents WHERE status = 'requested' AND NOT overdue AND due_at < $1"
    " ORDER BY due_at LIMIT $2"
)


async def mark_overdue(pool: asyncpg.Pool, now: datetime, batch: int = 500) -> int:
    """Candidates come from the read model; each holder's file decides for itself, so a
    document issued meanwhile or already flagged yields nothing."""
    async with pool.acquire() as conn:
        rows = await conn.fetch(_LATE, now, batch)
    flagged = 0
    for row in rows:
        producer = Producer(organisation_id=row["organisation_id"],
                            kind=OrganisationKind(row["organisation_kind"]),
                            district=row["district"], rural_district=row["rural_district"])
        meta = Metadata(producer=producer, actor=SYSTEM_ACTOR, occurred_at=now,
                        correlation_id=uuid4())
        async with pool.acquire() as conn:
            outcome = await run(conn, row["holder_id"], MarkOverdue(row["document_id"], now), meta)
        flagged += len(outcome.appended)
    return flagged


def overdue_loop(clock: Clock, interval_s: float):
    async def loop(runtime, stop: asyncio.Event) -> None:
        while not stop.is_set():
            await mark_overdue(runtime.pool, clock())
            try:
                await asyncio.wait_for(stop.wait(), interval_s)
            except TimeoutError:
                pass

    return loop
