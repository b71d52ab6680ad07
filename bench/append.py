"""Append: one event per transaction at 16 concurrent writers vs raw single-row INSERT commits."""

import asyncio
import json
from uuid import uuid4

from bench.common import NOTE, Env, Measured, Result, Timer, meta, report
from eventkit import store

WRITERS, PER_WRITER = 16, 400


async def ours(pool) -> float:
    async def writer(w: int) -> None:
        async with pool.acquire() as conn:
            for i in range(PER_WRITER):
                await store.append(conn, f"bench-{w}", i, [Measured(n=i, note=NOTE)], meta())

    with Timer() as t:
        await asyncio.gather(*(writer(w) for w in range(WRITERS)))
    return WRITERS * PER_WRITER / t.seconds


async def baseline(pool) -> float:
    """The same row, inserted raw: a plain table with a primary key and nothing else."""
    async with pool.acquire() as conn:
        await conn.execute(
            "CREATE TABLE raw_events (id bigserial PRIMARY KEY, event_id uuid, stream_id text,"
            " version int, event_type text, schema_version int, occurred_at timestamptz,"
            " producer jsonb, actor jsonb, correlation_id uuid, payload jsonb)")
    m = meta()
    producer, actor = m.producer.model_dump_json(), m.actor.model_dump_json()

    async def writer(w: int) -> None:
        async with pool.acquire() as conn:
            for i in range(PER_WRITER):
                await conn.execute(
                    "INSERT INTO raw_events (event_id, stream_id, version, event_type,"
                    " schema_version, occurred_at, producer, actor, correlation_id, payload)"
                    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                    uuid4(), f"raw-{w}", i, "bench.Measured", 1, m.occurred_at, producer, actor,
                    m.correlation_id, json.dumps({"n": i, "note": NOTE}))

    with Timer() as t:
        await asyncio.gather(*(writer(w) for w in range(WRITERS)))
    return WRITERS * PER_WRITER / t.seconds


async def run(env: Env) -> Result:
    pool = await env.database()
    try:
        raw = await baseline(pool)
        mine = await ours(pool)
    finally:
        await pool.close()
    return report(Result("append", mine, raw, 0.8))
