"""Readers of the log wake when a commit appended events: notified by PostgreSQL, not polled.

Every reader here polls once an hour as its fallback, so what it does within a test's deadline
it does because a notification (or its horizon rule) woke it.
"""

import asyncio
import contextlib
from collections.abc import AsyncIterator

import pytest

from eventkit import kafka, store
from eventkit.projections import Projection, ProjectionRunner
from eventkit.relay import Relay
from eventkit.wakeup import Wakeup, run_woken
from tests.integration.sample_events import REGISTRY, Counted, meta
from tests.support.polling import eventually

pytestmark = pytest.mark.integration

HOUR = 3600.0


async def append(pool, stream: str, *ns: int) -> None:
    async with pool.acquire() as conn:
        version = await store.stream_version(conn, stream)
        await store.append(conn, stream, version, [Counted(n=n) for n in ns], meta())


@contextlib.asynccontextmanager
async def running(loop) -> AsyncIterator[asyncio.Event]:
    stop = asyncio.Event()
    task = asyncio.create_task(loop(stop))
    try:
        yield stop
    finally:
        stop.set()
        await task


@contextlib.asynccontextmanager
async def listening(dsn: str, **options: float) -> AsyncIterator[Wakeup]:
    wakeup = Wakeup(dsn, fallback_s=HOUR, **options)
    async with running(wakeup.run):
        await eventually(lambda: _true(wakeup.listening), what="listening")
        yield wakeup


async def _true(value: bool) -> bool:
    return value


@pytest.fixture
async def counted(pg_pool):
    async with pg_pool.acquire() as conn:
        await conn.execute("CREATE TABLE counted (stream_id text PRIMARY KEY, total int)")
    return pg_pool


async def add(db, event: Counted, envelope) -> None:
    await db.execute("INSERT INTO counted VALUES ($1, $2) ON CONFLICT (stream_id)"
                     " DO UPDATE SET total = counted.total + EXCLUDED.total",
                     envelope.stream_id, event.n)


COUNTED = Projection("counted", ["counted"], REGISTRY, {Counted: add})


class Rounds:
    """A reader's work, counted: how many rounds ran and how many of them found nothing."""

    def __init__(self, work) -> None:
        self.work, self.idle, self.total = work, 0, 0

    async def __call__(self) -> int:
        found = await self.work()
        self.total += 1
        self.idle += found == 0
        return found


async def test_a_commit_that_appended_is_notified_once_with_its_transaction(
        pg_pool, fresh_database):
    async with listening(fresh_database) as wakeup:
        woken = wakeup.subscribe()
        async with pg_pool.acquire() as conn:
            async with conn.transaction():
                await append(pg_pool, "other", 1)  # its own transaction: notified on its own
                await eventually(lambda: _true(wakeup.notifications == 1), what="first")
                for n in range(3):  # three appends in one transaction: one notification
                    version = await store.stream_version(conn, "s")
                    await store.append(conn, "s", version, [Counted(n=n)], meta())
                tx = await conn.fetchval("SELECT pg_current_xact_id()::text::bigint")
            with contextlib.suppress(RuntimeError):
                async with conn.transaction():  # rolled back: nothing to read, no notification
                    await store.append(conn, "gone", 0, [Counted(n=9)], meta())
                    raise RuntimeError
            await append(pg_pool, "last", 2)
            last = await conn.fetchval("SELECT max(tx_id)::text::bigint FROM events")
        await eventually(lambda: _true(wakeup.latest == last), what="the last commit")
        assert wakeup.notifications == 3
        assert tx < last and woken.is_set()


async def test_an_idle_projection_runner_applies_what_a_commit_appended(counted, fresh_database):
    runner = ProjectionRunner(counted, [COUNTED], idle_sleep=HOUR)
    rounds = Rounds(runner.run_once)
    async with listening(fresh_database) as wakeup:
        async with running(lambda stop: run_woken(stop, rounds, wakeup, HOUR, runner.reached_tx)):
            await eventually(lambda: _true(rounds.idle >= 1), what="an idle round")
            await append(counted, "s-1", 5, 6)
            await eventually(lambda: _total(counted, "s-1"), what="the events applied")
            assert await _total(counted, "s-1") == 11


async def _total(pool, stream: str) -> int | None:
    async with pool.acquire() as conn:
        return await conn.fetchval("SELECT total FROM counted WHERE stream_id = $1", stream)


async def test_events_beyond_the_horizon_when_notified_are_read_once_it_moves(
        counted, fresh_database):
    """The notification comes at the commit, but an older transaction still open keeps the
    events unreadable: the reader polls (fast) until it has read past the notified one."""
    runner = ProjectionRunner(counted, [COUNTED])
    rounds = Rounds(runner.run_once)
    async with listening(fresh_database) as wakeup:
        async with running(lambda stop: run_woken(stop, rounds, wakeup, 0.01, runner.reached_tx)):
            await eventually(lambda: _true(rounds.idle >= 1), what="an idle round")
            async with counted.acquire() as older:
                blocking = older.transaction()
                await blocking.start()
                await older.fetchval("SELECT pg_current_xact_id()")  # holds the horizon
                await append(counted, "s-2", 7)
                await eventually(lambda: _true(wakeup.latest > runner.reached_tx()),
                                 what="the notification")
                seen = rounds.idle
                await eventually(lambda: _true(rounds.idle > seen + 2), what="rounds polled")
                assert await _total(counted, "s-2") is None  # not readable yet
                await blocking.rollback()  # appended nothing: no notification of its own
            await eventually(lambda: _total(counted, "s-2"), what="read past the horizon")
            assert wakeup.notifications == 1


async def test_listening_again_after_the_connection_was_lost(counted, fresh_database, pg_pool):
    runner = ProjectionRunner(counted, [COUNTED], idle_sleep=HOUR)
    rounds = Rounds(runner.run_once)
    async with listening(fresh_database, retry_s=0.01) as wakeup:
        async with running(lambda stop: run_woken(stop, rounds, wakeup, HOUR, runner.reached_tx)):
            await eventually(lambda: _true(rounds.idle >= 1), what="an idle round")
            async with pg_pool.acquire() as conn:
                await conn.execute("SELECT pg_terminate_backend($1)", wakeup.backend_pid)
            await eventually(lambda: _true(wakeup.connections == 2 and wakeup.listening),
                             what="listening again")
            await append(counted, "s-3", 4)
            await eventually(lambda: _total(counted, "s-3"), what="applied after reconnecting")


async def test_an_idle_relay_publishes_what_a_commit_appended(
        pg_pool, fresh_database, kafka_bootstrap, unique_topic):
    topic = unique_topic("woken")
    await kafka.ensure_topics(kafka_bootstrap, [topic])
    producer = kafka.producer(kafka_bootstrap, "test-woken-relay")
    await producer.start()
    try:
        async with listening(fresh_database) as wakeup:
            relay = Relay(pg_pool, producer, lambda _type: topic, idle_sleep=HOUR,
                          wakeup=wakeup)
            rounds = Rounds(relay.tick)
            relay.tick = rounds  # type: ignore[method-assign]
            async with running(relay.run):
                await eventually(lambda: _true(rounds.idle >= 1), what="an idle round")
                await append(pg_pool, "s-4", 1, 2, 3)
                await eventually(lambda: _true(relay.published == 3), what="published")
    finally:
        await producer.stop()
