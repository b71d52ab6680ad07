"""The treasury is a producer of its own: its answers carry the treasury's signature, made with the
key the deployment gives the simulator, and payments verifies them like any other event; an
answer that does not prove it comes from the treasury is dead-lettered and changes no payment.
The simulator, for its part, pays only an envelope its payments department signed."""

import asyncio
import uuid
from decimal import Decimal

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from contracts import topics
from contracts import treasury_events as answers
from contracts.envelope import Envelope
from contracts.identity import Actor, OrganisationKind, Producer, Role
from contracts.payments_events import EnvelopeReleased, Totals
from eventkit.signing import KeyRing, new_key
from qorgau.treasury.simulator import Options, Treasury, run
from services.payments.domain.decisions import payment_id_for
from tests.support.keys import TEST_KEYS
from tests.support.polling import eventually

from .conftest import (
    CASES,
    NOW,
    RECOGNITION,
    SIGNED,
    Bus,
    decided,
    decision,
    envelope,
    genuine,
    new_case,
    opening,
    signed_by,
)

pytestmark = pytest.mark.integration
PAYOUT = {**RECOGNITION, "payout": {"kind": "bank_account", "iban": "KZ59125KZT5004100101"}}
TREASURY = Producer(organisation_id="treasury", kind=OrganisationKind.TREASURY)
GATEWAY = Actor(person_id="treasury-gateway", role=Role.TREASURY)


def officer(bus: Bus) -> dict[str, str]:
    return bus.headers("oblast-dept", OrganisationKind.OBLAST_DEPARTMENT, Role.PAYMENTS_OFFICER)


async def payment(bus: Bus, payment_id: uuid.UUID) -> dict:
    answer = await bus["payments"].http.get(f"/v1/payments/{payment_id}", headers=officer(bus))
    return answer.json() if answer.status_code == 200 else {}


async def ready_payment(bus: Bus) -> uuid.UUID:
    """A genuine decision with a payout, assigned by payments and ready to be ordered."""
    event = decision(new_case(), payload=PAYOUT)
    decided_, _ = genuine(*decided(event))
    await bus.publish(CASES, opening(event), decided_)
    payment_id = payment_id_for(event.case_id)

    async def ready() -> bool:
        return (await payment(bus, payment_id)).get("status") == "ready"

    await eventually(ready, what="the payment ready to be ordered")
    return payment_id


