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
from eventkit.periodic import every, sleep_or_stop
from eventkit.store import Position, Published

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

    async def send(self, events: list[Published]) -> asyncio.Future[list[object]]:
        """Hand a batch to the producer; the returned future completes when the broker acked."""
        sent = [
            await self.producer.send(
                self.topic_of(e.event_type),
                value=e.envelope_json,
                key=e.stream_id.encode(),
                headers=headers(e),
            )
            for e in events
        ]
        return asyncio.gather(*sent)

    async def publish(self, events: list[Published]) -> None:
        await (await self.send(events))

    async def read(self, after: Position) -> list[Published]:
        async with self.pool.acquire() as conn:
            return await store.read_all_serialised(conn, after, self.batch)

    async def confirm(
        self, acked: asyncio.Future[list[object]], upto: Position, count: int
    ) -> None:
        await acked
        async with self.pool.acquire() as conn:
            await store.save_checkpoint(conn, self.name, upto)
        self.published += count

    async def run_once(self) -> int:
        """Publish one batch and move the checkpoint; returns how many events it published."""
        async with self.pool.acquire() as conn:
            after = await store.load_checkpoint(conn, self.name)
        events = await self.read(after)
        if events:
            await self.confirm(await self.send(events), events[-1].position, len(events))
        return len(events)

    async def drain(self) -> int:
        """Publish everything readable now, reading each batch while the last one is in flight.

        The checkpoint still moves only to a batch the broker acknowledged, in order.
        """
        async with self.pool.acquire() as conn:
            cursor = await store.load_checkpoint(conn, self.name)
        total, in_flight = 0, None
        while True:
            events = await self.read(cursor)
            if in_flight is not None:
                await self.confirm(*in_flight)
            if not events:
                return total
            cursor, total = events[-1].position, total + len(events)
            in_flight = (await self.send(events), cursor, len(events))

    async def run(self, stop: asyncio.Event) -> None:
        """Publish until `stop`; among several instances of a service only one relays at a time."""
        async with self.pool.acquire() as lock_conn:
            while not await lock_conn.fetchval(
                "SELECT pg_try_advisory_lock(hashtext($1))", self.name
            ):
                if await sleep_or_stop(stop, 1.0):
                    return
            log.info("relay.started", relay=self.name)
            try:
                await every(stop, self.idle_sleep, self.drain)
            finally:
                await lock_conn.execute("SELECT pg_advisory_unlock(hashtext($1))", self.name)
