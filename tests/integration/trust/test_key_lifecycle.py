"""Keys change while the consumers run: a rotated-in key signs and verifies at once, events signed
by the key it replaced go on verifying, and a revocation counts as soon as the key set says it,
without a restart: a signature made after it is dead-lettered, one made before still verifies.
A key set file caught half-edited judges nothing: the event waits, it is not dead-lettered.
"""

import shutil
from datetime import timedelta
from uuid import uuid4

import pytest
from aiokafka import ConsumerRecord

from contracts.envelope import Envelope
from eventkit.inbox import Inbox
from eventkit.signing import KeyFolder, KeySetFile, KeySetUnreadable, new_key, write_key
from tests.integration.sample_events import ACTOR, PRODUCER, REGISTRY, Counted, meta
from tests.support.keys import TEST_KEYS
from tests.support.polling import eventually

from .conftest import CASES, RECOGNITION, SIGNED, Bus, decided, decision, new_case, opening

pytestmark = pytest.mark.integration
CONSUMERS = ("registry", "payments")


def sign_with(signer, *envelopes):
    return [e.model_copy(update={"signature": signer.sign(
        e.producer.organisation_id, e.canonical_bytes(), e.occurred_at)}) for e in envelopes]


async def test_a_rotated_in_key_signs_without_a_restart_and_older_events_still_verify(
        bus: Bus, tmp_path):
    # the department's folder as the workflow holds it: the key it has signed with so far
    folder = tmp_path / "dd-talgar"
    folder.mkdir()
    for suffix in (".pem", ".json"):
        shutil.copy(TEST_KEYS.signing / f"test.dd-talgar{suffix}", folder)
    signer = KeyFolder(folder, recheck_s=0)  # the service looks every second; here, always
    before = decision(new_case(), payload=RECOGNITION)
    old_decision, _ = sign_with(signer, *decided(before))
    assert old_decision.signature.startswith("ed25519:test.dd-talgar:")

    # the rotation: a new key with a later not_before, published, then put in the folder
    pair = new_key("trust.dd-talgar.rotated", "dd-talgar", SIGNED - timedelta(days=1))
    bus.authority.adopt(pair)
    write_key(folder, *pair)
    after = decision(new_case(), payload=RECOGNITION)
    new_decision, _ = sign_with(signer, *decided(after))
    assert new_decision.signature.startswith("ed25519:trust.dd-talgar.rotated:")

    await bus.publish(CASES, opening(before), opening(after), old_decision, new_decision)
    for service in CONSUMERS:
        for applied in (old_decision, new_decision):
            await bus.applied(service, applied.event_id)
        assert await bus.caused_by(service, old_decision.event_id)
        assert await bus.caused_by(service, new_decision.event_id)


async def test_a_revocation_is_read_without_a_restart(bus: Bus):
    kid = "trust.dd-talgar.stolen"
    ring = bus.authority.add(kid, "dd-talgar", SIGNED - timedelta(days=30))
    first = decision(new_case(), payload=RECOGNITION)
    trusted, _ = sign_with(ring, *decided(first))
    await bus.publish(CASES, opening(first), trusted)
    for service in CONSUMERS:
        await bus.applied(service, trusted.event_id)  # the key is trusted so far

    revoked_at = SIGNED + timedelta(hours=1)
    bus.authority.revoke(kid, revoked_at)
    for service in CONSUMERS:  # each consumer has read the revocation: it publishes it
        async def revoked(service=service) -> bool:
            answer = await bus[service].http.get("/v1/keys")
            [key] = [k for k in answer.json()["keys"] if k["kid"] == kid]
            return key["revoked_at"] is not None

        await eventually(revoked, what=f"{service} reads the revocation")

    later = decision(new_case())
    after_it = decided(later)[0].model_copy(
        update={"occurred_at": revoked_at + timedelta(minutes=5)})
    [stolen] = sign_with(bus.authority.ring(kid), after_it)  # whoever stole it still has it
    earlier = decision(new_case(), payload=RECOGNITION)
    [kept] = sign_with(bus.authority.ring(kid), decided(earlier)[0])  # signed before it
    await bus.publish(CASES, opening(later), opening(earlier), stolen, kept)
    for service in CONSUMERS:
        assert f"SignatureRefused: key {kid} was revoked" in await bus.dead_letter(
            service, stolen.event_id)
        assert await bus.caused_by(service, stolen.event_id) == []
        await bus.applied(service, kept.event_id)


async def test_while_the_key_set_cannot_be_read_nothing_is_judged_and_then_it_applies(
        pg_pool, tmp_path):
    # a consumer's real inbox on a key set file someone is editing by hand
    path = tmp_path / "keyset.json"
    shutil.copy(TEST_KEYS.key_set_file, path)
    async with pg_pool.acquire() as conn:
        await conn.execute("CREATE TABLE effects (n int)")

    async def apply(conn, event: Counted, envelope: Envelope) -> None:
        await conn.execute("INSERT INTO effects VALUES ($1)", event.n)

    inbox = Inbox(pg_pool, None, "counter", {Counted: apply}, REGISTRY,  # type: ignore[arg-type]
                  keys=KeySetFile(path))
    event = TEST_KEYS.sign(Envelope(
        event_id=uuid4(), stream_id="s", stream_version=1, event_type="test.Counted",
        schema_version=1, occurred_at=meta().occurred_at, producer=PRODUCER, actor=ACTOR,
        correlation_id=uuid4(), payload={"n": 7}))
    value = event.to_json()
    message = ConsumerRecord("t.keys", 0, 0, 0, 0, b"s", value, None, 1, len(value), ())
    path.write_text('{"keys": [{"kid": ')
    with pytest.raises(KeySetUnreadable):  # transient: the message comes again
        await inbox.process(message)
    async with pg_pool.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM dead_letters") == 0
        assert await conn.fetchval("SELECT count(*) FROM inbox") == 0
    shutil.copy(TEST_KEYS.key_set_file, path)
    await inbox.process(message)
    async with pg_pool.acquire() as conn:
        assert await conn.fetchval("SELECT array_agg(n) FROM effects") == [7]
        assert await conn.fetchval("SELECT count(*) FROM dead_letters") == 0
