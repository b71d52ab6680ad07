"""Envelopes to the treasury and its answers back, through the inbox."""

from datetime import UTC, date, datetime
from decimal import Decimal
from uuid import uuid4

import pytest

from contracts import topics
from contracts import treasury_events as t
from contracts.identity import Actor, OrganisationKind, Producer, Role
from contracts.payments_events import IbanRoute, Totals
from eventkit.commands import command
from eventkit.store import Metadata
from services.payments import commanding
from services.payments.domain import payment as p
from services.payments.domain.decisions import payment_id_for
from tests.integration.payments.factories import (
    EXTREME_1949_1965,
    OTHER_IBAN,
    VALID_IBAN,
    decision,
    deliver,
    person,
    treasury_answer,
)

pytestmark = pytest.mark.integration

DAY = date(2025, 3, 5)
NOW = datetime(2025, 3, 5, 5, 0, tzinfo=UTC)
OFFICER = Metadata(Producer(organisation_id="oblast-dept", kind=OrganisationKind.OBLAST_DEPARTMENT),
                   Actor(person_id="oblast-payments", role=Role.PAYMENTS_OFFICER), NOW, uuid4())
WITH_PAYOUT = {**EXTREME_1949_1965, "payout": {"kind": "bank_account", "iban": VALID_IBAN}}


async def _ready_payment(pool, project, case_id: str, iin: str = "850101300015"):
    await deliver(pool, decision(case_id, person(iin), payload=WITH_PAYOUT))
    await project()
    return payment_id_for(case_id)


async def _release(pool, project):
    async with pool.acquire() as conn:
        released = await commanding.release(conn, "talgar", DAY, uuid4(), OFFICER)
    await project()
    return released


async def _state(pool, payment_id):
    async with pool.acquire() as conn:
        return (await commanding.PAYMENTS.load(conn, payment_id)).state


def _confirmed(payment_id, envelope, amount=Decimal("349594.12")):
    return t.PaymentConfirmed(payment_id=payment_id, envelope_id=envelope.envelope_id,
                              bank_reference="TR-1", amount=amount, confirmed_at=NOW)


def _returned(payment_id, envelope):
    return t.PaymentReturned(payment_id=payment_id, envelope_id=envelope.envelope_id,
                             reason="account_closed", returned_at=NOW)


async def _answer(pool, event, envelope, version=2, event_id=None):
    message = treasury_answer(event, envelope.envelope_id, version, event_id)
    return await deliver(pool, message, topics.TREASURY_ANSWERS), message


async def test_an_envelope_carries_control_totals_and_unique_payment_ids(payments_pool, project):
    first = await _ready_payment(payments_pool, project, "e1", "850101300015")
    second = await _ready_payment(payments_pool, project, "e2", "900202400028")
    envelope = await _release(payments_pool, project)
    assert {o.payment_id for o in envelope.orders} == {first, second}
    assert envelope.control == Totals(count=2, sum=Decimal("699188.24"))
    assert all(o.currency == "KZT" and o.route == IbanRoute(iban=VALID_IBAN)
               for o in envelope.orders)
    assert await _release(payments_pool, project) is None  # nothing is ordered twice


async def test_a_confirmation_settles_and_a_duplicate_changes_nothing(payments_pool, project):
    payment_id = await _ready_payment(payments_pool, project, "c1")
    envelope = await _release(payments_pool, project)
    _, message = await _answer(payments_pool, _confirmed(payment_id, envelope), envelope)
    assert (await _state(payments_pool, payment_id)).status == "confirmed"
    events_before = await payments_pool.fetchval("SELECT count(*) FROM events")
    box, _ = await _answer(payments_pool, _confirmed(payment_id, envelope), envelope,
                           event_id=message.event_id)
    assert box.duplicates == 1
    box, _ = await _answer(payments_pool, _confirmed(payment_id, envelope), envelope, 3)
    assert box.dead == 0  # the same answer told twice is not an error, and not a change
    assert await payments_pool.fetchval("SELECT count(*) FROM events") == events_before


async def test_an_answer_for_an_unknown_payment_goes_to_dead_letters(payments_pool, project):
    await _ready_payment(payments_pool, project, "u1")
    envelope = await _release(payments_pool, project)
    box, _ = await _answer(payments_pool, _confirmed(uuid4(), envelope), envelope)
    assert box.dead == 1
    reason = await payments_pool.fetchval("SELECT reason FROM dead_letters")
    assert "unknown payment" in reason


async def test_a_confirmation_with_another_amount_goes_to_dead_letters(payments_pool, project):
    payment_id = await _ready_payment(payments_pool, project, "a1")
    envelope = await _release(payments_pool, project)
    box, _ = await _answer(payments_pool, _confirmed(payment_id, envelope, Decimal(1)), envelope)
    assert box.dead == 1
    assert (await _state(payments_pool, payment_id)).status == "ordered"


async def test_a_returned_payment_is_resent_once_and_only_once_after_correction(
        payments_pool, project):
    payment_id = await _ready_payment(payments_pool, project, "r1")
    first = await _release(payments_pool, project)
    await _answer(payments_pool, _returned(payment_id, first), first)
    await project()
    assert await _release(payments_pool, project) is None  # waits for corrected details
    async with payments_pool.acquire() as conn:
        await commanding.run_payment(conn, payment_id,
                                     command(p.SetDetails(IbanRoute(iban=OTHER_IBAN), NOW)),
                                     OFFICER)
    await project()
    second = await _release(payments_pool, project)
    assert [o.payment_id for o in second.orders] == [payment_id]
    assert second.orders[0].route == IbanRoute(iban=OTHER_IBAN)
    assert await _release(payments_pool, project) is None
    await _answer(payments_pool, _returned(payment_id, first), first, 3)  # a late duplicate
    await project()
    assert await _release(payments_pool, project) is None
    ordered = await payments_pool.fetchval(
        "SELECT count(*) FROM events WHERE event_type = 'payments.PaymentOrdered'")
    assert ordered == 2
    await _answer(payments_pool, _confirmed(payment_id, second), second)
    state = await _state(payments_pool, payment_id)
    assert (state.status, state.attempts, state.envelope_id) == ("confirmed", 2,
                                                                  second.envelope_id)


async def test_a_rejected_envelope_puts_its_payments_in_the_next_one(payments_pool, project):
    payment_id = await _ready_payment(payments_pool, project, "x1")
    first = await _release(payments_pool, project)
    rejected = t.EnvelopeRejected(envelope_id=first.envelope_id, reason="control totals",
                                  control=first.control, counted=first.control, rejected_at=NOW)
    await _answer(payments_pool, rejected, first, 1)
    await project()
    second = await _release(payments_pool, project)
    assert [o.payment_id for o in second.orders] == [payment_id]
    status = await payments_pool.fetchval(
        "SELECT status FROM envelopes_view WHERE envelope_id = $1", first.envelope_id)
    assert status == "rejected"


async def test_an_answer_for_an_unknown_envelope_goes_to_dead_letters(payments_pool, project):
    await _ready_payment(payments_pool, project, "z1")
    envelope = await _release(payments_pool, project)
    stranger = envelope.model_copy(update={"envelope_id": uuid4()})
    accepted = t.EnvelopeAccepted(envelope_id=stranger.envelope_id, control=envelope.control,
                                  accepted_at=NOW)
    box, _ = await _answer(payments_pool, accepted, stranger, 1)
    assert box.dead == 1
