"""HTTP API of the workflow: accept in person, move a case through its steps, read it.

Every route: authenticate and admit roles and organisation kinds (`require`), build the command
from the body and the token, and run it through `Cases` with the caller's If-Match version; the
jurisdiction check (404 outside it) runs on the state that one write reads. Refusals map to
problem documents. Producer and actor come from the token, never from the body; new ids are
made here and travel in the command.
"""

import json
from collections.abc import Callable, Collection
from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import uuid4

import asyncpg
from fastapi import APIRouter, Body, Depends, Query, Request, Response
from fastapi.responses import JSONResponse

from contracts.catalogue import RouteNotFound
from contracts.decision_document import DecisionDocument
from contracts.directory import Directory
from contracts.facts import FactsError, validate_facts
from contracts.identity import OrganisationKind, Role
from contracts.people import Applicant, OrganisationRef
from contracts.timestamps import Instant
from contracts.workflow_events import PROVIDER_KINDS
from eventkit.authz import can_see, require
from eventkit.commands import Outcome, command
from eventkit.consistency import Fresh
from eventkit.db import Connection
from eventkit.etag import IfMatchRequired, etag
from eventkit.idempotency import (
    REPLAYED_HEADER,
    IdempotencyKey,
    run_idempotent,
    scope_of,
)
from eventkit.identity import Principal
from eventkit.paging import Limit, Offset
from eventkit.problem_docs import problem_responses as problems
from eventkit.problems import (
    Conflict,
    FieldError,
    Forbidden,
    NotFound,
    ProblemError,
    Unprocessable,
)
from eventkit.requests import meta_of, now_of
from eventkit.signing import SignatureRefused

from . import domain as d
from . import queries
from .actions import actions_of
from .commanding import Cases
from .domain.prefill import payload_from_facts
from .domain.state import CaseFacts
from .drafts import Approval, DraftIn
from .schemas import (
    AcceptInPerson,
    CaseDetail,
    CasePage,
    CaseStatus,
    CaseSummary,
    ExecutorIn,
    ExtensionIn,
    FeeIn,
    InboxItem,
    InformationRequestIn,
    IssueIn,
    NoticeIn,
    ReassignIn,
    RegisterIn,
    ReturnIn,
    SignIn,
    SlaRow,
    StepOut,
)

STAFF = frozenset({Role.OFFICE_CLERK, Role.HEAD, Role.RESPONSIBLE_EXECUTOR})
Staff = Annotated[Principal, Depends(require(STAFF, PROVIDER_KINDS))]
Reader = Annotated[Principal, Depends(require(STAFF | {Role.AUDITOR}, PROVIDER_KINDS))]
Clerk = Annotated[Principal, Depends(require(
    {Role.OFFICE_CLERK, Role.RESPONSIBLE_EXECUTOR}, PROVIDER_KINDS))]
Head = Annotated[Principal, Depends(require({Role.HEAD}, PROVIDER_KINDS))]
Executor = Annotated[Principal, Depends(require({Role.RESPONSIBLE_EXECUTOR}, PROVIDER_KINDS))]
Reporter = Annotated[Principal, Depends(require({Role.HEAD, Role.AUDITOR}, PROVIDER_KINDS))]

WRITE_ERRORS = problems(401, 403, 404, 409, 422, 428)
router = APIRouter(prefix="/v1", tags=["cases"])


# --- plumbing -----------------------------------------------------------------------------------


def cases_of(request: Request) -> Cases:
    cases: Cases = request.app.state.cases
    return cases


def _pool(request: Request) -> asyncpg.Pool:
    return request.app.state.pool


def caller_of(p: Principal) -> d.Caller:
    return d.Caller(p.person_id, p.role, p.kind, p.organisation_id, p.district, p.rural_district)


def problem_of(error: d.WorkflowError) -> ProblemError:
    message = str(error)
    match error:
        case d.CaseNotFound():
            return NotFound("case not found")
        case d.NotHolder():
            return Forbidden(message, type_suffix="not-step-holder")
        case d.InvalidDecision() | d.UnknownCatalogue() | d.ExtensionRefused() if (
            error.field and not isinstance(error, d.ExtensionUsedUp)
        ):
            return Unprocessable.for_field(error.field, message)
        case d.InvalidDecision() | d.UnknownCatalogue():
            return Unprocessable(message)
    return Conflict(message, type_suffix="case-state")


