"""The deadline scheduler: finds steps past their due time and applicant notices not sent by
theirs, and says StepOverdue (NoticeOverdue) once for each.

It reads candidates from the read models and runs `MarkOverdue` (`MarkNoticeOverdue`) through the
one command handler. The decider refuses a second StepOverdue for a step instance (a second
NoticeOverdue for a notice) and the append checks the stream version, so several workflow
instances (or a restart) can scan at once: each overdue step instance and each late notice gets
exactly one event.
"""

import asyncio
from collections.abc import Callable
from datetime import datetime
from typing import Any
from uuid import uuid4

import asyncpg

from contracts.identity import Actor, OrganisationKind, Producer, Role
from eventkit.decider import Decider, handle
from eventkit.logging import get_logger
from eventkit.store import ConcurrencyError, Metadata

from .domain import MarkNoticeOverdue, MarkOverdue, WorkflowError

log = get_logger(__name__)
SCHEDULER = Actor(person_id="deadline-scheduler", role=Role.SYSTEM)

_STEPS = """
SELECT i.case_id, i.instance, c.provider_id, c.provider_kind, c.district, c.rural_district
FROM wf_inbox i JOIN wf_cases c USING (case_id)
WHERE NOT i.overdue AND i.due_at < $1
ORDER BY i.due_at LIMIT $2
"""
_NOTICES = """
SELECT n.case_id, n.extension_id, c.provider_id, c.provider_kind, c.district, c.rural_district
FROM wf_notices n JOIN wf_cases c USING (case_id)
WHERE n.notified_at IS NULL AND NOT n.overdue AND n.due_at < $1 AND c.status = 'open'
ORDER BY n.due_at LIMIT $2
"""


async def _mark(conn: asyncpg.Connection, decider: Decider, now: datetime, rows: list,
                command: Callable[[Any], Any]) -> int:
    marked = 0
    for row in rows:
        producer = Producer(organisation_id=row["provider_id"],
                            kind=OrganisationKind(row["provider_kind"]),
                            district=row["district"], rural_district=row["rural_district"])
        meta = Metadata(producer, SCHEDULER, now, uuid4())
        try:
            outcome = await handle(conn, decider, row["case_id"], command(row), meta)
        except (WorkflowError, ConcurrencyError) as error:
            # said already (by us or another instance), finished or sent meanwhile, or extended
            log.debug("overdue.skipped", reason=type(error).__name__)
            continue
        marked += len(outcome.appended)
    return marked


async def scan_overdue(pool: asyncpg.Pool, decider: Decider, now: datetime,
                       batch: int = 200) -> int:
    """Mark every step instance and applicant notice found past due at `now`; returns how many
    this call marked."""
    async with pool.acquire() as conn:
        steps = await _mark(conn, decider, now, await conn.fetch(_STEPS, now, batch),
                            lambda row: MarkOverdue(row["instance"], now))
        notices = await _mark(conn, decider, now, await conn.fetch(_NOTICES, now, batch),
                              lambda row: MarkNoticeOverdue(row["extension_id"], now))
    if steps or notices:
        log.info("overdue.marked", steps=steps, notices=notices)
    return steps + notices


def overdue_loop(decider: Decider, clock: Callable[[], datetime], every_s: float):
    async def loop(runtime, stop: asyncio.Event) -> None:
        while not stop.is_set():
            await scan_overdue(runtime.pool, decider, clock())
            try:
                await asyncio.wait_for(stop.wait(), every_s)
            except TimeoutError:
                pass

    return loop
