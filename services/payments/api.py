"""The payments API: payments officers set payment details and release envelopes; officers,
heads and auditors read payments, envelopes, reconciliation and the schedule.

Jurisdiction: an oblast department sees every district; a district department only its own
(anything else answers 404, as for a payment that does not exist). Producer and actor of every
event come from the token.
"""

import json
from typing import Annotated, Any, Literal
from uuid import UUID, uuid4

import asyncpg
from fastapi import APIRouter, Depends, Query, Request, Response

from contracts.identity import OrganisationKind, Role
from contracts.payments_events import EnvelopeReleased
from contracts.timestamps import Day
from eventkit.authz import Jurisdiction, ensure_visible, require
from eventkit.db import Connection
from eventkit.etag import IfMatchRequired, set_etag
from eventkit.idempotency import (
    REPLAYED_HEADER,
    IdempotencyKey,
    run_idempotent,
    scope_of,
)
from eventkit.identity import Principal
from eventkit.paging import Offset, WideLimit
from eventkit.problem_docs import problem_responses
from eventkit.problems import Conflict, NotFound, Unprocessable
from eventkit.requests import meta_of, now_of
from eventkit.store import ConcurrencyError

from . import commanding, queries
from .domain import payment as payments
from .domain import schedule
from .domain.errors import NotPayable, PaymentInFlight
from .domain.payout_routes import InvalidIban, checked
from .domain.reconciliation import EMPTY, OrderLine, Reconciliation, reconcile
from .schemas import (
    DetailsIn,
    EnvelopeOut,
    PaymentOut,
    PaymentPage,
    ReconciliationReport,
    ReleaseIn,
    ScheduleOut,
    TallyOut,
    payment_out,
    report_of,
)

KINDS = {OrganisationKind.OBLAST_DEPARTMENT, OrganisationKind.DISTRICT_DEPARTMENT}
Officer = Annotated[Principal, Depends(require({Role.PAYMENTS_OFFICER}, KINDS))]
Reader = Annotated[Principal, Depends(require({Role.PAYMENTS_OFFICER, Role.HEAD, Role.AUDITOR},
                                             KINDS))]

router = APIRouter(prefix="/v1", tags=["payments"])


def _pool(request: Request) -> asyncpg.Pool:
    return request.app.state.pool


# --- payments -------------------------------------------------------------------------------


def _seen(principal: Principal, state: payments.State) -> payments.Assigned:
    """The payment, if there is one the caller may see (404 for both other cases)."""
    if not isinstance(state, payments.Payment | payments.Conflicted):
        raise NotFound("payment not found")
    ensure_visible(principal, state.district, None, what="payment")
    return state


async def _payment(conn: Connection, principal: Principal,
                   payment_id: UUID) -> PaymentOut:
    """The payment as its own stream says now (not the read model)."""
    loaded = await commanding.PAYMENTS.load(conn, payment_id)
    return payment_out(payment_id, _seen(principal, loaded.state), loaded.version)


@router.get("/payments", response_model=PaymentPage, responses=problem_responses(401, 403, 422))
async def list_payments(
    request: Request,
    principal: Reader,
    district: str | None = None,
    status: Literal["awaiting_details", "ready", "ordered", "returned", "confirmed",
                    "conflict"] | None = None,
    regulation_id: Annotated[int | None, Query(ge=1, le=18)] = None,
    limit: WideLimit = 100,
    offset: Offset = 0,
) -> PaymentPage:
    filters = queries.PaymentFilter(district=district, status=status, regulation_id=regulation_id)
    async with _pool(request).acquire() as conn:
        rows = await queries.payments(conn, Jurisdiction.of(principal), filters, limit, offset)
    items = [PaymentOut.model_validate({**dict(r), "route": r["route"] and json.loads(r["route"])})
             for r in rows]
    return PaymentPage(items=items, limit=limit, offset=offset)


@router.get("/payments/{payment_id}", response_model=PaymentOut,
            responses=problem_responses(401, 403, 404))
async def get_payment(payment_id: UUID, request: Request, response: Response,
                      principal: Reader) -> PaymentOut:
    async with _pool(request).acquire() as conn:
        found = await _payment(conn, principal, payment_id)
    set_etag(response, found.version)
    return found


@router.put(
    "/payments/{payment_id}/details", response_model=PaymentOut,
    responses=problem_responses(401, 403, 404, 409, 422, 428),
    summary="Set or correct where the payment goes (required before it can be ordered)",
)
async def set_details(payment_id: UUID, body: DetailsIn, request: Request, response: Response,
                      principal: Officer, expected: IfMatchRequired) -> PaymentOut:
    try:
        route = checked(body.route)
    except InvalidIban as error:
        field = "route.iban" if body.route.kind == "iban" else "route.control_account_iban"
        raise Unprocessable.for_field(field, str(error)) from None
    now = now_of(request)

    def build(state: payments.State) -> payments.SetDetails:
        _seen(principal, state)
        return payments.SetDetails(route, now)

    async with _pool(request).acquire() as conn:
        try:
            outcome = await commanding.run_payment(conn, payment_id, build,
                                                   meta_of(request, principal, now),
                                                   expected_version=expected)
        except (NotPayable, PaymentInFlight) as error:
            raise Conflict(str(error), type_suffix="payment-state") from error
    found = payment_out(payment_id, _seen(principal, outcome.state), outcome.version)
    set_etag(response, found.version)
    return found


