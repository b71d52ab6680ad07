"""An envelope: released with its control totals, then accepted or rejected by the treasury.

Stream: `envelope-<envelope_id>`. The release counts its own control totals from the orders it
is given (so they always add up) and holds at least one order; a repeated answer changes
nothing.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import assert_never
from uuid import UUID

from pydantic import ValidationError

from contracts.events import Event
from contracts.payments_events import (
    EnvelopeAcceptanceRecorded,
    EnvelopeRejectionRecorded,
    EnvelopeReleased,
    PaymentOrder,
    PaymentOrdered,
    Totals,
)
from services.payments.domain.errors import AnswerMismatch, EnvelopeInvalid
from services.payments.domain.payment import Payment

PURPOSES = {
    1: "One-time state compensation (Law 1787-XII art. 12)",
    4: "Targeted social assistance",
    10: "Social assistance by maslikhat decision",
    11: "Compensation of home schooling costs",
    12: "Social assistance for fuel",
    18: "Housing assistance",
}


def stream_of(envelope_id: UUID) -> str:
    return f"envelope-{envelope_id}"


def order_of(payment: Payment, ordered: PaymentOrdered) -> PaymentOrder:
    """The envelope's line for a payment its own decider has just ordered."""
    purpose = PURPOSES.get(payment.regulation_id, "Social payment")
    return PaymentOrder(
        payment_id=payment.payment_id, case_id=payment.case_id,
        regulation_id=payment.regulation_id, beneficiary=payment.beneficiary,
        amount=ordered.amount, route=ordered.route,
        purpose=f"{purpose}, decision {payment.decision_reference}"[:210],
    )


@dataclass(frozen=True)
class Release:
    envelope_id: UUID
    schedule_date: date
    district: str
    orders: Sequence[PaymentOrder]
    now: datetime


@dataclass(frozen=True)
class RecordAcceptance:
    at: datetime


@dataclass(frozen=True)
class RecordRejection:
    reason: str
    at: datetime


Command = Release | RecordAcceptance | RecordRejection


@dataclass(frozen=True)
class Unreleased:
    pass


@dataclass(frozen=True)
class Envelope:
    envelope_id: UUID
    district: str
    payment_ids: tuple[UUID, ...]
    status: str  # released | accepted | rejected


State = Unreleased | Envelope
initial_state: State = Unreleased()


def decide(state: State, command: Command) -> list[Event]:
    match command:
        case Release():
            return [] if isinstance(state, Envelope) else [_released(command)]
        case RecordAcceptance(at):
            return _answer(state, "accepted", lambda e: EnvelopeAcceptanceRecorded(
                envelope_id=e.envelope_id, accepted_at=at))
        case RecordRejection(reason, at):
            return _answer(state, "rejected", lambda e: EnvelopeRejectionRecorded(
                envelope_id=e.envelope_id, reason=reason, rejected_at=at))
        case _:
            assert_never(command)


def _released(command: Release) -> EnvelopeReleased:
    if not command.orders:
        raise EnvelopeInvalid("an envelope holds at least one order")
    control = Totals(count=len(command.orders),
                     sum=sum((order.amount for order in command.orders), Decimal(0)))
    try:
        return EnvelopeReleased(
            envelope_id=command.envelope_id, schedule_date=command.schedule_date,
            district=command.district, control=control, orders=list(command.orders),
            released_at=command.now,
        )
    except ValidationError as error:  # a payment named twice, two currencies
        raise EnvelopeInvalid(str(error)) from error


def _answer(state: State, status: str, event: Callable[[Envelope], Event]) -> list[Event]:
    if not isinstance(state, Envelope):
        raise AnswerMismatch("no such envelope")
    if state.status == status:
        return []
    if state.status != "released":
        raise AnswerMismatch(f"the envelope was already {state.status}")
    return [event(state)]


def evolve(state: State, event: Event) -> State:
    match event:
        case EnvelopeReleased():
            ids = tuple(order.payment_id for order in event.orders)
            return Envelope(event.envelope_id, event.district, ids, "released")
        case EnvelopeAcceptanceRecorded():
            assert isinstance(state, Envelope)
            return Envelope(state.envelope_id, state.district, state.payment_ids, "accepted")
        case EnvelopeRejectionRecorded():
            assert isinstance(state, Envelope)
            return Envelope(state.envelope_id, state.district, state.payment_ids, "rejected")
    raise ValueError(f"envelope stream cannot hold {event.event_type}")
