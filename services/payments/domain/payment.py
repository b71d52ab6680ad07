"""One payment's life: assigned from a decision → (details) → ordered in an envelope →
confirmed, or returned and re-ordered after corrected details. A second compensation decision
for a person who already has one ends in Conflicted.

Stream: `payment-<payment_id>`. Every answer is checked against the envelope the payment is in,
so an answer for another envelope is a mismatch, and a repeated answer changes nothing.
"""

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import assert_never
from uuid import UUID

from contracts.events import Event
from contracts.payments_events import (
    BenefitAssigned,
    CompensationAssigned,
    PaymentConfirmationRecorded,
    PaymentConflict,
    PaymentDetailsSet,
    PaymentOrdered,
    PaymentRequeued,
    PaymentReturnRecorded,
    Route,
)
from contracts.people import Applicant
from services.payments.domain import decisions
from services.payments.domain.decisions import AssignBenefit, AssignCompensation
from services.payments.domain.errors import AnswerMismatch, NotPayable, PaymentInFlight


def stream_of(payment_id: UUID) -> str:
    return f"payment-{payment_id}"


# --- commands -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SetDetails:
    route: Route
    now: datetime


@dataclass(frozen=True)
class Order:
    envelope_id: UUID
    schedule_date: date


@dataclass(frozen=True)
class RecordConfirmation:
    envelope_id: UUID
    bank_reference: str
    at: datetime


@dataclass(frozen=True)
class RecordReturn:
    envelope_id: UUID
    reason: str
    at: datetime


@dataclass(frozen=True)
class Requeue:
    envelope_id: UUID
    reason: str


Command = (AssignCompensation | AssignBenefit | SetDetails | Order | RecordConfirmation
           | RecordReturn | Requeue)


# --- state ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unassigned:
    pass


@dataclass(frozen=True)
class Conflicted:
    case_id: str
    regulation_id: int
    decision_reference: str
    district: str
    existing_payment_id: UUID


@dataclass(frozen=True)
class Payment:
    """An assigned payment. `status` is one of: awaiting_details, ready, ordered, returned,
    confirmed. `answered` holds the envelopes whose answer (return or rejection) was recorded."""

    payment_id: UUID
    case_id: str
    regulation_id: int
    decision_reference: str
    beneficiary: Applicant
    district: str
    amount: Decimal
    status: str
    route: Route | None = None
    envelope_id: UUID | None = None
    attempts: int = 0
    bank_reference: str | None = None
    answered: frozenset[UUID] = frozenset()


Assigned = Payment | Conflicted  # a stream that holds a payment, paid or never to be
State = Unassigned | Assigned
initial_state: State = Unassigned()


# --- decide ---------------------------------------------------------------------------------


def decide(state: State, command: Command) -> list[Event]:
    match command:
        case AssignCompensation():
            if isinstance(state, Payment) and command.held_by is not None:
                raise NotPayable("this case already has its payment")
            return [decisions.compensation(command)] if isinstance(state, Unassigned) else []
        case AssignBenefit():
            return [decisions.benefit(command)] if isinstance(state, Unassigned) else []
        case SetDetails():
            return _set_details(_payment(state), command)
        case Order():
            return _order(_payment(state), command)
        case RecordConfirmation():
            return _confirm(_payment(state), command)
        case RecordReturn():
            return _return(_payment(state), command)
        case Requeue():
            return _requeue(_payment(state), command)
        case _:
            assert_never(command)


def _payment(state: State) -> Payment:
    if isinstance(state, Payment):
        return state
    if isinstance(state, Conflicted):
        raise NotPayable("a conflicting decision is never paid")
    raise NotPayable("no such payment")


def _set_details(state: Payment, command: SetDetails) -> list[Event]:
    if state.status in ("ordered", "confirmed"):
        raise PaymentInFlight(f"the payment is {state.status}; its details cannot change now")
    if state.status == "ready" and state.route == command.route:
        return []
    corrected = state.route is not None
    return [PaymentDetailsSet(payment_id=state.payment_id, route=command.route,
                              corrected=corrected, set_at=command.now)]


def _order(state: Payment, command: Order) -> list[Event]:
    if state.status == "ordered" and state.envelope_id == command.envelope_id:
        return []
    if state.status != "ready" or state.route is None:
        raise NotPayable(f"only a payment ready with details can be ordered (it is {state.status})")
    return [PaymentOrdered(
        payment_id=state.payment_id, envelope_id=command.envelope_id,
        schedule_date=command.schedule_date, attempt=state.attempts + 1,
        amount=state.amount, route=state.route,
    )]


def _confirm(state: Payment, command: RecordConfirmation) -> list[Event]:
    if state.status == "confirmed" and state.envelope_id == command.envelope_id:
        if state.bank_reference == command.bank_reference:
            return []
        raise AnswerMismatch("the payment was confirmed with another bank reference")
    if state.status != "ordered" or state.envelope_id != command.envelope_id:
        raise AnswerMismatch(f"a confirmation for a payment that is {state.status} elsewhere")
    return [PaymentConfirmationRecorded(
        payment_id=state.payment_id, envelope_id=command.envelope_id,
        bank_reference=command.bank_reference, confirmed_at=command.at,
    )]


def _return(state: Payment, command: RecordReturn) -> list[Event]:
    if command.envelope_id in state.answered:
        return []
    if state.status != "ordered" or state.envelope_id != command.envelope_id:
        raise AnswerMismatch(f"a return for a payment that is {state.status} elsewhere")
    return [PaymentReturnRecorded(payment_id=state.payment_id, envelope_id=command.envelope_id,
                                  reason=command.reason, returned_at=command.at)]


def _requeue(state: Payment, command: Requeue) -> list[Event]:
    if command.envelope_id in state.answered:
        return []
    if state.status != "ordered" or state.envelope_id != command.envelope_id:
        raise AnswerMismatch("the payment is not in the rejected envelope")
    return [PaymentRequeued(payment_id=state.payment_id, envelope_id=command.envelope_id,
                            reason=command.reason)]


# --- evolve ---------------------------------------------------------------------------------


def evolve(state: State, event: Event) -> State:
    match event:
        case CompensationAssigned() | BenefitAssigned():
            return Payment(
                payment_id=event.payment_id, case_id=event.case_id,
                regulation_id=event.regulation_id, decision_reference=event.decision_reference,
                beneficiary=event.beneficiary, district=event.district, amount=event.amount,
                status="awaiting_details" if event.route is None else "ready", route=event.route)
        case PaymentConflict():
            return Conflicted(event.case_id, event.regulation_id, event.decision_reference,
                              event.district, event.existing_payment_id)
    assert isinstance(state, Payment), f"{event.event_type} before the assignment"
    match event:
        case PaymentDetailsSet():
            return replace(state, status="ready", route=event.route)
        case PaymentOrdered():
            return replace(state, status="ordered", envelope_id=event.envelope_id,
                           attempts=event.attempt)
        case PaymentConfirmationRecorded():
            return replace(state, status="confirmed", bank_reference=event.bank_reference)
        case PaymentReturnRecorded():
            # the same details failed once: they wait for a correction before any new order
            return replace(state, status="returned", answered=state.answered | {event.envelope_id})
        case PaymentRequeued():
            return replace(state, status="ready", answered=state.answered | {event.envelope_id})
    raise ValueError(f"payment stream cannot hold {event.event_type}")
