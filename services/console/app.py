"""Composition root of the console: `create_app()` wires settings, sessions, pages; no I/O at
import. It has no database and no event log: every page is built from the four services' APIs.
"""

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from eventkit.clock import Clock, system_clock
from eventkit.logging import configure_logging

from .clients import Services
from .identity import verifier_of
from .oidc import OidcClient
from .pages import routers
from .rendering import Pages, environment
from .sessions import Codec, SessionMiddleware, fernet_of
from .settings import ConsoleSettings
from .web import LanguageMiddleware, install_error_pages


def create_app(settings: ConsoleSettings | None = None, *, clock: Clock = system_clock,
               transport: httpx.AsyncBaseTransport | None = None,
               oidc_transport: httpx.AsyncBaseTransport | None = None) -> FastAPI:
    """`transport` reaches the four services and `oidc_transport` the identity provider (tests
    hand in-process apps); both default to the network."""
    settings = settings or ConsoleSettings()
    configure_logging("console", settings.log_json, settings.log_level)
    services = Services({"intake": settings.intake_url, "workflow": settings.workflow_url,
                         "registry": settings.registry_url, "payments": settings.payments_url},
                        settings.api_timeout_s, transport)
    oidc = OidcClient(settings, clock, oidc_transport) if settings.oidc_configured else None

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        await services.close()
        if oidc is not None:
            await oidc.close()

    app = FastAPI(title="Qorgau console", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None)
    app.state.settings, app.state.clock, app.state.services = settings, clock, services
    app.state.oidc, app.state.verifier = oidc, verifier_of(settings)
    app.state.pages = Pages(environment(), clock)
    secret = settings.session_secret or secrets.token_urlsafe(32)  # development: per process
    app.state.drafts = fernet_of(f"{secret}:drafts")  # applications being filled in
    app.add_middleware(LanguageMiddleware)
    app.add_middleware(SessionMiddleware, codec=Codec(secret), clock=clock,
                       idle_s=settings.idle_minutes * 60.0, secure=settings.production)
    install_error_pages(app)
    app.mount("/static", StaticFiles(packages=[("services.console", "static")]), name="static")
    for router in routers:
        app.include_router(router)

    @app.get("/health", include_in_schema=False)
    @app.get("/health/ready", include_in_schema=False)
    async def health() -> dict[str, str]:
        return {"status": "ok"}  # nothing of its own to wait for: no database, no consumer

    return app
