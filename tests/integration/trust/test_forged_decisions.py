"""A decision on the bus proves who made it, or nothing comes of it.

Forged `workflow.DecisionSigned` + `ResultIssued` pairs published straight to `workflow.cases`
(an attacker with write access to the broker, as the probe had) end in the dead letters of
registry, payments and intake, each naming why, and no log mentions their case: nothing
registered, nothing paid, nothing noted at the front office. A genuine decision on a case the
consumers saw opened goes through the same consumers, so the refusals are theirs, not a
misconfigured stack's.
"""

import base64
import uuid
from datetime import timedelta

import pytest

from contracts.envelope import Envelope
from contracts.identity import Actor, Role
from eventkit import deadletters
from eventkit.signing import KeyRing, new_key
from tests.support.keys import TEST_KEYS
from tests.support.polling import eventually

from .conftest import (
    CASES,
    KARASAI,
    RECOGNITION,
    SIGNED,
    Bus,
    decided,
    decision,
    genuine,
    new_case,
    opening,
    signed_by,
)

pytestmark = pytest.mark.integration
CONSUMERS = ("registry", "payments")  # of the decision; intake takes the result


async def mentions(bus: Bus, service: str, case_id: str) -> int:
    """How many events of the service's log mention the case (in any field of the payload)."""
    async with bus[service].pool.acquire() as conn:
        return await conn.fetchval(
            "SELECT count(*) FROM events WHERE stream_id = $1 OR payload::text LIKE $2",
            case_id, f"%{case_id}%")


async def refused(bus: Bus, pair: list[Envelope], *, decision_reason: str,
                  result_reason: str | None = None) -> None:
    """Both halves of the pair dead-lettered for the reasons named; nothing of them kept."""
    decided_, issued = pair
    for service in CONSUMERS:
        assert decision_reason in await bus.dead_letter(service, decided_.event_id), service
    if result_reason is not None:
        assert result_reason in await bus.dead_letter("intake", issued.event_id)
    case_id = decided_.stream_id
    for service in ("registry", "payments", "intake"):
        assert await mentions(bus, service, case_id) == 0, service
        assert await bus.caused_by(service, decided_.event_id, issued.event_id) == []


async def test_a_genuine_decision_on_an_opened_case_is_registered_and_paid(bus: Bus):
    event = decision(new_case(), payload=RECOGNITION)
    decided_, _ = genuine(*decided(event))
    await bus.publish(CASES, opening(event), decided_)
    for service in CONSUMERS:
        await bus.applied(service, decided_.event_id)
    assert "registry.PersonRegistered" in await bus.caused_by("registry", decided_.event_id)
    assert await bus.caused_by("payments", decided_.event_id)  # the payment's assignment


def _unpublished_talgar_key() -> KeyRing:
    return KeyRing([new_key("attacker", "dd-talgar", SIGNED - timedelta(days=30))])


def _talgar_key_id_attackers_key() -> KeyRing:
    # the genuine key's id, the attacker's own key pair behind it
    return KeyRing([new_key("test.dd-talgar", "dd-talgar", SIGNED - timedelta(days=30))])


@pytest.mark.parametrize("sign, reason", [
    (lambda pair: pair, "SignatureRefused: unsigned"),
    (lambda pair: signed_by(_unpublished_talgar_key(), "dd-talgar", *pair),
     "UnknownKey: unknown key attacker"),
    (lambda pair: signed_by(_talgar_key_id_attackers_key(), "dd-talgar", *pair),
     "SignatureRefused: the signature does not match the event"),
    (lambda pair: [e.model_copy(update={"signature": "ed25519:test.dd-talgar:"
                                        + base64.urlsafe_b64encode(b"x" * 64).decode()})
                   for e in pair],
     "SignatureRefused: the signature does not match the event"),
], ids=["unsigned", "made-up-key", "made-up-key-under-the-genuine-id", "made-up-signature"])
async def test_a_forged_decision_claiming_talgar_is_refused(bus: Bus, sign, reason):
    pair = sign(list(decided(decision(new_case()))))
    await bus.publish(CASES, *pair)
    await refused(bus, pair, decision_reason=reason, result_reason=reason)


