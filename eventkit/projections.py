"""Read models folded from the service's own log, checkpoint in the same transaction as the write.

A projection names the tables it owns; `rebuild` empties them, resets the checkpoint and replays
the whole log, so a read model is always disposable.
"""

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field

import asyncpg

from contracts.envelope import Envelope
from eventkit import store
from eventkit.logging import get_logger

log = get_logger(__name__)

Apply = Callable[[asyncpg.Connection, Envelope], Awaitable[None]]


class BatchedWrites:
    """The connection a projection sees: writes are queued and sent with `executemany`.

    Runs of the same statement go out as one pipelined `executemany`; any read first flushes
    what is queued, so a handler always reads its own writes and the order of effects holds.
    """

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn
        self._queued: list[tuple[str, tuple[object, ...]]] = []

    async def execute(self, sql: str, *args: object) -> None:
        self._queued.append((sql, args))

    async def executemany(self, sql: str, args: Sequence[Sequence[object]]) -> None:
        self._queued.extend((sql, tuple(a)) for a in args)

    async def flush(self) -> None:
        queued, self._queued = self._queued, []
        start = 0
        while start < len(queued):
            sql, end = queued[start][0], start + 1
            while end < len(queued) and queued[end][0] == sql:
                end += 1
            run = [args for _, args in queued[start:end]]
            if len(run) == 1:
                await self._conn.execute(sql, *run[0])
            else:
                await self._conn.executemany(sql, run)
            start = end

    async def fetch(self, sql: str, *args: object) -> list[asyncpg.Record]:
        await self.flush()
        return await self._conn.fetch(sql, *args)

    async def fetchrow(self, sql: str, *args: object) -> asyncpg.Record | None:
        await self.flush()
        return await self._conn.fetchrow(sql, *args)

    async def fetchval(self, sql: str, *args: object) -> object:
        await self.flush()
        return await self._conn.fetchval(sql, *args)


@dataclass(frozen=True)
class Projection:
    name: str
    tables: Sequence[str]
    handlers: Mapping[str, Apply]
    # Applied to every event whatever its type (e.g. a case-history table), before `handlers`.
    catch_all: Apply | None = None

    async def apply(self, conn: asyncpg.Connection, envelope: Envelope) -> None:
        if self.catch_all is not None:
            await self.catch_all(conn, envelope)
        handler = self.handlers.get(envelope.event_type)
        if handler is not None:
            await handler(conn, envelope)

    @property
    def checkpoint(self) -> str:
        return f"projection:{self.name}"


@dataclass
class ProjectionRunner:
    pool: asyncpg.Pool
    projections: Sequence[Projection]
    batch: int = 1000
    idle_sleep: float = 0.05
    applied: dict[str, int] = field(default_factory=dict)

    async def run_projection_once(self, projection: Projection) -> int:
        async with self.pool.acquire() as conn:
            async with conn.transaction():
                # locked: two instances of a service never apply the same events twice
                after = await store.lock_checkpoint(conn, projection.checkpoint)
                events = await store.read_all(conn, after, self.batch)
                writes = BatchedWrites(conn)
                for recorded in events:
                    await projection.apply(writes, recorded.envelope)  # type: ignore[arg-type]
                await writes.flush()
                if events:
                    await store.save_checkpoint(conn, projection.checkpoint, events[-1].position)
        self.applied[projection.name] = self.applied.get(projection.name, 0) + len(events)
        return len(events)

    async def run_once(self) -> int:
        return sum([await self.run_projection_once(p) for p in self.projections])

    async def catch_up(self) -> int:
        total = 0
        while (n := await self.run_once()) > 0:
            total += n
        return total

    async def run(self, stop: asyncio.Event | None = None) -> None:
        stop = stop or asyncio.Event()
        while not stop.is_set():
            if await self.run_once() == 0:
                try:
                    await asyncio.wait_for(stop.wait(), self.idle_sleep)
                except TimeoutError:
                    pass


async def reset(conn: asyncpg.Connection, projection: Projection) -> None:
    """Empty the projection's tables and its checkpoint, in one transaction."""
    async with conn.transaction():
        if projection.tables:
            await conn.execute(f"TRUNCATE {', '.join(projection.tables)}")
        await conn.execute("DELETE FROM checkpoints WHERE name = $1", projection.checkpoint)


async def rebuild(
    pool: asyncpg.Pool,
    projections: Sequence[Projection],
    batch: int = 2000,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Drop and replay: the read models end as if they had been projected live.

    The log is read once for all the projections, each batch while the previous one is being
    written, and every batch commits with the projections' checkpoints.
    """
    async with pool.acquire() as conn:
        for projection in projections:
            await reset(conn, projection)
    total = 0
    async with pool.acquire() as reader, pool.acquire() as writer:
        ahead = asyncio.create_task(store.read_all(reader, store.START, batch))
        after = store.START
        while events := await ahead:
            ahead = asyncio.create_task(store.read_all(reader, events[-1].position, batch))
            await _apply_batch(writer, projections, after, events)
            after = events[-1].position
            total += len(events)
            if progress is not None:
                progress(len(events))
    # whatever was committed meanwhile, the live runner's own way
    total += await ProjectionRunner(pool, projections, batch=batch).catch_up()
    log.info("projections.rebuilt", events=total, projections=[p.name for p in projections])
    return total


class ProjectionBusy(RuntimeError):
    """Another runner moved a projection's checkpoint during a rebuild."""


async def _apply_batch(
    conn: asyncpg.Connection,
    projections: Sequence[Projection],
    after: store.Position,
    events: Sequence[store.Recorded],
) -> None:
    async with conn.transaction():
        for projection in projections:
            if await store.lock_checkpoint(conn, projection.checkpoint) != after:
                raise ProjectionBusy(f"{projection.name} is being projected elsewhere: stop the"
                                     " service's instances before a rebuild")
            writes = BatchedWrites(conn)
            for recorded in events:
                await projection.apply(writes, recorded.envelope)  # type: ignore[arg-type]
            await writes.flush()
            await store.save_checkpoint(conn, projection.checkpoint, events[-1].position)