async def answers_on_the_topic(bootstrap: str, stream_id: str, count: int) -> list[Envelope]:
    """The treasury's answers of one envelope, read from the topic without a consumer group."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    found: list[Envelope] = []
    try:
        await consumer.topics()  # the cluster's metadata, partitions included
        partitions = [TopicPartition(topics.TREASURY_ANSWERS, p) for p in
                      sorted(consumer.partitions_for_topic(topics.TREASURY_ANSWERS) or ())]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)

        async def all_read() -> bool:
            for records in (await consumer.getmany(timeout_ms=200)).values():
                found.extend(Envelope.from_json(r.value) for r in records
                             if r.key == stream_id.encode())
            return len(found) >= count

        await eventually(all_read, what=f"{count} answers on {stream_id}")
    finally:
        await consumer.stop()
    return found


async def test_the_treasurys_answers_are_signed_with_its_key_and_verified_by_payments(bus: Bus):
    payment_id = await ready_payment(bus)

    async def release() -> dict | None:
        # the release reads the payments' read model, which may not hold the payment yet:
        # "nothing to release" changes nothing, and is asked again
        answer = await bus["payments"].http.post(
            "/v1/envelopes", json={"district": "talgar", "schedule_date": NOW.date().isoformat()},
            headers={**officer(bus), "Idempotency-Key": str(uuid.uuid4())})
        assert answer.status_code in (201, 409), answer.text
        return answer.json() if answer.status_code == 201 else None

    released = await eventually(release, what="the envelope released")
    envelope_id = uuid.UUID(released["envelope_id"])
    stop = asyncio.Event()
    options = Options(return_share=0.0, delay_s=0.0, group_id=f"sim-{uuid.uuid4().hex[:8]}",
                      signing_keys_dir=str(TEST_KEYS.signing),
                      key_set_file=str(bus.authority.key_set_file))
    simulator = asyncio.create_task(run(bus.bootstrap, options, stop))
    try:
        async def confirmed() -> bool:
            return (await payment(bus, payment_id)).get("status") == "confirmed"

        await eventually(confirmed, what="the payment confirmed by the treasury")
    finally:
        stop.set()
        await asyncio.wait_for(simulator, 10)
    said = await answers_on_the_topic(bus.bootstrap, answers.stream_of(envelope_id), 2)
    assert {e.event_type for e in said} >= {"treasury.EnvelopeAccepted",
                                            "treasury.PaymentConfirmed"}
    for answer in said:
        assert answer.producer == TREASURY
        assert TEST_KEYS.key_set().verify(answer).kid == "test.treasury"
        await bus.applied("payments", answer.event_id)  # verified by payments, then applied


def _confirmation(payment_id: uuid.UUID, producer: Producer = TREASURY) -> Envelope:
    event = answers.PaymentConfirmed(payment_id=payment_id, envelope_id=uuid.uuid4(),
                                     bank_reference="TR-FORGED", amount=Decimal("316676.50"),
                                     confirmed_at=NOW)
    return envelope(event, stream_id=answers.stream_of(event.envelope_id), version=2,
                    producer=producer, actor=GATEWAY, at=NOW)


OBLAST = Producer(organisation_id="oblast-dept", kind=OrganisationKind.OBLAST_DEPARTMENT)


@pytest.mark.parametrize("forge, reason", [
    (lambda p: _confirmation(p), "SignatureRefused: unsigned"),
    (lambda p: signed_by(KeyRing([new_key("treasury-2025", "treasury", SIGNED)]), "treasury",
                         _confirmation(p))[0], "UnknownKey: unknown key treasury-2025"),
    # payments' own department, with its genuine key, speaking as the treasury
    (lambda p: signed_by(TEST_KEYS.ring("oblast-dept"), "oblast-dept", _confirmation(p))[0],
     "SignatureRefused: key test.oblast-dept is not a key of treasury"),
    # and as itself: its kind may not say what the treasury says
    (lambda p: genuine(_confirmation(p, OBLAST))[0], "ProducerNotAllowed"),
], ids=["unsigned", "made-up-key", "payments-key-as-treasury", "payments-as-itself"])
async def test_a_forged_treasury_answer_changes_no_payment(bus: Bus, forge, reason):
    payment_id = await ready_payment(bus)
    before = await payment(bus, payment_id)
    forged = forge(payment_id)
    await bus.publish(topics.TREASURY_ANSWERS, forged)
    assert reason in await bus.dead_letter("payments", forged.event_id)
    assert await bus.caused_by("payments", forged.event_id) == []
    assert await payment(bus, payment_id) == before


def test_the_simulator_pays_only_an_envelope_its_department_signed():
    treasury = Treasury(None, Options(), signer=TEST_KEYS.ring("treasury"),
                        keys=TEST_KEYS.key_set())
    released = EnvelopeReleased(envelope_id=uuid.uuid4(), schedule_date=NOW.date(),
                                district="talgar", control=Totals(count=0, sum=Decimal(0)),
                                orders=[], released_at=NOW)
    unsigned = envelope(released, stream_id=f"envelope-{released.envelope_id}", version=1,
                        producer=OBLAST, actor=Actor(person_id="oblast-payments",
                                                     role=Role.PAYMENTS_OFFICER), at=NOW)
    assert treasury.read(unsigned.to_json()) == (None, None)
    by_another = signed_by(TEST_KEYS.ring("dd-talgar"), "dd-talgar", unsigned)[0]
    assert treasury.read(by_another.to_json()) == (None, None)
    [signed] = genuine(unsigned)
    decoded, cause = treasury.read(signed.to_json())
    assert decoded == released and cause == signed
    # and what it answers carries the treasury's own signature
    [accepted], _ = treasury.answers_for(decoded, cause, NOW)
    answer = treasury.signed(treasury.wrap(accepted, 1, cause, released.envelope_id))
    assert TEST_KEYS.key_set().verify(answer).kid == "test.treasury"
