import asyncio
import random

import asyncpg
import pytest

from eventkit import store
from eventkit.store import START, ConcurrencyError
from tests.integration.sample_events import Counted, meta

pytestmark = pytest.mark.integration


async def test_append_then_load_returns_the_stream_in_order(pg_pool):
    async with pg_pool.acquire() as conn:
        await store.append(conn, "case-1", 0, [Counted(n=1), Counted(n=2)], meta())
        await store.append(conn, "case-1", 2, [Counted(n=3)], meta())
        loaded = await store.load(conn, "case-1")
    assert [e.payload["n"] for e in loaded] == [1, 2, 3]
    assert [e.stream_version for e in loaded] == [1, 2, 3]
    assert all(e.recorded_at is not None for e in loaded)


async def test_append_with_a_stale_version_raises_and_writes_nothing(pg_pool):
    async with pg_pool.acquire() as conn:
        await store.append(conn, "case-1", 0, [Counted(n=1)], meta())
        with pytest.raises(ConcurrencyError):
            await store.append(conn, "case-1", 0, [Counted(n=2), Counted(n=3)], meta())
        assert len(await store.load(conn, "case-1")) == 1


async def test_two_writers_racing_on_one_stream_exactly_one_wins(pg_pool):
    async def writer(stream: str, n: int) -> str:
        async with pg_pool.acquire() as conn:
            try:
                async with conn.transaction():
                    await store.append(conn, stream, 0, [Counted(n=n)], meta())
                    await asyncio.sleep(0.02)  # both hold their transactions open together
                return "won"
            except ConcurrencyError:
                return "conflict"

    for round_ in range(10):
        stream = f"race-{round_}"
        results = await asyncio.gather(writer(stream, 1), writer(stream, 2))
        assert sorted(results) == ["conflict", "won"]
        async with pg_pool.acquire() as conn:
            assert len(await store.load(conn, stream)) == 1


@pytest.mark.parametrize("statement", ["UPDATE events SET payload = '{}'", "DELETE FROM events",
                                       "TRUNCATE events"])
async def test_the_log_refuses_to_change(pg_pool, statement):
    async with pg_pool.acquire() as conn:
        await store.append(conn, "case-1", 0, [Counted(n=1)], meta())
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await conn.execute(statement)
        assert len(await store.load(conn, "case-1")) == 1


async def test_concurrent_appends_are_read_once_each_in_a_consistent_order(pg_pool):
    """Writers with random delays inside their transactions; a tailing reader never skips one.

    Sequence values commit out of order, so a reader ordering by position alone would skip an
    event whose slow transaction commits after a faster, later one was read.
    """
    rounds, writers = 200, 8
    seen: list[tuple[str, int]] = []
    done = asyncio.Event()
    rng = random.Random(81)

    async def write(w: int) -> None:
        async with pg_pool.acquire() as conn:
            for r in range(rounds // writers * 2):
                stream = f"s-{rng.randrange(20)}"
                async with conn.transaction():
                    version = await store.stream_version(conn, stream)
                    try:
                        await store.append(conn, stream, version, [Counted(n=w * 1000 + r)], meta())
                    except ConcurrencyError:
                        continue
                    await asyncio.sleep(rng.random() * 0.004)

    async def tail() -> None:
        position = START
        async with pg_pool.acquire() as conn:
            while True:
                finished = done.is_set()
                batch = await store.read_all(conn, position, limit=rng.randrange(1, 50))
                for recorded in batch:
                    seen.append((recorded.envelope.stream_id, recorded.envelope.stream_version))
                    position = recorded.position
                if finished and not batch:
                    return
                await asyncio.sleep(0)

    reader = asyncio.create_task(tail())
    await asyncio.gather(*(write(w) for w in range(writers)))
    done.set()
    await reader
    async with pg_pool.acquire() as conn:
        committed = await conn.fetch("SELECT stream_id, stream_version FROM events")
    assert len(committed) >= rounds
    assert len(seen) == len(set(seen)), "an event was read twice"
    assert set(seen) == {(r["stream_id"], r["stream_version"]) for r in committed}
    by_stream: dict[str, list[int]] = {}
    for stream, version in seen:
        by_stream.setdefault(stream, []).append(version)
    assert all(v == sorted(v) for v in by_stream.values()), "a stream was read out of order"


@pytest.mark.parametrize("stream_id", ["", "x" * 129])
async def test_a_stream_id_out_of_bounds_is_refused(pg_pool, stream_id):
    async with pg_pool.acquire() as conn:
        with pytest.raises(ValueError):
            await store.append(conn, stream_id, 0, [Counted(n=1)], meta())


async def test_a_naive_occurrence_time_is_refused(pg_pool):
    naive = meta()
    naive = type(naive)(naive.producer, naive.actor, naive.occurred_at.replace(tzinfo=None),
                        naive.correlation_id)
    async with pg_pool.acquire() as conn:
        with pytest.raises(ValueError):
            await store.append(conn, "case-1", 0, [Counted(n=1)], naive)
        assert await store.load(conn, "case-1") == []


async def test_appended_envelopes_equal_what_load_reads_back(pg_pool):
    async with pg_pool.acquire() as conn:
        appended = await store.append(conn, "case-1", 0, [Counted(n=1), Counted(n=2)], meta())
        assert await store.load(conn, "case-1") == appended
