"""The deadline scheduler: finds steps past their due time and says StepOverdue once for each.

It reads candidates from the inbox read model and runs `MarkOverdue` through the one command
handler. The decider refuses a second StepOverdue for a step instance and the append checks the
stream version, so several workflow instances (or a restart) can scan at once: each overdue step
instance gets exactly one event.
"""

import asyncio
from collections.abc import Callable
from datetime import datetime
from uuid import uuid4

import asyncpg

from contracts.identity import Actor, OrganisationKind, Producer, Role
from eventkit.decider import Decider, handle
from eventkit.logging import get_logger
from eventkit.store import ConcurrencyError, Metadata

from .domain import MarkOverdue, WorkflowError

log = get_logger(__name__)
SCHEDULER = Actor(person_id="deadline-scheduler", role=Role.SYSTEM)

_CANDIDATES = """
SELECT i.case_id, i.instance, c.provider_id, c.provider_kind, c.district, c.rural_district
FROM wf_inbox i JOIN wf_cases c USING (case_id)
WHERE NOT i.overdue AND i.due_at < $1
ORDER BY i.due_at LIMIT $2
"""


async def scan_overdue(pool: asyncpg.Pool, decider: Decider, now: datetime,
                       batch: int = 200) -> int:
    """Mark every step instance found past due at `now`; returns how many this call marked."""
    async with pool.acquire() as conn:
        rows = await conn.fetch(_CANDIDATES, now, batch)
        marked = 0
        for row in rows:
            producer = Producer(organisation_id=row["provider_id"],
                                kind=OrganisationKind(row["provider_kind"]),
                                district=row["district"], rural_district=row["rural_district"])
            meta = Metadata(producer, SCHEDULER, now, uuid4())
            try:
                outcome = await handle(conn, decider, row["case_id"],
                                       MarkOverdue(row["instance"], now), meta)
            except (WorkflowError, ConcurrencyError) as error:
                # said already (by us or another instance), finished meanwhile, or extended
                log.debug("overdue.skipped", reason=type(error).__name__)
                continue
            marked += len(outcome.appended)
    if marked:
        log.info("overdue.marked", steps=marked)
    return marked


def overdue_loop(decider: Decider, clock: Callable[[], datetime], every_s: float):
    async def loop(runtime, stop: asyncio.Event) -> None:
        while not stop.is_set():
            await scan_overdue(runtime.pool, decider, clock())
            try:
                await asyncio.wait_for(stop.wait(), every_s)
            except TimeoutError:
                pass

    return loop
