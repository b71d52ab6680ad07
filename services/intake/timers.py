"""Intake's reactions to time: a result nobody collects goes back to the provider."""

from datetime import datetime

import asyncpg

from eventkit.periodic import Timer

from . import commanding, queries

BATCH = 100


async def return_uncollected(pool: asyncpg.Pool, now: datetime) -> int:
    """Send back every result whose keeping period is over; returns how many went back."""
    returned = 0
    async with pool.acquire() as conn:
        for application_id in await queries.due_for_return(conn, now, BATCH):
            returned += await commanding.return_to_provider(conn, application_id, now)
    return returned


def timers(every_s: float) -> list[Timer]:
    return [Timer("return_uncollected", every_s, return_uncollected)]
