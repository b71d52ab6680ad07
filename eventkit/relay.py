"""The outbox relay: the event log, read in global order from a durable checkpoint, to Kafka.

The checkpoint moves only after the broker acknowledged every event up to it, so a crash may
publish an event twice, never zero times. Events are keyed by stream id, so one case's events
land in one partition in log order. Each publish is a producer span continuing the trace the
event was appended in; its context goes in the message's headers for the consumer to continue.

The broker is transport and can lose what it acknowledged (the embedded one keeps everything in
memory). With its checkpoint the relay saves, per topic and partition, the offsets the broker gave
the last batch it acknowledged there. Only the relay writes its topics, so offsets there only
grow: a topic or partition gone, an end offset not past that record (checked every
`check_every_s`), or a new message given an offset not past it, all mean the broker lost what it
had acknowledged. The relay then makes its topics again and publishes its log from the beginning
(consumers drop what they applied already). A broker that cannot be reached is waited for; the
checkpoint does not move meanwhile. Where the relay keeps all this: `eventkit.relay_state`.
"""

import asyncio
import time
from collections.abc import Awaitable, Callable

import asyncpg
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError
from opentelemetry import trace
from opentelemetry.trace import SpanKind, Status, StatusCode

from eventkit import relay_state as state
from eventkit import store
from eventkit.broker import Broker
from eventkit.logging import get_logger
from eventkit.periodic import every, sleep_or_stop
from eventkit.store import START, Position, Published
from eventkit.tracing import Tracing, context_of, inject_headers
from eventkit.wakeup import Wakeup, run_woken

log = get_logger(__name__)

TopicOf = Callable[[str], str]  # event type -> topic


class BrokerLost(Exception):
    """The broker no longer holds messages it acknowledged to this relay."""


class Rewound(Exception):
    """The checkpoint was moved by someone else (`rewind`): go on from where it is now."""


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
        broker: Broker | None = None,
        ensure_topics: Callable[[], Awaitable[None]] | None = None,
        check_every_s: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        wakeup: Wakeup | None = None,
    ) -> None:
        self.pool, self.producer, self.topic_of = pool, producer, topic_of
        self.name, self.batch, self.idle_sleep = name, batch, idle_sleep
        self.tracing = tracing or Tracing(name)
        self.broker, self.ensure_topics = broker, ensure_topics
        self.check_every_s, self.clock = check_every_s, clock
        # with a wakeup the relay publishes when a commit appended, polling only as a fallback
        self.wakeup = wakeup
        self.published = 0
        self.refills = 0  # times the broker was found to have lost what it acknowledged
        self._acked: state.Acknowledged | None = None  # loaded with the checkpoint
        self._saved = START  # the checkpoint as this relay last read or wrote it
        self._next_check = 0.0

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
        """Once the broker acknowledged a batch: move the checkpoint to its end and keep the
        offsets it was given, or raise `BrokerLost` when an offset shows the broker restarted."""
        offsets = state.batch_offsets(await acked)
        record = await self.acknowledged()
        behind = [f"{tp.topic}[{tp.partition}] gave offset {first}, had {record[tp][1]}"
                  for tp, (first, _) in sorted(offsets.items())
                  if tp in record and first <= record[tp][1]]
        if behind:
            raise BrokerLost("; ".join(behind))
        async with self.pool.acquire() as conn:
            if not await state.save(conn, self.name, self._saved, upto, offsets):
                raise Rewound
        record.update(offsets)
        self._saved = upto
        self.published += count

    async def acknowledged(self) -> state.Acknowledged:
        if self._acked is None:
            async with self.pool.acquire() as conn:
                self._acked = await state.acknowledged(conn, self.name)
        return self._acked

    async def _start(self) -> Position:
        async with self.pool.acquire() as conn:
            self._saved = await store.load_checkpoint(conn, self.name)
        return self._saved

    async def run_once(self) -> int:
        """Publish one batch and move the checkpoint; returns how many events it published."""
        events = await self.read(await self._start())
        if events:
            await self.confirm(await self.send(events), events[-1].position, len(events))
        return len(events)

    async def drain(self) -> int:
        """Publish everything readable now, reading each batch while the last one is in flight.

        The checkpoint still moves only to a batch the broker acknowledged, in order.
        """
        cursor = await self._start()
        total, in_flight = 0, None
        while True:
            events = await self.read(cursor)
            if in_flight is not None:
                await self.confirm(*in_flight)
            if not events:
                return total
            cursor, total = events[-1].position, total + len(events)
            in_flight = (await self.send(events), cursor, len(events))

    async def check(self) -> None:
        """Raise `BrokerLost` when the broker no longer holds what it acknowledged."""
        if self.broker is None:
            return
        # a partition's end is past the first message of its last batch, at least
        lost = await self.broker.lost({tp: first for tp, (first, _) in
                                       (await self.acknowledged()).items()})
        if lost:
            raise BrokerLost("; ".join(lost))

    async def refill(self, reason: str) -> None:
        """The broker lost what it acknowledged: make the topics again, publish from the start."""
        log.warning("relay.broker_lost", relay=self.name, reason=reason[:1000])
        if self.ensure_topics is not None:
            await self.ensure_topics()
        # The producer still partitions by the old broker's topics, and the embedded broker
        # takes messages for partitions its topics do not have (and no consumer reads).
        await self.producer.client.force_metadata_update()
        async with self.pool.acquire() as conn:
            await state.start_over(conn, self.name)
        self._acked, self._saved = {}, START
        self.refills += 1

    async def tick(self) -> int:
        """One round of the running relay: look for a loss when due, then drain."""
        try:
            try:
                if self.clock() >= self._next_check:
                    self._next_check = self.clock() + self.check_every_s
                    await self.check()
                return await self.drain()
            except BrokerLost as lost:
                await self.refill(str(lost))
                return 1
            except Rewound:
                return 1
        except KafkaError as error:
            # the broker is away or restarting: nothing moved; look for a loss before going on
            log.warning("relay.broker_unavailable", relay=self.name,
                        error=f"{type(error).__name__}: {error}"[:300])
            self._next_check = 0.0
            await asyncio.sleep(0.5)
            return 0

    async def run(self, stop: asyncio.Event) -> None:
        """Publish until `stop`; among several instances of a service only one relays at a time."""
        async with self.pool.acquire() as lock_conn:
            while not await state.try_lock(lock_conn, self.name):
                if await sleep_or_stop(stop, 1.0):
                    return
            log.info("relay.started", relay=self.name)
            self._acked = None  # what the last holder of the lock acknowledged is in the database
            try:
                if self.wakeup is None:
                    await every(stop, self.idle_sleep, self.tick)
                else:
                    await run_woken(stop, self.tick, self.wakeup, self.idle_sleep,
                                    lambda: self._saved.tx_id)
            finally:
                await state.unlock(lock_conn, self.name)


def _end(span: trace.Span, acked: "asyncio.Future[object]") -> None:
    """The publish span ends when the broker acknowledged the message (or refused it)."""
    if acked.cancelled() or acked.exception() is not None:
        span.set_status(Status(StatusCode.ERROR, "not acknowledged"))
    span.end()
