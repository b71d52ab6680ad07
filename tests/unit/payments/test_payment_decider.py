"""The payment's life, Given events / When command / Then events or error."""

from datetime import date
from functools import reduce
from uuid import uuid4

import pytest

from contracts.payments_events import (
    PaymentConfirmationRecorded,
    PaymentConflict,
    PaymentDetailsSet,
    PaymentOrdered,
    PaymentRequeued,
    PaymentReturnRecorded,
)
from services.payments.domain import payment as p
from services.payments.domain.errors import AnswerMismatch, NotPayable, PaymentInFlight
from tests.unit.payments.builders import NOW, OTHER_ROUTE, ROUTE, compensation

PID, ENV1, ENV2 = uuid4(), uuid4(), uuid4()
DAY = date(2025, 3, 5)


def given(*events):
    state = reduce(p.evolve, events, p.initial_state)

    class When:
        @staticmethod
        def when(command):
            return p.decide(state, command)

    return When


def ordered(envelope_id=ENV1, attempt=1):
    return PaymentOrdered(payment_id=PID, envelope_id=envelope_id, schedule_date=DAY,
                          attempt=attempt, amount=compensation(PID).amount, route=ROUTE)


def returned(envelope_id=ENV1):
    return PaymentReturnRecorded(payment_id=PID, envelope_id=envelope_id, reason="account_closed",
                                 returned_at=NOW)


def details(route=OTHER_ROUTE, corrected=True):
    return PaymentDetailsSet(payment_id=PID, route=route, corrected=corrected, set_at=NOW)


def test_a_new_payment_is_assigned():
    assignment = compensation(PID)
    assert given().when(p.Assign(assignment)) == [assignment]


def test_assigning_twice_changes_nothing():
    assert given(compensation(PID)).when(p.Assign(compensation(PID))) == []


def test_a_conflict_is_recorded_once_and_never_paid():
    conflict = PaymentConflict(payment_id=PID, case_id="case-2", decision_reference="D-2",
                               regulation_id=1, district="ile", existing_payment_id=uuid4(),
                               existing_case_id="case-1", reason="already assigned",
                               recorded_at=NOW)
    assert given().when(p.RecordConflict(conflict)) == [conflict]
    assert given(conflict).when(p.RecordConflict(conflict)) == []
    with pytest.raises(NotPayable):
        given(conflict).when(p.Order(ENV1, DAY))
    with pytest.raises(NotPayable):
        given(conflict).when(p.SetDetails(ROUTE, NOW))


def test_a_payment_without_details_cannot_be_ordered():
    with pytest.raises(NotPayable):
        given(compensation(PID)).when(p.Order(ENV1, DAY))


def test_setting_details_makes_it_ready_and_orderable():
    events = given(compensation(PID)).when(p.SetDetails(ROUTE, NOW))
    assert events == [PaymentDetailsSet(payment_id=PID, route=ROUTE, corrected=False, set_at=NOW)]
    assert given(compensation(PID), *events).when(p.Order(ENV1, DAY)) == [ordered()]


def test_the_same_details_again_change_nothing():
    assert given(compensation(PID, ROUTE)).when(p.SetDetails(ROUTE, NOW)) == []


def test_details_cannot_change_while_the_treasury_holds_the_order():
    with pytest.raises(PaymentInFlight):
        given(compensation(PID, ROUTE), ordered()).when(p.SetDetails(OTHER_ROUTE, NOW))


def test_a_confirmation_for_the_ordered_envelope_settles_it():
    events = given(compensation(PID, ROUTE), ordered()).when(
        p.RecordConfirmation(ENV1, "BR-1", NOW))
    assert events == [PaymentConfirmationRecorded(payment_id=PID, envelope_id=ENV1,
                                                  bank_reference="BR-1", confirmed_at=NOW)]


def test_a_repeated_confirmation_changes_nothing():
    settled = PaymentConfirmationRecorded(payment_id=PID, envelope_id=ENV1, bank_reference="BR-1",
                                          confirmed_at=NOW)
    history = (compensation(PID, ROUTE), ordered(), settled)
    assert given(*history).when(p.RecordConfirmation(ENV1, "BR-1", NOW)) == []
    with pytest.raises(AnswerMismatch):
        given(*history).when(p.RecordConfirmation(ENV1, "BR-2", NOW))


def test_a_confirmed_payment_is_never_ordered_again():
    settled = PaymentConfirmationRecorded(payment_id=PID, envelope_id=ENV1, bank_reference="BR-1",
                                          confirmed_at=NOW)
    with pytest.raises(NotPayable):
        given(compensation(PID, ROUTE), ordered(), settled).when(p.Order(ENV2, DAY))


def test_an_answer_for_another_envelope_is_a_mismatch():
    with pytest.raises(AnswerMismatch):
        given(compensation(PID, ROUTE), ordered()).when(p.RecordConfirmation(ENV2, "BR", NOW))
    with pytest.raises(AnswerMismatch):
        given(compensation(PID, ROUTE)).when(p.RecordReturn(ENV1, "account_closed", NOW))


def test_a_returned_payment_waits_for_corrected_details():
    history = (compensation(PID, ROUTE), ordered())
    assert given(*history).when(p.RecordReturn(ENV1, "account_closed", NOW)) == [returned()]
    with pytest.raises(NotPayable):
        given(*history, returned()).when(p.Order(ENV2, DAY))


def test_a_repeated_return_changes_nothing_even_after_the_correction():
    history = (compensation(PID, ROUTE), ordered(), returned())
    assert given(*history).when(p.RecordReturn(ENV1, "account_closed", NOW)) == []
    assert given(*history, details()).when(p.RecordReturn(ENV1, "account_closed", NOW)) == []


def test_corrected_details_send_it_once_in_a_later_envelope():
    history = (compensation(PID, ROUTE), ordered(), returned(), details())
    events = given(*history).when(p.Order(ENV2, DAY))
    assert [(e.envelope_id, e.attempt, e.route) for e in events] == [(ENV2, 2, OTHER_ROUTE)]
    assert given(*history, *events).when(p.Order(ENV2, DAY)) == []
    with pytest.raises(NotPayable):
        given(*history, *events).when(p.Order(uuid4(), DAY))


def test_a_rejected_envelope_puts_the_payment_back_in_the_queue_once():
    history = (compensation(PID, ROUTE), ordered())
    events = given(*history).when(p.Requeue(ENV1, "control totals"))
    assert events == [PaymentRequeued(payment_id=PID, envelope_id=ENV1, reason="control totals")]
    assert given(*history, *events).when(p.Requeue(ENV1, "control totals")) == []
    assert len(given(*history, *events).when(p.Order(ENV2, DAY))) == 1


def test_commands_on_an_unknown_payment_are_refused():
    with pytest.raises(NotPayable):
        given().when(p.RecordConfirmation(ENV1, "BR", NOW))
