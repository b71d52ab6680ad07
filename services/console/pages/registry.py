"""The registry: search first (IIN, name, certificate number; never a list of everyone), the
register entry with its periods and documents, issuing, the draft preview, printing, revoking.

The registry API searches by IIN only; name and number are matched here over the documents of
the caller's jurisdiction (read page by page, bounded), and only the matches are shown, with
IINs masked. Printing is audited.
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
SCAN_PAGES, PAGE = 10, 200


async def _scan(who: Who, match: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for page in range(SCAN_PAGES):
        batch = (await who.api.documents(limit=PAGE, offset=page * PAGE))["items"]
        found += [d for d in batch if match(d)]
        if len(batch) < PAGE:
            break
    return found


def _folded(text_value: str | None) -> str:
    return (text_value or "").casefold().strip()


@router.get("/registry", response_class=HTMLResponse)
async def registry_home(request: Request, who: Caller, by: str = "", q: str = "") -> HTMLResponse:
    results: list[dict[str, Any]] | None = None
    error = None
    query = q.strip()
    if by == "name" and query:
        words = _folded(query).split()
        results = await _scan(who, lambda d: all(
            w in (_folded(d["last_name"]), _folded(d["first_name"])) or
            _folded(d["last_name"]).startswith(w) for w in words))
    elif by == "number" and query:
        results = await _scan(who, lambda d: _folded(d.get("number")) == _folded(query))
    elif by and not query:
        error = "empty"
    to_issue = (await who.api.documents(status="requested", limit=50))["items"]
    return pages_of(request).render(request, "registry/search.html", results=results, by=by,
                                    q=query, error=error, to_issue=to_issue)


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