# --- envelopes ------------------------------------------------------------------------------


def _released_out(released: EnvelopeReleased) -> EnvelopeOut:
    lines = [OrderLine(o.payment_id, o.amount, "pending") for o in released.orders]
    return EnvelopeOut(
        envelope_id=released.envelope_id, schedule_date=released.schedule_date,
        district=released.district, currency=released.currency, status="released",
        control=TallyOut(count=released.control.count, sum=released.control.sum),
        released_at=released.released_at, reconciliation=report_of(reconcile(lines)),
    )


@router.post(
    "/envelopes", status_code=201, response_model=EnvelopeOut,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Release an envelope of the district's ready payments to the treasury",
)
async def release_envelope(body: ReleaseIn, request: Request, response: Response,
                           principal: Officer, key: IdempotencyKey) -> EnvelopeOut:
    ensure_visible(principal, body.district, None, what="district")
    today = schedule.local_now(now_of(request)).date()
    if body.schedule_date < today or not schedule.is_payment_day(body.schedule_date):
        raise Unprocessable.for_field("schedule_date", "must be a payment day, today or later")
    meta = meta_of(request, principal)

    async def produce(conn: Connection) -> tuple[int, dict[str, Any]]:
        try:
            released = await commanding.release(conn, body.district, body.schedule_date,
                                                uuid4(), meta)
        except ConcurrencyError as error:
            raise Conflict("a payment changed while the envelope was made; retry") from error
        if released is None:
            raise Conflict("no payment of the district is ready to be ordered",
                           type_suffix="nothing-to-release")
        return 201, _released_out(released).model_dump(mode="json")

    answer = await run_idempotent(_pool(request),
                                  scope_of(principal.organisation_id, "release-envelope"),
                                  key, body, produce)
    if answer.replayed:
        response.headers[REPLAYED_HEADER] = "true"
    return EnvelopeOut.model_validate(answer.body)


async def _envelopes(request: Request, principal: Principal,
                     filters: queries.EnvelopeFilter) -> list[tuple[Any, Reconciliation]]:
    async with _pool(request).acquire() as conn:
        rows = await queries.envelopes(conn, Jurisdiction.of(principal), filters)
        lines = await queries.order_lines(conn, [r["envelope_id"] for r in rows])
    return [(r, reconcile(lines[r["envelope_id"]])) for r in rows]


def _envelope_out(row: Any, report: Reconciliation) -> EnvelopeOut:
    return EnvelopeOut(
        envelope_id=row["envelope_id"], schedule_date=row["schedule_date"],
        district=row["district"], currency=row["currency"], status=row["status"],
        reason=row["reason"], released_at=row["released_at"],
        control=TallyOut(count=row["control_count"], sum=row["control_sum"]),
        reconciliation=report_of(report),
    )


@router.get("/envelopes/{envelope_id}", response_model=EnvelopeOut,
            responses=problem_responses(401, 403, 404))
async def get_envelope(envelope_id: UUID, request: Request, principal: Reader) -> EnvelopeOut:
    found = await _envelopes(request, principal, queries.EnvelopeFilter(envelope_id=envelope_id))
    if not found:
        raise NotFound("envelope not found")
    return _envelope_out(*found[0])


@router.get("/reconciliation", response_model=ReconciliationReport,
            responses=problem_responses(401, 403, 422),
            summary="Ordered, confirmed, returned and pending per envelope and district")
async def reconciliation(
    request: Request,
    principal: Reader,
    date_from: Day,
    date_to: Annotated[Day, Query(description="not before date_from")],
    district: str | None = None,
) -> ReconciliationReport:
    if date_to < date_from:
        raise Unprocessable.for_field("date_to", "must not be before date_from")
    filters = queries.EnvelopeFilter(date_from=date_from, date_to=date_to, district=district)
    found = await _envelopes(request, principal, filters)
    districts: dict[str, Reconciliation] = {}
    for row, report in found:
        districts[row["district"]] = districts.get(row["district"], EMPTY) + report
    total = sum((r for _, r in found), EMPTY)
    return ReconciliationReport(
        envelopes=[_envelope_out(row, report) for row, report in found],
        districts={name: report_of(r) for name, r in sorted(districts.items())},
        total=report_of(total),
    )


@router.get("/schedule", response_model=ScheduleOut, responses=problem_responses(401, 403, 422))
async def payment_schedule(
    principal: Reader,
    year: Annotated[int, Query(ge=2024, le=2100)],
    month: Annotated[int, Query(ge=1, le=12)],
) -> ScheduleOut:
    return ScheduleOut(year=year, month=month, payment_days=schedule.payment_days(year, month))
