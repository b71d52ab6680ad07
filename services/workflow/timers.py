"""The workflow's reactions to time: steps past their due and applicant notices not sent by theirs
get StepOverdue (NoticeOverdue), once each.

Candidates come from the read models; each one is a command through `Cases`. The decider refuses
a second StepOverdue for a step instance (a second NoticeOverdue for a notice) and the append
checks the stream version, so several workflow instances (or a restart) can scan at once: each
overdue step instance and each late notice gets exactly one event.
"""

from datetime import datetime
from functools import partial

import asyncpg

from eventkit.logging import get_logger
from eventkit.periodic import Timer

from . import queries
from .commanding import Cases
from .domain import MarkNoticeOverdue, MarkOverdue

log = get_logger(__name__)
BATCH = 200


async def mark_overdue(cases: Cases, pool: asyncpg.Pool, now: datetime) -> int:
    """Mark every step instance and applicant notice found past due at `now`; returns how many
    this call marked."""
    steps = notices = 0
    async with pool.acquire() as conn:
        for step in await queries.late_steps(conn, now, BATCH):
            steps += await cases.mark_late(conn, step.case_id, MarkOverdue(step.instance, now),
                                           step.producer)
        for notice in await queries.late_notices(conn, now, BATCH):
            notices += await cases.mark_late(conn, notice.case_id,
                                             MarkNoticeOverdue(notice.extension_id, now),
                                             notice.producer)
    if steps or notices:
        log.info("overdue.marked", steps=steps, notices=notices)
    return steps + notices


def timers(cases: Cases, every_s: float) -> list[Timer]:
    return [Timer("overdue", every_s, partial(mark_overdue, cases))]
