"""Read models folded from the service's own log, checkpoint in the same transaction as the write.

A projection names the tables it owns and its handlers by event class; the runner decodes each
event once (through the registry's upcasters) and gives every handler the event and its
envelope. `rebuild` empties the tables, resets the checkpoints and replays the whole log, so a
read model is always disposable. A projection whose tables are kept as rows (`eventkit.rows`)
is folded in memory by a rebuild and written set-wise, instead of a statement per event.
"""

import asyncio
import gc
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

import asyncpg

from contracts.envelope import Envelope
from contracts.events import Event, EventRegistry
from eventkit import store
from eventkit.db import Connection
from eventkit.logging import get_logger
from eventkit.periodic import every
from eventkit.rows import MemoryRows, Rows, SqlRows, Table
from eventkit.wakeup import Wakeup, run_woken

log = get_logger(__name__)


class Writes(Protocol):
    """What a projection handler writes through (see `BatchedWrites`)."""

    async def execute(self, sql: str, *args: object) -> None: ...

    async def executemany(self, sql: str, args: Sequence[Sequence[object]]) -> None: ...

    async def fetch(self, sql: str, *args: object) -> list[asyncpg.Record]: ...

    async def fetchrow(self, sql: str, *args: object) -> asyncpg.Record | None: ...

    async def fetchval(self, sql: str, *args: object) -> object: ...


# `async def on_x(db: Writes, event: X, envelope: Envelope) -> None`, registered as `{X: on_x}`
Apply = Callable[[Writes, Any, Envelope], Awaitable[None]]
EveryEvent = Callable[[Writes, Envelope], Awaitable[None]]
# The same, for a projection kept as rows: `async def on_x(rows: Rows, event: X, envelope)`
RowApply = Callable[[Rows, Any, Envelope], Awaitable[None]]
RowEveryEvent = Callable[[Rows, Envelope], Awaitable[None]]


class BatchedWrites:
    """The connection a projection sees: writes are queued and sent with `executemany`.

    Runs of the same statement go out as one pipelined `executemany`; any read first flushes
    what is queued, so a handler always reads its own writes and the order of effects holds.
    """

    def __init__(self, conn: Connection) -> None:
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
    """Read models named `tables`, kept by `handlers` (event class -> apply) and `every_event`.

    `registry` decodes the events the handlers are keyed by, old versions through its upcasters.
    With `rows`, the handlers write through a `Rows` (SQL live, memory on a rebuild).
    """

    name: str
    tables: Sequence[str]
    registry: EventRegistry | None = None
    handlers: Mapping[type[Event], Apply | RowApply] = field(default_factory=dict)
    # Applied to every event of the log whatever its type (e.g. a case-history table), first.
    every_event: EveryEvent | RowEveryEvent | None = None
    # Tables kept as rows by key; each is among `tables`.
    rows: Sequence[Table] = ()

    def __post_init__(self) -> None:
        for cls in self.handlers:
            if self.registry is None or self.registry.type_of(cls.event_type) is not cls:
                raise ValueError(f"projection {self.name}: {cls.__name__} is not in its registry")
        for table in self.rows:
            if table.name not in self.tables:
                raise ValueError(f"projection {self.name}: {table.name} is not among its tables")
        # typed loosely here: a handler gets a `Writes` or, with `rows`, a `Rows`
        self._by_type: dict[str, tuple[type[Event], Callable[[Any, Any, Envelope],
                                                            Awaitable[None]]]]
        object.__setattr__(self, "_by_type",
                           {cls.event_type: (cls, apply) for cls, apply in self.handlers.items()})
        self._every: Callable[[Any, Envelope], Awaitable[None]] | None
        object.__setattr__(self, "_every", self.every_event)

    @property
    def checkpoint(self) -> str:
        return f"projection:{self.name}"

    async def apply(self, db: Writes, envelope: Envelope, decoded: "Decoding") -> None:
        await self.apply_to(SqlRows(db) if self.rows else db, envelope, decoded)

    async def apply_to(self, target: Writes | Rows, envelope: Envelope,
                       decoded: "Decoding") -> None:
        """Apply one event through `target`: a `Writes`, or a `Rows` for a row projection."""
        if self._every is not None:
            await self._every(target, envelope)
        found = self._by_type.get(envelope.event_type)
        if found is not None:
            assert self.registry is not None  # checked at construction
            await found[1](target, decoded(self.registry, envelope), envelope)


