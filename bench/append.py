"""Append: one event per transaction at 16 concurrent writers vs raw single-row INSERT commits,
and appends of a hundred events at once (what an import or a timer's sweep writes).

The two single-event writers take turns for ROUNDS rounds and each keeps its best: on a shared
two-core machine a neighbour's burst would otherwise decide the ratio.
"""

import asyncio
import json
from uuid import uuid4

from bench.common import NOTE, Env, Figure, Measured, Result, Timer, meta, report
from eventkit import store

WRITERS, PER_WRITER, ROUNDS = 16, 400, 3
BATCH, BATCHES, BATCH_GOAL = 100, 200, 10_000  # events per append, appends, events/s


async def ours(pool, round_: int) -> float:
    async def writer(w: int) -> None:
        async with pool.acquire() as conn:
            for i in range(PER_WRITER):
                await store.append(conn, f"bench-{round_}-{w}", i, [Measured(n=i, note=NOTE)],
                                   meta())

    with Timer() as t:
        await asyncio.gather(*(writer(w) for w in range(WRITERS)))
    return WRITERS * PER_WRITER / t.seconds


RAW_TABLE = (
    "CREATE TABLE IF NOT EXISTS raw_events (id bigserial PRIMARY KEY, event_id uuid,"
    " stream_id text, version int, event_type text, schema_version int, occurred_at timestamptz,"
    " producer jsonb, actor jsonb, correlation_id uuid, payload jsonb)"
)


async def baseline(pool, round_: int) -> float:
    """The same row, inserted raw: a plain table with a primary key and nothing else."""
    async with pool.acquire() as conn:
        await conn.execute(RAW_TABLE)
    m = meta()
    producer, actor = m.producer.model_dump_json(), m.actor.model_dump_json()

    async def writer(w: int) -> None:
        async with pool.acquire() as conn:
            for i in range(PER_WRITER):
                await conn.execute(
                    "INSERT INTO raw_events (event_id, stream_id, version, event_type,"
                    " schema_version, occurred_at, producer, actor, correlation_id, payload)"
                    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                    uuid4(), f"raw-{round_}-{w}", i, "bench.Measured", 1, m.occurred_at,
                    producer, actor, m.correlation_id, json.dumps({"n": i, "note": NOTE}))

    with Timer() as t:
        await asyncio.gather(*(writer(w) for w in range(WRITERS)))
    return WRITERS * PER_WRITER / t.seconds


async def batched(pool, writers: int) -> float:
    """Events/s appended `BATCH` at a time, each append a new stream, by `writers` at once."""
    async def writer(w: int) -> None:
        async with pool.acquire() as conn:
            for b in range(BATCHES // writers):
                await store.append(conn, f"batch-{writers}-{w}-{b}", 0,
                                   [Measured(n=i, note=NOTE) for i in range(BATCH)], meta())

    with Timer() as t:
        await asyncio.gather(*(writer(w) for w in range(writers)))
    return BATCHES // writers * writers * BATCH / t.seconds


async def run(env: Env) -> list[Figure]:
    pool = await env.database()
    try:
        raw, mine = 0.0, 0.0
        for round_ in range(ROUNDS):
            raw = max(raw, await baseline(pool, round_))
            mine = max(mine, await ours(pool, round_))
        alone, together = await batched(pool, 1), await batched(pool, 4)
    finally:
        await pool.close()
    figures = [report(Result("append", mine, raw, 0.8))]
    print(f"append batched ({BATCH} events per append): rate {alone:,.0f} events/s by one writer,"
          f" {together:,.0f} events/s by four (goal {BATCH_GOAL:,}/s)", flush=True)
    figures.append(Figure(f"append x{BATCH}", f"{alone:,.0f} events/s (one writer)",
                          f">= {BATCH_GOAL:,}/s", alone >= BATCH_GOAL))
    return figures