def sees(principal: Principal, participants: Collection[str], district: str | None,
         rural_district: str | None, provider_id: str) -> bool:
    """The oblast department sees every case; any other organisation the cases of its place (or
    its own) in whose plan its kind holds a step."""
    if principal.kind is OrganisationKind.OBLAST_DEPARTMENT:
        return True
    return principal.kind.value in participants and can_see(
        principal, district, rural_district, provider_id)


def ensure_visible(cases: Cases, principal: Principal, state: d.State) -> None:
    """404 for a case that does not exist or lies outside the caller's jurisdiction."""
    if isinstance(state, d.NoCase | d.Opening):
        raise NotFound("case not found")
    provider = state.case.provider
    if not sees(principal, cases.participants(state.case), provider.district,
                provider.rural_district, provider.organisation_id):
        raise NotFound("case not found")


def status_of(case_id: str, outcome: Outcome[d.State], cases: Cases | None = None,
              caller: d.Caller | None = None) -> CaseStatus:
    appended = [e.event_type for e in outcome.events]
    match outcome.state:
        case d.Active() as active:
            cur = active.current
            step = StepOut(step_id=cur.step_id, instance=cur.instance, role=cur.holder.role,
                           holder_kind=cur.holder.kind, district=cur.holder.district,
                           rural_district=cur.holder.rural_district,
                           person_id=cur.holder.person_id, started_at=cur.started_at,
                           due_at=cur.due_at, overdue=cur.overdue)
            actions = actions_of(cases.engine, active, caller) if cases and caller else []
            return CaseStatus(case_id=case_id, version=outcome.version, status="open",
                              current_step=step, case_due=active.case_due, appended=appended,
                              next_actions=actions)
        case d.Closed() as closed:
            return CaseStatus(case_id=case_id, version=outcome.version, status="closed",
                              current_step=None, case_due=None, outcome=closed.outcome,
                              appended=appended)
    raise NotFound("case not found")


# what a step route asks of the case, from the caller, the request's time and the case as read
Step = Callable[[d.Caller, datetime, d.State], d.CaseCommand]


async def run(request: Request, principal: Principal, case_id: str, expected: int,
              build: Step) -> JSONResponse:
    """One load of the stream: check the caller's jurisdiction on the state read (404 outside
    it), decide, append after the caller's If-Match version; answer from the outcome."""
    cases, now = cases_of(request), now_of(request)

    def checked(state: d.State) -> d.CaseCommand:
        ensure_visible(cases, principal, state)
        return build(caller_of(principal), now, state)

    async with _pool(request).acquire() as conn:
        try:
            outcome = await cases.run(conn, case_id, checked, meta_of(request, principal, now),
                                      expected_version=expected)
        except d.WorkflowError as error:
            raise problem_of(error) from error
    body = status_of(case_id, outcome, cases, caller_of(principal))
    return JSONResponse(body.model_dump(mode="json"), headers={"ETag": etag(outcome.version)})


# --- accepting in person ----------------------------------------------------------------------


@router.post("/cases", status_code=201, response_model=CaseStatus,
             responses=problems(401, 403, 409, 422), summary="Accept an application in person")
