"""The outbox relay: the event log, read in global order from a durable checkpoint, to Kafka.

The checkpoint moves only after the broker acknowledged every event up to it, so a crash may
publish an event twice, never zero times. Events are keyed by stream id, so one case's events
land in one partition in log order. Each publish is a producer span continuing the trace the
event was appended in; its context goes in the message's headers for the consumer to continue.
"""

import asyncio
from collections.abc import Callable

import asyncpg
from aiokafka import AIOKafkaProducer
from opentelemetry import trace
from opentelemetry.trace import SpanKind, Status, StatusCode

from eventkit import store
from eventkit.logging import get_logger
from eventkit.periodic import every, sleep_or_stop
from eventkit.store import Position, Published
from eventkit.tracing import Tracing, context_of, inject_headers

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
        tracing: Tracing | None = None,
    ) -> None:
        self.pool, self.producer, self.topic_of = pool, producer, topic_of
        self.name, self.batch, self.idle_sleep = name, batch, idle_sleep
        self.tracing = tracing or Tracing(name)
        self.published = 0

    async def send(self, events: list[Published]) -> asyncio.Future[list[object]]:
        """Hand a batch to the producer; the returned future completes when the broker acked."""
        return asyncio.gather(*[await self.send_one(e) for e in events])

    async def send_one(self, event: Published) -> asyncio.Future[object]:
        topic = self.topic_of(event.event_type)
        attributes = {"messaging.system": "kafka", "messaging.operation": "publish",
                      "messaging.destination.name": topic, "event.type": event.event_type,
                      "event.id": str(event.event_id)}
        # the trace the event was appended in (a request, a consumed message) goes on here
        span = self.tracing.tracer.start_span(f"{topic} publish", context_of(event.trace_context),
                                              SpanKind.PRODUCER, attributes)
        with trace.use_span(span, end_on_exit=False):
            acked: asyncio.Future[object] = await self.producer.send(
                topic, value=event.envelope_json, key=event.stream_id.encode(),
                headers=inject_headers(headers(event)))
        acked.add_done_callback(lambda done: _end(span, done))
        return acked

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


def _end(span: trace.Span, acked: "asyncio.Future[object]") -> None:
    """The publish span ends when the broker acknowledged the message (or refused it)."""
    if acked.cancelled() or acked.exception() is not None:
        span.set_status(Status(StatusCode.ERROR, "not acknowledged"))
    span.end()