async def test_a_decision_signed_with_the_genuine_key_for_a_case_never_opened_is_refused(
        bus: Bus):
    # the provider's key and the head's own signature are genuine: only the case was never
    # opened (nothing forwarded, nothing accepted in person) — the traceability rule
    event = decision(new_case())
    pair = genuine(*decided(event))
    await bus.publish(CASES, *pair)
    await refused(bus, pair, decision_reason=f"no case {event.case_id} was opened here",
                  result_reason="no application with this case id was accepted here")


async def test_a_decision_signed_by_another_organisations_key_is_refused(bus: Bus):
    # Karasai's genuine key on an envelope that says Talgar produced it, for an opened case
    event = decision(new_case())
    await bus.publish(CASES, opening(event))
    pair = signed_by(TEST_KEYS.ring("dd-karasai"), "dd-karasai", *decided(event))
    await bus.publish(CASES, *pair)
    await refused(bus, pair, decision_reason="key test.dd-karasai is not a key of dd-talgar",
                  result_reason="key test.dd-karasai is not a key of dd-talgar")


async def test_a_decision_by_a_case_of_another_provider_is_refused(bus: Bus):
    # Karasai, genuinely signed, decides a case Talgar opened
    case_id = new_case()
    await bus.publish(CASES, opening(decision(case_id)))
    forged = decision(case_id, provider=KARASAI)
    pair = genuine(*decided(forged, head="dd-karasai-head"))
    await bus.publish(CASES, *pair)
    for service in CONSUMERS:
        assert f"case {case_id} was opened by another provider" in await bus.dead_letter(
            service, pair[0].event_id)
        assert await bus.caused_by(service, pair[0].event_id) == []


async def test_a_genuine_decision_replayed_under_another_stream_or_event_id_is_refused(
        bus: Bus):
    event = decision(new_case(), payload=RECOGNITION)
    original, _ = genuine(*decided(event))
    await bus.publish(CASES, opening(event), original)
    for service in CONSUMERS:
        await bus.applied(service, original.event_id)
    other = decision(new_case(), payload=RECOGNITION)
    await bus.publish(CASES, opening(other))  # the stream it is replayed into is a real case
    replays = [original.model_copy(update={"stream_id": other.case_id}),
               original.model_copy(update={"event_id": uuid.uuid4()})]
    await bus.publish(CASES, *replays)
    for service in CONSUMERS:
        effects = await bus.caused_by(service, original.event_id)
        for replay in replays:
            assert "the signature does not match the event" in await bus.dead_letter(
                service, replay.event_id)
        # what the original caused, and nothing for the replays (one of them reuses its id)
        assert await bus.caused_by(service, *(r.event_id for r in replays)) == effects
        assert await mentions(bus, service, other.case_id) == 0


async def test_the_same_genuine_decision_delivered_again_changes_nothing(bus: Bus):
    event = decision(new_case(), payload=RECOGNITION)
    original, _ = genuine(*decided(event))
    await bus.publish(CASES, opening(event), original)
    for service in CONSUMERS:
        await bus.applied(service, original.event_id)
    effects = {s: await bus.caused_by(s, original.event_id) for s in CONSUMERS}
    inboxes = {s: bus[s].app.state.runtime.components["inbox"] for s in CONSUMERS}
    seen = {s: inbox.duplicates for s, inbox in inboxes.items()}
    await bus.publish(CASES, original)

    for service, inbox in inboxes.items():
        async def handled(inbox=inbox, service=service) -> bool:
            return inbox.duplicates > seen[service]

        await eventually(handled, what=f"{service} finds the delivery a duplicate")
        assert await bus.caused_by(service, original.event_id) == effects[service]


async def test_an_altered_payload_under_the_original_signature_is_refused(bus: Bus):
    event = decision(new_case(), payload={**RECOGNITION, "payout": {
        "kind": "bank_account", "iban": "KZ59125KZT5004100101"}})
    await bus.publish(CASES, opening(event))
    original, _ = genuine(*decided(event))
    # the attacker's IBAN written into the genuine decision, the signatures kept
    payload = {**original.payload, "payload": {
        **original.payload["payload"], "payout": {"kind": "bank_account",
                                                  "iban": "KZ33125KZT5004100666"}}}
    altered = original.model_copy(update={"payload": payload})
    await bus.publish(CASES, altered)
    for service in CONSUMERS:
        assert "SignatureRefused: the signature does not match the event" in \
            await bus.dead_letter(service, altered.event_id)
        assert await bus.caused_by(service, altered.event_id) == []