async def accept_in_person(request: Request, body: AcceptInPerson, principal: Clerk,
                           key: IdempotencyKey) -> JSONResponse:
    """The provider's clerk accepts a package at its own office; the case opens at step 1.

    Send an `Idempotency-Key`: a retry answers the first case again.
    """
    cases, now = cases_of(request), now_of(request)
    case_id = str(uuid4())
    try:
        version, regulation = cases.in_force(body.regulation_id, now.date())
    except d.WorkflowError as error:
        raise problem_of(error) from error
    channel = d.in_person_channel(regulation, principal.kind)
    # left out, the sub-service is the regulation's first (its main) one, facts checked as such
    sub_service = body.sub_service or (
        regulation.sub_services[0].id if regulation.sub_services else None)
    try:
        regulation.route_for(sub_service, principal.kind.value, channel)
    except RouteNotFound:
        # the caller's standing: its kind of office takes no such application in person
        raise Forbidden(f"regulation {body.regulation_id} is not accepted in person at a "
                        f"{principal.kind.value}") from None
    try:  # the facts of the regulation's own model, as a front office's are
        facts = validate_facts(body.regulation_id, sub_service, body.facts,
                               body.applicant.iin)
    except FactsError as error:
        raise Unprocessable.for_field(error.field, error.message) from None
    opening = d.OpenCase(
        case_id=case_id, application_id=case_id, regulation_id=body.regulation_id,
        sub_service=sub_service, channel=channel,
        catalogue_version=version, provider=OrganisationRef(**principal.producer().model_dump()),
        applicant=Applicant(**body.applicant.model_dump()), origin="in_person", now=now,
        facts=facts,
    )

    async def produce(conn: Connection) -> tuple[int, dict[str, Any]]:
        try:
            outcome = await cases.run(conn, case_id, command(opening),
                                      meta_of(request, principal, now), expected_version=0)
        except d.WorkflowError as error:
            raise problem_of(error) from error
        return 201, status_of(case_id, outcome, cases, caller_of(principal)).model_dump(
            mode="json")

    scope = scope_of(principal.organisation_id, "workflow.accept_in_person")
    answer = await run_idempotent(_pool(request), scope, key, body, produce)
    headers = {"ETag": etag(answer.body["version"]),
               "Location": f"/v1/cases/{answer.body['case_id']}"}
    if answer.replayed:
        headers[REPLAYED_HEADER] = "true"
    return JSONResponse(answer.body, answer.status_code, headers=headers)


# --- the steps -----------------------------------------------------------------------------------


@router.post("/cases/{case_id}/registration", response_model=CaseStatus, responses=WRITE_ERRORS,
             summary="Register the case (clerk)")
async def register(request: Request, case_id: str, body: RegisterIn, principal: Clerk,
                   expected: IfMatchRequired) -> JSONResponse:
    return await run(request, principal, case_id, expected,
                     lambda by, now, _: d.Register(by, body.registration_number, now))


@router.post("/cases/{case_id}/executor", response_model=CaseStatus, responses=WRITE_ERRORS,
             summary="Assign the responsible executor (head)")
async def assign(request: Request, case_id: str, body: ExecutorIn, principal: Head,
                 expected: IfMatchRequired) -> JSONResponse:
    """`person_id` is a responsible executor on the staff of the case's provider, as the
    organisation directory lists it (422 naming `person_id` otherwise)."""
    directory = _directory(request)

    def assigning(by: d.Caller, now: datetime, state: d.State) -> d.AssignExecutor:
        ensure_on_staff(directory, state, body.person_id)
        return d.AssignExecutor(by, body.person_id, now)

    return await run(request, principal, case_id, expected, assigning)


@router.post("/cases/{case_id}/executor/reassignment", response_model=CaseStatus,
             responses=WRITE_ERRORS, summary="Hand the case to another executor (head)")
async def reassign(request: Request, case_id: str, body: ReassignIn, principal: Head,
                   expected: IfMatchRequired) -> JSONResponse:
    """As the assignment: the new executor is on the staff of the case's provider."""
    directory = _directory(request)

    def reassigning(by: d.Caller, now: datetime, state: d.State) -> d.ReassignExecutor:
        ensure_on_staff(directory, state, body.person_id)
        return d.ReassignExecutor(by, body.person_id, body.reason, now)

    return await run(request, principal, case_id, expected, reassigning)


def _directory(request: Request) -> Directory:
    directory: Directory = request.app.state.directory
    return directory


def ensure_on_staff(directory: Directory, state: d.State, person_id: str) -> None:
    """The executor named is a responsible executor of the case's provider: not a person of
    another office or district, not nobody (a case assigned to a name no token is issued for
    waits for ever). A provider the directory does not list has no roster to check against."""
    if not isinstance(state, d.Active):
        return  # a closed case: the domain says why nothing is assigned
    provider = directory.get(state.case.provider.organisation_id)
    if provider is None or provider.member(person_id, Role.RESPONSIBLE_EXECUTOR) is not None:
        return
    raise Unprocessable.for_field(
        "person_id", f"no responsible executor of {provider.organisation_id} has this id")


