"""Request and response bodies of the payments API (the event payloads live in contracts)."""

from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from contracts.payments_events import Route
from contracts.timestamps import Day
from services.payments.domain.payment import Assigned, Conflicted
from services.payments.domain.reconciliation import Reconciliation, Tally


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


# A reg. 1 compensation in Talgar (6 years in the extreme zone at 5.23 MCI of 4,325 KZT) and the
# envelope it travels in on the payment day of 6 April 2026
_PAYMENT: dict[str, Any] = {
    "payment_id": "9f4d2b61-7e3a-4c85-b0d9-5a1e8c3f7b26",
    "case_id": "7c1e4b2a-5d3f-4e8a-9b61-2f0c8d4e6a13", "regulation_id": 1,
    "decision_reference": "D-2026-3f9a1c07b2", "district": "talgar", "status": "ready",
    "amount": "135718.50", "currency": "KZT",
    "route": {"kind": "iban", "iban": "KZ86125KZT5004100100"}, "envelope_id": None,
    "attempts": 0, "bank_reference": None, "conflict_with": None, "version": 1,
}
_ENVELOPE_ID = "e2a7c915-3b6f-4d08-9a41-7f5c0b8d2e63"


class PaymentOut(_Out):
    model_config = ConfigDict(json_schema_extra={"examples": [
        _PAYMENT,
        {**_PAYMENT, "status": "confirmed", "envelope_id": _ENVELOPE_ID, "attempts": 1,
         "bank_reference": "TR20260406-4C1F9A07B2DE", "version": 3},
    ]})

    payment_id: UUID
    case_id: str
    regulation_id: int
    decision_reference: str
    district: str
    status: str
    amount: Decimal | None = None
    currency: str = "KZT"
    route: Route | None = None
    envelope_id: UUID | None = None
    attempts: int = 0
    bank_reference: str | None = None
    conflict_with: UUID | None = None
    version: int


class PaymentPage(_Out):
    items: list[PaymentOut]
    limit: int
    offset: int


class DetailsIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"route": {"kind": "iban", "iban": "KZ86125KZT5004100100"}},
        {"route": {"kind": "penitentiary",
                   "institution_name": "Correctional institution No. 12, Konaev",
                   "control_account_iban": "KZ59125KZT5004100101"}},
    ]})

    route: Route


class ReleaseIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"district": "talgar", "schedule_date": "2026-04-06"},
    ]})

    district: str = Field(min_length=1, max_length=32)
    schedule_date: Day = Field(description="a payment day of the oblast's schedule "
                               "(GET /v1/schedule), today or later")


class TallyOut(_Out):
    count: int
    sum: Decimal


class ReconciliationOut(_Out):
    ordered: TallyOut
    confirmed: TallyOut
    returned: TallyOut
    pending: TallyOut
    balanced: bool


class EnvelopeOut(_Out):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "envelope_id": _ENVELOPE_ID, "schedule_date": "2026-04-06", "district": "talgar",
        "currency": "KZT", "control": {"count": 1, "sum": "135718.50"}, "status": "released",
        "reason": None, "released_at": "2026-04-06T09:05:00+05:00",
        "reconciliation": {
            "ordered": {"count": 1, "sum": "135718.50"}, "confirmed": {"count": 0, "sum": "0"},
            "returned": {"count": 0, "sum": "0"}, "pending": {"count": 1, "sum": "135718.50"},
            "balanced": True},
    }]})

    envelope_id: UUID
    schedule_date: date
    district: str
    currency: str
    control: TallyOut
    status: str
    reason: str | None = None
    released_at: datetime
    reconciliation: ReconciliationOut


class ReconciliationReport(_Out):
    envelopes: list[EnvelopeOut]
    districts: dict[str, ReconciliationOut]
    total: ReconciliationOut


class ScheduleOut(_Out):
    year: int
    month: int
    payment_days: list[date]


def payment_out(payment_id: UUID, state: Assigned, version: int) -> PaymentOut:
    """The payment as its stream says."""
    common: dict[str, Any] = dict(
        payment_id=payment_id, case_id=state.case_id, regulation_id=state.regulation_id,
        decision_reference=state.decision_reference, district=state.district, version=version)
    if isinstance(state, Conflicted):
        return PaymentOut(status="conflict", conflict_with=state.existing_payment_id, **common)
    return PaymentOut(status=state.status, amount=state.amount, route=state.route,
                      envelope_id=state.envelope_id, attempts=state.attempts,
                      bank_reference=state.bank_reference, **common)


def report_of(r: Reconciliation) -> ReconciliationOut:
    def tally(t: Tally) -> TallyOut:
        return TallyOut(count=t.count, sum=t.sum)

    return ReconciliationOut(ordered=tally(r.ordered), confirmed=tally(r.confirmed),
                             returned=tally(r.returned), pending=tally(r.pending),
                             balanced=r.balanced)
