"""Rebuild: events/s folded into a read model vs a raw SELECT scan of the same log."""

from bench.common import NOTE, REGISTRY, Env, Measured, Result, Timer, meta, report
from eventkit import store
from eventkit.projections import Projection, rebuild

EVENTS = 20_000


async def count(conn, event: Measured, envelope) -> None:
    await conn.execute(
        "INSERT INTO bench_totals (stream_id, events) VALUES ($1, 1)"
        " ON CONFLICT (stream_id) DO UPDATE SET events = bench_totals.events + 1",
        envelope.stream_id)


TOTALS = Projection("bench_totals", ["bench_totals"], REGISTRY, {Measured: count})


async def run(env: Env) -> Result:
    pool = await env.database()
    try:
        async with pool.acquire() as conn:
            await conn.execute("CREATE TABLE bench_totals (stream_id text PRIMARY KEY, events int)")
            for s in range(EVENTS // 100):
                await store.append(conn, f"rebuild-{s}", 0,
                                   [Measured(n=i, note=NOTE) for i in range(100)], meta())
            with Timer() as raw:
                rows = await conn.fetch("SELECT * FROM events ORDER BY tx_id, position")
            assert len(rows) == EVENTS
        with Timer() as mine:
            assert await rebuild(pool, [TOTALS], batch=2000) == EVENTS
    finally:
        await pool.close()
    return report(Result("rebuild", EVENTS / mine.seconds, EVENTS / raw.seconds, 0.5))
