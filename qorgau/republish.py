"""`qorgau republish <service> [--from POSITION]`: publish a service's log to the broker again.

The relays refill a broker that lost what they published by themselves; this is the same by
hand, for a loss they cannot see (a topic emptied by its retention, a new consumer that needs
the past). The service's relay is set back to the event at log position POSITION (the
`relay_position` and `log_head` of `/health` count in the same positions; default: the beginning).
It never moves the relay forward. A running instance of the service republishes from there after
the batch it has in flight; with none running, this command publishes up to the log's head itself.
Consumers drop what they applied already, so republishing too much costs time, never effects.
"""

import asyncio
import time
from dataclasses import dataclass
from typing import Any

from eventkit import kafka, store
from eventkit.broker import Broker
from eventkit.relay import Relay
from eventkit.relay_state import rewind, try_lock, unlock
from eventkit.store import Position

RELAY = "relay"  # the checkpoint and lock name every service's relay uses


@dataclass(frozen=True)
class Republished:
    set_back_to: Position | None  # None: no event at or after the position
    head: Position
    by_this_command: bool  # False: a running instance of the service did it
    seconds: float


async def republish(service_app: Any, from_position: int = 0,
                    timeout_s: float = 120.0) -> Republished:
    """Inside the service app's lifespan (its loops not running): set the relay back and see
    the log published up to its head of now. Raises TimeoutError when it is not by `timeout_s`."""
    runtime, pool = service_app.state.runtime, service_app.state.pool
    started = time.monotonic()
    async with pool.acquire() as conn:
        head = await store.head(conn)
        at = await rewind(conn, RELAY, from_position)
    if at is None:
        return Republished(None, head, False, 0.0)
    async with pool.acquire() as lock:
        here = await try_lock(lock, RELAY)
        try:
            if here:
                await _publish(runtime, pool, head, started + timeout_s)
            else:
                await _wait(pool, head, started + timeout_s)
        finally:
            if here:
                await unlock(lock, RELAY)
    return Republished(at, head, here, time.monotonic() - started)


async def _publish(runtime: Any, pool: Any, head: Position, deadline: float) -> None:
    settings = runtime.settings
    client = f"{settings.kafka_client_id or runtime.spec.name}-republish"
    producer = kafka.producer(settings.kafka_bootstrap_servers, client)
    broker = Broker(settings.kafka_bootstrap_servers, client)
    await runtime.ensure_topics()
    await producer.start()
    try:
        relay = Relay(pool, producer, runtime.topic_of, RELAY, settings.relay_batch,
                      broker=broker, ensure_topics=runtime.ensure_topics)
        while not await _reached(pool, head):
            _before(deadline)
            await relay.tick()  # waits out the broker, refills it if it lost what it had
    finally:
        await producer.stop()
        await broker.stop()


async def _wait(pool: Any, head: Position, deadline: float) -> None:
    while not await _reached(pool, head):
        _before(deadline)
        await asyncio.sleep(0.2)


async def _reached(pool: Any, head: Position) -> bool:
    async with pool.acquire() as conn:
        return await store.load_checkpoint(conn, RELAY) >= head


def _before(deadline: float) -> None:
    if time.monotonic() > deadline:
        raise TimeoutError("the log was not published up to its head in time")
