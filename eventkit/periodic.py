"""The one periodic loop: do some work, and when there was none, wait (or stop when told).

The relay, the projection runner, the supervisor's restart pause and every service's timers run
on it, so "how a loop waits and stops" is written once.
"""

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

import asyncpg

from eventkit.clock import Clock

Work = Callable[[], Awaitable[int]]


async def sleep_or_stop(stop: asyncio.Event, seconds: float) -> bool:
    """Wait `seconds`; True when `stop` was set meanwhile (the caller should return)."""
    try:
        await asyncio.wait_for(stop.wait(), seconds)
    except TimeoutError:
        return False
    return True


async def every(stop: asyncio.Event, idle_s: float, work: Work) -> None:
    """Run `work` until `stop`; it goes again at once while it finds something to do (returns
    more than 0), and waits `idle_s` after a round that found nothing."""
    while not stop.is_set():
        if await work() == 0 and await sleep_or_stop(stop, idle_s):
            return


Tick = Callable[[asyncpg.Pool, datetime], Awaitable[int]]


@dataclass(frozen=True)
class Timer:
    """A reaction to time: `tick(pool, now)` every `every_s` seconds, returning how much it did.

    A tick that did something runs again at once (a backlog drains without waiting); the time
    it is given comes from the service's clock.
    """

    name: str
    every_s: float
    tick: Tick

    async def run(self, pool: asyncpg.Pool, clock: Clock, stop: asyncio.Event) -> None:
        await every(stop, self.every_s, lambda: self.tick(pool, clock()))
