"""Payments: the ready payments and their control totals, payout details, releasing an
envelope to the treasury, reconciliation per envelope and district, returned payments.

The control totals shown before a release are summed here from the ready payments; the
envelope the payments service makes carries its own, and the page shows both side by side.
"""

import hashlib
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from ..clients import ApiError, new_key
from ..i18n import gettext as _
from ..rendering import pages_of
from ..schemas import IbanRoute, PenitentiaryRoute, Route
from ..web import Caller, Who, form_of, see_other, text

router = APIRouter()
TABS = ("ready", "awaiting_details", "ordered", "returned", "confirmed", "conflict", "all")


def _district(request: Request, who: Who) -> str | None:
    if who.principal["kind"] == "oblast_department":
        return request.query_params.get("district") or None
    return who.district


async def payment_days(who: Who) -> list[date]:
    """The schedule's payment days from today, this month and the next."""
    days: list[date] = []
    month = who.today.replace(day=1)
    for _month in range(2):
        found = await who.api.schedule(month.year, month.month)
        days += [d for d in map(date.fromisoformat, found["payment_days"]) if d >= who.today]
        month = (month + timedelta(days=32)).replace(day=1)
    return days


def totals(items: list[dict[str, Any]]) -> tuple[int, Decimal, str]:
    """How many, how much, and the release's Idempotency-Key: the same page sent twice releases
    once, while payments that changed since (a returned one corrected) make a new envelope."""
    seen = sorted(f"{i['payment_id']}:{i.get('version', '')}" for i in items)
    key = hashlib.sha256("\n".join(seen).encode()).hexdigest()[:40]
    return len(items), sum((Decimal(i["amount"]) for i in items if i.get("amount")),
                           Decimal(0)), key


@router.get("/payments", response_class=HTMLResponse)
async def payments_home(request: Request, who: Caller, status: str = "ready") -> HTMLResponse:
    status = status if status in TABS else "ready"
    district = _district(request, who)
    listed = (await who.api.payments(status=None if status == "all" else status,
                                     district=district, limit=500))["items"]
    ready = listed if status == "ready" else (
        await who.api.payments(status="ready", district=district, limit=500))["items"]
    by_district: dict[str, list[dict[str, Any]]] = {}
    for p in ready:
        by_district.setdefault(p["district"], []).append(p)
    return pages_of(request).render(
        request, "payments/home.html", tab=status, tabs=TABS, items=listed,
        district=district, ready_by_district={d: totals(ps) for d, ps in
                                              sorted(by_district.items())},
        days=await payment_days(who), officer=who.role == "payments_officer",
        oblast=who.principal["kind"] == "oblast_department")


@router.get("/payments/reconciliation", response_class=HTMLResponse)
async def reconciliation(request: Request, who: Caller) -> HTMLResponse:
    q = request.query_params
    start = q.get("from") or (who.today - timedelta(days=31)).isoformat()
    end = q.get("to") or (who.today + timedelta(days=62)).isoformat()
    report = await who.api.reconciliation(start, end, _district(request, who))
    return pages_of(request).render(request, "payments/reconciliation.html", report=report,
                                    start=start, end=end)


@router.get("/payments/envelopes/{envelope_id}", response_class=HTMLResponse)
async def envelope_page(request: Request, envelope_id: str, who: Caller) -> HTMLResponse:
    envelope = await who.api.envelope(envelope_id)
    return pages_of(request).render(request, "payments/envelope.html", envelope=envelope)


@router.post("/payments/envelopes", response_class=HTMLResponse)
async def release(request: Request, who: Caller) -> Response:
    form = await form_of(request)
    district, day = text(form, "district"), text(form, "schedule_date")
    try:
        envelope = await who.api.release_envelope(district, day, text(form, "key") or new_key())
    except ApiError as error:
        if error.status not in (403, 404, 409, 422):
            raise
        return pages_of(request).render(request, "error.html", error.status, kind="refused",
                                        error=error, back="/payments")
    return see_other(f"/payments/envelopes/{envelope['envelope_id']}?done=released")


@router.get("/payments/{payment_id}", response_class=HTMLResponse)
async def payment_page(request: Request, payment_id: str, who: Caller) -> HTMLResponse:
    payment = (await who.api.payment(payment_id)).body
    return _payment(request, who, payment)


def _payment(request: Request, who: Who, payment: dict[str, Any], status: int = 200,
             errors: dict[str, str] | None = None, failed: ApiError | None = None) -> HTMLResponse:
    editable = who.role == "payments_officer" and payment["status"] in (
        "awaiting_details", "ready", "returned")
    pages = pages_of(request)
    if request.headers.get("hx-request") and request.headers.get("hx-target") == "payment-state":
        return pages.fragment(request, "payments/payment.html", "state", payment=payment,
                              editable=editable, errors=errors or {}, failed=failed)
    return pages.render(request, "payments/payment.html", status, payment=payment,
                        editable=editable, errors=errors or {}, failed=failed)


@router.post("/payments/{payment_id}/details", response_class=HTMLResponse)
async def set_details(request: Request, payment_id: str, who: Caller) -> Response:
    form = await form_of(request)
    iban = text(form, "iban").replace(" ", "").upper()
    try:
        route: Route = PenitentiaryRoute(institution_name=text(form, "institution"),
                                         control_account_iban=iban) \
            if text(form, "kind") == "penitentiary" else IbanRoute(iban=iban)
    except ValidationError as error:
        field = str(error.errors()[0]["loc"][0])
        payment = (await who.api.payment(payment_id)).body
        return _payment(request, who, payment, 422, errors={
            "institution" if field == "institution_name" else "iban": _("Enter %(what)s") % {
                "what": _("Institution (for a control account)") if field == "institution_name"
                else _("IBAN")}})
    try:
        await who.api.set_payment_details(payment_id, route.model_dump(),
                                          int(text(form, "version") or 0))
    except ApiError as error:
        if error.status not in (409, 422):
            raise
        payment = (await who.api.payment(payment_id)).body
        fields = {"route.iban": "iban", "route.control_account_iban": "iban",
                  "route.institution_name": "institution"}
        errors = {fields.get(k, "iban"): m for k, m in error.field_errors().items()}
        return _payment(request, who, payment, error.status, errors=errors, failed=error)
    return see_other(f"/payments/{payment_id}?done=details")
