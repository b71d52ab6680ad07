"""Envelopes: released with the control totals of their orders, answered once."""

from datetime import date
from decimal import Decimal
from uuid import uuid4

import pytest

from contracts.payments_events import (
    EnvelopeAcceptanceRecorded,
    EnvelopeReleased,
    PaymentOrdered,
    Totals,
)
from services.payments.commanding import ENVELOPE, PAYMENT
from services.payments.domain import envelope as e
from services.payments.domain.errors import AnswerMismatch, EnvelopeInvalid
from services.payments.domain.payment import Order
from tests.support.deciders import Scenarios
from tests.unit.payments.builders import NOW, PERSON, ROUTE, compensation, envelope, order

given = Scenarios(ENVELOPE).given
EID = uuid4()


def release(*orders):
    return e.Release(EID, date(2025, 3, 5), "talgar", orders, NOW)


def test_an_envelope_that_adds_up_is_released():
    orders = [order("100.00"), order("250.50")]
    [released] = given().when(release(*orders)).then(envelope(EID, orders))
    assert released.control == Totals(count=2, sum=Decimal("350.50"))


def test_the_control_totals_are_counted_from_the_orders_never_taken_as_given():
    # the command carries no totals of its own, so an envelope whose totals do not match its
    # orders cannot be made (the treasury checks them again on its side)
    [released] = given().when(release(order("100.00"), order("0.01"))).then(EnvelopeReleased)
    assert released.control == released.counted() == Totals(count=2, sum=Decimal("100.01"))


def test_an_empty_envelope_is_refused():
    given().when(release()).raises(EnvelopeInvalid)


def test_a_payment_appears_once_in_an_envelope():
    twice = uuid4()
    with pytest.raises(ValueError):
        envelope(EID, [order("1.00", twice), order("2.00", twice)])
    given().when(release(order("1.00", twice), order("2.00", twice))).raises(
        EnvelopeInvalid, match="each payment once")


def test_a_released_envelope_is_not_released_again():
    orders = [order("100.00")]
    given(envelope(EID, orders)).when(release(*orders)).then()


def test_acceptance_is_recorded_once():
    released = envelope(EID, [order("100.00")])
    accepted = EnvelopeAcceptanceRecorded(envelope_id=EID, accepted_at=NOW)
    given(released).when(e.RecordAcceptance(NOW)).then(accepted)
    given(released, accepted).when(e.RecordAcceptance(NOW)).then()
    given(released, accepted).when(e.RecordRejection("totals", NOW)).raises(AnswerMismatch)


def test_an_order_names_the_payment_its_beneficiary_route_and_purpose():
    pid, envelope_id = uuid4(), uuid4()
    history = [compensation(pid, ROUTE)]
    [ordered] = Scenarios(PAYMENT).given(*history).when(
        Order(envelope_id, date(2025, 3, 5))).then(PaymentOrdered)
    line = e.order_of(PAYMENT.fold([*history, ordered]), ordered)
    assert (line.payment_id, line.case_id, line.regulation_id, line.amount, line.route) == (
        pid, "case-1", 1, Decimal("349594.12"), ROUTE)
    assert line.beneficiary == PERSON
    assert line.purpose == "One-time state compensation (Law 1787-XII art. 12), decision D-1"


def test_an_answer_for_an_unknown_envelope_is_a_mismatch():
    given().when(e.RecordAcceptance(NOW)).raises(AnswerMismatch)
