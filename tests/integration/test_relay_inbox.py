"""The outbox relay and the inbox together: every event's effect happens exactly once."""

import json
import time
from uuid import uuid4

import pytest
from aiokafka import AIOKafkaProducer, TopicPartition

from contracts.envelope import Envelope
from contracts.identity import OrganisationKind
from eventkit import kafka, store
from eventkit.inbox import Inbox, Rejected
from eventkit.relay import Relay
from tests.integration.sample_events import PRODUCER, REGISTRY, Counted, meta
from tests.support.keys import TEST_KEYS

pytestmark = pytest.mark.integration


class CrashAfterPublish(Exception):
    pass


class CrashingRelay(Relay):
    """Publishes a batch and dies before it can save its checkpoint."""

    async def run_once(self) -> int:
        async with self.pool.acquire() as conn:
            events = await store.read_all_serialised(
                conn, await store.load_checkpoint(conn, self.name), 7)
        await self.publish(events)
        raise CrashAfterPublish


async def effects_table(pool) -> None:
    async with pool.acquire() as conn:
        await conn.execute("CREATE TABLE effects (stream_id text, n int, applied int DEFAULT 1)")


async def apply_counted(conn, event: Counted, envelope: Envelope) -> None:
    if event.n < 0:
        raise Rejected("negative counts are not allowed")
    await conn.execute("INSERT INTO effects (stream_id, n) VALUES ($1, $2)",
                       envelope.stream_id, event.n)


@pytest.fixture
async def wiring(pg_pool, kafka_bootstrap, unique_topic):
    topic = unique_topic("relay")
    await kafka.ensure_topics(kafka_bootstrap, [topic], partitions=3)
    producer = kafka.producer(kafka_bootstrap, "test-relay")
    await producer.start()
    consumer = kafka.consumer(kafka_bootstrap, f"g-{uuid4().hex[:8]}", [topic], "test-inbox")
    await consumer.start()
    await effects_table(pg_pool)
    yield pg_pool, producer, consumer, topic
    await consumer.stop()
    await producer.stop()


async def test_relay_crash_and_redelivery_apply_every_event_exactly_once(wiring):
    pool, producer, consumer, topic = wiring
    async with pool.acquire() as conn:
        for s in range(10):
            await store.append(conn, f"case-{s}", 0, [Counted(n=s * 10 + i) for i in range(3)],
                               meta())
    with pytest.raises(CrashAfterPublish):
        await CrashingRelay(pool, producer, lambda e: topic).run_once()
    relay = Relay(pool, producer, lambda e: topic, batch=4)  # resumes from the old checkpoint
    while await relay.run_once():
        pass
    assert relay.published == 30  # so the 7 the crashed relay sent went out twice

    inbox = Inbox(pool, consumer, "counter", {Counted: apply_counted}, REGISTRY,
                  keys=TEST_KEYS.verifier())
    deadline = time.monotonic() + 30
    while inbox.applied + inbox.duplicates < 37 and time.monotonic() < deadline:
        await inbox.run_once(timeout_ms=200)
    assert (inbox.applied, inbox.duplicates) == (30, 7)
    async with pool.acquire() as conn:
        rows = await conn.fetch("SELECT stream_id, n FROM effects ORDER BY stream_id, n")
        assert len(rows) == 30
        assert len({(r["stream_id"], r["n"]) for r in rows}) == 30

    # a consumer restarted from scratch (offsets lost with a broker restart) changes nothing
    again = kafka.consumer(consumer._client._bootstrap_servers, f"g-{uuid4().hex[:8]}", [topic],
                           "test-inbox-2")
    await again.start()
    try:
        replay = Inbox(pool, again, "counter", {Counted: apply_counted}, REGISTRY,
                       keys=TEST_KEYS.verifier())
        deadline = time.monotonic() + 30
        while replay.duplicates < 37 and time.monotonic() < deadline:
            await replay.run_once(timeout_ms=200)
        assert (replay.applied, replay.duplicates) == (0, 37)
    finally:
        await again.stop()


