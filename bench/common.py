"""What every benchmark shares: a fresh database, a broker, a timer and the result line."""

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
class Result:
    name: str
    ours: float
    baseline: float
    goal: float

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline


@dataclass
class Env:
    server_uri: str
    bootstrap: str

    async def database(self) -> asyncpg.Pool:
        name = f"bench_{uuid.uuid4().hex[:10]}"
        await ensure_database(self.server_uri, name)
        pool = await create_pool(embedded.database_uri(self.server_uri, name), max_size=20)
        async with pool.acquire() as conn:
            await migrate(conn)
        return pool

    @classmethod
    @asynccontextmanager
    async def start(cls, home: Path):
        server = embedded.start_postgres(home / "pgdata")
        broker = embedded.start_tansu()
        try:
            yield cls(server, broker.bootstrap)
        finally:
            broker.stop()


class Timer:
    def __enter__(self) -> "Timer":
        self.started = time.perf_counter()
        return self

    def __exit__(self, *_: object) -> None:
        self.seconds = time.perf_counter() - self.started


def report(result: Result) -> Result:
    print(f"{result.name}: qorgau {result.ours:,.0f}/s, baseline {result.baseline:,.0f}/s,"
          f" ratio {result.ratio:.2f}x (goal {result.goal}x)")
    return result