@router.post("/cases/{case_id}/information-requests", response_model=CaseStatus,
             responses=WRITE_ERRORS, summary="Record a request to another body, or a check")
async def request_information(request: Request, case_id: str, body: InformationRequestIn,
                              principal: Executor, expected: IfMatchRequired) -> JSONResponse:
    return await run(request, principal, case_id, expected, lambda by, now, _: d.RequestInformation(
        by, str(uuid4()), body.addressed_to, body.subject, now))


@router.post("/cases/{case_id}/extensions", response_model=CaseStatus, responses=WRITE_ERRORS,
             summary="Extend the term as the regulation allows")
async def extend(request: Request, case_id: str, body: ExtensionIn, principal: Staff,
                 expected: IfMatchRequired) -> JSONResponse:
    return await run(request, principal, case_id, expected,
                     lambda by, now, _: d.ExtendTerm(by, body.extension_id, body.reason, now))


@router.post("/cases/{case_id}/notices", response_model=CaseStatus, responses=WRITE_ERRORS,
             summary="Record that the applicant was told of an extension")
async def notify(request: Request, case_id: str, body: NoticeIn, principal: Staff,
                 expected: IfMatchRequired) -> JSONResponse:
    return await run(request, principal, case_id, expected,
                     lambda by, now, _: d.NotifyApplicant(by, body.extension_id, body.form, now))


@router.post("/cases/{case_id}/draft", response_model=CaseStatus, responses=WRITE_ERRORS,
             summary="Draft the result: approve (with the regulation's payload) or refuse")
async def draft(request: Request, case_id: str, body: Annotated[DraftIn, Body(title="Draft")],
                principal: Executor, expected: IfMatchRequired) -> JSONResponse:
    """The body names the case's regulation and sub-service and takes that regulation's shape:
    an approval its decision payload (what is left out starts from the application's facts), a
    refusal its reasons. A regulation or sub-service other than the case's is 409."""

    def drafted(by: d.Caller, now: datetime, state: d.State) -> d.DraftDecision:
        payload: dict[str, Any] = {}
        if isinstance(state, d.Active):
            _same_case(body, state.case)
        if isinstance(body, Approval):
            payload = body.payload.model_dump(mode="json", exclude_unset=True,
                                              exclude_none=True)
            if isinstance(state, d.Active):
                payload = payload_from_facts(state.case, payload)
        return d.DraftDecision(by, body.outcome, tuple(body.reasons), payload, now)

    return await run(request, principal, case_id, expected, drafted)


def _same_case(body: DraftIn, case: CaseFacts) -> None:
    """The shape the caller chose must be the case's own."""
    if body.regulation_id != case.regulation_id:
        _mismatch("regulation_id", f"the case is of regulation {case.regulation_id}")
    if body.sub_service is not None and body.sub_service != case.sub_service:
        _mismatch("sub_service", f"the case's sub-service is {case.sub_service or 'none'}")


def _mismatch(field: str, message: str) -> None:
    raise Conflict(f"{field}: {message}", type_suffix="case-mismatch",
                   errors=[FieldError(field=field, message=message)])


@router.post("/cases/{case_id}/draft/sending", response_model=CaseStatus, responses=WRITE_ERRORS,
             summary="Send the draft to the provider's head for signature")
async def send(request: Request, case_id: str, principal: Executor,
               expected: IfMatchRequired) -> JSONResponse:
    return await run(request, principal, case_id, expected,
                     lambda by, now, _: d.SendForSignature(by, now))


@router.post("/cases/{case_id}/draft/return", response_model=CaseStatus, responses=WRITE_ERRORS,
             summary="Return the draft for rework (head)")
async def return_draft(request: Request, case_id: str, body: ReturnIn, principal: Head,
                       expected: IfMatchRequired) -> JSONResponse:
    return await run(request, principal, case_id, expected,
                     lambda by, now, _: d.ReturnDraft(by, body.comment, now))


