"""The treasury simulator: reads envelopes from `payments.orders`, answers on `treasury.answers`.

For each `payments.EnvelopeReleased` it checks the control totals against the orders: a mismatch
is answered with `EnvelopeRejected` and nothing is paid; otherwise `EnvelopeAccepted`, a delay,
then per order `PaymentConfirmed` (with a bank reference) or `PaymentReturned` (a configurable
share, e.g. a closed account). Every answer is written under the treasury's own identity and
signed with its key; an envelope is paid only when its signature proves it comes from the
payments department it names (anything else is logged and left unanswered).

Answers are deterministic: the same envelope always gets the same answers with the same event
ids, so a redelivered envelope (the offset is committed only after its answers were sent)
produces exact duplicates that the payments inbox ignores. That is also how it survives the
broker: one that cannot be reached is waited for, and one that restarted empty (refilled by the
payments relay) is read from its beginning, as is every partition when the simulator starts (it
keeps nothing between runs): envelopes answered before are answered again at once, their delay
long past.
"""

import asyncio
import contextlib
import hashlib
import random
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from uuid import NAMESPACE_URL, UUID, uuid5

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.errors import KafkaError
from pydantic import ValidationError

from contracts import payments_events, topics
from contracts import treasury_events as answers
from contracts.envelope import Envelope
from contracts.events import Event, ProducerNotAllowed
from contracts.identity import Actor, OrganisationKind, Producer, Role
from contracts.iin import mask_iin
from eventkit import kafka
from eventkit.broker import Broker
from eventkit.logging import get_logger
from eventkit.periodic import sleep_or_stop
from eventkit.positions import CheckedInMemory, Guard
from eventkit.signing import (
    KeyFolder,
    KeySetFile,
    KeySetUnreadable,
    SignatureRefused,
    Signer,
    Verifier,
)

log = get_logger(__name__)
_IDS = uuid5(NAMESPACE_URL, "urn:qorgau:treasury-simulator")
RETURN_REASONS = ("account_closed", "account_not_found", "beneficiary_mismatch")
TOPICS = [topics.PAYMENTS_ORDERS, topics.TREASURY_ANSWERS]


@dataclass(frozen=True)
class Options:
    return_share: float = 0.1  # share of orders returned instead of paid, 0..1
    delay_s: float = 0.5  # wait between accepting an envelope and answering its orders
    seed: int = 0  # with the same seed the same orders are returned
    closed_accounts: frozenset[str] = frozenset()  # IBANs whose orders always come back
    group_id: str = "treasury-simulator"
    organisation_id: str = "treasury"
    person_id: str = "treasury-gateway"
    session_timeout_ms: int = 10_000  # consumer group timings, as in eventkit.settings
    heartbeat_interval_ms: int = 3_000
    heartbeat_file: str | None = None  # touched after every poll: a container health check
    # the treasury's signing key(s) and the key set the envelopes are checked against
    signing_keys_dir: str | None = None
    key_set_file: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.return_share <= 1:
            raise ValueError("return_share is a fraction between 0 and 1")
        if self.delay_s < 0:
            raise ValueError("delay_s cannot be negative")


