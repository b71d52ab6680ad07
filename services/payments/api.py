"""The payments API: payments officers set payment details and release envelopes; officers,
heads and auditors read payments, envelopes, reconciliation and the schedule.

Jurisdiction: an oblast department sees every district; a district department only its own
(anything else answers 404, as for a payment that does not exist). Producer and actor of every
event come from the token.
"""

import json
from datetime import date
from typing import Annotated, Any, Literal
from uuid import UUID, uuid4

from fastapi import APIRouter, Query, Request, Response

from contracts.identity import OrganisationKind, Role
from eventkit.authz import Jurisdiction, ensure_visible, principal_dep
from eventkit.decider import handle
from eventkit.etag import IfMatchRequired, set_etag
from eventkit.idempotency import (
    REPLAYED_HEADER,
    IdempotencyKey,
    run_idempotent,
    scope_of,
)
from eventkit.identity import Principal
from eventkit.problem_docs import problem_responses
from eventkit.problems import Conflict, NotFound, Unprocessable
from eventkit.requests import meta_of, now_of
from eventkit.store import ConcurrencyError, load
from services.payments import releasing, schedule
from services.payments.deciders import PAYMENT
from services.payments.domain import payment as payments
from services.payments.domain.errors import NotPayable, PaymentInFlight
from services.payments.domain.reconciliation import (
    EMPTY,
    OrderLine,
    Reconciliation,
    reconcile,
)
from services.payments.routes import InvalidIban, checked
from services.payments.schemas import (
    DetailsIn,
    EnvelopeOut,
    PaymentOut,
    PaymentPage,
    ReconciliationReport,
    ReleaseIn,
    ScheduleOut,
    TallyOut,
    report_of,
)

KINDS = {OrganisationKind.OBLAST_DEPARTMENT, OrganisationKind.DISTRICT_DEPARTMENT}
Officer = principal_dep({Role.PAYMENTS_OFFICER}, KINDS)
Reader = principal_dep({Role.PAYMENTS_OFFICER, Role.HEAD, Role.AUDITOR}, KINDS)

router = APIRouter(prefix="/v1", tags=["payments"])


# --- payments -------------------------------------------------------------------------------


async def _payment(conn, payment_id: UUID) -> PaymentOut:
    """The payment as its own stream says now (not the read model), for reads before a write."""
    history = await load(conn, payments.stream_of(payment_id))
    if not history:
        raise NotFound("payment not found")
    first = history[0].payload
    state = PAYMENT.rebuild(history)
    common = dict(payment_id=payment_id, case_id=first["case_id"],
                  regulation_id=first["regulation_id"],
                  decision_reference=first["decision_reference"], district=first["district"],
                  version=len(history))
    if isinstance(state, payments.Conflicted):
        return PaymentOut(status="conflict", conflict_with=state.existing_payment_id, **common)
    assert isinstance(state, payments.Payment)
    return PaymentOut(status=state.status, amount=state.amount, route=state.route,
                      envelope_id=state.envelope_id, attempts=state.attempts,
                      bank_reference=state.bank_reference, **common)


