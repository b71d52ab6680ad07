"""Envelopes: released only when they add up, answered once."""

from decimal import Decimal
from functools import reduce
from uuid import uuid4

import pytest

from contracts.payments_events import EnvelopeAcceptanceRecorded, Totals
from services.payments.domain import envelope as e
from services.payments.domain.errors import AnswerMismatch, EnvelopeInvalid
from tests.unit.payments.builders import NOW, envelope, order

EID = uuid4()


def state_after(*events):
    return reduce(e.evolve, events, e.initial_state)


def test_an_envelope_that_adds_up_is_released():
    released = envelope(EID, [order("100.00"), order("250.50")])
    assert released.control == Totals(count=2, sum=Decimal("350.50"))
    assert e.decide(state_after(), e.Release(released)) == [released]


def test_an_envelope_whose_control_totals_do_not_match_is_refused():
    wrong = envelope(EID, [order("100.00")], control=Totals(count=1, sum=Decimal("100.01")))
    with pytest.raises(EnvelopeInvalid):
        e.decide(state_after(), e.Release(wrong))


def test_an_empty_envelope_is_refused():
    with pytest.raises(EnvelopeInvalid):
        e.decide(state_after(), e.Release(envelope(EID, [])))


def test_a_payment_appears_once_in_an_envelope():
    twice = uuid4()
    with pytest.raises(ValueError):
        envelope(EID, [order("1.00", twice), order("2.00", twice)])


def test_acceptance_is_recorded_once():
    released = envelope(EID, [order("100.00")])
    accepted = EnvelopeAcceptanceRecorded(envelope_id=EID, accepted_at=NOW)
    assert e.decide(state_after(released), e.RecordAcceptance(NOW)) == [accepted]
    assert e.decide(state_after(released, accepted), e.RecordAcceptance(NOW)) == []
    with pytest.raises(AnswerMismatch):
        e.decide(state_after(released, accepted), e.RecordRejection("totals", NOW))


def test_an_answer_for_an_unknown_envelope_is_a_mismatch():
    with pytest.raises(AnswerMismatch):
        e.decide(state_after(), e.RecordAcceptance(NOW))
