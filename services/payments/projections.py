"""Read models: payments (the queue the envelopes are filled from), envelopes and their orders
(the reconciliation). SQL upserts keyed by ids, so replaying the log gives the same rows."""

from contracts.envelope import Envelope
from contracts.payments_events import (
    REGISTRY,
    BenefitAssigned,
    CompensationAssigned,
    EnvelopeAcceptanceRecorded,
    EnvelopeRejectionRecorded,
    EnvelopeReleased,
    PaymentConfirmationRecorded,
    PaymentConflict,
    PaymentDetailsSet,
    PaymentOrdered,
    PaymentRequeued,
    PaymentReturnRecorded,
)
from eventkit.projections import Projection, Writes

_ASSIGNED = (
    "INSERT INTO payments_view (payment_id, case_id, regulation_id, decision_reference, district,"
    " beneficiary, amount, status, route, version, updated_at)"
    " VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::numeric, $8, $9::jsonb, $10, $11)"
    " ON CONFLICT (payment_id) DO NOTHING"
)
_CONFLICT = (
    "INSERT INTO payments_view (payment_id, case_id, regulation_id, decision_reference, district,"
    " status, conflict_with, version, updated_at)"
    " VALUES ($1, $2, $3, $4, $5, 'conflict', $6, $7, $8) ON CONFLICT (payment_id) DO NOTHING"
)
_UPDATE = (
    "UPDATE payments_view SET {assignments}, version = $2, updated_at = $3 WHERE payment_id = $1"
)
_DETAILS = _UPDATE.format(assignments="status = 'ready', route = $4::jsonb")
_ORDERED = _UPDATE.format(assignments="status = 'ordered', envelope_id = $4, attempts = $5")
_CONFIRMED = _UPDATE.format(assignments="status = 'confirmed', bank_reference = $4")
_RETURNED = _UPDATE.format(assignments="status = 'returned', return_reason = $4")
_REQUEUED = _UPDATE.format(assignments="status = 'ready', return_reason = $4")
_OUTCOME = (
    "UPDATE envelope_orders SET outcome = $3, reason = $4, bank_reference = $5"
    " WHERE envelope_id = $1 AND payment_id = $2"
)
_ANSWERED = (
    "UPDATE envelopes_view SET status = $2, reason = $3, answered_at = $4 WHERE envelope_id = $1"
)


async def assigned(db: Writes, event: CompensationAssigned | BenefitAssigned,
                   e: Envelope) -> None:
    await db.execute(
        _ASSIGNED, event.payment_id, event.case_id, event.regulation_id,
        event.decision_reference, event.district, event.beneficiary.model_dump_json(),
        event.amount, "awaiting_details" if event.route is None else "ready",
        event.route.model_dump_json() if event.route else None, e.stream_version, e.occurred_at,
    )


async def conflict(db: Writes, event: PaymentConflict, e: Envelope) -> None:
    await db.execute(_CONFLICT, event.payment_id, event.case_id, event.regulation_id,
                     event.decision_reference, event.district, event.existing_payment_id,
                     e.stream_version, e.occurred_at)


async def details_set(db: Writes, event: PaymentDetailsSet, e: Envelope) -> None:
    await db.execute(_DETAILS, event.payment_id, e.stream_version, e.occurred_at,
                     event.route.model_dump_json())


async def ordered(db: Writes, event: PaymentOrdered, e: Envelope) -> None:
    await db.execute(_ORDERED, event.payment_id, e.stream_version, e.occurred_at,
                     event.envelope_id, event.attempt)


async def confirmed(db: Writes, event: PaymentConfirmationRecorded, e: Envelope) -> None:
    await db.execute(_CONFIRMED, event.payment_id, e.stream_version, e.occurred_at,
                     event.bank_reference)
    await db.execute(_OUTCOME, event.envelope_id, event.payment_id, "confirmed", None,
                     event.bank_reference)


async def returned(db: Writes, event: PaymentReturnRecorded, e: Envelope) -> None:
    await db.execute(_RETURNED, event.payment_id, e.stream_version, e.occurred_at, event.reason)
    await db.execute(_OUTCOME, event.envelope_id, event.payment_id, "returned", event.reason,
                     None)


async def requeued(db: Writes, event: PaymentRequeued, e: Envelope) -> None:
    # a rejected envelope paid nothing: for its reconciliation the order came back
    await db.execute(_REQUEUED, event.payment_id, e.stream_version, e.occurred_at, event.reason)
    await db.execute(_OUTCOME, event.envelope_id, event.payment_id, "returned", event.reason,
                     None)


async def released(db: Writes, event: EnvelopeReleased, e: Envelope) -> None:
    await db.execute(
        "INSERT INTO envelopes_view (envelope_id, schedule_date, district, currency, control_count,"
        " control_sum, status, released_at) VALUES ($1, $2, $3, $4, $5, $6::numeric, 'released',"
        " $7) ON CONFLICT (envelope_id) DO NOTHING",
        event.envelope_id, event.schedule_date, event.district, event.currency,
        event.control.count, event.control.sum, e.occurred_at,
    )
    await db.executemany(
        "INSERT INTO envelope_orders (envelope_id, payment_id, district, amount, outcome)"
        " VALUES ($1, $2, $3, $4::numeric, 'pending') ON CONFLICT DO NOTHING",
        [(event.envelope_id, o.payment_id, event.district, o.amount) for o in event.orders],
    )


async def accepted(db: Writes, event: EnvelopeAcceptanceRecorded, e: Envelope) -> None:
    await db.execute(_ANSWERED, event.envelope_id, "accepted", None, e.occurred_at)


async def rejected(db: Writes, event: EnvelopeRejectionRecorded, e: Envelope) -> None:
    await db.execute(_ANSWERED, event.envelope_id, "rejected", event.reason, e.occurred_at)


PAYMENTS = Projection(
    name="payments",
    tables=("payments_view", "envelopes_view", "envelope_orders"),
    registry=REGISTRY,
    handlers={
        CompensationAssigned: assigned,
        BenefitAssigned: assigned,
        PaymentConflict: conflict,
        PaymentDetailsSet: details_set,
        PaymentOrdered: ordered,
        PaymentConfirmationRecorded: confirmed,
        PaymentReturnRecorded: returned,
        PaymentRequeued: requeued,
        EnvelopeReleased: released,
        EnvelopeAcceptanceRecorded: accepted,
        EnvelopeRejectionRecorded: rejected,
    },
)
PROJECTIONS = [PAYMENTS]
