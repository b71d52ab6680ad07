"""Payments' reaction to time: on a payment day, after the release hour, every district with
ready payments gets an envelope. The timer keeps ticking all day, so a payment corrected after
the first release leaves the same day."""

from datetime import datetime
from uuid import uuid4

import asyncpg

from eventkit.logging import get_logger
from eventkit.periodic import Tick, Timer
from eventkit.store import ConcurrencyError

from . import commanding, queries
from .commanding import Identity
from .domain import schedule

log = get_logger(__name__)


def release_due(identity: Identity) -> Tick:
    async def tick(pool: asyncpg.Pool, now: datetime) -> int:
        """How many envelopes were released (0 off schedule or with nothing ready)."""
        day = schedule.release_due(now)
        if day is None:
            return 0
        released = 0
        async with pool.acquire() as conn:
            for district in await queries.ready_districts(conn):
                try:
                    envelope = await commanding.release(conn, district, day, uuid4(),
                                                        identity.on_time(now))
                except ConcurrencyError:
                    # a payment changed while its envelope was made: the next tick sees it
                    log.info("payments.release_retried", district=district)
                    continue
                released += envelope is not None
        return released

    return tick


def timers(identity: Identity, every_s: float) -> list[Timer]:
    return [Timer("envelope-release", every_s, release_due(identity))]