class Treasury:
    def __init__(self, producer: AIOKafkaProducer, options: Options,
                 signer: Signer | None = None, keys: Verifier | None = None) -> None:
        self.producer, self.options = producer, options
        self.signer, self.keys = signer, keys
        self.identity = Producer(organisation_id=options.organisation_id,
                                 kind=OrganisationKind.TREASURY)
        self.actor = Actor(person_id=options.person_id, role=Role.TREASURY)
        self.answered = 0

    def returns(self, order: payments_events.PaymentOrder, envelope_id: UUID) -> str | None:
        """The return reason for this order, or None when it is paid (seeded, repeatable)."""
        route = order.route
        iban = route.iban if route.kind == "iban" else route.control_account_iban
        if iban in self.options.closed_accounts:
            return "account_closed"
        draw = random.Random(f"{self.options.seed}:{envelope_id}:{order.payment_id}")
        if draw.random() < self.options.return_share:
            return draw.choice(RETURN_REASONS)
        return None

    def answers_for(self, released: payments_events.EnvelopeReleased, cause: Envelope,
                    now: datetime) -> tuple[list[Event], list[Event]]:
        """(envelope answer, order answers) for one envelope."""
        counted = released.counted()
        if counted != released.control:
            return [answers.EnvelopeRejected(
                envelope_id=released.envelope_id, control=released.control, counted=counted,
                reason="control totals do not match the orders", rejected_at=now)], []
        accepted = answers.EnvelopeAccepted(envelope_id=released.envelope_id,
                                            control=released.control, accepted_at=now)
        return [accepted], [self._answer(order, released, now) for order in released.orders]

    def _answer(self, order, released, now: datetime) -> Event:
        reason = self.returns(order, released.envelope_id)
        if reason is not None:
            return answers.PaymentReturned(payment_id=order.payment_id,
                                           envelope_id=released.envelope_id, reason=reason,
                                           detail="simulated", returned_at=now)
        digest = hashlib.sha256(f"{released.envelope_id}:{order.payment_id}".encode())
        return answers.PaymentConfirmed(
            payment_id=order.payment_id, envelope_id=released.envelope_id,
            bank_reference=f"TR{released.schedule_date:%Y%m%d}-{digest.hexdigest()[:12].upper()}",
            amount=order.amount, confirmed_at=now)

    def wrap(self, event: Event, version: int, cause: Envelope, envelope_id: UUID) -> Envelope:
        return Envelope(
            event_id=uuid5(_IDS, f"{cause.event_id}:{version}"),
            stream_id=answers.stream_of(envelope_id), stream_version=version,
            event_type=event.event_type, schema_version=event.schema_version,
            occurred_at=datetime.now(UTC), producer=self.identity, actor=self.actor,
            correlation_id=cause.correlation_id, causation_id=cause.event_id,
            payload=event.model_dump(mode="json"),
        )

    def signed(self, envelope: Envelope) -> Envelope:
        if self.signer is None:
            raise RuntimeError("the treasury signs every answer: it needs its signing key")
        signature = self.signer.sign(envelope.producer.organisation_id,
                                     envelope.canonical_bytes(), envelope.occurred_at)
        return envelope.model_copy(update={"signature": signature})

    async def send(self, events: list[Event], first_version: int, cause: Envelope,
                   envelope_id: UUID) -> None:
        sent = []
        for offset, event in enumerate(events):
            wrapped = self.signed(self.wrap(event, first_version + offset, cause, envelope_id))
            sent.append(await self.producer.send(topics.TREASURY_ANSWERS, wrapped.to_json(),
                                                 key=wrapped.stream_id.encode()))
        await asyncio.gather(*sent)  # one stream, one partition: they land in this order
        self.answered += len(sent)

    async def handle(self, raw: bytes, released_at: float | None = None) -> None:
        """Answer one envelope; `released_at` (seconds since the epoch, the message's time)
        counts towards the delay: an envelope read again later is answered at once."""
        released, cause = self.read(raw)
        if released is None:
            return
        for order in released.orders:
            log.info("treasury.order", envelope_id=str(released.envelope_id),
                     payment_id=str(order.payment_id), beneficiary=mask_iin(order.beneficiary.iin),
                     amount=str(order.amount))
        now = datetime.now(UTC)
        head, orders = self.answers_for(released, cause, now)
        await self.send(head, 1, cause, released.envelope_id)
        waited = time.time() - released_at if released_at is not None else 0.0
        if orders and self.options.delay_s > waited:
            await asyncio.sleep(self.options.delay_s - max(waited, 0.0))
        await self.send(orders, 2, cause, released.envelope_id)

    def read(self, raw: bytes):
        try:
            cause = Envelope.from_json(raw)
            if cause.event_type != payments_events.EnvelopeReleased.event_type:
                return None, None
            if self.keys is None:
                raise SignatureRefused("no key set to check envelopes against")
            self.keys.verify(cause)  # nothing is paid on an envelope whose origin is not proved
            payments_events.REGISTRY.check_producer(cause)
            released = payments_events.REGISTRY.decode(cause)
        except SignatureRefused as error:
            log.warning("treasury.unproved_envelope", reason=str(error)[:300])
            return None, None
        except (ValidationError, ValueError, ProducerNotAllowed) as error:
            log.warning("treasury.unreadable_envelope", reason=str(error)[:300])
            return None, None
        assert isinstance(released, payments_events.EnvelopeReleased)
        return released, cause


