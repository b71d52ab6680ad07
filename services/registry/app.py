"""The registry service: wiring only, no I/O at import."""

from datetime import UTC, datetime

from fastapi import FastAPI

from contracts import topics
from contracts import workflow_events as wf
from contracts.registry_events import REGISTRY
from eventkit.service import ServiceSpec, create_service_app

from . import api, verification
from .handlers import HANDLERS
from .overdue import overdue_loop
from .projections import PROJECTIONS
from .ratelimit import TokenBucket
from .settings import RegistrySettings

DESCRIPTION = (
    "Register of citizens affected by the nuclear tests at the Semey test site, the documents of "
    "regulations 1, 13, 15, 16 and 17 (issue, duplicate, revocation, print) and their public "
    "verification."
)


def build_spec(app_clock, settings: RegistrySettings) -> ServiceSpec:
    return ServiceSpec(
        name="registry",
        migrations="services.registry.migrations",
        registry=REGISTRY.merged(wf.REGISTRY),
        routers=(api.router, verification.router),
        projections=PROJECTIONS,
        subscriptions=(topics.WORKFLOW_CASES,),
        handlers=HANDLERS,
        loops={"overdue": overdue_loop(app_clock, settings.overdue_interval_s)},
        title="Qorgau registry",
        description=DESCRIPTION,
    )


def create_app(settings: RegistrySettings | None = None) -> FastAPI:
    settings = settings or RegistrySettings()  # type: ignore[call-arg]
    app: FastAPI | None = None

    def clock() -> datetime:
        # the same injectable clock as the API: tests set app.state.clock
        injected = getattr(app.state, "clock", None) if app is not None else None
        return injected() if injected is not None else datetime.now(UTC)

    app = create_service_app(build_spec(clock, settings), settings)
    app.state.verify_limiter = TokenBucket(settings.verify_burst, settings.verify_per_minute)
    return app
