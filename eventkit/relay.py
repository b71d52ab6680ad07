"""The outbox relay: the event log, read in global order from a durable checkpoint, to Kafka.

The checkpoint moves only after the broker acknowledged every event up to it, so a crash may
publish an event twice, never zero times. Events are keyed by stream id, so one case's events
land in one partition in log order.
"""

import asyncio
from collections.abc import Callable

import asyncpg
from aiokafka import AIOKafkaProducer

from eventkit import store
from eventkit.logging import get_logger
from eventkit.store import Published

log = get_logger(__name__)

TopicOf = Callable[[str], str]  # event type -> topic


def headers(event: Published) -> list[tuple[str, bytes]]:
    return [
        ("event_type", event.event_type.encode()),
        ("event_id", str(event.event_id).encode()),
        ("schema_version", str(event.schema_version).encode()),
        ("producer_kind", event.producer_kind.encode()),
        ("correlation_id", str(event.correlation_id).encode()),
    ]


class Relay:
    def __init__(
        self,
        pool: asyncpg.Pool,
        producer: AIOKafkaProducer,
        topic_of: TopicOf,
        name: str = "relay",
        batch: int = 500,
        idle_sleep: float = 0.05,
    ) -> None:
        self.pool, self.producer, self.topic_of = pool, producer, topic_of
        self.name, self.batch, self.idle_sleep = name, batch, idle_sleep
        self.published = 0

    async def publish(self, events: list[Published]) -> None:
        sent = [
            await self.producer.send(
                self.topic_of(e.event_type),
                value=e.envelope_json,
                key=e.stream_id.encode(),
                headers=headers(e),
            )
            for e in events
        ]
        await asyncio.gather(*sent)

    async def run_once(self) -> int:
        """Publish one batch; returns how many events it published."""
        async with self.pool.acquire() as conn:
            after = await store.load_checkpoint(conn, self.name)
            events = await store.read_all_serialised(conn, after, self.batch)
        if not events:
            return 0
        await self.publish(events)
        async with self.pool.acquire() as conn:
            await store.save_checkpoint(conn, self.name, events[-1].position)
        self.published += len(events)
        return len(events)

    async def run(self, stop: asyncio.Event | None = None) -> None:
        """Publish until `stop`; among several instances of a service only one relays at a time."""
        stop = stop or asyncio.Event()
        async with self.pool.acquire() as lock_conn:
            while not await lock_conn.fetchval(
                "SELECT pg_try_advisory_lock(hashtext($1))", self.name
            ):
                if await _sleep_or_stop(stop, 1.0):
                    return
            log.info("relay.started", relay=self.name)
            try:
                while not stop.is_set():
                    if await self.run_once() == 0:
                        await _sleep_or_stop(stop, self.idle_sleep)
            finally:
                await lock_conn.execute("SELECT pg_advisory_unlock(hashtext($1))", self.name)


async def _sleep_or_stop(stop: asyncio.Event, seconds: float) -> bool:
    try:
        await asyncio.wait_for(stop.wait(), seconds)
    except TimeoutError:
        return False
    return True
