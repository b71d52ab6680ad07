"""HTTP API of intake: submit (receipt or refusal receipt), forward, hand over, and read.

Every route: authenticate and check role and organisation kind (`require`), check jurisdiction
(404 outside it), build the command, run it through the one command handler, map domain errors
to problem documents. Producer and actor come from the token, never from the body.

Forwarding is an explicit command (`POST /applications/{id}/forward`), not a side effect of the
receipt: the front office physically sends the package, so the operator says when it left and to
which provider; the receipt carries the leg's due time and a late forward is marked `overdue`.
Only the organisation that accepted a package forwards it and hands its result over.
"""

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

import asyncpg
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import Field

from contracts.catalogue.places import Places
from contracts.directory import Directory, channel_for
from contracts.envelope import Envelope
from contracts.identity import OrganisationKind, Role
from contracts.intake_events import ACCEPTING_KINDS, DocumentPresented, Representative
from contracts.people import Applicant, OrganisationRef
from contracts.timestamps import Instant
from eventkit import store
from eventkit.authz import can_see, require
from eventkit.commands import Outcome
from eventkit.consistency import Fresh
from eventkit.db import Connection
from eventkit.etag import IfMatch, etag
from eventkit.idempotency import (
    REPLAYED_HEADER,
    IdempotencyKey,
    run_idempotent,
    scope_of,
)
from eventkit.identity import DISTRICT_KINDS, Principal
from eventkit.paging import Limit, Offset
from eventkit.problem_docs import problem_responses
from eventkit.problems import (
    Conflict,
    FieldError,
    Forbidden,
    NotFound,
    ProblemError,
    Unprocessable,
)
from eventkit.requests import meta_of, now_of

from . import commanding, queries
from .actions import actions_of
from .domain import (
    Accepted,
    Command,
    ForwardApplication,
    HandOverResult,
    IntakeError,
    Invalid,
    Mismatch,
    NotAllowedNow,
    NotOffered,
    NotSubmitted,
    State,
    SubmitApplication,
    UnknownApplication,
)
from .domain.facts import FactsError, validate_facts
from .domain.rules import CHANNEL_OF_KIND
from .receipts import render_html
from .schemas import (
    ApplicationPage,
    ApplicationSummary,
    ApplicationView,
    ForwardRequest,
    HandOverRequest,
    ReceiptView,
    RecordedEvent,
    SubmitRequest,
)
from .views import application_of

# Who may do what (organisation kinds x roles); jurisdiction is checked per application on top.
ACCEPTING_ROLES = frozenset({Role.OPERATOR, Role.OFFICE_CLERK, Role.SYSTEM})
READING_ROLES = ACCEPTING_ROLES | {Role.HEAD, Role.AUDITOR}
AUDITING_ROLES = frozenset({Role.AUDITOR})

Acceptor = Annotated[Principal, Depends(require(ACCEPTING_ROLES, ACCEPTING_KINDS))]
Reader = Annotated[Principal, Depends(require(READING_ROLES, ACCEPTING_KINDS))]
Auditor = Annotated[Principal, Depends(require(AUDITING_ROLES, ACCEPTING_KINDS))]

router = APIRouter(prefix="/v1", tags=["applications"])


# --- plumbing -----------------------------------------------------------------------------------


def problem_of(error: IntakeError) -> ProblemError:
    match error:
        case NotOffered():
            return Forbidden(error.message, type_suffix="not-offered",
                             errors=[FieldError(field=error.field, message=error.message)])
        case Mismatch():
            return Conflict(f"{error.field}: {error.message}", type_suffix="application-mismatch",
                            errors=[FieldError(field=error.field, message=error.message)])
        case Invalid():
            return Unprocessable.for_field(error.field, error.message)
        case NotAllowedNow():
            return Conflict(error.message, type_suffix="application-state")
        case UnknownApplication():
            return NotFound("application not found")
    return Conflict(error.message)


def _pool(request: Request) -> asyncpg.Pool:
    return request.app.state.pool


