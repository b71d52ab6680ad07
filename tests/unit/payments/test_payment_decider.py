"""The payment's life, Given events / When command / Then events or error."""

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from uuid import uuid4

from contracts.payments_events import (
    BenefitAssigned,
    PaymentConfirmationRecorded,
    PaymentConflict,
    PaymentDetailsSet,
    PaymentOrdered,
    PaymentRequeued,
    PaymentReturnRecorded,
)
from services.payments.commanding import PAYMENT
from services.payments.domain import payment as p
from services.payments.domain.decisions import CONFLICT_REASON, Claim
from services.payments.domain.errors import (
    AnswerMismatch,
    NotAssessable,
    NotPayable,
    PaymentInFlight,
)
from tests.support.deciders import Scenarios
from tests.unit.payments.builders import (
    NOW,
    OTHER_ROUTE,
    ROUTE,
    assign,
    assign_benefit,
    compensation,
)

given = Scenarios(PAYMENT).given
PID, ENV1, ENV2 = uuid4(), uuid4(), uuid4()
DAY = date(2025, 3, 5)


def ordered(envelope_id=ENV1, attempt=1):
    return PaymentOrdered(payment_id=PID, envelope_id=envelope_id, schedule_date=DAY,
                          attempt=attempt, amount=compensation(PID).amount, route=ROUTE)


def returned(envelope_id=ENV1):
    return PaymentReturnRecorded(payment_id=PID, envelope_id=envelope_id, reason="account_closed",
                                 returned_at=NOW)


def details(route=OTHER_ROUTE, corrected=True):
    return PaymentDetailsSet(payment_id=PID, route=route, corrected=corrected, set_at=NOW)


def test_a_new_payment_is_assigned_with_the_amount_the_decider_assessed():
    given().when(assign(PID)).then(compensation(PID))


def test_a_valid_payout_in_the_decision_becomes_the_route():
    given().when(assign(PID, ROUTE)).then(compensation(PID, ROUTE))


def test_assigning_twice_changes_nothing():
    given(compensation(PID)).when(assign(PID)).then()


def test_a_conflict_is_recorded_once_and_never_paid():
    held = Claim(uuid4(), "case-1")
    second = replace(assign(PID, case_id="case-2", held_by=held), district="ile")
    conflict = PaymentConflict(payment_id=PID, case_id="case-2", decision_reference="D-1",
                               regulation_id=1, district="ile", existing_payment_id=held.payment_id,
                               existing_case_id="case-1", reason=CONFLICT_REASON,
                               recorded_at=NOW)
    given().when(second).then(conflict)
    given(conflict).when(second).then()
    given(conflict).when(p.Order(ENV1, DAY)).raises(NotPayable)
    given(conflict).when(p.SetDetails(ROUTE, NOW)).raises(NotPayable)


def test_a_case_that_has_its_payment_never_becomes_a_conflict():
    given(compensation(PID)).when(assign(PID, held_by=Claim(uuid4(), "case-0"))).raises(
        NotPayable, match="already has its payment")


def test_a_decision_that_cannot_be_assessed_is_refused_even_as_a_conflict():
    # 2031 has no MCI configured
    unpriced = assign(PID, signed_at=datetime(2031, 1, 10, tzinfo=UTC))
    given().when(unpriced).raises(NotAssessable, match="2031")
    given().when(replace(unpriced, held_by=Claim(uuid4(), "case-0"))).raises(NotAssessable)


def test_a_monetary_assignment_is_assessed_by_its_formula():
    [assigned] = given().when(assign_benefit(PID)).then(BenefitAssigned)
    assert (assigned.amount, assigned.route, assigned.regulation_id) == (
        Decimal("47184.00"), ROUTE, 10)
    given(assigned).when(assign_benefit(PID)).then()


def test_a_payment_without_details_cannot_be_ordered():
    given(compensation(PID)).when(p.Order(ENV1, DAY)).raises(NotPayable)


