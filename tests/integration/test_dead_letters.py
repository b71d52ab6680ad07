"""An operator retries a dead letter once its cause is fixed: applied once, kept on record."""

from uuid import uuid4

import pytest
from aiokafka import ConsumerRecord

from contracts.envelope import Envelope
from eventkit import deadletters
from eventkit.inbox import Inbox, Rejected
from tests.integration.sample_events import ACTOR, PRODUCER, REGISTRY, Counted, meta
from tests.support.keys import TEST_KEYS

pytestmark = pytest.mark.integration


def message(envelope: Envelope, offset: int) -> ConsumerRecord:
    value = envelope.to_json()
    return ConsumerRecord("t.letters", 0, offset, 0, 0, b"k", value, None, 1, len(value), ())


@pytest.fixture
async def inbox(pg_pool):
    async with pg_pool.acquire() as conn:
        await conn.execute("CREATE TABLE effects (n int)")
    allowed = {"yes": False}

    async def apply(conn, event: Counted, envelope: Envelope) -> None:
        if not allowed["yes"]:
            raise Rejected("the district is not configured yet")
        await conn.execute("INSERT INTO effects VALUES ($1)", event.n)

    box = Inbox(pg_pool, None, "counter", {Counted: apply}, REGISTRY,  # type: ignore[arg-type]
                keys=TEST_KEYS.verifier())
    box.allowed = allowed  # type: ignore[attr-defined]
    return box


def counted(n: int) -> Envelope:
    return TEST_KEYS.sign(Envelope(
        event_id=uuid4(), stream_id="s", stream_version=n, event_type="test.Counted",
        schema_version=1, occurred_at=meta().occurred_at, producer=PRODUCER, actor=ACTOR,
        correlation_id=uuid4(), payload={"n": n}))


async def test_a_retried_letter_applies_once_and_stays_on_record_as_resolved(inbox):
    await inbox.process(message(counted(1), 0))
    async with inbox.pool.acquire() as conn:
        [letter] = await deadletters.unresolved(conn)
    assert "not configured" in letter["reason"]

    assert await deadletters.retry(inbox, letter["id"]) is False  # still failing: new attempt
    inbox.allowed["yes"] = True
    assert await deadletters.retry(inbox, letter["id"]) is True
    assert await deadletters.retry(inbox, letter["id"]) is True  # resolved already: nothing more
    async with inbox.pool.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM effects") == 1
        assert await deadletters.unresolved(conn) == []
        row = await conn.fetchrow("SELECT attempts, resolved_at FROM dead_letters")
    assert row["attempts"] == 2 and row["resolved_at"] is not None


async def test_retrying_an_unknown_letter_says_so(inbox):
    with pytest.raises(LookupError):
        await deadletters.retry(inbox, 999)
