"""What every page route shares: who is calling, their API client, checked forms, errors.

A route that needs a signed-in person takes `Caller`; a POST reads its form with `form_of`,
which refuses a missing or wrong CSRF token. An API answer of 401 ends the session (the token
expired or was revoked), 403 and 404 become pages that say so, and an unreachable service a
page that says which.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData
from starlette.types import ASGIApp, Receive, Scope, Send

from eventkit.logging import get_logger

from . import i18n
from .clients import Api, ApiError, Services
from .rendering import pages_of
from .sessions import EXPIRED_NOTICE, Session, csrf_matches, session_of

log = get_logger(__name__)


class SignInRequired(Exception):
    pass


class CsrfRefused(Exception):
    pass


@dataclass
class Who:
    session: Session
    principal: dict[str, Any]
    api: Api
    now: datetime

    @property
    def today(self) -> date:
        return i18n.local(self.now).date()

    @property
    def role(self) -> str:
        return str(self.principal["role"])

    @property
    def district(self) -> str | None:
        return self.principal.get("district")


def services_of(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def who(request: Request) -> Who:
    session = session_of(request)
    if not session.signed_in:
        raise SignInRequired()
    assert session.principal is not None
    return Who(session, session.principal, services_of(request).as_caller(session.token),
               request.app.state.clock())


Caller = Annotated[Who, Depends(who)]


async def form_of(request: Request) -> FormData:
    form = await request.form()
    offered = form.get("csrf_token") or request.headers.get("x-csrf-token")
    if not csrf_matches(session_of(request), offered if isinstance(offered, str) else None):
        raise CsrfRefused()
    return form


def text(form: Mapping[str, Any], name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


class LanguageMiddleware:
    """The request's language for everything rendered while it runs."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        lang = i18n.choose(request.cookies.get(i18n.LANG_COOKIE),
                           request.headers.get("accept-language"))
        with i18n.speaking(lang):
            await self.app(scope, receive, send)


def install_error_pages(app: FastAPI) -> None:
    @app.exception_handler(SignInRequired)
    async def _sign_in(request: Request, _: SignInRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        if request.headers.get("hx-request"):
            return Response(status_code=204, headers={"HX-Redirect": "/sign-in"})
        return see_other(f"/sign-in?next={quote(target)}")

    @app.exception_handler(CsrfRefused)
    async def _csrf(request: Request, _: CsrfRefused) -> HTMLResponse:
        log.warning("console.csrf_refused", path=request.url.path)
        return pages_of(request).render(request, "error.html", 403, kind="csrf")

    @app.exception_handler(ApiError)
    async def _api(request: Request, error: ApiError) -> Response:
        if error.status == 401:
            session_of(request).sign_out(EXPIRED_NOTICE)
            return see_other("/sign-in")
        kind = {403: "forbidden", 404: "not_found"}.get(error.status, "unavailable")
        if kind == "unavailable":
            log.warning("console.api_failed", service=error.service, status=error.status)
        return pages_of(request).render(request, "error.html", error.status
                                        if error.status in (403, 404) else 502,
                                        kind=kind, error=error)