def sees(principal: Principal, district: str | None, rural_district: str | None,
         accepted_by: str, provider_id: str | None) -> bool:
    """Who reads an application: the office that accepted it and the provider it went to; a
    district's offices and the oblast's every one of their place. An Employment Centre or a
    rural akim is no office of the whole place: it reads only what it accepted or was sent (the
    applicant's rural district opens nothing to its akim, the district nothing to its Centre)."""
    if principal.organisation_id in (accepted_by, provider_id):
        return True
    if principal.kind in queries.OWN_ONLY:
        return False
    return can_see(principal, district, rural_district, accepted_by)


def ensure_sees(principal: Principal, state: State) -> None:
    if isinstance(state, NotSubmitted):
        raise NotFound("application not found")
    receipt = state.receipt
    provider = commanding.forwarded_to(state)
    if not sees(principal, receipt.district, receipt.rural_district,
                commanding.holder_org(state).organisation_id,
                provider.organisation_id if provider else None):
        raise NotFound("application not found")


def ensure_holder(principal: Principal, state: State) -> None:
    ensure_sees(principal, state)
    if commanding.holder_org(state).organisation_id != principal.organisation_id:
        raise Forbidden("only the organisation that accepted the package may do this")


def _place(principal: Principal, body: SubmitRequest) -> tuple[str | None, str | None]:
    """The application's district: the caller's own, or, from the portal, the body's."""
    if principal.kind not in DISTRICT_KINDS:
        return body.district, body.rural_district
    if body.district not in (None, principal.district):
        raise _not_yours("district", "must be your own organisation's district")
    if principal.kind is OrganisationKind.RURAL_AKIM:
        if body.rural_district not in (None, principal.rural_district):
            raise _not_yours("rural_district", "must be your own rural district")
        return principal.district, principal.rural_district
    return principal.district, body.rural_district


def _channel(principal: Principal, body: SubmitRequest, now: datetime) -> str:
    """The caller's channel for the regulation: a provider accepts at its own office (the
    Employment Centre for reg. 14), anyone else through its own kind of office."""
    try:
        regulation = commanding.regulation_in_force(body.regulation_id, now)
    except LookupError:
        regulation = None
    channel = (channel_for(regulation, principal.kind) if regulation is not None else None) or (
        CHANNEL_OF_KIND[principal.kind])
    if body.channel is not None and body.channel != channel:
        raise _not_yours("channel", f"a {principal.kind.value} accepts through the {channel} "
                                    "channel only")
    return channel


def _known_place(places: Places | None, directory: Directory | None, district: str | None,
                 rural_district: str | None) -> None:
    """The application's place is one the deployment knows: its place data lists it, or the
    organisation directory has an office there (a rural district: its akim). An invented one
    would route the package (and its reading rights) by a name nobody holds."""
    def known(rural: str | None) -> bool:
        listed = places is not None and places.offices_at(district, rural) is not None
        return listed or (directory is not None and any(
            o.district == district and (rural is None or o.rural_district == rural)
            for o in directory.organisations))

    if district is not None and not known(None):
        raise Unprocessable.for_field("district", f"{district!r} is no district this "
                                      "deployment knows")
    if rural_district is not None and not known(rural_district):
        raise Unprocessable.for_field("rural_district", f"{rural_district!r} is no rural "
                                      f"district of {district or 'the oblast'} this deployment "
                                      "knows")


def _not_yours(field: str, message: str) -> Forbidden:
    """A place or channel that is not the caller's own: its standing, not the request's shape
    (403, naming the field)."""
    return Forbidden(f"{field}: {message}", type_suffix="not-offered",
                     errors=[FieldError(field=field, message=message)])


def _org(principal: Principal) -> OrganisationRef:
    return OrganisationRef(**principal.producer().model_dump())


def _directory(request: Request) -> Directory:
    directory: Directory = request.app.state.directory
    return directory


