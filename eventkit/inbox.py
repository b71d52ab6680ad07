"""The inbox consumer: each Kafka message applied at most once, in one transaction with its effect.

For every message: parse the envelope, check its producer's signature against the published key
set (unsigned, a bad signature, an unknown or revoked key, or a key of another organisation than
the producer's: dead letters), check its producer may say it, decode its payload once (through
the registry's upcasters) into the event class a handler is registered for and check the proofs
the event itself must carry (a decision's head signature), then in ONE transaction record
(consumer, event id) and run the handler with the event and its envelope.
A redelivered event finds its id and does nothing. A message that cannot be parsed, is not
allowed, or whose handler fails, goes to `dead_letters` with its reason and raw bytes, and the
consumer moves on. Offsets are committed only after the transactions of everything before them
committed.

The broker is transport: when it cannot be reached the consumer waits and tries again, and an
offset it failed to commit only means a redelivery, which finds its id. With a `Broker` to ask,
the consumer also keeps its positions to the broker they were taken on (`eventkit.positions`): a
broker that restarted empty is read again from its beginning, and what was applied already is
dropped — a whole batch of known event ids by one query (a known id is a duplicate only on a
message its producer's signature still proves: a known id on altered content is dead-lettered).
"""

import asyncio
import json
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import asyncpg
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import KafkaError
from opentelemetry import trace
from opentelemetry.trace import SpanKind, Status, StatusCode
from pydantic import ValidationError

from contracts.envelope import Envelope
from contracts.events import Event, EventRegistry, ProducerNotAllowed, UnknownEventType
from eventkit.broker import Broker
from eventkit.db import Connection
from eventkit.logging import correlation_id, get_logger
from eventkit.periodic import sleep_or_stop
from eventkit.positions import CheckedInDatabase, Guard
from eventkit.signing import KeySetUnreadable, SignatureRefused, Verifier
from eventkit.tracing import Tracing, extract_headers

log = get_logger(__name__)

# `async def on_x(conn, event: X, envelope) -> None`, registered as `{X: on_x}`: the handler gets
# the decoded event of the class it is registered for, and the envelope it came in.
Handler = Callable[[Connection, Any, Envelope], Awaitable[None]]
Handlers = Mapping[type[Event], Handler]


# Failures worth retrying: the same message is delivered again once they pass.
TRANSIENT = (
    OSError,
    TimeoutError,
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    asyncpg.TooManyConnectionsError,
    asyncpg.CannotConnectNowError,
    asyncpg.DeadlockDetectedError,
    asyncpg.SerializationError,
    asyncpg.LockNotAvailableError,
    asyncpg.QueryCanceledError,
    # the key set cannot be read just now: no event is judged (nor dead-lettered) on it
    KeySetUnreadable,
)


class Rejected(Exception):
    """A handler's way to say "this event cannot be applied": it goes to dead letters."""


