"""A broker that restarts empty is refilled from the log: the relay notices what it lost and
publishes its log again, consumers read the refilled broker from the beginning and drop what they
applied already, and dead letters stay one per message whatever offset it came at."""

import asyncio
import contextlib
from uuid import uuid4

import pytest
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError

from contracts import topics
from contracts.envelope import Envelope
from eventkit import kafka, store
from eventkit.broker import Broker
from eventkit.inbox import Inbox, Rejected
from eventkit.relay import Relay
from eventkit.relay_state import rewind
from qorgau import embedded
from tests.integration.sample_events import ACTOR, PRODUCER, REGISTRY, Counted, meta
from tests.support.keys import SIMULATOR_KEYS, TEST_KEYS
from tests.support.polling import eventually

pytestmark = pytest.mark.integration
TOPIC = "refill.counted"


class RestartableBroker:
    """A Tansu of the test's own, restarted on the same port as a crash would (all is lost)."""

    def __init__(self) -> None:
        self.broker = embedded.start_tansu()

    @property
    def bootstrap(self) -> str:
        return self.broker.bootstrap

    def restart(self) -> None:
        self.broker.process.kill()
        self.broker.process.wait()
        self.broker = embedded.start_tansu(port=self.broker.port)

    def stop(self) -> None:
        self.broker.stop()


@pytest.fixture
def own_broker():
    broker = RestartableBroker()
    yield broker
    broker.stop()


@pytest.fixture
async def effects(pg_pool):
    async with pg_pool.acquire() as conn:
        await conn.execute("CREATE TABLE effects (stream_id text, n int)")
    return pg_pool


async def apply_counted(conn, event: Counted, envelope: Envelope) -> None:
    if event.n < 0:
        raise Rejected("negative counts are not allowed")
    await conn.execute("INSERT INTO effects VALUES ($1, $2)", envelope.stream_id, event.n)


async def append(pool, first: int, count: int) -> None:
    async with pool.acquire() as conn:
        for n in range(first, first + count):
            await store.append(conn, f"case-{n}", 0, [Counted(n=n)], meta())


async def relay_of(pool, bootstrap: str, **options) -> tuple[Relay, Broker]:
    await kafka.ensure_topics(bootstrap, [TOPIC])
    producer = kafka.producer(bootstrap, "test-relay")
    await producer.start()
    broker = Broker(bootstrap, "test-relay")

    async def ensure() -> None:
        await kafka.ensure_topics(bootstrap, [TOPIC], attempts=1)

    return Relay(pool, producer, lambda e: TOPIC, broker=broker, ensure_topics=ensure,
                 **options), broker


async def close(relay: Relay, broker: Broker) -> None:
    await relay.producer.stop()
    await broker.stop()


async def on_topic(bootstrap: str) -> list[int]:
    """The `n` of every message the broker holds on the topic now."""
    return sorted(e.payload["n"] for e in await on_topic_envelopes(bootstrap, TOPIC))


async def test_the_incarnation_stays_while_the_broker_keeps_its_data_and_changes_with_it(
        own_broker):
    one, two = Broker(own_broker.bootstrap, "one"), Broker(own_broker.bootstrap, "two")
    try:
        first = await one.incarnation()
        assert await two.incarnation() == first == await one.incarnation()
        own_broker.restart()
        again = await eventually(lambda: _incarnation(two), what="the new broker's incarnation")
        assert again != first and await one.incarnation() == again
    finally:
        await one.stop()
        await two.stop()


async def _incarnation(broker: Broker) -> str | None:
    try:
        return await broker.incarnation()
    except Exception:  # the broker is still coming up
        return None


async def test_a_relay_republishes_its_log_when_the_restarted_broker_lost_it(effects,
                                                                             own_broker):
    await append(effects, 0, 12)
    relay, broker = await relay_of(effects, own_broker.bootstrap)
    try:
        assert await relay.tick() == 12
        assert await on_topic(own_broker.bootstrap) == list(range(12))
        own_broker.restart()

        async def refilled() -> bool:
            await relay.tick()  # an idle relay: only its periodic look at the broker tells
            return relay.refills == 1 and await on_topic(own_broker.bootstrap) == list(range(12))

        await eventually(refilled, what="the log published again")
        async with effects.acquire() as conn:
            assert await store.load_checkpoint(conn, "relay") == await store.head(conn)
    finally:
        await close(relay, broker)


