"""A projection kept as rows: live it writes a statement per call, a rebuild folds in memory and
writes set-wise; both must leave the same rows, deletes and re-inserts included."""

import random

import pytest

from contracts.envelope import Envelope
from eventkit import store
from eventkit.projections import (
    Decoding,
    Projection,
    ProjectionBusy,
    ProjectionRunner,
    _flush,
    _Fold,
    rebuild,
)
from eventkit.rows import MemoryRows, Rows, Table
from tests.integration.sample_events import REGISTRY, Counted, meta

pytestmark = pytest.mark.integration

TOTALS = Table("row_totals", ("stream_id", "total", "events"), key=("stream_id",))
LAST = Table("row_last", ("stream_id", "n", "kind"), key=("stream_id", "kind"))
SEEN = Table("row_seen", ("event_id", "stream_id"), key=("event_id",))


async def add(rows: Rows, event: Counted, envelope: Envelope) -> None:
    row = await rows.get(TOTALS, envelope.stream_id)
    if row is None:
        row = {"stream_id": envelope.stream_id, "total": 0, "events": 0}
    row["total"] += event.n
    row["events"] += 1
    await rows.put(TOTALS, row)
    if event.n % 7 == 0:  # a multiple of seven clears the stream's last value; the next sets it
        await rows.delete(LAST, envelope.stream_id, "last")
    else:
        await rows.put(LAST, {"stream_id": envelope.stream_id, "n": event.n, "kind": "last"})


async def seen(rows: Rows, envelope: Envelope) -> None:
    await rows.put(SEEN, {"event_id": envelope.event_id, "stream_id": envelope.stream_id})


PROJECTION = Projection("row_totals", [t.name for t in (TOTALS, LAST, SEEN)], REGISTRY,
                        {Counted: add}, every_event=seen, rows=[TOTALS, LAST, SEEN])


async def snapshot(pool) -> dict[str, list[tuple]]:
    async with pool.acquire() as conn:
        return {t.name: [tuple(r) for r in await conn.fetch(
                    f"SELECT * FROM {t.name} ORDER BY {', '.join(t.key)}")]
                for t in (TOTALS, LAST, SEEN)}


@pytest.fixture
async def pool(pg_pool):
    async with pg_pool.acquire() as conn:
        await conn.execute("CREATE TABLE row_totals (stream_id text PRIMARY KEY, total bigint,"
                           " events int)")
        await conn.execute("CREATE TABLE row_last (stream_id text, kind text, n int,"
                           " PRIMARY KEY (stream_id, kind))")
        await conn.execute("CREATE TABLE row_seen (event_id uuid PRIMARY KEY, stream_id text)")
    return pg_pool


async def write(pool, count: int, seed: int) -> None:
    rng = random.Random(seed)
    async with pool.acquire() as conn:
        for _ in range(count):
            stream = f"s-{rng.randrange(12)}"
            version = await store.stream_version(conn, stream)
            events = [Counted(n=rng.randrange(50)) for _ in range(rng.randrange(1, 4))]
            await store.append(conn, stream, version, events, meta())


@pytest.mark.parametrize("flush_every", [1, 40, 100_000])
async def test_a_rebuild_folded_in_memory_gives_the_rows_of_live_projection(pool, flush_every):
    await write(pool, 150, seed=flush_every)
    await ProjectionRunner(pool, [PROJECTION], batch=9).catch_up()
    live = await snapshot(pool)
    async with pool.acquire() as conn:
        events = await conn.fetchval("SELECT count(*) FROM events")
        assert await conn.fetchval("SELECT sum(total) FROM row_totals") == await conn.fetchval(
            "SELECT sum((payload->>'n')::int) FROM events")
        cleared = await conn.fetchval("SELECT count(*) FROM events"
                                      " WHERE (payload->>'n')::int % 7 = 0")
    assert len(live["row_seen"]) == events
    assert cleared > 0  # some rows were deleted along the way, and some put back

    assert await rebuild(pool, [PROJECTION], batch=17, flush_every=flush_every) == events
    assert await snapshot(pool) == live
    async with pool.acquire() as conn:
        assert await store.load_checkpoint(conn, PROJECTION.checkpoint) == await store.head(conn)


async def test_rows_let_go_after_a_flush_are_read_back_from_their_table(pool):
    async with pool.acquire() as conn:
        async with conn.transaction():
            rows = MemoryRows(conn, [TOTALS], max_rows=1)
            await rows.put(TOTALS, {"stream_id": "a", "total": 1, "events": 1})
            await rows.put(TOTALS, {"stream_id": "b", "total": 2, "events": 1})
            assert await rows.flush() == 2  # two rows held, more than one: both let go
        async with conn.transaction():
            assert await rows.get(TOTALS, "a") == {"stream_id": "a", "total": 1, "events": 1}
            assert await rows.get(TOTALS, "missing") is None
            await rows.put(TOTALS, {"stream_id": "a", "total": 5, "events": 2})
            await rows.delete(TOTALS, "b")
            assert await rows.flush() == 2
        assert [tuple(r) for r in await conn.fetch("SELECT * FROM row_totals")] == [("a", 5, 2)]


async def test_a_folded_rebuild_refuses_to_race_a_live_runner(pool):
    await write(pool, 20, seed=3)
    async with pool.acquire() as conn:
        events = await store.read_all(conn)
    await ProjectionRunner(pool, [PROJECTION]).catch_up()  # a live runner got there first
    async with pool.acquire() as conn:
        fold = _Fold(PROJECTION, MemoryRows(conn, PROJECTION.rows))
        await fold.add(events, Decoding())
        with pytest.raises(ProjectionBusy):
            await _flush(conn, [fold], events[-1].position)


def test_a_row_table_must_be_among_the_projections_tables():
    with pytest.raises(ValueError, match="row_seen"):
        Projection("p", ["row_totals"], REGISTRY, {Counted: add}, rows=[TOTALS, SEEN])
    with pytest.raises(ValueError, match="key"):
        Table("t", ("a",), key=("b",))