async def run(bootstrap: str, options: Options = Options(),
              stop: asyncio.Event | None = None) -> None:
    """Serve until `stop` is set: one envelope at a time, offsets committed after answering.
    While the broker cannot be reached it waits and tries again; it never gives up."""
    stop = stop or asyncio.Event()
    if not (options.signing_keys_dir and options.key_set_file):
        raise ValueError("the treasury signs its answers and checks the envelopes it pays:"
                         " it needs SIGNING_KEYS_DIR and KEY_SET_FILE")
    signer, keys = KeyFolder(options.signing_keys_dir), KeySetFile(options.key_set_file)
    keys.current()  # a key set that cannot be read stops the start
    checked = CheckedInMemory()  # which broker each partition was read on, for this run
    log.info("treasury.started", return_share=options.return_share, delay_s=options.delay_s)
    while not stop.is_set():
        try:
            await _serve(bootstrap, options, checked, stop, signer, keys)
        except KafkaError as error:
            log.warning("treasury.broker_unavailable", error=f"{type(error).__name__}: {error}")
            if await sleep_or_stop(stop, 1.0):
                return
        except KeySetUnreadable as error:
            # nothing can be checked, so nothing is paid: the envelope is read again later
            log.warning("treasury.key_set_unreadable", error=str(error))
            if await sleep_or_stop(stop, 1.0):
                return


async def _serve(bootstrap: str, options: Options, checked: CheckedInMemory,
                 stop: asyncio.Event, signer: Signer, keys: Verifier) -> None:
    await kafka.ensure_topics(bootstrap, TOPICS, attempts=1)
    producer = kafka.producer(bootstrap, "treasury-simulator")
    consumer = kafka.consumer(bootstrap, options.group_id, [topics.PAYMENTS_ORDERS],
                              "treasury-simulator", options.session_timeout_ms,
                              options.heartbeat_interval_ms)
    broker = Broker(bootstrap, "treasury-simulator")

    async def refreshed() -> None:
        # a broker that restarted empty has no topics until someone makes them, and a producer
        # still partitioning by the old broker's would answer where nobody reads
        await kafka.ensure_topics(bootstrap, TOPICS, attempts=1)
        await producer.client.force_metadata_update()

    guard = Guard(consumer, broker, checked, options.group_id, trust_unchecked=False,
                  on_change=refreshed)
    consumer.subscribe([topics.PAYMENTS_ORDERS], listener=guard)
    try:
        await producer.start()
        await consumer.start()
        treasury = Treasury(producer, options, signer, keys)
        while not stop.is_set():
            try:
                await _poll(consumer, guard, treasury)
            except KafkaError as error:
                log.warning("treasury.broker_unavailable",
                            error=f"{type(error).__name__}: {error}"[:300])
                guard.soon()
                if await sleep_or_stop(stop, 1.0):
                    return
                with contextlib.suppress(KafkaError):
                    await refreshed()
            if options.heartbeat_file:
                await asyncio.to_thread(Path(options.heartbeat_file).touch)
    finally:
        await consumer.stop()
        await producer.stop()
        await broker.stop()


async def _poll(consumer: AIOKafkaConsumer, guard: Guard, treasury: Treasury) -> None:
    batches: dict[TopicPartition, list[ConsumerRecord]] = await consumer.getmany(timeout_ms=200)
    unanswered = {partition: messages[0].offset for partition, messages in batches.items()}
    try:
        reset = await guard.check()  # fetched from a broker that went away, or before it
        for partition in reset:
            batches.pop(partition, None)
            unanswered.pop(partition, None)
        if reset and guard.on_change is not None:
            await guard.on_change()  # (re)starting on a broker: its topics, as it has them
        for partition, messages in batches.items():
            for message in messages:
                unanswered[partition] = message.offset
                await treasury.handle(message.value, message.timestamp / 1000)
            del unanswered[partition]
            await _commit(consumer, partition, messages[-1].offset + 1)
    except BaseException:
        # the position is past the batch: go back to the first envelope not answered
        for partition, offset in unanswered.items():
            if partition in consumer.assignment():
                consumer.seek(partition, offset)
        raise


async def _commit(consumer: AIOKafkaConsumer, partition: TopicPartition, offset: int) -> None:
    try:
        await consumer.commit({partition: offset})
    except KafkaError as error:  # answered already: a redelivery only repeats the answers
        log.warning("treasury.commit_failed", error=f"{type(error).__name__}: {error}"[:300])