async def _run(request: Request, application_id: UUID, principal: Principal, if_match: int | None,
               build: Callable[[State], Command]) -> JSONResponse:
    """Load once, check the caller holds the application, decide, append; answer with the
    application as it now stands (from the same read, no second load)."""
    now = now_of(request)

    def checked(state: State) -> Command:
        ensure_holder(principal, state)
        return build(state)

    async with _pool(request).acquire() as conn:
        try:
            outcome = await commanding.run(conn, str(application_id), checked,
                                           meta_of(request, principal, now),
                                           expected_version=if_match)
        except IntakeError as error:
            raise problem_of(error) from error
    body = _answer(request, principal, outcome)
    return JSONResponse(body, headers={"ETag": etag(body["version"])})


def _answer(request: Request, principal: Principal, outcome: Outcome[State]) -> dict[str, Any]:
    """The application as it stands after a command, with what the caller may do next."""
    view = application_of(outcome.history)
    assert view is not None
    return _with_actions(request, principal, view, outcome.state).model_dump(mode="json")


def _with_actions(request: Request, principal: Principal, view: ApplicationView,
                  state: State) -> ApplicationView:
    actions = actions_of(view, state, principal, _directory(request))
    return view.model_copy(update={"next_actions": actions})


# --- submitting -----------------------------------------------------------------------------------


def submission_command(principal: Principal, body: SubmitRequest, now: datetime,
                       application_id: str, receipt_number: str,
                       directory: Directory | None = None) -> SubmitApplication:
    channel = _channel(principal, body, now)
    district, rural_district = _place(principal, body)
    try:
        rules = commanding.rules_in_force(body.regulation_id, now)
        _known_place(rules.places, directory, district, rural_district)
        facts = validate_facts(body.regulation_id, body.sub_service, body.facts, body.applicant.iin)
    except FactsError as error:
        raise Unprocessable.for_field(error.field, error.message) from error
    if body.package_received_at is not None and body.package_received_at > now:
        raise Unprocessable.for_field("package_received_at", "must not be in the future")
    return SubmitApplication(
        application_id=application_id, receipt_number=receipt_number, now=now, rules=rules,
        channel=channel, accepted_by=_org(principal), district=district,
        rural_district=rural_district, sub_service=body.sub_service,
        applicant=Applicant(**body.applicant.model_dump()),
        representative=Representative(**body.representative.model_dump())
        if body.representative else None,
        documents=tuple(DocumentPresented(**d.model_dump()) for d in body.documents),
        facts=facts, refusal_reasons=tuple(body.refusal_reasons),
        package_received_at=body.package_received_at,
    )


@router.post(
    "/applications", status_code=201, response_model=ApplicationView,
    summary="Submit a package: a receipt, or a refusal receipt naming what is missing",
    responses=problem_responses(401, 403, 409, 413, 422),
)
async def submit(request: Request, body: SubmitRequest, principal: Acceptor,
                 key: IdempotencyKey) -> JSONResponse:
    now = now_of(request)

    # The receipt number, the events and the idempotent answer commit together or not at all:
    # a request refused on the way (422, 409) leaves no event, no answer and no number used.
    async def produce(conn: Connection) -> tuple[int, dict[str, object]]:
        def build(application_id: str, number: str) -> SubmitApplication:
            return submission_command(principal, body, now, application_id, number,
                                      _directory(request))

        meta = meta_of(request, principal, now)
        try:
            outcome = await commanding.submit(conn, principal.organisation_id, now, build, meta)
            outcome = await _forward_to_self(request, conn, principal, outcome, now)
        except IntakeError as error:
            raise problem_of(error) from error
        return 201, _answer(request, principal, outcome)

    answer = await run_idempotent(_pool(request), scope_of(principal.organisation_id, "submit"),
                                  key, body, produce)
    headers = {"Location": f"/v1/applications/{answer.body['application_id']}",
               "ETag": etag(answer.body["version"])}
    if answer.replayed:
        headers[REPLAYED_HEADER] = "true"
    return JSONResponse(answer.body, status_code=answer.status_code, headers=headers)


# --- acting on an application ------------------------------------------------------------------


