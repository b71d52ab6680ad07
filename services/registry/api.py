"""Officer endpoints: the register, the documents and their chain, issuing, revoking, printing.

Each route: parse -> authorise (role, kind, then jurisdiction: 404 outside it) -> one command
through `commanding` -> problems for the rule violations. The read model finds a document's
holder file and says who may see it; the file itself decides.
"""

import asyncio
from collections.abc import Callable
from typing import Annotated, Any, Literal
from uuid import UUID

import asyncpg
from fastapi import APIRouter, Depends, Query, Request, Response

from contracts.identity import OrganisationKind, Role
from contracts.iin import mask_iin
from contracts.people import OrganisationRef
from contracts.registry_events import DocumentIssued, DocumentRevoked
from eventkit.authz import Jurisdiction, ensure_visible, require
from eventkit.commands import command
from eventkit.db import Connection
from eventkit.etag import IfMatchRequired, set_etag
from eventkit.idempotency import IdempotencyKey, run_idempotent, scope_of
from eventkit.identity import Principal
from eventkit.paging import Limit, Offset
from eventkit.problem_docs import problem_responses
from eventkit.problems import Conflict, Forbidden, NotFound, ProblemError
from eventkit.requests import meta_of, now_of

from . import commanding, pdf, queries
from .domain import (
    AlreadyIssued,
    Annul,
    DocumentNotFound,
    Holder,
    NoLongerValid,
    NotRegistered,
    NotTheAuthority,
    RegistryError,
    Revoke,
)
from .schemas import (
    AnnulledView,
    AnnulmentRequest,
    ConflictView,
    DocumentPage,
    DocumentView,
    IinQuery,
    InvalidatedView,
    IssuedView,
    Reason,
    RegisterEntryView,
    RegisterPage,
    SearchHit,
    SearchPage,
)
from .views import conflict_view, document_view, entry_view

router = APIRouter(prefix="/v1", tags=["registry"])

ISSUERS = {OrganisationKind.DISTRICT_DEPARTMENT, OrganisationKind.OBLAST_DEPARTMENT,
           OrganisationKind.RURAL_AKIM}
REGISTER_KINDS = {OrganisationKind.DISTRICT_DEPARTMENT, OrganisationKind.OBLAST_DEPARTMENT}
READERS = {Role.REGISTRY_OFFICER, Role.HEAD, Role.RESPONSIBLE_EXECUTOR, Role.AUDITOR}

ReaderDep = Annotated[Principal, Depends(require(READERS, ISSUERS))]
RegisterReaderDep = Annotated[Principal, Depends(require(READERS, REGISTER_KINDS))]
OfficerDep = Annotated[Principal, Depends(require({Role.REGISTRY_OFFICER}, ISSUERS))]
AnnullerDep = Annotated[Principal, Depends(require({Role.REGISTRY_OFFICER, Role.HEAD},
                                                   REGISTER_KINDS))]
# State Corporation operators print the documents they hand over
PrinterDep = Annotated[Principal, Depends(require(READERS | {Role.OPERATOR},
                                                  ISSUERS | {OrganisationKind.STATE_CORPORATION}))]

READ = problem_responses(401, 403, 404, 422)
WRITE = problem_responses(401, 403, 404, 409, 422, 428)


def url_of(request: Request) -> Callable[[str], str]:
    verification_url: Callable[[str], str] = request.app.state.settings.verification_url
    return verification_url


def _pool(request: Request) -> asyncpg.Pool:
    return request.app.state.pool


async def _visible_document(conn: Connection, principal: Principal,
                            document_id: UUID) -> asyncpg.Record:
    row = await queries.document(conn, str(document_id))
    if row is None:
        raise NotFound("document not found")
    ensure_visible(principal, row["district"], row["rural_district"], row["organisation_id"],
                   what="document")
    return row


async def _visible_entry(conn: Connection, principal: Principal,
                         holder_id: UUID) -> asyncpg.Record:
    row = await queries.entry(conn, str(holder_id))
    if row is None:
        raise NotFound("register entry not found")
    ensure_visible(principal, row["district"], None, row["organisation_id"],
                   what="register entry")
    return row


def _problem(error: RegistryError) -> ProblemError:
    match error:
        case DocumentNotFound() | NotRegistered():
            return NotFound(str(error))
        case NotTheAuthority():
            return Forbidden(str(error))
        case AlreadyIssued() | NoLongerValid():
            return Conflict(str(error), type_suffix="document-state")
    return Conflict(str(error))


async def _entry_with_chain(request: Request, conn: Connection,
                            row: asyncpg.Record) -> RegisterEntryView:
    docs = await queries.documents_of(conn, str(row["holder_id"]))
    return entry_view(row, [document_view(d, url_of(request)) for d in docs])


# --- the register -------------------------------------------------------------------------------


