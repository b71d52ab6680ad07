"""Sessions in one HTTP-only cookie, encrypted and signed (Fernet), with CSRF and idle timeout.

The console keeps nothing on its own disk: the signed-in person's bearer token, the form token
against cross-site requests and the time of the last request travel in the cookie. A session
that stayed quiet longer than the idle timeout is dropped on its next request (shared
front-office PCs); background refreshes (htmx polling, marked by a header) do not count as
activity. Every state-changing form carries the session's CSRF token, compared in constant time.
"""

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from fastapi import Request
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventkit.clock import Clock

COOKIE = "qorgau_console"
POLL_HEADER = "x-console-poll"  # sent by htmx refreshes: they do not keep a session alive
MAX_COOKIE_AGE_S = 12 * 3600
STATIC = "/static/"


@dataclass
class Session:
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    token: str | None = None  # the bearer token the services are called with
    principal: dict[str, Any] | None = None  # who the token says (organisation, role, person)
    expires: float | None = None  # the token's own end (epoch seconds)
    seen: float = 0.0  # the last request that counted as activity
    id_token: str | None = None  # kept for the provider's sign-out
    login: dict[str, str] | None = None  # an OIDC sign-in under way: state, nonce, verifier
    notice: str | None = None  # one message for the next page ("signed out after ...")

    @property
    def signed_in(self) -> bool:
        return self.token is not None and self.principal is not None

    def sign_out(self, notice: str | None = None) -> None:
        self.token = self.principal = self.expires = self.id_token = None
        self.csrf = secrets.token_urlsafe(32)
        self.notice = notice

    def take_notice(self) -> str | None:
        notice, self.notice = self.notice, None
        return notice


def fernet_of(secret: str) -> Fernet:
    """A Fernet key derived from any secret string (the environment gives text, not a key)."""
    digest = hashlib.sha256(b"qorgau-console-session:" + secret.encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


class Codec:
    def __init__(self, secret: str) -> None:
        self._fernet = fernet_of(secret)

    def dumps(self, session: Session, now: datetime) -> str:
        raw = json.dumps(asdict(session), separators=(",", ":")).encode()
        return self._fernet.encrypt_at_time(raw, int(now.timestamp())).decode()

    def loads(self, text: str, now: datetime) -> Session | None:
        try:
            raw = self._fernet.decrypt_at_time(text.encode(), MAX_COOKIE_AGE_S,
                                               int(now.timestamp()))
            return Session(**json.loads(raw))
        except (InvalidToken, TypeError, ValueError):
            return None


IDLE_NOTICE = "idle"
EXPIRED_NOTICE = "expired"


class SessionMiddleware:
    """Loads the session into `scope["session_obj"]`, applies the idle timeout, and writes the
    cookie back on every answer (the encrypted time moves with each request)."""

    def __init__(self, app: ASGIApp, codec: Codec, clock: Clock, idle_s: float,
                 secure: bool) -> None:
        self.app, self.codec, self.clock = app, codec, clock
        self.idle_s, self.secure = idle_s, secure

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(STATIC):
            await self.app(scope, receive, send)  # files are the same for everyone: cacheable
            return
        now = self.clock()
        request = Request(scope)
        session = self._load(request, now)
        scope["session_obj"] = session

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.append("Set-Cookie", self._cookie(session, now))
                headers.setdefault("Cache-Control", "no-store")
            await send(message)

        await self.app(scope, receive, send_with_cookie)

    def _load(self, request: Request, now: datetime) -> Session:
        found = request.cookies.get(COOKIE)
        session = (self.codec.loads(found, now) if found else None) or Session()
        stamp = now.timestamp()
        if session.signed_in:
            if session.expires is not None and stamp >= session.expires:
                session.sign_out(EXPIRED_NOTICE)
            elif stamp - session.seen > self.idle_s:
                session.sign_out(IDLE_NOTICE)
        if POLL_HEADER not in request.headers:
            session.seen = stamp
        return session

    def _cookie(self, session: Session, now: datetime) -> str:
        value = self.codec.dumps(session, now)
        parts = [f"{COOKIE}={value}", "Path=/", "HttpOnly", "SameSite=Lax",
                 f"Max-Age={MAX_COOKIE_AGE_S}"]
        if self.secure:
            parts.append("Secure")
        return "; ".join(parts)


def session_of(request: Request) -> Session:
    session: Session = request.scope["session_obj"]
    return session


def csrf_matches(session: Session, offered: str | None) -> bool:
    return offered is not None and hmac.compare_digest(session.csrf.encode(), offered.encode())