async def test_a_relay_that_publishes_into_an_emptied_broker_sees_it_from_the_offsets(
        effects, own_broker):
    await append(effects, 0, 8)
    relay, broker = await relay_of(effects, own_broker.bootstrap, check_every_s=3600)
    try:
        assert await relay.tick() == 8  # the one look at the broker it takes is behind it
        own_broker.restart()
        await append(effects, 8, 4)  # new events: the first acknowledgement gives it away

        async def refilled() -> bool:
            await relay.tick()
            # the four new ones went out once before the refill too
            return relay.refills == 1 and await on_topic(own_broker.bootstrap) == sorted(
                [*range(12), *range(8, 12)])

        await eventually(refilled, what="the log published again")
    finally:
        await close(relay, broker)


def inbox_of(pool, bootstrap: str, group: str) -> tuple[Inbox, Broker]:
    consumer = kafka.consumer(bootstrap, group, [TOPIC], "test-inbox", 6000, 500, 3000)
    broker = Broker(bootstrap, "test-inbox")
    return Inbox(pool, consumer, "counter", {Counted: apply_counted}, REGISTRY,
                 broker=broker, keys=TEST_KEYS.verifier()), broker


async def applied(pool) -> list[int]:
    async with pool.acquire() as conn:
        return [r["n"] for r in await conn.fetch("SELECT n FROM effects ORDER BY n")]


async def test_a_lagging_consumer_reads_the_refilled_broker_from_its_beginning(effects,
                                                                               own_broker):
    group = f"g-{uuid4().hex[:6]}"
    await append(effects, 0, 10)
    relay, broker = await relay_of(effects, own_broker.bootstrap)
    inbox, probe = inbox_of(effects, own_broker.bootstrap, group)
    await inbox.consumer.start()
    try:
        await relay.tick()

        async def caught_up() -> bool:
            await inbox.run_once(timeout_ms=100)
            return await applied(effects) == list(range(10))

        await eventually(caught_up, what="the first ten applied")
        # acknowledged by the broker, never read: the consumer lags when the broker goes
        await append(effects, 10, 10)
        await relay.tick()
        own_broker.restart()
        await append(effects, 20, 5)

        async def everything() -> bool:
            await relay.tick()
            with contextlib.suppress(KafkaError):  # the broker is coming back: the run waits
                await inbox.run_once(timeout_ms=100)
            return await applied(effects) == list(range(25))

        await eventually(everything, timeout=90, what="every event applied once")
        assert relay.refills == 1 and inbox.guard is not None and inbox.guard.resets > 0
        assert inbox.applied == 25 and inbox.duplicates >= 10
    finally:
        await inbox.consumer.stop()
        await probe.stop()
        await close(relay, broker)


async def test_offsets_a_killed_consumer_committed_into_the_new_broker_are_not_trusted(
        effects, own_broker):
    group = f"g-{uuid4().hex[:6]}"
    await append(effects, 0, 6)
    relay, broker = await relay_of(effects, own_broker.bootstrap)
    first, probe = inbox_of(effects, own_broker.bootstrap, group)
    await first.consumer.start()
    try:
        await relay.tick()
        async with effects.acquire() as conn:  # as a relay that crashed before its checkpoint
            await rewind(conn, "relay", 0)
        await relay.tick()

        async def six() -> bool:
            await first.run_once(timeout_ms=100)
            return await applied(effects) == list(range(6)) and first.duplicates == 6

        await eventually(six, what="the first six applied")
        positions = {tp: await first.consumer.position(tp) for tp in first.consumer.assignment()}
    finally:
        await first.consumer.stop()
        await probe.stop()
    own_broker.restart()
    await append(effects, 6, 6)

    async def republished() -> bool:
        await relay.tick()
        return len(await on_topic(own_broker.bootstrap)) == 12

    await eventually(republished, what="the log in the new broker")
    # a process that never noticed the restart committed its old positions, then was killed
    stale = kafka.consumer(own_broker.bootstrap, group, [TOPIC], "test-stale", 6000, 500, 3000)
    await stale.start()
    try:
        await eventually(lambda: _assigned(stale), what="the stale member's assignment")
        await stale.commit({tp: offset for tp, offset in positions.items() if offset > 0})
    finally:
        await stale.stop()

    second, probe = inbox_of(effects, own_broker.bootstrap, group)
    await second.consumer.start()
    try:
        async def all_twelve() -> bool:
            await second.run_once(timeout_ms=100)
            return await applied(effects) == list(range(12))

        await eventually(all_twelve, timeout=60, what="every event applied once")
        assert second.applied == 6 and second.duplicates == 6
    finally:
        await second.consumer.stop()
        await probe.stop()
        await close(relay, broker)