@router.get("/cases/{case_id}/draft/document", response_class=Response,
            responses={200: {"model": DecisionDocument, "description": "the document's bytes"},
                       **problems(401, 403, 404, 409)},
            summary="The decision document the head signs (head)")
async def draft_document(request: Request, case_id: str, principal: Head) -> Response:
    """The draft as the decision will say it, in canonical JSON: the head's client signs these
    bytes, exactly as they come, with the head's own key (Ed25519, `ed25519:<key id>:<signature
    in base64url>`) and sends the signature to `POST .../signature`. The ETag is the case's
    version, for the If-Match of that signature."""
    cases = cases_of(request)
    async with _pool(request).acquire() as conn:
        state, version = await cases.state_of(conn, case_id)
    ensure_visible(cases, principal, state)
    document = cases.document_to_sign(state)
    if document is None:
        raise Conflict("the case does not wait for its decision to be signed",
                       type_suffix="case-state")
    return Response(document.canonical_bytes(), media_type="application/json",
                    headers={"ETag": etag(version)})


@router.post("/cases/{case_id}/signature", response_model=CaseStatus, responses=WRITE_ERRORS,
             summary="Sign the decision (head)")
async def sign(request: Request, case_id: str, body: SignIn, principal: Head,
               expected: IfMatchRequired) -> JSONResponse:
    """`signature` is the head's own signature of `GET .../draft/document`: it must verify with
    a published key of the signing head, of the head's own organisation (422 naming
    `signature` otherwise). The decision carries it, and every consumer checks it again."""
    cases, keys = cases_of(request), request.app.state.keys
    # a new id for the default decision reference the domain composes
    fresh = uuid4().hex

    def signed(by: d.Caller, now: datetime, state: d.State) -> d.SignDecision:
        # only the head who holds the signing step hears why a signature fails; anyone else,
        # and a head whose If-Match is stale, hears what the domain and the version say
        document = cases.document_to_sign(state)
        if document is not None and cases.holds_step(state, by):
            try:
                keys.check(body.signature, document.canonical_bytes(),
                           principal.organisation_id, now, person_id=principal.person_id)
            except SignatureRefused as error:
                raise Unprocessable.for_field("signature", str(error)) from None
        return d.SignDecision(by, body.decision_reference, now, fresh, body.signature)

    return await run(request, principal, case_id, expected, signed)


@router.post("/cases/{case_id}/result", response_model=CaseStatus, responses=WRITE_ERRORS,
             summary="Issue the signed result")
async def issue(request: Request, case_id: str, body: IssueIn, principal: Staff,
                expected: IfMatchRequired) -> JSONResponse:
    return await run(request, principal, case_id, expected,
                     lambda by, now, _: d.IssueResult(by, now, body.summary))


@router.post("/cases/{case_id}/fee", response_model=CaseStatus, responses=WRITE_ERRORS,
             summary="Record the applicant's proof that the fee is paid (reg. 16)")
async def fee(request: Request, case_id: str, body: FeeIn, principal: Staff,
              expected: IfMatchRequired) -> JSONResponse:
    return await run(request, principal, case_id, expected,
                     lambda by, now, _: d.RecordFeePaid(by, body.reference, now))


# --- reading -----------------------------------------------------------------------------------


@router.get("/cases/{case_id}", response_model=CaseDetail,
            responses=problems(401, 403, 404, 503),
            summary="A case with its current step, full history and what the caller may do")
async def case_detail(request: Request, response: Response, case_id: str,
                      principal: Reader, fresh: Fresh) -> CaseDetail:
    """Read after the read models reached the log's head: a command's answer and a read right
    after it show the same version."""
    cases = cases_of(request)
    async with _pool(request).acquire() as conn:
        state, version = await cases.state_of(conn, case_id)
        row = await queries.case_row(conn, case_id)
        if row is None:
            raise NotFound("case not found")
        if not sees(principal, row["participants"], row["district"], row["rural_district"],
                    row["provider_id"]):
            raise NotFound("case not found")
        waiting = await queries.waiting_step(conn, case_id)
        notices = await queries.notices(conn, case_id, now_of(request))
        events = await queries.history(conn, case_id)
    current = None
    if waiting is not None:
        current = StepOut(**{k: waiting[k] for k in StepOut.model_fields})
    derived = {"current_step", "notices", "history", "applicant", "facts", "next_actions",
               "version"}
    columns = set(row.keys()) - derived
    fields = {k: row[k] for k in CaseDetail.model_fields if k in columns}
    response.headers["ETag"] = etag(version)
    facts = state.case.facts if isinstance(state, d.Active | d.Closed) else {}
    return CaseDetail(**{**fields, "applicant": json.loads(row["applicant"])}, version=version,
                      current_step=current, notices=notices, history=events, facts=facts,
                      next_actions=actions_of(cases.engine, state, caller_of(principal)))