@router.get("/payments", response_model=PaymentPage, responses=problem_responses(401, 403, 422))
async def list_payments(
    request: Request,
    principal: Reader,
    district: str | None = None,
    status: Literal["awaiting_details", "ready", "ordered", "returned", "confirmed",
                    "conflict"] | None = None,
    regulation_id: Annotated[int | None, Query(ge=1, le=18)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> PaymentPage:
    where, args = Jurisdiction.of(principal).sql(organisation_column=None)
    for column, value in (("district", district), ("status", status),
                          ("regulation_id", regulation_id)):
        if value is not None:
            args.append(value)
            where += f" AND {column} = ${len(args)}"
    args += [limit, offset]
    rows = await request.app.state.pool.fetch(
        "SELECT payment_id, case_id, regulation_id, decision_reference, district, status, amount,"
        " route, envelope_id, attempts, bank_reference, conflict_with, version"
        f" FROM payments_view WHERE {where} ORDER BY updated_at DESC, payment_id"
        f" LIMIT ${len(args) - 1} OFFSET ${len(args)}", *args,
    )
    items = [PaymentOut.model_validate({**dict(r), "route": r["route"] and json.loads(r["route"])})
             for r in rows]
    return PaymentPage(items=items, limit=limit, offset=offset)


@router.get("/payments/{payment_id}", response_model=PaymentOut,
            responses=problem_responses(401, 403, 404))
async def get_payment(payment_id: UUID, request: Request, response: Response,
                      principal: Reader) -> PaymentOut:
    async with request.app.state.pool.acquire() as conn:
        found = await _payment(conn, payment_id)
    ensure_visible(principal, found.district, None, what="payment")
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
    async with request.app.state.pool.acquire() as conn:
        current = await _payment(conn, payment_id)
        ensure_visible(principal, current.district, None, what="payment")
        command = payments.SetDetails(route, now_of(request))
        try:
            await handle(conn, PAYMENT, payments.stream_of(payment_id), command,
                         meta_of(request, principal), expected_version=expected)
        except (NotPayable, PaymentInFlight) as error:
            raise Conflict(str(error), type_suffix="payment-state") from error
        found = await _payment(conn, payment_id)
    set_etag(response, found.version)
    return found


# --- envelopes ------------------------------------------------------------------------------


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

    async def produce(conn) -> tuple[int, dict[str, Any]]:
        try:
            released = await releasing.release(conn, body.district, body.schedule_date, uuid4(),
                                               meta)
        except ConcurrencyError as error:
            raise Conflict("a payment changed while the envelope was made; retry") from error
        if released is None:
            raise Conflict("no payment of the district is ready to be ordered",
                           type_suffix="nothing-to-release")
        lines = [OrderLine(o.payment_id, o.amount, "pending") for o in released.orders]
        out = EnvelopeOut(
            envelope_id=released.envelope_id, schedule_date=released.schedule_date,
            district=released.district, currency=released.currency, status="released",
            control=TallyOut(count=released.control.count, sum=released.control.sum),
            released_at=released.released_at, reconciliation=report_of(reconcile(lines)),
        )
        return 201, out.model_dump(mode="json")

    answer = await run_idempotent(request.app.state.pool,
                                  scope_of(principal.organisation_id, "release-envelope"),
                                  key, body, produce)
    if answer.replayed:
        response.headers[REPLAYED_HEADER] = "true"
    return EnvelopeOut.model_validate(answer.body)


async def _envelopes(request: Request, principal: Principal, where: str, args: list) -> list:
    scope, scope_args = Jurisdiction.of(principal).sql(organisation_column=None,
                                                       first_param=len(args) + 1)
    pool = request.app.state.pool
    rows = await pool.fetch(f"SELECT * FROM envelopes_view WHERE {where} AND {scope}"
                            " ORDER BY schedule_date, district, released_at", *args, *scope_args)
    ids = [r["envelope_id"] for r in rows]
    orders = await pool.fetch("SELECT envelope_id, payment_id, amount, outcome FROM"
                              " envelope_orders WHERE envelope_id = ANY($1::uuid[])", ids)
    lines: dict[UUID, list[OrderLine]] = {i: [] for i in ids}
    for o in orders:
        lines[o["envelope_id"]].append(OrderLine(o["payment_id"], o["amount"], o["outcome"]))
    return [(r, reconcile(lines[r["envelope_id"]])) for r in rows]


def _envelope_out(row, report: Reconciliation) -> EnvelopeOut:
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
    found = await _envelopes(request, principal, "envelope_id = $1", [envelope_id])
    if not found:
        raise NotFound("envelope not found")
    return _envelope_out(*found[0])


@router.get("/reconciliation", response_model=ReconciliationReport,
            responses=problem_responses(401, 403, 422),
            summary="Ordered, confirmed, returned and pending per envelope and district")
async def reconciliation(
    request: Request,
    principal: Reader,
    date_from: date,
    date_to: date,
    district: str | None = None,
) -> ReconciliationReport:
    if date_to < date_from:
        raise Unprocessable.for_field("date_to", "must not be before date_from")
    where, args = "schedule_date BETWEEN $1 AND $2", [date_from, date_to]
    if district is not None:
        where, args = where + " AND district = $3", [*args, district]
    found = await _envelopes(request, principal, where, args)
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