class Decoding:
    """Decodes each event once per batch, whichever projections react to it."""

    def __init__(self) -> None:
        self._seen: dict[tuple[int, object], Event] = {}

    def __call__(self, registry: EventRegistry, envelope: Envelope) -> Event:
        key = (id(registry), envelope.event_id)
        if key not in self._seen:
            self._seen[key] = registry.decode(envelope)
        return self._seen[key]


async def _apply(conn: Connection, projection: Projection,
                 events: Sequence[store.Recorded], decoding: Decoding) -> None:
    writes = BatchedWrites(conn)
    for recorded in events:
        await projection.apply(writes, recorded.envelope, decoding)
    await writes.flush()
    await store.save_checkpoint(conn, projection.checkpoint, events[-1].position)


@dataclass
class ProjectionRunner:
    pool: asyncpg.Pool
    projections: Sequence[Projection]
    batch: int = 1000
    idle_sleep: float = 0.05
    applied: dict[str, int] = field(default_factory=dict)
    # with a wakeup the runner projects when a commit appended, polling only as a fallback
    wakeup: Wakeup | None = None
    # each projection's checkpoint as its last round left it (whichever instance moved it)
    reached: dict[str, store.Position] = field(default_factory=dict)

    async def run_projection_once(self, projection: Projection) -> int:
        async with self.pool.acquire() as conn, conn.transaction():
            # locked: two instances of a service never apply the same events twice
            after = await store.lock_checkpoint(conn, projection.checkpoint)
            events = await store.read_all(conn, after, self.batch)
            if events:
                await _apply(conn, projection, events, Decoding())
        self.reached[projection.name] = events[-1].position if events else after
        self.applied[projection.name] = self.applied.get(projection.name, 0) + len(events)
        return len(events)

    def reached_tx(self) -> int:
        """The transaction id every projection's checkpoint has reached, as last seen."""
        return min((self.reached.get(p.name, store.START).tx_id for p in self.projections),
                   default=0)

    async def run_once(self) -> int:
        return sum([await self.run_projection_once(p) for p in self.projections])

    async def positions(self) -> list[store.Position]:
        async with self.pool.acquire() as conn:
            return [await store.load_checkpoint(conn, p.checkpoint) for p in self.projections]

    async def catch_up(self, timeout_s: float = 30.0) -> int:
        """Project until every checkpoint has reached the log's head as it is now.

        The reader stops at the horizon of the oldest transaction open anywhere in the cluster,
        so "nothing read" does not mean "up to date": wait for the checkpoints themselves.
        """
        async with self.pool.acquire() as conn:
            head = await store.head(conn)
        deadline, total = time.monotonic() + timeout_s, 0
        while True:
            total += await self.run_once()
            if all(position >= head for position in await self.positions()):
                return total
            if time.monotonic() > deadline:
                raise TimeoutError(f"projections did not reach the log head {head} in time")
            await asyncio.sleep(0.01)

    async def run(self, stop: asyncio.Event) -> None:
        if self.wakeup is None:
            await every(stop, self.idle_sleep, self.run_once)
        else:
            await run_woken(stop, self.run_once, self.wakeup, self.idle_sleep, self.reached_tx)


async def reset(conn: Connection, projection: Projection) -> None:
    """Empty the projection's tables and its checkpoint, in one transaction."""
    async with conn.transaction():
        if projection.tables:
            await conn.execute(f"TRUNCATE {', '.join(projection.tables)}")
        await conn.execute("DELETE FROM checkpoints WHERE name = $1", projection.checkpoint)


