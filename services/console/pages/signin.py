"""Signing in and out, the language switch and the home page.

Development: the sign-in page lists the dev stack's demo people (refused in production).
Production: OpenID Connect (see `oidc.py`). Either way the session holds the bearer token the
services are called with, and the principal the services read from it.
"""

from urllib.parse import urlparse

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from eventkit.identity import InvalidToken, TokenVerifier
from eventkit.logging import get_logger

from .. import i18n
from ..identity import demo_people, demo_token, expiry_of, principal_dict
from ..oidc import Login, OidcClient, OidcError
from ..rendering import pages_of, screens_for
from ..sessions import session_of
from ..web import form_of, see_other, text

router = APIRouter()
log = get_logger(__name__)


def _safe_next(target: str | None) -> str:
    """Only a path of this console: never an open redirect to another site."""
    if not target:
        return "/"
    parsed = urlparse(target)
    if parsed.scheme or parsed.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


@router.get("/", response_class=HTMLResponse)
async def home(request: Request) -> Response:
    session = session_of(request)
    if not session.signed_in:
        return see_other("/sign-in")
    screens = screens_for(session.principal)
    if screens:
        return see_other(screens[0].href)
    return pages_of(request).render(request, "home.html")


@router.get("/sign-in", response_class=HTMLResponse)
async def sign_in_page(request: Request, next: str | None = None) -> HTMLResponse:
    settings = request.app.state.settings
    people = [] if settings.production else demo_people(settings.dev_tokens_file,
                                                         request.app.state.verifier)
    organisations: dict[str, list[object]] = {}
    for person in people:
        organisations.setdefault(person.principal.organisation_id, []).append(person)
    return pages_of(request).render(
        request, "signin.html", organisations=organisations, next=_safe_next(next),
        oidc=request.app.state.oidc is not None, production=settings.production)


@router.post("/sign-in/demo")
async def sign_in_demo(request: Request) -> Response:
    settings = request.app.state.settings
    form = await form_of(request)
    if settings.production:
        log.warning("console.demo_sign_in_refused")
        return pages_of(request).render(request, "error.html", 403, kind="demo_refused")
    token = demo_token(settings.dev_tokens_file, text(form, "person"))
    verifier = request.app.state.verifier
    if token is None or verifier is None:
        return pages_of(request).render(request, "error.html", 400, kind="unknown_person")
    try:
        principal = verifier.verify(token)
    except InvalidToken:
        return pages_of(request).render(request, "error.html", 400, kind="unknown_person")
    session = session_of(request)
    session.sign_out()
    session.token, session.principal = token, principal_dict(principal)
    session.expires = expiry_of(token)
    log.info("console.signed_in", person=principal.person_id, org=principal.organisation_id,
             method="demo")
    return see_other(_safe_next(text(form, "next")))


def _oidc(request: Request) -> OidcClient:
    oidc: OidcClient | None = request.app.state.oidc
    if oidc is None:
        raise OidcError("OpenID Connect is not configured")
    return oidc


@router.post("/sign-in/oidc")
async def sign_in_oidc(request: Request) -> Response:
    form = await form_of(request)
    try:
        url, login = await _oidc(request).start(_safe_next(text(form, "next")))
    except OidcError as error:
        log.warning("console.oidc_failed", reason=str(error))
        return pages_of(request).render(request, "error.html", 502, kind="oidc")
    session_of(request).login = login.as_dict()
    return see_other(url)


@router.get("/sign-in/callback")
async def sign_in_callback(request: Request, state: str = "", code: str = "",
                           error: str = "") -> Response:
    session = session_of(request)
    pending, session.login = session.login, None
    if error or not pending or not state or not code:
        log.warning("console.oidc_refused", reason=error or "no sign-in under way")
        return pages_of(request).render(request, "error.html", 400, kind="oidc")
    try:
        signed = await _oidc(request).finish(Login(**pending), state, code)
        verifier = request.app.state.verifier
        principal = (verifier or await _oidc_verifier(request)).verify(signed.access_token)
    except (OidcError, InvalidToken) as failure:
        log.warning("console.oidc_failed", reason=str(failure))
        return pages_of(request).render(request, "error.html", 400, kind="oidc")
    session.sign_out()
    session.token, session.principal = signed.access_token, principal_dict(principal)
    session.id_token, session.expires = signed.id_token, float(signed.claims["exp"])
    log.info("console.signed_in", person=principal.person_id, org=principal.organisation_id,
             method="oidc")
    return see_other(_safe_next(pending.get("next")))


async def _oidc_verifier(request: Request) -> TokenVerifier:
    """Without a configured key, access tokens are checked with the provider's own JWKS."""
    settings = request.app.state.settings
    keys = await _oidc(request).keys()
    return TokenVerifier(keys, settings.jwt_issuer, settings.jwt_audience,
                         algorithms=sorted({k.algorithm_name for k in keys}))


@router.post("/sign-out")
async def sign_out(request: Request) -> Response:
    await form_of(request)
    session = session_of(request)
    id_token = session.id_token
    session.sign_out("signed_out")
    oidc: OidcClient | None = request.app.state.oidc
    if oidc is not None and id_token:
        try:
            url = await oidc.sign_out_url(id_token, request.app.state.settings.public_url)
        except OidcError:
            url = None
        if url:
            return see_other(url)
    return see_other("/sign-in")


@router.get("/language/{lang}")
async def choose_language(request: Request, lang: str, next: str | None = None) -> Response:
    answer = see_other(_safe_next(next))
    if lang in i18n.LANGUAGES:
        answer.set_cookie(i18n.LANG_COOKIE, lang, max_age=365 * 86400, samesite="lax",
                          httponly=True, secure=request.app.state.settings.production)
    return answer