class Inbox:
    def __init__(
        self,
        pool: asyncpg.Pool,
        consumer: AIOKafkaConsumer,
        name: str,
        handlers: Handlers,
        registry: EventRegistry,
        tracing: Tracing | None = None,
        broker: Broker | None = None,
        *,
        keys: Verifier,
    ) -> None:
        self.pool, self.consumer, self.name = pool, consumer, name
        self.handlers, self.registry, self.keys = handlers, registry, keys
        self.tracing = tracing or Tracing(name)
        for event in handlers:
            if registry.type_of(event.event_type) is not event:
                raise ValueError(f"{event.event_type} is not registered as {event.__name__}")
        self._by_type = {event.event_type: handler for event, handler in handlers.items()}
        self.applied = self.duplicates = self.dead = 0
        # (outcome, event type) -> messages, for the metrics; every handled type starts at 0
        self.counts: Counter[tuple[str, str]] = Counter(
            {(outcome, event.event_type): 0 for event in handlers
             for outcome in ("applied", "duplicate", "dead_lettered")})
        self.committed: dict[TopicPartition, int] = {}  # the offsets this process committed
        self.guard: Guard | None = None
        if broker is not None:
            # subscribe again, now with the guard hearing of every (re)assignment
            self.guard = Guard(consumer, broker, CheckedInDatabase(pool, name), name)
            consumer.subscribe(sorted(consumer.subscription()), listener=self.guard)

    async def process(self, message: ConsumerRecord) -> None:
        """Take one message, in a consumer span continuing the trace its headers carry."""
        attributes = {"messaging.system": "kafka", "messaging.operation": "process",
                      "messaging.destination.name": message.topic,
                      "messaging.consumer.group.name": self.name,
                      "messaging.destination.partition.id": str(message.partition),
                      "messaging.kafka.message.offset": message.offset}
        with self.tracing.span(f"{message.topic} process", SpanKind.CONSUMER,
                               extract_headers(message.headers), attributes):
            await self._process(message)

    async def _process(self, message: ConsumerRecord) -> None:
        try:
            envelope = Envelope.from_json(message.value)
        except (ValidationError, ValueError, TypeError) as error:
            await self.dead_letter(message, None, f"unparseable envelope: {error}")
            return
        handler = self._by_type.get(envelope.event_type)
        if handler is None:
            return  # an event type this consumer does not react to: nothing to record
        # what the handler logs and appends carries the correlation of the event it reacts to
        token = correlation_id.set(str(envelope.correlation_id))
        span = trace.get_current_span()
        span.set_attribute("qorgau.correlation_id", str(envelope.correlation_id))
        span.set_attribute("event.type", envelope.event_type)
        span.set_attribute("event.id", str(envelope.event_id))
        try:
            await self.apply(message, envelope, handler)
        finally:
            correlation_id.reset(token)

    async def apply(self, message: ConsumerRecord, envelope: Envelope, handler: Handler) -> None:
        try:
            self.keys.verify(envelope)  # who says it first: nothing of an unproved event is read
            self.registry.check_producer(envelope)
            # a payload that breaks its schema never reaches a handler
            event = self.registry.decode(envelope)
            for proof in event.proofs(envelope):
                self.keys.prove(proof)
            async with self.pool.acquire() as conn, conn.transaction():
                fresh = await conn.fetchval(
                    'INSERT INTO inbox (consumer, event_id, topic, "partition", "offset")'
                    " VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING true",
                    self.name, envelope.event_id, message.topic, message.partition, message.offset,
                )
                if not fresh:
                    self.duplicates += 1
                    self.counts["duplicate", envelope.event_type] += 1
                    return
                await handler(conn, event, envelope)
            self.applied += 1
            self.counts["applied", envelope.event_type] += 1
            log.info("inbox.applied", consumer=self.name, event_type=envelope.event_type,
                     event_id=str(envelope.event_id))
        except (SignatureRefused, Rejected, ProducerNotAllowed, UnknownEventType,
                ValidationError) as error:
            await self.dead_letter(message, envelope, f"{type(error).__name__}: {error}")
        except TRANSIENT:
            raise  # the database is unwell or busy: nothing committed, the message comes again
        except Exception as error:  # a handler bug must not stall the partition forever
            log.exception("inbox.handler_failed", consumer=self.name,
                          event_type=envelope.event_type)
            await self.dead_letter(message, envelope, f"{type(error).__name__}: {error}")

    async def dead_letter(
        self, message: ConsumerRecord, envelope: Envelope | None, reason: str
    ) -> None:
        self.dead += 1
        self.counts["dead_lettered", envelope.event_type if envelope else "unparseable"] += 1
        span = trace.get_current_span()
        span.set_status(Status(StatusCode.ERROR, "dead-lettered"))
        log.warning(
            "inbox.dead_letter", consumer=self.name, topic=message.topic,
            partition=message.partition, offset=message.offset, reason=reason[:500],
        )
        async with self.pool.acquire() as conn:
            # one letter per message (its bytes' digest), wherever it was read: a refilled
            # broker reuses offsets, a republished message comes at another one
            await conn.execute(
                'INSERT INTO dead_letters (consumer, topic, "partition", "offset", event_id,'
                " event_type, reason, raw_key, raw_value)"
                " VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (consumer, digest) DO UPDATE"
                ' SET topic = EXCLUDED.topic, "partition" = EXCLUDED."partition",'
                ' "offset" = EXCLUDED."offset", reason = EXCLUDED.reason,'
                " attempts = dead_letters.attempts + 1, recorded_at = clock_timestamp(),"
                " resolved_at = NULL",
                self.name, message.topic, message.partition, message.offset,
                envelope.event_id if envelope else None,
                envelope.event_type if envelope else None,
                reason, message.key, message.value,
            )

    async def run_once(self, timeout_ms: int = 200) -> int:
        batches = await self.consumer.getmany(timeout_ms=timeout_ms)
        count = 0
        unapplied = {partition: messages[0].offset for partition, messages in batches.items()}
        try:
            if self.guard is not None:
                for partition in await self.guard.check():  # fetched from stale positions
                    batches.pop(partition, None)
                    unapplied.pop(partition, None)
                    self.committed.pop(partition, None)
            applied = await self.applied_already(batches)
            for partition, messages in batches.items():
                for message in messages:
                    unapplied[partition] = message.offset
                    if (partition, message.offset) not in applied:
                        await self.process(message)
                    count += 1
                await self.commit(partition, messages[-1].offset + 1)
                del unapplied[partition]
        except BaseException:
            # The consumer's position is already past the whole batch: rewind to the first
            # message not applied, or a later commit would step over it.
            assigned = self.consumer.assignment()
            for partition, offset in unapplied.items():
                if partition in assigned:
                    self.consumer.seek(partition, offset)
            raise
        return count

    async def applied_already(self, batches: Mapping[TopicPartition, list[ConsumerRecord]]
                              ) -> set[tuple[TopicPartition, int]]:
        """The messages of the batch whose event this consumer applied already, found by one
        query (a refilled broker redelivers whole topics); counted as duplicates."""
        handled = {(tp, m.offset): found for tp, messages in batches.items() for m in messages
                   if (found := _identity(m)) is not None and found[1] in self._by_type}
        by_offset = {(tp, m.offset): m for tp, messages in batches.items() for m in messages}
        if len(handled) < 2:
            return set()  # one message: its own transaction finds it as cheaply
        async with self.pool.acquire() as conn:
            rows = await conn.fetch(
                "SELECT event_id::text AS id FROM inbox WHERE consumer = $1"
                " AND event_id = ANY($2::uuid[])",
                self.name, sorted({event_id for event_id, _ in handled.values()}))
        known = {r["id"] for r in rows}
        applied = {at for at, (event_id, _) in handled.items()
                   if event_id in known and self.proved(by_offset[at])}
        for at in applied:
            self.duplicates += 1
            self.counts["duplicate", handled[at][1]] += 1
        return applied

    def proved(self, message: ConsumerRecord) -> bool:
        """A message with the id of an event applied already is a duplicate only if it is that
        event as its producer signed it: the same id under another stream, version or payload
        is a forgery reusing a known id, and goes the whole way, to the dead letters."""
        try:
            self.keys.verify(Envelope.from_json(message.value))
        except (SignatureRefused, ValidationError, ValueError):
            return False
        return True

    async def commit(self, partition: TopicPartition, offset: int) -> None:
        """Commit after the batch applied; a commit the broker refuses or misses (a rebalance,
        a restart) only means those messages come again and are found applied."""
        try:
            await self.consumer.commit({partition: offset})
            self.committed[partition] = offset
        except KafkaError as error:
            log.warning("inbox.commit_failed", consumer=self.name, topic=partition.topic,
                        partition=partition.partition, error=f"{type(error).__name__}: {error}")

    async def run(self, stop: asyncio.Event) -> None:
        log.info("inbox.started", consumer=self.name)
        while not stop.is_set():
            try:
                await self.run_once()  # getmany waits for messages itself
            except KafkaError as error:
                # the broker is away or restarting: nothing was applied past the rewind
                log.warning("inbox.broker_unavailable", consumer=self.name,
                            error=f"{type(error).__name__}: {error}"[:300])
                if self.guard is not None:
                    self.guard.soon()
                if await sleep_or_stop(stop, 1.0):
                    return


def _identity(message: ConsumerRecord) -> tuple[str, str] | None:
    """(event id, event type) of the envelope a message holds, when it looks like one."""
    try:
        body = json.loads(message.value)
        event_id, event_type = str(uuid.UUID(body["event_id"])), body["event_type"]
    except (ValueError, TypeError, KeyError, AttributeError):
        return None  # the full parse says what is wrong with it
    return (event_id, event_type) if isinstance(event_type, str) else None

