"""What the treasury answers (topic `treasury.answers`); only a treasury producer may say it.

Per envelope: `EnvelopeAccepted`, or `EnvelopeRejected` when its control totals do not match its
orders (nothing of it is paid then). Per payment of an accepted envelope: `PaymentConfirmed` with
the bank reference, or `PaymentReturned` with a reason (e.g. the account is closed). The stream
id (and Kafka key) is `treasury-<envelope_id>`, so one envelope's answers stay in order.
"""

from datetime import datetime
from typing import Literal
from uuid import UUID

from pydantic import Field

from contracts import topics
from contracts.events import Event, EventRegistry
from contracts.identity import OrganisationKind
from contracts.payments_events import Money, Totals

TREASURY_KINDS = frozenset({OrganisationKind.TREASURY})

ReturnReason = Literal[
    "account_closed", "account_not_found", "beneficiary_mismatch", "institution_refused", "other"
]


def stream_of(envelope_id: UUID) -> str:
    return f"treasury-{envelope_id}"


class EnvelopeAccepted(Event):
    event_type = "treasury.EnvelopeAccepted"
    topic = topics.TREASURY_ANSWERS
    producers = TREASURY_KINDS

    envelope_id: UUID
    control: Totals
    accepted_at: datetime


class EnvelopeRejected(Event):
    event_type = "treasury.EnvelopeRejected"
    topic = topics.TREASURY_ANSWERS
    producers = TREASURY_KINDS

    envelope_id: UUID
    reason: str = Field(min_length=1, max_length=500)
    control: Totals
    counted: Totals
    rejected_at: datetime


class PaymentConfirmed(Event):
    event_type = "treasury.PaymentConfirmed"
    topic = topics.TREASURY_ANSWERS
    producers = TREASURY_KINDS

    payment_id: UUID
    envelope_id: UUID
    bank_reference: str = Field(min_length=1, max_length=64)
    amount: Money
    confirmed_at: datetime


class PaymentReturned(Event):
    event_type = "treasury.PaymentReturned"
    topic = topics.TREASURY_ANSWERS
    producers = TREASURY_KINDS

    payment_id: UUID
    envelope_id: UUID
    reason: ReturnReason
    detail: str = Field(default="", max_length=500)
    returned_at: datetime


REGISTRY = EventRegistry([EnvelopeAccepted, EnvelopeRejected, PaymentConfirmed, PaymentReturned])
