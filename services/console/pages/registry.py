"""The registry: search first (IIN, name, certificate number; never a list of everyone), the
register entry with its periods and documents, issuing, the draft preview, printing, revoking.

The registry API searches: an IIN in a request's body (it never travels in a URL), a name or a
number in the query (`GET /v1/register/search`: within the caller's jurisdiction, IINs masked,
at most a page, "more" when the search should be narrowed). Printing is audited.
"""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from .. import audit
from ..clients import ApiError, new_key
from ..facts import iin_problem
from ..rendering import pages_of
from ..web import Caller, Who, form_of, see_other, text

router = APIRouter()
@router.get("/registry", response_class=HTMLResponse)
async def registry_home(request: Request, who: Caller, by: str = "", q: str = "") -> HTMLResponse:
    results: list[dict[str, Any]] | None = None
    error = None
    query = q.strip()
    more = False
    if by in ("name", "number") and query:
        try:
            found = await who.api.search_register(by, query)
            results, more = found["items"], found["more"]
        except ApiError as refused:
            if refused.status != 422:
                raise
            error = "short"
    elif by and not query:
        error = "empty"
    to_issue = (await who.api.documents(status="requested", limit=50))["items"]
    return pages_of(request).render(request, "registry/search.html", results=results, by=by,
                                    q=query, error=error, to_issue=to_issue,
                                    more=more)


@router.post("/registry/search", response_class=HTMLResponse)
async def search_by_iin(request: Request, who: Caller) -> Response:
    """By IIN in a form body: an IIN never travels in a URL (URLs end up in access logs)."""
    form = await form_of(request)
    iin = text(form, "iin")
    if not iin or iin_problem(iin):
        to_issue = (await who.api.documents(status="requested", limit=50))["items"]
        return pages_of(request).render(request, "registry/search.html", 422, results=None,
                                        by="iin", q="", error="iin", to_issue=to_issue)
    entry = await who.api.find_by_iin(iin)
    if entry is None:
        to_issue = (await who.api.documents(status="requested", limit=50))["items"]
        return pages_of(request).render(request, "registry/search.html", results=[], by="iin",
                                        q="", error=None, to_issue=to_issue)
    return see_other(f"/registry/entries/{entry['holder_id']}")


@router.get("/registry/entries/{holder_id}", response_class=HTMLResponse)
async def entry_page(request: Request, holder_id: str, who: Caller) -> HTMLResponse:
    entry = (await who.api.entry(holder_id)).body
    return pages_of(request).render(request, "registry/entry.html", entry=entry)


@router.get("/registry/documents/{document_id}", response_class=HTMLResponse)
async def document_page(request: Request, document_id: str, who: Caller) -> HTMLResponse:
    document = await who.api.document(document_id)
    return _document(request, who, document)


def _document(request: Request, who: Who, document: dict[str, Any], status: int = 200,
              failed: ApiError | None = None) -> HTMLResponse:
    officer = who.role == "registry_officer" and \
        document["authority"]["organisation_id"] == who.principal["organisation_id"]
    return pages_of(request).render(request, "registry/document.html", status,
                                    document=document, officer=officer, failed=failed)


@router.get("/registry/documents/{document_id}/preview", response_class=HTMLResponse)
async def preview(request: Request, document_id: str, who: Caller) -> HTMLResponse:
    document = await who.api.document(document_id)
    periods: list[dict[str, Any]] = []
    try:
        periods = (await who.api.entry(document["holder_id"])).body.get("periods", [])
    except ApiError as error:
        if error.status not in (403, 404):
            raise
    audit.record("certificate.previewed", who.principal, who.now,
                 document_id=document_id, status=document["status"])
    return pages_of(request).render(request, "registry/preview.html", document=document,
                                    periods=periods, draft=document["status"] != "issued")


@router.post("/registry/documents/{document_id}/issue", response_class=HTMLResponse)
async def issue(request: Request, document_id: str, who: Caller) -> Response:
    form = await form_of(request)
    try:
        await who.api.issue_document(document_id, text(form, "key") or new_key())
    except ApiError as error:
        if error.status not in (403, 409, 422):
            raise
        return _document(request, who, await who.api.document(document_id), error.status,
                         failed=error)
    await who.api.document_until(document_id, ("issued",))
    return see_other(f"/registry/documents/{document_id}?done=issued")


@router.post("/registry/documents/{document_id}/revocation", response_class=HTMLResponse)
async def revoke(request: Request, document_id: str, who: Caller) -> Response:
    form = await form_of(request)
    try:
        await who.api.revoke_document(document_id, text(form, "reason"))
    except ApiError as error:
        if error.status not in (403, 409, 422):
            raise
        return _document(request, who, await who.api.document(document_id), error.status,
                         failed=error)
    await who.api.document_until(document_id, ("revoked",))
    return see_other(f"/registry/documents/{document_id}?done=revoked")


@router.get("/registry/documents/{document_id}/pdf")
async def print_document(request: Request, document_id: str, who: Caller) -> Response:
    body = await who.api.document_pdf(document_id)
    audit.record("certificate.printed", who.principal, who.now, document_id=document_id)
    return Response(body, media_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="{document_id}.pdf"'})