async def _assigned(consumer) -> bool:
    return bool(consumer.assignment())  # it comes from the group's coordinator


async def test_a_position_past_the_end_goes_back_to_the_beginning(effects, kafka_bootstrap,
                                                                  unique_topic):
    topic = unique_topic("past")
    await kafka.ensure_topics(kafka_bootstrap, [topic], partitions=1)
    relay = Relay(effects, kafka.producer(kafka_bootstrap, "test-relay"), lambda e: topic)
    await relay.producer.start()
    await append(effects, 0, 3)
    await relay.drain()
    await relay.producer.stop()
    tp = TopicPartition(topic, 0)
    consumer = kafka.consumer(kafka_bootstrap, f"g-{uuid4().hex[:6]}", [topic], "test-inbox")
    probe = Broker(kafka_bootstrap, "test-inbox")
    inbox = Inbox(effects, consumer, "counter", {Counted: apply_counted}, REGISTRY, broker=probe,
                  keys=TEST_KEYS.verifier())
    await consumer.start()
    try:
        await eventually(lambda: _assigned(consumer), what="the assignment")
        await consumer.commit({tp: 670})  # as a group restarted on another broker left it
        consumer.seek(tp, 670)

        async def three() -> bool:
            await inbox.run_once(timeout_ms=100)
            return await applied(effects) == [0, 1, 2]

        await eventually(three, what="the partition read from its beginning")
        assert await consumer.committed(tp) == 3
    finally:
        await consumer.stop()
        await probe.stop()


async def test_a_consumer_reads_partitions_a_topic_gained_under_it(effects, own_broker):
    """After a restart the embedded broker makes a topic with 4 partitions for whichever
    client asks for it first, and another process may make it with 6 meanwhile: a consumer
    assigned the 4 must not wait out its metadata's age (minutes) to read the other two."""
    bootstrap = own_broker.bootstrap
    await kafka.ensure_topics(bootstrap, [TOPIC], partitions=4)
    inbox, probe = inbox_of(effects, bootstrap, f"g-{uuid4().hex[:6]}")
    await inbox.consumer.start()
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    producer = kafka.producer(bootstrap, "test-producer")
    try:
        async def assigned_four() -> bool:
            await inbox.run_once(timeout_ms=100)
            return len(inbox.consumer.assignment()) == 4

        await eventually(assigned_four, what="the four partitions assigned")
        await admin.delete_topics([TOPIC])
        await kafka.ensure_topics(bootstrap, [TOPIC], partitions=6)
        await producer.start()
        for n in range(12):  # two on each of the six partitions
            value = envelope_of(n).to_json()
            await producer.send_and_wait(TOPIC, value, partition=n % 6)

        async def twelve() -> bool:
            with contextlib.suppress(KafkaError):  # the topic went away under the fetcher
                await inbox.run_once(timeout_ms=100)
            return await applied(effects) == list(range(12))

        await eventually(twelve, timeout=60, what="every partition read")
        assert inbox.applied == 12  # each once, though the group was joined again
    finally:
        await producer.stop()
        await admin.close()
        await inbox.consumer.stop()
        await probe.stop()


async def test_republishing_by_hand_goes_back_never_forward(effects, kafka_bootstrap,
                                                            unique_topic):
    topic = unique_topic("again")
    await kafka.ensure_topics(kafka_bootstrap, [topic])
    relay = Relay(effects, kafka.producer(kafka_bootstrap, "test-relay"), lambda e: topic)
    await relay.producer.start()
    try:
        await append(effects, 0, 10)
        assert await relay.drain() == 10
        async with effects.acquire() as conn:
            positions = [r["position"] for r in await conn.fetch(
                "SELECT position FROM events ORDER BY tx_id, position")]
            await rewind(conn, "relay", positions[6])
        assert await relay.drain() == 4
        async with effects.acquire() as conn:
            await rewind(conn, "relay", positions[2])
            behind = await store.load_checkpoint(conn, "relay")
            await rewind(conn, "relay", positions[8])  # the relay is behind that already
            assert await store.load_checkpoint(conn, "relay") == behind
        assert await relay.drain() == 8
    finally:
        await relay.producer.stop()