def test_setting_details_makes_it_ready_and_orderable():
    events = given(compensation(PID)).when(p.SetDetails(ROUTE, NOW)).then(
        PaymentDetailsSet(payment_id=PID, route=ROUTE, corrected=False, set_at=NOW))
    given(compensation(PID), *events).when(p.Order(ENV1, DAY)).then(ordered())


def test_the_same_details_again_change_nothing():
    given(compensation(PID, ROUTE)).when(p.SetDetails(ROUTE, NOW)).then()


def test_details_cannot_change_while_the_treasury_holds_the_order():
    given(compensation(PID, ROUTE), ordered()).when(p.SetDetails(OTHER_ROUTE, NOW)).raises(
        PaymentInFlight)


def test_a_confirmation_for_the_ordered_envelope_settles_it():
    given(compensation(PID, ROUTE), ordered()).when(
        p.RecordConfirmation(ENV1, "BR-1", NOW)).then(
        PaymentConfirmationRecorded(payment_id=PID, envelope_id=ENV1, bank_reference="BR-1",
                                    confirmed_at=NOW))


def test_a_repeated_confirmation_changes_nothing():
    settled = PaymentConfirmationRecorded(payment_id=PID, envelope_id=ENV1, bank_reference="BR-1",
                                          confirmed_at=NOW)
    history = (compensation(PID, ROUTE), ordered(), settled)
    given(*history).when(p.RecordConfirmation(ENV1, "BR-1", NOW)).then()
    given(*history).when(p.RecordConfirmation(ENV1, "BR-2", NOW)).raises(AnswerMismatch)


def test_a_confirmed_payment_is_never_ordered_again():
    settled = PaymentConfirmationRecorded(payment_id=PID, envelope_id=ENV1, bank_reference="BR-1",
                                          confirmed_at=NOW)
    given(compensation(PID, ROUTE), ordered(), settled).when(p.Order(ENV2, DAY)).raises(
        NotPayable)


def test_an_answer_for_another_envelope_is_a_mismatch():
    given(compensation(PID, ROUTE), ordered()).when(
        p.RecordConfirmation(ENV2, "BR", NOW)).raises(AnswerMismatch)
    given(compensation(PID, ROUTE)).when(p.RecordReturn(ENV1, "account_closed", NOW)).raises(
        AnswerMismatch)


def test_a_returned_payment_waits_for_corrected_details():
    history = (compensation(PID, ROUTE), ordered())
    given(*history).when(p.RecordReturn(ENV1, "account_closed", NOW)).then(returned())
    given(*history, returned()).when(p.Order(ENV2, DAY)).raises(NotPayable)


def test_a_repeated_return_changes_nothing_even_after_the_correction():
    history = (compensation(PID, ROUTE), ordered(), returned())
    given(*history).when(p.RecordReturn(ENV1, "account_closed", NOW)).then()
    given(*history, details()).when(p.RecordReturn(ENV1, "account_closed", NOW)).then()


def test_corrected_details_send_it_once_in_a_later_envelope():
    history = (compensation(PID, ROUTE), ordered(), returned(), details())
    events = given(*history).when(p.Order(ENV2, DAY)).then(PaymentOrdered)
    assert [(e.envelope_id, e.attempt, e.route) for e in events] == [(ENV2, 2, OTHER_ROUTE)]
    given(*history, *events).when(p.Order(ENV2, DAY)).then()
    given(*history, *events).when(p.Order(uuid4(), DAY)).raises(NotPayable)


def test_a_rejected_envelope_puts_the_payment_back_in_the_queue_once():
    history = (compensation(PID, ROUTE), ordered())
    events = given(*history).when(p.Requeue(ENV1, "control totals")).then(
        PaymentRequeued(payment_id=PID, envelope_id=ENV1, reason="control totals"))
    given(*history, *events).when(p.Requeue(ENV1, "control totals")).then()
    given(*history, *events).when(p.Order(ENV2, DAY)).then(PaymentOrdered)


def test_commands_on_an_unknown_payment_are_refused():
    given().when(p.RecordConfirmation(ENV1, "BR", NOW)).raises(NotPayable)
