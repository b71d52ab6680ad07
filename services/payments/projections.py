"""Read models: payments (the queue the envelopes are filled from), envelopes and their orders
(the reconciliation). SQL upserts keyed by ids, so replaying the log gives the same rows."""

import json
from decimal import Decimal

from contracts.envelope import Envelope
from eventkit.projections import Projection

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


def _status(payload: dict) -> str:
    return "ready" if payload.get("route") else "awaiting_details"


async def assigned(conn, e: Envelope) -> None:
    p = e.payload
    await conn.execute(
        _ASSIGNED, p["payment_id"], p["case_id"], p["regulation_id"], p["decision_reference"],
        p["district"], json.dumps(p["beneficiary"]), Decimal(p["amount"]), _status(p),
        json.dumps(p["route"]) if p.get("route") else None, e.stream_version, e.occurred_at,
    )


async def conflict(conn, e: Envelope) -> None:
    p = e.payload
    await conn.execute(_CONFLICT, p["payment_id"], p["case_id"], p["regulation_id"],
                       p["decision_reference"], p["district"], p["existing_payment_id"],
                       e.stream_version, e.occurred_at)


def _update(assignments: str):
    sql = _UPDATE.format(assignments=assignments)

    async def apply(conn, e: Envelope, *values) -> None:
        await conn.execute(sql, e.payload["payment_id"], e.stream_version, e.occurred_at, *values)

    return apply


_details = _update("status = 'ready', route = $4::jsonb")
_ordered = _update("status = 'ordered', envelope_id = $4, attempts = $5")
_confirmed = _update("status = 'confirmed', bank_reference = $4")
_returned = _update("status = 'returned', return_reason = $4")
_requeued = _update("status = 'ready', return_reason = $4")


async def details_set(conn, e: Envelope) -> None:
    await _details(conn, e, json.dumps(e.payload["route"]))


async def ordered(conn, e: Envelope) -> None:
    await _ordered(conn, e, e.payload["envelope_id"], e.payload["attempt"])


async def confirmed(conn, e: Envelope) -> None:
    await _confirmed(conn, e, e.payload["bank_reference"])
    await _outcome(conn, e, "confirmed", None, e.payload["bank_reference"])


async def returned(conn, e: Envelope) -> None:
    await _returned(conn, e, e.payload["reason"])
    await _outcome(conn, e, "returned", e.payload["reason"], None)


async def requeued(conn, e: Envelope) -> None:
    # a rejected envelope paid nothing: for its reconciliation the order came back
    await _requeued(conn, e, e.payload["reason"])
    await _outcome(conn, e, "returned", e.payload["reason"], None)


async def _outcome(conn, e: Envelope, outcome: str, reason, reference) -> None:
    await conn.execute(
        "UPDATE envelope_orders SET outcome = $3, reason = $4, bank_reference = $5"
        " WHERE envelope_id = $1 AND payment_id = $2",
        e.payload["envelope_id"], e.payload["payment_id"], outcome, reason, reference,
    )


async def released(conn, e: Envelope) -> None:
    p = e.payload
    await conn.execute(
        "INSERT INTO envelopes_view (envelope_id, schedule_date, district, currency, control_count,"
        " control_sum, status, released_at) VALUES ($1, $2::text::date, $3, $4, $5,"
        " $6::numeric, 'released', $7) ON CONFLICT (envelope_id) DO NOTHING",
        p["envelope_id"], p["schedule_date"], p["district"], p["currency"],
        p["control"]["count"], Decimal(p["control"]["sum"]), e.occurred_at,
    )
    await conn.executemany(
        "INSERT INTO envelope_orders (envelope_id, payment_id, district, amount, outcome)"
        " VALUES ($1, $2, $3, $4::numeric, 'pending') ON CONFLICT DO NOTHING",
        [(p["envelope_id"], o["payment_id"], p["district"], Decimal(o["amount"]))
         for o in p["orders"]],
    )


async def envelope_answered(conn, e: Envelope) -> None:
    status = "accepted" if e.event_type.endswith("AcceptanceRecorded") else "rejected"
    await conn.execute(
        "UPDATE envelopes_view SET status = $2, reason = $3, answered_at = $4"
        " WHERE envelope_id = $1",
        e.payload["envelope_id"], status, e.payload.get("reason"), e.occurred_at,
    )


PAYMENTS = Projection(
    name="payments",
    tables=("payments_view", "envelopes_view", "envelope_orders"),
    handlers={
        "payments.CompensationAssigned": assigned,
        "payments.BenefitAssigned": assigned,
        "payments.PaymentConflict": conflict,
        "payments.PaymentDetailsSet": details_set,
        "payments.PaymentOrdered": ordered,
        "payments.PaymentConfirmationRecorded": confirmed,
        "payments.PaymentReturnRecorded": returned,
        "payments.PaymentRequeued": requeued,
        "payments.EnvelopeReleased": released,
        "payments.EnvelopeAcceptanceRecorded": envelope_answered,
        "payments.EnvelopeRejectionRecorded": envelope_answered,
    },
)
