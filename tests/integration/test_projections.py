import asyncio
import random

import pytest

from eventkit import store
from eventkit.projections import Projection, ProjectionRunner, rebuild
from tests.integration.sample_events import REGISTRY, Counted, meta

pytestmark = pytest.mark.integration


async def add(conn, event: Counted, envelope) -> None:
    await conn.execute(
        "INSERT INTO totals (stream_id, total, events) VALUES ($1, $2, 1)"
        " ON CONFLICT (stream_id) DO UPDATE"
        " SET total = totals.total + EXCLUDED.total, events = totals.events + 1",
        envelope.stream_id, event.n,
    )


async def history(conn, envelope) -> None:
    await conn.execute("INSERT INTO history (event_id, stream_id) VALUES ($1, $2)",
                       envelope.event_id, envelope.stream_id)


TOTALS = Projection("totals", ["totals", "history"], REGISTRY, {Counted: add},
                    every_event=history)


async def snapshot(pool):
    async with pool.acquire() as conn:
        totals = await conn.fetch("SELECT * FROM totals ORDER BY stream_id")
        events = await conn.fetchval("SELECT count(*) FROM history")
    return [tuple(r) for r in totals], events


@pytest.fixture
async def pool(pg_pool):
    async with pg_pool.acquire() as conn:
        await conn.execute("CREATE TABLE totals (stream_id text PRIMARY KEY, total bigint,"
                           " events int)")
        await conn.execute("CREATE TABLE history (event_id uuid PRIMARY KEY, stream_id text)")
    return pg_pool


async def test_rebuild_gives_the_same_read_model_as_live_projection(pool):
    rng = random.Random(18)
    runner = ProjectionRunner(pool, [TOTALS], batch=13)

    async def write() -> None:
        async with pool.acquire() as conn:
            for _ in range(300):
                stream = f"s-{rng.randrange(15)}"
                version = await store.stream_version(conn, stream)
                await store.append(conn, stream, version, [Counted(n=rng.randrange(100))], meta())

    async def project_live(stop: asyncio.Event) -> None:
        while not stop.is_set():
            await runner.run_once()
            await asyncio.sleep(0)

    stop = asyncio.Event()
    live = asyncio.create_task(project_live(stop))
    await write()
    stop.set()
    await live
    await runner.catch_up()
    live_view = await snapshot(pool)
    assert live_view[1] == 300
    async with pool.acquire() as conn:
        assert await conn.fetchval("SELECT sum(total) FROM totals") == await conn.fetchval(
            "SELECT sum((payload->>'n')::int) FROM events")

    replayed = await rebuild(pool, [TOTALS], batch=50)
    assert replayed == 300
    assert await snapshot(pool) == live_view


async def test_a_failing_apply_leaves_neither_rows_nor_checkpoint(pool):
    async def explode(conn, event, envelope) -> None:
        await add(conn, event, envelope)
        if event.n == 3:
            raise RuntimeError("bad event")

    broken = Projection("broken", ["totals", "history"], REGISTRY, {Counted: explode})
    async with pool.acquire() as conn:
        await store.append(conn, "s", 0, [Counted(n=1), Counted(n=2), Counted(n=3)], meta())
    with pytest.raises(RuntimeError):
        await ProjectionRunner(pool, [broken]).run_once()
    async with pool.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM totals") == 0
        assert await store.load_checkpoint(conn, broken.checkpoint) == store.START


async def test_two_runners_of_one_projection_never_apply_an_event_twice(pool):
    async with pool.acquire() as conn:
        for s in range(10):
            await store.append(conn, f"s-{s}", 0, [Counted(n=i) for i in range(30)], meta())
    first, second = (ProjectionRunner(pool, [TOTALS], batch=7) for _ in range(2))
    await asyncio.gather(first.catch_up(), second.catch_up())
    assert first.applied["totals"] + second.applied["totals"] == 300
    async with pool.acquire() as conn:
        assert await conn.fetchval("SELECT sum(events) FROM totals") == 300
        assert await conn.fetchval("SELECT count(*) FROM history") == 300


async def test_a_rebuild_refuses_to_race_a_live_runner(pool):
    from eventkit.projections import ProjectionBusy, _apply_batch

    async with pool.acquire() as conn:
        await store.append(conn, "s", 0, [Counted(n=1), Counted(n=2)], meta())
        events = await store.read_all(conn)
    await ProjectionRunner(pool, [TOTALS]).catch_up()  # a live runner got there first
    async with pool.acquire() as conn:
        with pytest.raises(ProjectionBusy):
            await _apply_batch(conn, [TOTALS], store.START, events)