# --- the head's own signature ---------------------------------------------------------------


def _head_forgeries():
    def missing(event):
        return decided(event, head_signature=None)

    def made_up(event):
        fake = "ed25519:test.dd-talgar.dd-talgar-head:" + base64.urlsafe_b64encode(
            b"y" * 64).decode().rstrip("=")
        return decided(event, head_signature=fake)

    def of_another_document(event):
        # the head's genuine signature, of a decision that paid somewhere else
        other = event.model_copy(update={"payload": RECOGNITION})
        return decided(event, head_signature=TEST_KEYS.head_signature(other, "dd-talgar-head"))

    def by_another_organisations_head(event):
        signature = TEST_KEYS.head_signature(event, "dd-karasai-head", "dd-karasai")
        return decided(event, head="dd-karasai-head", head_signature=signature)

    def by_the_executor(event):
        # the executor named as who signed, with the head's signature
        pair = decided(event)
        executor = Actor(person_id="dd-talgar-executor", role=Role.HEAD)
        return tuple(e.model_copy(update={"actor": executor}) for e in pair)

    def by_the_office_key(event):
        office = TEST_KEYS.ring("dd-talgar").sign(
            "dd-talgar", event.document().canonical_bytes(), event.signed_at)
        return decided(event, head_signature=office)

    return [
        (missing, "the head's signature of the decision: unsigned"),
        (made_up, "the head's signature of the decision: the signature does not match"),
        (of_another_document,
         "the head's signature of the decision: the signature does not match"),
        (by_another_organisations_head,
         "the head's signature of the decision: key test.dd-karasai.dd-karasai-head is not a"
         " key of dd-talgar"),
        (by_the_executor,
         "the head's signature of the decision: key test.dd-talgar.dd-talgar-head is not the"
         " key of the person who acted"),
        (by_the_office_key,
         "the head's signature of the decision: key test.dd-talgar is not the key of the"
         " person who acted"),
    ]


@pytest.mark.parametrize("forge, reason", _head_forgeries(),
                         ids=["missing", "made-up", "of-another-document",
                              "by-another-organisations-head", "by-the-executor",
                              "by-the-office-key"])
async def test_a_decision_without_its_heads_own_signature_is_refused(bus: Bus, forge, reason):
    # the case was opened and the envelope carries the provider's genuine signature: only the
    # head's signature inside is wrong
    event = decision(new_case())
    await bus.publish(CASES, opening(event))
    pair = genuine(*forge(event))
    await bus.publish(CASES, *pair)
    for service in CONSUMERS:
        assert reason in await bus.dead_letter(service, pair[0].event_id), service
        assert await bus.caused_by(service, pair[0].event_id) == []


async def test_a_forged_decision_retried_from_the_dead_letters_is_refused_again(bus: Bus):
    pair = list(decided(decision(new_case())))  # unsigned
    await bus.publish(CASES, *pair)
    for service in CONSUMERS:
        await bus.dead_letter(service, pair[0].event_id)
        async with bus[service].pool.acquire() as conn:
            letter_id = await conn.fetchval(
                "SELECT id FROM dead_letters WHERE event_id = $1", pair[0].event_id)
        inbox = bus[service].app.state.runtime.components["inbox"]
        assert await deadletters.retry(inbox, letter_id) is False  # what `--retry` runs
        async with bus[service].pool.acquire() as conn:
            letter = await conn.fetchrow("SELECT reason, attempts, resolved_at FROM dead_letters"
                                         " WHERE id = $1", letter_id)
        assert letter["resolved_at"] is None and letter["attempts"] == 2
        assert letter["reason"] == "SignatureRefused: unsigned"
        assert await bus.caused_by(service, pair[0].event_id) == []