async def rebuild(
    pool: asyncpg.Pool,
    projections: Sequence[Projection],
    batch: int = 5000,
    progress: Callable[[int], None] | None = None,
    flush_every: int = 100_000,
) -> int:
    """Drop and replay: the read models end as if they had been projected live.

    The log is read once for all the projections, each batch while the previous one is being
    applied. Projections kept as SQL commit every batch with their checkpoints; projections kept
    as rows fold in memory and write set-wise every `flush_every` events and at the end, each
    write with their checkpoints, so a rebuild stopped half-way leaves read models a live
    runner carries on from.
    """
    async with pool.acquire() as conn:
        for projection in projections:
            await reset(conn, projection)
    with _rare_collections():
        total = await _replay(pool, projections, batch, progress, flush_every)
    # whatever was committed meanwhile, the live runner's own way
    total += await ProjectionRunner(pool, projections, batch=batch).catch_up()
    log.info("projections.rebuilt", events=total, projections=[p.name for p in projections])
    return total


@contextmanager
def _rare_collections() -> Iterator[None]:
    """A replay makes millions of short-lived objects that hold no cycles; at the default
    threshold the cycle collector runs every 700 of them over everything in hand, a third of a
    rebuild's time (see bench/rebuild.py). For the replay's duration it runs far less often."""
    before = gc.get_threshold()
    gc.set_threshold(50_000, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)


async def _replay(
    pool: asyncpg.Pool,
    projections: Sequence[Projection],
    batch: int,
    progress: Callable[[int], None] | None,
    flush_every: int,
) -> int:
    by_sql, total = [p for p in projections if not p.rows], 0
    async with pool.acquire() as reader, pool.acquire() as writer:
        folds = [_Fold(p, MemoryRows(writer, p.rows)) for p in projections if p.rows]
        ahead = asyncio.create_task(store.read_all(reader, store.START, batch))
        after, unflushed = store.START, 0
        try:
            while events := await ahead:
                ahead = asyncio.create_task(store.read_all(reader, events[-1].position, batch))
                decoding = _ReplayDecoding()
                if by_sql:
                    await _apply_batch(writer, by_sql, after, events, decoding)
                for fold in folds:
                    await fold.add(events, decoding)
                after, unflushed = events[-1].position, unflushed + len(events)
                if folds and unflushed >= flush_every:
                    await _flush(writer, folds, after)
                    unflushed = 0
                total += len(events)
                if progress is not None:
                    progress(len(events))
            if folds and unflushed:
                await _flush(writer, folds, after)
        finally:
            ahead.cancel()
    return total


class ProjectionBusy(RuntimeError):
    """Another runner moved a projection's checkpoint during a rebuild."""


async def _claim(conn: Connection, projection: Projection, after: store.Position) -> None:
    """Lock the checkpoint for this transaction; it must be where the rebuild left it."""
    if await store.lock_checkpoint(conn, projection.checkpoint) != after:
        raise ProjectionBusy(f"{projection.name} is being projected elsewhere: stop the"
                             " service's instances before a rebuild")


async def _apply_batch(
    conn: Connection,
    projections: Sequence[Projection],
    after: store.Position,
    events: Sequence[store.Recorded],
    decoding: Decoding | None = None,
) -> None:
    decoding = decoding or Decoding()
    async with conn.transaction():
        for projection in projections:
            await _claim(conn, projection, after)
            await _apply(conn, projection, events, decoding)


@dataclass
class _Fold:
    """A row projection during a rebuild: its rows in memory, its checkpoint as last written."""

    projection: Projection
    rows: MemoryRows
    written_upto: store.Position = store.START

    async def add(self, events: Sequence[store.Recorded], decoding: Decoding) -> None:
        for recorded in events:
            await self.projection.apply_to(self.rows, recorded.envelope, decoding)


class _ReplayDecoding(Decoding):
    """`Decoding` for a replayed batch, whose envelopes all stay alive until it is applied: an
    envelope is known by its identity, cheaper to hash than its event id (a UUID)."""

    def __call__(self, registry: EventRegistry, envelope: Envelope) -> Event:
        key = (id(registry), id(envelope))
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = registry.decode(envelope)
        return found


async def _flush(conn: Connection, folds: Sequence[_Fold], upto: store.Position) -> None:
    async with conn.transaction():
        for fold in folds:
            await _claim(conn, fold.projection, fold.written_upto)
            await fold.rows.flush()
            await store.save_checkpoint(conn, fold.projection.checkpoint, upto)
            fold.written_upto = upto