@router.get("/cases", response_model=CasePage, responses=problems(401, 403, 422, 503),
            summary="Cases within the caller's jurisdiction, by due time")
async def case_list(
    request: Request, principal: Reader, fresh: Fresh,
    status: Annotated[Literal["open", "in_progress", "decided", "issued", "closed"] | None, Query(
        description="open: not yet issued (in_progress or decided); decided: signed, waiting "
        "to be issued; issued (= closed): the result was handed over")] = None,
    outcome: Literal["approved", "refused"] | None = None,
    regulation_id: Annotated[int | None, Query(ge=1, le=18)] = None,
    step: Annotated[str | None, Query(pattern=r"^[a-z0-9_]{1,64}$",
                                      description="the id of the step the case waits at")] = None,
    overdue: Annotated[bool, Query(
        description="only cases whose waiting step or overall term is past due")] = False,
    due_before: Annotated[Instant | None, Query(
        description="case due at or before this time")] = None,
    due_after: Annotated[Instant | None, Query(
        description="case due at or after this time")] = None,
    district: Annotated[str | None, Query(max_length=32, description="narrows the oblast "
                                          "department's view; others see their own only")] = None,
    rural_district: Annotated[str | None, Query(max_length=32)] = None,
    sort: Annotated[Literal["due", "-due", "opened", "-opened"], Query(
        description="by the case's due time (default) or opening time; '-' for descending")]
    = "due",
    limit: Limit = 50,
    offset: Offset = 0,
) -> CasePage:
    """Every case the caller may open in detail (the same jurisdiction: another district's cases
    never appear), filtered, with the total count; pages are stable because every order ends on
    the case id."""
    if due_before is not None and due_after is not None and due_after > due_before:
        raise Unprocessable.for_field("due_after", "must not be later than due_before")
    filters = queries.CaseFilter(
        status=status, outcome=outcome, regulation_id=regulation_id, step=step, overdue=overdue,
        due_before=due_before, due_after=due_after, district=district,
        rural_district=rural_district,
    )
    async with _pool(request).acquire() as conn:
        total, rows = await queries.case_list(conn, principal, now_of(request), filters, sort,
                                              limit, offset)
    following = offset + len(rows)
    return CasePage(items=[CaseSummary(**r) for r in rows], total=total, limit=limit,
                    offset=offset, next_offset=following if following < total else None)


@router.get("/inbox", response_model=list[InboxItem], responses=problems(401, 403, 422, 503),
            summary="What waits for me: overdue first, then by due time")
async def my_inbox(request: Request, principal: Staff, fresh: Fresh,
                   limit: Limit = 50,
                   offset: Offset = 0) -> list[InboxItem]:
    async with _pool(request).acquire() as conn:
        rows = await queries.inbox(conn, principal, now_of(request), limit, offset)
    return [InboxItem(**r) for r in rows]


@router.get("/reports/sla", response_model=list[SlaRow],
            responses=problems(401, 403, 422, 503),
            summary="Cases on time, late and open per district and regulation")
async def sla(request: Request, principal: Reporter, fresh: Fresh,
              district: Annotated[str | None, Query(max_length=32)] = None,
              regulation_id: Annotated[int | None, Query(ge=1, le=18)] = None) -> list[SlaRow]:
    async with _pool(request).acquire() as conn:
        rows = await queries.sla_report(conn, principal, now_of(request), district, regulation_id)
    return [SlaRow(**r) for r in rows]