@router.get("/register", response_model=RegisterPage, responses=READ)
async def list_register(
    request: Request, principal: RegisterReaderDep,
    status: Annotated[str | None, Query(pattern="^(registered|annulled)$")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> RegisterPage:
    async with _pool(request).acquire() as conn:
        rows = await queries.entries(conn, Jurisdiction.of(principal), status, limit, offset)
        items = [await _entry_with_chain(request, conn, row) for row in rows]
    return RegisterPage(items=items, limit=limit, offset=offset)


@router.post("/register/search", response_model=RegisterEntryView, responses=READ)
async def find_in_register(
    request: Request, principal: RegisterReaderDep, query: IinQuery
) -> RegisterEntryView:
    """By IIN, in the body: an IIN never travels in a URL (URLs end up in access logs)."""
    async with _pool(request).acquire() as conn:
        row = await queries.entry_by_iin(conn, query.iin)
        if row is None:
            raise NotFound("register entry not found")
        ensure_visible(principal, row["district"], None, row["organisation_id"],
                       what="register entry")
        return await _entry_with_chain(request, conn, row)


@router.get("/register/search", response_model=SearchPage, responses=READ)
async def search_register(
    request: Request, principal: ReaderDep,
    by: Annotated[Literal["name", "number"], Query(
        description="`name`: the beginnings of the holder's names, in any order and case; "
        "`number`: a certificate's number")],
    q: Annotated[str, Query(min_length=2, max_length=100,
                            description="what to search for (spaces alone find nothing)")],
    limit: Annotated[int, Query(ge=1, le=50)] = 20,
) -> SearchPage:
    """Documents of the caller's jurisdiction by their holder's name or their number (an IIN
    is searched with `POST /v1/register/search`: it never travels in a URL). What to search for
    is required: the register is never listed whole here. IINs come masked."""
    words = q.casefold().split()[:5] if by == "name" else []
    number = q.strip().casefold() if by == "number" else None
    if not words and not number:  # spaces alone: nothing to search for, and nobody listed
        return SearchPage(items=[], limit=limit, more=False)
    async with _pool(request).acquire() as conn:
        rows = await queries.search_documents(conn, Jurisdiction.of(principal), words, number,
                                              limit + 1)
    return SearchPage(items=[_search_hit(r) for r in rows[:limit]], limit=limit,
                      more=len(rows) > limit)


def _search_hit(row: asyncpg.Record) -> SearchHit:
    return SearchHit(
        document_id=str(row["document_id"]), holder_id=str(row["holder_id"]), kind=row["kind"],
        regulation_id=row["regulation_id"], status=row["status"], number=row["number"],
        holder_iin=mask_iin(row["holder_key"]), last_name=row["last_name"],
        first_name=row["first_name"], middle_name=row["middle_name"],
        district=row["district"], organisation_id=row["organisation_id"])


@router.get("/register/{holder_id:uuid}", response_model=RegisterEntryView, responses=READ)
async def get_register_entry(
    request: Request, response: Response, principal: RegisterReaderDep, holder_id: UUID
) -> RegisterEntryView:
    async with _pool(request).acquire() as conn:
        row = await _visible_entry(conn, principal, holder_id)
        set_etag(response, await commanding.version_of(conn, str(holder_id)))
        return await _entry_with_chain(request, conn, row)


@router.post("/register/{holder_id}/annulment", response_model=AnnulledView, responses=WRITE)
async def annul_registration(
    request: Request, principal: AnnullerDep, holder_id: UUID, body: AnnulmentRequest,
    expected: IfMatchRequired,
) -> AnnulledView:
    """The registration decision was annulled: the entry closes, its certificates are revoked.

    If-Match is the register entry's ETag (`GET /v1/register/{holder_id}`): without it 428, a
    stale one 409 (someone changed the file since)."""
    now = now_of(request)
    annul = Annul(reason=body.reason, annulment_reference=body.annulment_reference, now=now)
    async with _pool(request).acquire() as conn:
        await _visible_entry(conn, principal, holder_id)
        try:
            outcome = await commanding.run(conn, str(holder_id), command(annul),
                                           meta_of(request, principal, now),
                                           expected_version=expected)
        except RegistryError as error:
            raise _problem(error) from error
    revoked = [e.document_id for e in outcome.all(DocumentRevoked)]
    return AnnulledView(holder_id=str(holder_id), status="annulled", revoked_documents=revoked)


@router.get("/register-conflicts", response_model=list[ConflictView], responses=READ)
async def list_conflicts(request: Request, principal: RegisterReaderDep) -> list[ConflictView]:
    """Second positive decisions that were not entered, shown to the district that decided."""
    async with _pool(request).acquire() as conn:
        rows = await queries.conflicts(conn, Jurisdiction.of(principal))
    return [conflict_view(r) for r in rows]


# --- documents ----------------------------------------------------------------------------------


@router.get("/documents", response_model=DocumentPage, responses=READ)
async def list_documents(
    request: Request, principal: ReaderDep,
    status: Annotated[str | None, Query(pattern="^(requested|issued|replaced|revoked)$")] = None,
    overdue: bool | None = None,
    kind: Annotated[str | None, Query(max_length=64, pattern="^[a-z][a-z0-9_]*$",
                                      description="a document kind: semey_certificate")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> DocumentPage:
    async with _pool(request).acquire() as conn:
        rows = await queries.documents(conn, Jurisdiction.of(principal), status, overdue, kind,
                                       limit, offset)
    return DocumentPage(items=[document_view(r, url_of(request)) for r in rows], limit=limit,
                        offset=offset)


@router.get("/documents/{document_id}", response_model=DocumentView, responses=READ)
async def get_document(request: Request, response: Response, principal: ReaderDep,
                       document_id: UUID) -> DocumentView:
    """The ETag is the version of the holder's file the document belongs to: the If-Match of
    its revocation."""
    async with _pool(request).acquire() as conn:
        row = await _visible_document(conn, principal, document_id)
        set_etag(response, await commanding.version_of(conn, str(row["holder_id"])))
    return document_view(row, url_of(request))


@router.post("/documents/{document_id}/issue", response_model=IssuedView, responses=WRITE)
async def issue(
    request: Request, principal: OfficerDep, document_id: UUID, key: IdempotencyKey
) -> Any:
    """Takes the next number of the officer's organisation and a fresh verification code."""
    now = now_of(request)
    issuer = OrganisationRef(**principal.producer().model_dump())

    async def produce(conn: Connection) -> tuple[int, dict[str, Any]]:
        row = await _visible_document(conn, principal, document_id)
        # another organisation is refused by the file (NotTheAuthority, 403); the number it took
        # from its own series rolls back with the refusal
        try:
            outcome = await commanding.issue_document(
                conn, str(row["holder_id"]), str(document_id), issuer,
                meta_of(request, principal, now), now)
        except RegistryError as error:
            raise _problem(error) from error
        issued = outcome.first(DocumentIssued)
        assert issued is not None  # an Issue the file accepts always issues
        view = IssuedView(
            document_id=str(document_id), number=issued.number, issued_at=issued.issued_at,
            verification_url=url_of(request)(issued.verification_code),
            pdf_path=f"/v1/documents/{document_id}/pdf",
        )
        return 200, view.model_dump(mode="json")

    answer = await run_idempotent(_pool(request), scope_of(principal.organisation_id, "issue"),
                                  key, {"document_id": str(document_id)}, produce)
    return answer.body


@router.post("/documents/{document_id}/revocation", response_model=InvalidatedView,
             responses=WRITE)
async def revoke(
    request: Request, principal: OfficerDep, document_id: UUID, body: Reason,
    expected: IfMatchRequired,
) -> InvalidatedView:
    """If-Match is the document's ETag (`GET /v1/documents/{document_id}`, the version of its
    holder's file): without it 428, a stale one 409."""
    now = now_of(request)

    def build(state: Holder) -> Revoke:
        doc = state.document(str(document_id))
        if doc is not None and doc.authority.organisation_id != principal.organisation_id:
            raise Forbidden("only the issuing organisation revokes its documents")
        return Revoke(document_id=str(document_id), reason=body.reason, now=now)

    async with _pool(request).acquire() as conn:
        row = await _visible_document(conn, principal, document_id)
        try:
            await commanding.run(conn, str(row["holder_id"]), build,
                                 meta_of(request, principal, now), expected_version=expected)
        except RegistryError as error:
            raise _problem(error) from error
    return InvalidatedView(document_id=str(document_id), status="revoked", reason=body.reason,
                           at=now)


@router.get(
    "/documents/{document_id}/pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}, "description": "the printable document"},
               **problem_responses(401, 403, 404, 409, 422)},
)
async def print_document(request: Request, principal: PrinterDep, document_id: UUID) -> Response:
    async with _pool(request).acquire() as conn:
        row = await _visible_document(conn, principal, document_id)
        if row["status"] != "issued":
            raise Conflict(f"only an issued, valid document is printed; this one is "
                           f"{row['status']}", type_suffix="document-state")
        periods = await queries.periods_of(conn, str(row["holder_id"])) \
            if row["kind"] == "semey_certificate" else []
    font = request.app.state.settings.pdf_font
    # rendering is CPU work: off the event loop, so requests and the inbox's heartbeats go on
    body = await asyncio.to_thread(pdf.render, dict(row), periods,
                                   url_of(request)(row["verification_code"]), font)
    return Response(body, media_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="{row["number"]}.pdf"'})
