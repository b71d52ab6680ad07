"""The public verification page (no sign-in), where a certificate's QR code leads.

It shows what the registry answers anyone: valid, revoked, replaced or unknown, the number, the
issue date and the holder's masked name; never an IIN. `/v1/verify/{code}` is the path the
registry prints in its QR codes, so pointing the registry's public URL at the console opens this
page.
"""

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..clients import ApiError
from ..facts import iin_problem
from ..rendering import pages_of
from ..web import form_of, services_of, text

router = APIRouter()


@router.get("/verify", response_class=HTMLResponse)
async def verify_form(request: Request) -> HTMLResponse:
    return pages_of(request).render(request, "public/verify.html", answer=None, error=None)


@router.get("/verify/{code}", response_class=HTMLResponse)
@router.get("/v1/verify/{code}", response_class=HTMLResponse)
async def verify_code(request: Request, code: str) -> HTMLResponse:
    api = services_of(request).as_caller(None)
    try:
        answer = await api.verify(code)
    except ApiError as error:
        if error.status not in (404, 422):
            raise
        answer = {"status": "unknown"}
    return pages_of(request).render(request, "public/verify.html", answer=answer, error=None)


@router.post("/verify", response_class=HTMLResponse)
async def verify_number(request: Request) -> HTMLResponse:
    form = await form_of(request)
    number, iin = text(form, "number"), text(form, "iin")
    errors = {}
    if not number:
        errors["number"] = "number"
    if not iin or iin_problem(iin):
        errors["iin"] = "iin"
    if errors:
        return pages_of(request).render(request, "public/verify.html", 422, answer=None,
                                        error=errors, number=number)
    api = services_of(request).as_caller(None)
    answer = await api.verify_number(number, iin)
    return pages_of(request).render(request, "public/verify.html", answer=answer, error=None,
                                    number=number)