async def test_relay_keeps_each_stream_in_order_on_one_partition(wiring):
    pool, producer, consumer, topic = wiring
    async with pool.acquire() as conn:
        for v in range(20):
            for s in range(4):
                await store.append(conn, f"order-{s}", v, [Counted(n=v)], meta())
    relay = Relay(pool, producer, lambda e: topic, batch=7)
    assert await relay.drain() == 80  # reads each batch while the previous one is in flight
    async with pool.acquire() as conn:
        assert await store.load_checkpoint(conn, "relay") == await store.head(conn)
    seen: dict[str, list[tuple[int, int]]] = {}
    deadline = time.monotonic() + 30
    while sum(map(len, seen.values())) < 80 and time.monotonic() < deadline:
        for _, messages in (await consumer.getmany(timeout_ms=200)).items():
            for m in messages:
                envelope = Envelope.from_json(m.value)
                assert m.key == envelope.stream_id.encode()
                assert dict(m.headers)["event_type"] == b"test.Counted"
                seen.setdefault(envelope.stream_id, []).append((m.partition,
                                                                envelope.stream_version))
    assert sum(map(len, seen.values())) == 80
    for entries in seen.values():
        assert len({p for p, _ in entries}) == 1
        assert [v for _, v in entries] == list(range(1, 21))


async def test_poison_messages_go_to_dead_letters_and_the_consumer_goes_on(wiring, kafka_bootstrap):
    pool, _, consumer, topic = wiring
    raw = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await raw.start()
    good = TEST_KEYS.sign(Envelope(
        event_id=uuid4(), stream_id="p-1", stream_version=1, event_type="test.Counted",
        schema_version=1, occurred_at=meta().occurred_at, producer=PRODUCER, actor=meta().actor,
        correlation_id=uuid4(), payload={"n": 1}))

    def signed(**changes) -> Envelope:  # each made and signed by its producer, as a relay would
        return TEST_KEYS.sign(good.model_copy(update={"event_id": uuid4(), **changes}))

    impostor = signed(stream_version=2, producer=PRODUCER.model_copy(
        update={"kind": OrganisationKind.STATE_CORPORATION}))
    refused = signed(stream_version=3, payload={"n": -5})
    malformed_payload = signed(stream_version=4, payload={"n": "many"})
    last = signed(stream_version=5, payload={"n": 2})
    try:
        for value in (b"not json at all", json.dumps({"event_id": "x"}).encode(),
                      good.to_json(), impostor.to_json(), refused.to_json(),
                      malformed_payload.to_json(), last.to_json()):
            await raw.send_and_wait(topic, value=value, key=b"p-1")
    finally:
        await raw.stop()
    inbox = Inbox(pool, consumer, "counter", {Counted: apply_counted}, REGISTRY,
                  keys=TEST_KEYS.verifier())
    deadline = time.monotonic() + 30
    while inbox.applied + inbox.dead < 7 and time.monotonic() < deadline:
        await inbox.run_once(timeout_ms=200)
    assert (inbox.applied, inbox.dead) == (2, 5)
    async with pool.acquire() as conn:
        letters = await conn.fetch(
            'SELECT reason, raw_value, topic, "partition", "offset" FROM dead_letters'
            ' ORDER BY "offset"')
        assert letters[0]["raw_value"] == b"not json at all"
        reasons = " | ".join(r["reason"] for r in letters)
        for expected in ("unparseable", "may not produce", "negative", "ValidationError"):
            assert expected in reasons
        assert all(r["topic"] == topic for r in letters)
        assert await conn.fetchval("SELECT array_agg(n ORDER BY n) FROM effects") == [1, 2]
    # offsets were committed past the poison: a new consumer of the group starts after them
    partition = TopicPartition(topic, letters[0]["partition"])
    assert await consumer.committed(partition) == 7


async def test_a_transient_failure_redelivers_the_message_instead_of_skipping_it(wiring):
    pool, producer, consumer, topic = wiring
    async with pool.acquire() as conn:
        for s in range(6):
            await store.append(conn, f"flaky-{s}", 0, [Counted(n=s)], meta())
    relay = Relay(pool, producer, lambda e: topic)
    await relay.drain()
    failures = {"left": 2}

    async def flaky(conn, event: Counted, envelope: Envelope) -> None:
        if event.n == 3 and failures["left"]:
            failures["left"] -= 1
            raise ConnectionResetError("database connection lost")
        await apply_counted(conn, event, envelope)

    inbox = Inbox(pool, consumer, "counter", {Counted: flaky}, REGISTRY,
                  keys=TEST_KEYS.verifier())
    raised = 0
    deadline = time.monotonic() + 30
    while inbox.applied < 6 and time.monotonic() < deadline:
        try:
            await inbox.run_once(timeout_ms=200)
        except ConnectionResetError:
            raised += 1
    assert raised == 2 and failures["left"] == 0
    assert (inbox.applied, inbox.dead) == (6, 0)
    async with pool.acquire() as conn:
        assert await conn.fetchval("SELECT array_agg(n ORDER BY n) FROM effects") == list(range(6))
