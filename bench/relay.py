"""Relay: events/s from the log to the broker vs raw aiokafka produce of the same payloads."""

import asyncio
import uuid

from bench.common import NOTE, Env, Figure, Measured, Result, Timer, meta, report
from eventkit import kafka, store
from eventkit.relay import Relay

EVENTS = 20_000


async def fill(pool) -> list[bytes]:
    async with pool.acquire() as conn:
        for s in range(EVENTS // 100):
            await store.append(conn, f"relay-{s}", 0,
                               [Measured(n=i, note=NOTE) for i in range(100)], meta())
        return [r.envelope.to_json() for r in await store.read_all(conn, limit=EVENTS)]


async def run(env: Env) -> list[Figure]:
    pool = await env.database()
    suffix = uuid.uuid4().hex[:6]
    topic_raw, topic_ours = f"bench.raw.{suffix}", f"bench.ours.{suffix}"
    await kafka.ensure_topics(env.bootstrap, [topic_raw, topic_ours])
    producer = kafka.producer(env.bootstrap, "bench")
    await producer.start()
    try:
        payloads = await fill(pool)
        with Timer() as raw:
            futures = [await producer.send(topic_raw, value=p, key=str(i % 200).encode())
                       for i, p in enumerate(payloads)]
            await asyncio.gather(*futures)
        relay = Relay(pool, producer, lambda e: topic_ours, batch=1000)
        with Timer() as mine:
            await relay.drain()
        assert relay.published == EVENTS
    finally:
        await producer.stop()
        await pool.close()
    return [report(Result("relay", EVENTS / mine.seconds, EVENTS / raw.seconds, 0.5))]