async def test_a_message_dead_lettered_again_at_another_offset_stays_one_letter(effects):
    inbox = Inbox(effects, None, "counter", {Counted: apply_counted},  # type: ignore[arg-type]
                  REGISTRY, keys=TEST_KEYS.verifier())
    poison = envelope_of(-1)
    other = envelope_of(-2)
    await inbox.process(record(poison, 3))
    await inbox.process(record(poison, 9))  # the same message, republished into a new broker
    await inbox.process(record(other, 3))  # another message at an offset reused after a reset
    async with effects.acquire() as conn:
        letters = await conn.fetch('SELECT event_id, "offset", attempts FROM dead_letters'
                                   " ORDER BY id")
    assert [(r["event_id"], r["offset"], r["attempts"]) for r in letters] == [
        (poison.event_id, 9, 2), (other.event_id, 3, 1)]


def envelope_of(n: int) -> Envelope:
    return TEST_KEYS.sign(Envelope(
        event_id=uuid4(), stream_id=f"p-{n}", stream_version=1, event_type="test.Counted",
        schema_version=1, occurred_at=meta().occurred_at, producer=PRODUCER, actor=ACTOR,
        correlation_id=uuid4(), payload={"n": n}))


def record(envelope: Envelope, offset: int) -> ConsumerRecord:
    value = envelope.to_json()
    return ConsumerRecord(TOPIC, 0, offset, 0, 0, b"k", value, None, 1, len(value), ())


async def test_the_treasury_simulator_outlives_a_broker_restart_and_answers_again(own_broker):
    from qorgau.treasury.simulator import Options, run
    from tests.unit.payments.builders import envelope, order
    from tests.unit.payments.test_treasury_simulator import _cause

    async def release(*amounts: str) -> Envelope:
        released = envelope(uuid4(), [order(a) for a in amounts])
        cause = TEST_KEYS.sign(_cause(released))  # as the payments department publishes it
        producer = kafka.producer(own_broker.bootstrap, "test-payments")
        await producer.start()
        try:
            await producer.send_and_wait(topics.PAYMENTS_ORDERS, cause.to_json(),
                                         key=cause.stream_id.encode())
        finally:
            await producer.stop()
        return cause

    async def answered(*causes: Envelope) -> bool:
        try:
            found = await on_topic_envelopes(own_broker.bootstrap, topics.TREASURY_ANSWERS)
        except KafkaError:
            return False
        return all(sum(e.causation_id == c.event_id for e in found) == 2 for c in causes)

    stop = asyncio.Event()
    simulator = asyncio.create_task(run(own_broker.bootstrap, Options(
        return_share=0, delay_s=0.1, **SIMULATOR_KEYS), stop))
    try:
        first = await release("10.00")
        await eventually(lambda: answered(first), what="the first envelope answered")
        own_broker.restart()
        second = await release("20.00")  # the payments relay refills the first one too
        again = await release("10.00")
        await eventually(lambda: answered(second, again), timeout=60,
                         what="the new broker's envelopes answered")
        assert not simulator.done()
    finally:
        stop.set()
        await asyncio.wait_for(simulator, 30)


async def on_topic_envelopes(bootstrap: str, topic: str) -> list[Envelope]:
    """Every message the broker holds on `topic` now, read without a group: up to the high
    watermark its fetches give (the broker's "latest offset" stops at its last batch's start)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = topic in await consumer.topics() and consumer.partitions_for_topic(topic)
        tps = [TopicPartition(topic, p) for p in sorted(partitions or ())]
        if not tps:
            return []
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        found: list[Envelope] = []
        while True:
            batch = await consumer.getmany(timeout_ms=300)
            for messages in batch.values():
                found += [Envelope.from_json(m.value) for m in messages]
            ends = {tp: consumer.highwater(tp) for tp in tps}
            if not batch and None not in ends.values() and all(
                    [await consumer.position(tp) >= end for tp, end in ends.items()]):
                return found
    finally:
        await consumer.stop()
