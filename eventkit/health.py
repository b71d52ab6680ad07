"""Liveness and readiness, and the lag of the log's readers that both metrics and readiness show.

Live: the process answers. Ready: the database and the broker answer within a timeout, every
background loop runs, and no reader of the log (the relay, each projection) stands still while
events wait behind it. A check that fails says why; it never raises.
"""

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field

import asyncpg

from eventkit.db import Connection
from eventkit.store import Position

# A reader far behind is counted up to here: the figure says "a lot" without scanning the log.
LAG_COUNT_LIMIT = 100_000

_LAGS = f"""
SELECT r.name, c.tx_id::text::bigint AS tx, coalesce(c.position, 0) AS position,
       (SELECT count(*) FROM (SELECT 1 FROM events e
            WHERE (e.tx_id, e.position) > (coalesce(c.tx_id, '0'::xid8), coalesce(c.position, 0))
            LIMIT {LAG_COUNT_LIMIT}) w) AS waiting,
       coalesce((SELECT extract(epoch FROM clock_timestamp() - e.recorded_at) FROM events e
            WHERE (e.tx_id, e.position) > (coalesce(c.tx_id, '0'::xid8), coalesce(c.position, 0))
            ORDER BY e.tx_id, e.position LIMIT 1), 0)::float8 AS seconds
FROM unnest($1::text[]) AS r(name) LEFT JOIN checkpoints c USING (name)
"""


@dataclass(frozen=True)
class Lag:
    """How far a reader of the log is behind its head: events waiting, and the age of the
    oldest of them (0 when none waits)."""

    position: Position
    events: int
    seconds: float


async def reader_lags(conn: Connection, names: Sequence[str]) -> dict[str, Lag]:
    rows = await conn.fetch(_LAGS, list(names))
    return {r["name"]: Lag(Position(r["tx"] or 0, r["position"]), r["waiting"], r["seconds"])
            for r in rows}


async def dead_letters_waiting(conn: Connection) -> dict[str, int]:
    rows = await conn.fetch(
        "SELECT consumer, count(*) AS waiting FROM dead_letters WHERE resolved_at IS NULL"
        " GROUP BY consumer"
    )
    return {r["consumer"]: r["waiting"] for r in rows}


@dataclass
class StallWatch:
    """A reader is stalled when events wait behind it and its position has not moved for
    `after_s` seconds. Each observation (a readiness probe, a scrape) updates the watch."""

    after_s: float
    clock: Callable[[], float] = time.monotonic
    _since: dict[str, tuple[Position, float]] = field(default_factory=dict)

    def stalled_for(self, name: str, lag: Lag) -> float | None:
        """Seconds the reader has stood still with work waiting, when that counts as stalled."""
        now = self.clock()
        seen = self._since.get(name)
        if seen is None or seen[0] != lag.position or lag.events == 0:
            self._since[name] = (lag.position, now)
            return None
        still = now - seen[1]
        return still if still > self.after_s else None


@dataclass(frozen=True)
class Readiness:
    checks: Mapping[str, str]  # name -> "ok" or why not
    lags: Mapping[str, Lag]

    @property
    def ready(self) -> bool:
        return all(value in ("ok", "not used") for value in self.checks.values())

    @property
    def reasons(self) -> list[str]:
        return [f"{name}: {value}" for name, value in self.checks.items()
                if value not in ("ok", "not used")]


BrokerProbe = Callable[[], Awaitable[object]]


async def check(pool: asyncpg.Pool, readers: Sequence[str], watch: StallWatch,
                broker: BrokerProbe | None, loops: Mapping[str, "asyncio.Task[None]"],
                timeout_s: float) -> Readiness:
    checks: dict[str, str] = {}
    lags: dict[str, Lag] = {}
    try:
        async with asyncio.timeout(timeout_s):
            async with pool.acquire() as conn:
                lags = await reader_lags(conn, readers)
        checks["database"] = "ok"
    except Exception as error:  # whatever the driver raises while the server is away
        checks["database"] = f"unreachable ({describe(error)})"
    if broker is None:
        checks["broker"] = "not used"
    else:
        try:
            async with asyncio.timeout(timeout_s):
                await broker()
            checks["broker"] = "ok"
        except Exception as error:
            checks["broker"] = f"unreachable ({describe(error)})"
    for name, task in loops.items():
        checks[f"loop {name}"] = "ok" if not task.done() else "stopped"
    for name, lag in lags.items():
        still = watch.stalled_for(name, lag)
        checks[name] = "ok" if still is None else (
            f"stalled: {lag.events} events waiting, not moved for {still:.0f} s")
    return Readiness(checks, lags)


def describe(error: BaseException) -> str:
    """Why a check failed, in a line."""
    if isinstance(error, TimeoutError):
        return "no answer in time"
    return f"{type(error).__name__}: {error}"[:200]
