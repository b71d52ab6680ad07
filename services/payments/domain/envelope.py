"""An envelope: released with its control totals, then accepted or rejected by the treasury.

Stream: `envelope-<envelope_id>`. A release must add up (count and sum of its orders equal its
control totals) and hold at least one order; a repeated answer changes nothing.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import assert_never
from uuid import UUID

from contracts.events import Event
from contracts.payments_events import (
    EnvelopeAcceptanceRecorded,
    EnvelopeRejectionRecorded,
    EnvelopeReleased,
)
from services.payments.domain.errors import AnswerMismatch, EnvelopeInvalid


def stream_of(envelope_id: UUID) -> str:
    return f"envelope-{envelope_id}"


@dataclass(frozen=True)
class Release:
    envelope: EnvelopeReleased


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
        case Release(envelope):
            if isinstance(state, Envelope):
                return []
            if not envelope.orders:
                raise EnvelopeInvalid("an envelope holds at least one order")
            if envelope.counted() != envelope.control:
                raise EnvelopeInvalid("the control totals do not match the orders")
            return [envelope]
        case RecordAcceptance(at):
            return _answer(state, "accepted", lambda e: EnvelopeAcceptanceRecorded(
                envelope_id=e.envelope_id, accepted_at=at))
        case RecordRejection(reason, at):
            return _answer(state, "rejected", lambda e: EnvelopeRejectionRecorded(
                envelope_id=e.envelope_id, reason=reason, rejected_at=at))
        case _:
            assert_never(command)


def _answer(state: State, status: str, event) -> list[Event]:
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