@router.post(
    "/applications/{application_id}/forward", response_model=ApplicationView,
    summary="Forward the accepted package to its provider (the State Corporation's 3-hour leg)",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def forward(request: Request, application_id: UUID, principal: Acceptor,
                  if_match: IfMatch, body: ForwardRequest | None = None) -> JSONResponse:
    body = body or ForwardRequest()
    now = now_of(request)
    named = _in_directory(_directory(request), body.provider) if body.provider else None

    def build(state: State) -> ForwardApplication:
        rules = commanding.rules_of(state)
        if named is not None:
            provider = named
        elif isinstance(state, Accepted):
            provider = _default_provider(request, state)
        else:  # forwarded already: a retry without a body names the same provider
            provider = commanding.forwarded_to(state) or _org(principal)
        return ForwardApplication(now=now, rules=rules, provider=provider)

    return await _run(request, application_id, principal, if_match, build)


@router.post(
    "/applications/{application_id}/hand-over", response_model=ApplicationView,
    summary="Hand the received result over to the applicant or the representative",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def hand_over(request: Request, application_id: UUID, principal: Acceptor,
                    if_match: IfMatch, body: HandOverRequest | None = None) -> JSONResponse:
    body = body or HandOverRequest()
    now = now_of(request)
    if body.applicant_arrived_at is not None and body.applicant_arrived_at > now:
        raise Unprocessable.for_field("applicant_arrived_at", "must not be in the future")

    def build(state: State) -> HandOverResult:
        return HandOverResult(now=now, rules=commanding.rules_of(state), recipient=body.recipient,
                              applicant_arrived_at=body.applicant_arrived_at)

    return await _run(request, application_id, principal, if_match, build)


def _in_directory(directory: Directory, named: OrganisationRef) -> OrganisationRef:
    """The provider a forward names, as the organisation directory knows it: an id nobody has
    is 422 naming `provider.organisation_id`, a kind or place other than the directory's 422
    naming that field (a package sent there would reach nobody who can register it)."""
    found = directory.get(named.organisation_id)
    if found is None:
        raise Unprocessable.for_field("provider.organisation_id",
                                      "no organisation of the directory has this id")
    for field in ("kind", "district", "rural_district"):
        if getattr(named, field) != getattr(found, field):
            raise Unprocessable.for_field(
                f"provider.{field}", f"the directory has {named.organisation_id} as "
                f"{getattr(found, field) or 'none'}")
    return found.ref


def _default_provider(request: Request, state: State) -> OrganisationRef:
    """The provider the directory gives for the package's regulation, channel and place."""
    if not isinstance(state, Accepted):
        raise problem_of(NotAllowedNow("only an accepted package is forwarded"))
    providers = commanding.providers_for(_directory(request), state.receipt)
    if not providers:
        raise Unprocessable.for_field("provider", "no provider of this regulation serves the "
                                                  "application's place: name one")
    return providers[0]


async def _forward_to_self(request: Request, conn: Connection, principal: Principal,
                           outcome: Outcome[State], now: datetime) -> Outcome[State]:
    """One step at a provider's own desk: a package its own office provides is with the provider
    the moment it is accepted, so it is forwarded (to itself) in the same transaction."""
    state = outcome.state
    if not isinstance(state, Accepted):
        return outcome
    providers = commanding.providers_for(_directory(request), state.receipt)
    if not providers or providers[0].organisation_id != principal.organisation_id:
        return outcome
    command = ForwardApplication(now=now, rules=commanding.rules_of(state),
                                 provider=providers[0])
    return await commanding.run(conn, state.receipt.application_id, lambda _s: command,
                                meta_of(request, principal, now),
                                expected_version=outcome.version)


# --- reading -----------------------------------------------------------------------------------


async def _visible_stream(request: Request, application_id: str,
                          principal: Principal) -> tuple[ApplicationView, list[Envelope]]:
    async with _pool(request).acquire() as conn:
        envelopes = await store.load(conn, application_id)
    view = application_of(envelopes)
    if view is None or not sees(principal, view.district, view.rural_district,
                                view.organisation_id,
                                view.provider.organisation_id if view.provider else None):
        raise NotFound("application not found")
    return view, envelopes


@router.get(
    "/applications/{application_id}", response_model=ApplicationView,
    summary="An application as its events tell it (read from the log, never stale)",
    responses=problem_responses(401, 403, 404),
)
async def get_application(request: Request, application_id: UUID,
                          principal: Reader) -> JSONResponse:
    view, envelopes = await _visible_stream(request, str(application_id), principal)
    view = _with_actions(request, principal, view, commanding.DECIDER.rebuild(envelopes))
    return JSONResponse(view.model_dump(mode="json"), headers={"ETag": etag(view.version)})


@router.get(
    "/applications/{application_id}/events", response_model=list[RecordedEvent],
    summary="The application's full event history, with who said what (auditors)",
    responses=problem_responses(401, 403, 404),
)
async def get_history(request: Request, application_id: UUID,
                      principal: Auditor) -> list[RecordedEvent]:
    _, envelopes = await _visible_stream(request, str(application_id), principal)
    return [RecordedEvent(**e.model_dump(exclude={"stream_id", "signature"})) for e in envelopes]


@router.get(
    "/applications/{application_id}/receipt", response_model=ReceiptView,
    summary="The receipt or refusal receipt, again (JSON)",
    responses=problem_responses(401, 403, 404),
)
async def get_receipt(request: Request, application_id: UUID, principal: Reader) -> ReceiptView:
    view, _ = await _visible_stream(request, str(application_id), principal)
    return view.receipt


@router.get(
    "/applications/{application_id}/receipt.html", response_class=HTMLResponse,
    summary="The receipt or refusal receipt as a printable page",
    responses=problem_responses(401, 403, 404),
)
async def get_receipt_html(request: Request, application_id: UUID,
                           principal: Reader) -> HTMLResponse:
    view, _ = await _visible_stream(request, str(application_id), principal)
    return HTMLResponse(render_html(view.receipt))


@router.get(
    "/receipts/{receipt_number}", response_model=ReceiptView,
    summary="A receipt by its number (found as soon as it is issued)",
    responses=problem_responses(401, 403, 404, 422, 503),
)
async def get_receipt_by_number(
    request: Request, principal: Reader, fresh: Fresh,
    receipt_number: Annotated[str, Field(min_length=1, max_length=128)],
) -> ReceiptView:
    """Another office's receipt answers as a missing one does: the same 404, word for word, so
    receipt numbers (sequential per office) cannot be probed."""
    async with _pool(request).acquire() as conn:
        application_id = await queries.application_by_receipt(conn, receipt_number)
    if application_id is None:
        raise NotFound("receipt not found")
    try:
        view, _ = await _visible_stream(request, application_id, principal)
    except NotFound:
        raise NotFound("receipt not found") from None
    return view.receipt


Status = Literal["accepted", "refused", "forwarded", "result_received", "handed_over",
                 "returned_to_provider"]


@router.get(
    "/applications", response_model=ApplicationPage,
    summary="Applications inside the caller's jurisdiction, newest first",
    responses=problem_responses(401, 403, 422, 503),
)
async def list_applications(
    request: Request, principal: Reader, fresh: Fresh,
    status: Status | None = None,
    channel: Literal["state_corporation", "provider_office", "rural_akim", "employment_centre",
                     "portal"] | None = None,
    district: Annotated[str | None, Query(max_length=32)] = None,
    regulation_id: Annotated[int | None, Query(ge=1, le=18)] = None,
    due_before: Annotated[Instant | None, Query(
        description="result due at or before this time")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> ApplicationPage:
    filters = queries.ApplicationFilter(status=status, channel=channel, district=district,
                                        regulation_id=regulation_id, due_before=due_before)
    async with _pool(request).acquire() as conn:
        rows = await queries.applications(conn, principal, filters, limit, offset)
    items = [ApplicationSummary(**{k: row[k] for k in ApplicationSummary.model_fields})
             for row in rows]
    return ApplicationPage(items=items, limit=limit, offset=offset)
