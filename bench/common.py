"""What every benchmark shares: a fresh database, a broker, a timer and the result line."""

import math
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from uuid import uuid4

import asyncpg

from contracts.events import Event, EventRegistry
from contracts.identity import Actor, OrganisationKind, Producer, Role
from eventkit.db import create_pool, ensure_database
from eventkit.migrate import migrate
from eventkit.signing import KeyFolder, new_key, write_key
from eventkit.store import Metadata
from qorgau import embedded


class Measured(Event):
    event_type = "bench.Measured"
    topic = "bench.measured"
    producers = frozenset({OrganisationKind.DISTRICT_DEPARTMENT})

    n: int
    note: str


REGISTRY = EventRegistry([Measured])
PRODUCER = Producer(organisation_id="dd-bench", kind=OrganisationKind.DISTRICT_DEPARTMENT,
                    district="talgar")
ACTOR = Actor(person_id="bench", role=Role.OFFICE_CLERK)
NOTE = "x" * 200  # a payload of roughly a real event's size


def meta() -> Metadata:
    return Metadata(PRODUCER, ACTOR, datetime.now(UTC), uuid4())


@dataclass(frozen=True)
class Figure:
    """One line of the summary: what was measured, against what goal, and whether it holds."""

    name: str
    value: str
    goal: str
    met: bool


@dataclass(frozen=True)
class Result:
    name: str
    ours: float
    baseline: float
    goal: float

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline

    def figure(self) -> Figure:
        return Figure(self.name, f"{self.ours:,.0f}/s vs {self.baseline:,.0f}/s raw,"
                      f" ratio {self.ratio:.2f}x", f">= {self.goal}x", self.ratio >= self.goal)


@dataclass
class Env:
    server_uri: str
    bootstrap: str
    keys: Path  # the producer's signing key: every append signs, as a service's does

    def dsn(self, name: str) -> str:
        return embedded.database_uri(self.server_uri, name)

    async def database(self) -> asyncpg.Pool:
        name = f"bench_{uuid.uuid4().hex[:10]}"
        await ensure_database(self.server_uri, name)
        pool = await self.pool(name)
        async with pool.acquire() as conn:
            await migrate(conn)
        return pool

    async def pool(self, name: str, max_size: int = 20) -> asyncpg.Pool:
        return await create_pool(self.dsn(name), max_size=max_size,
                                 signer=KeyFolder(self.keys))

    @classmethod
    @asynccontextmanager
    async def start(cls, home: Path):
        keys = home / "keys"
        write_key(keys, *new_key(f"{PRODUCER.organisation_id}.bench",
                                 PRODUCER.organisation_id, datetime(2000, 1, 1, tzinfo=UTC)))
        server = embedded.start_postgres(home / "pgdata")
        broker = embedded.start_tansu()
        try:
            yield cls(server, broker.bootstrap, keys)
        finally:
            broker.stop()


async def fill_log(conn: asyncpg.Connection, events: int, per_stream: int, prefix: str,
                   first: int = 0, interleave: bool = False) -> None:
    """`events` more events in streams of `per_stream`, written set-wise by the database itself:
    appending a million events one command at a time would take longer than what is measured.

    `first` is the number of events already written this way (the log grows in steps, new
    streams each step); `interleave` spreads each stream's events over the whole step, as a real
    log holds cases that advance side by side, instead of one stream after another.
    """
    m = meta()
    streams = events // per_stream
    stream, version = (("$8::bigint / $1::int + j % $9::bigint", "j / $9 + 1") if interleave
                       else ("($8::bigint + j) / $1::int", "j % $1 + 1"))
    await conn.execute(
        "INSERT INTO events (event_id, stream_id, stream_version, event_type, schema_version,"
        " occurred_at, producer, actor, correlation_id, payload)"
        f" SELECT gen_random_uuid(), $7 || '-' || ({stream}), {version}, 'bench.Measured', 1,"
        " $2, $3::jsonb, $4::jsonb, gen_random_uuid(),"
        " jsonb_build_object('n', j, 'note', $5::text)"
        " FROM generate_series(0::bigint, $6 - 1) AS j",
        per_stream, m.occurred_at, m.producer.model_dump_json(), m.actor.model_dump_json(),
        NOTE, streams * per_stream, prefix, first, *([streams] if interleave else []))
    # settle what a bulk insert leaves for later (hint bits, statistics, dirty pages), or the
    # autovacuum and the checkpointer would do it on the other core while the figures are taken
    await conn.execute("VACUUM (ANALYZE) events")
    await conn.execute("CHECKPOINT")


class Timer:
    def __enter__(self) -> "Timer":
        self.started = time.perf_counter()
        return self

    def __exit__(self, *_: object) -> None:
        self.seconds = time.perf_counter() - self.started


def report(result: Result) -> Figure:
    print(f"{result.name}: qorgau {result.ours:,.0f}/s, baseline {result.baseline:,.0f}/s,"
          f" ratio {result.ratio:.2f}x (goal {result.goal}x)", flush=True)
    return result.figure()


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (0-100) by nearest rank; NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1))
    return ordered[rank]
