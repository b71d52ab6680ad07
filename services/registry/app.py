"""The registry service: wiring only, no I/O at import."""

from fastapi import FastAPI

from contracts import topics
from contracts import workflow_events as wf
from contracts.registry_events import REGISTRY
from eventkit.clock import Clock, system_clock
from eventkit.metrics import Gauge, ReadModelGauges
from eventkit.service import ServiceSpec, create_service_app

from . import api, queries, verification
from .handlers import build_handlers
from .projections import PROJECTIONS
from .ratelimit import TokenBucket
from .settings import RegistrySettings
from .timers import timers

DESCRIPTION = (
    "Register of citizens affected by the nuclear tests at the Semey test site, the documents of "
    "regulations 1, 13, 15, 16 and 17 (issue, duplicate, revocation, print) and their public "
    "verification."
)


METRICS = [ReadModelGauges(queries.document_gauges, ["district", "kind", "status"], [
    Gauge("qorgau_documents", "Documents by where, kind and status", "documents"),
    Gauge("qorgau_documents_overdue", "Requested documents past their due time", "overdue"),
])]


def build_spec(settings: RegistrySettings, clock: Clock) -> ServiceSpec:
    return ServiceSpec(
        name="registry",
        migrations="services.registry.migrations",
        registry=REGISTRY.merged(wf.REGISTRY),
        routers=(api.router, verification.router),
        projections=PROJECTIONS,
        subscriptions=(topics.WORKFLOW_CASES,),
        handlers=build_handlers(clock),
        timers=timers(settings.overdue_interval_s),
        metrics=METRICS,
        clock=clock,
        title="Qorgau registry",
        description=DESCRIPTION,
    )


def create_app(settings: RegistrySettings | None = None, clock: Clock = system_clock) -> FastAPI:
    settings = settings or RegistrySettings()
    app = create_service_app(build_spec(settings, clock), settings)
    app.state.verify_limiter = TokenBucket(settings.verify_burst, settings.verify_per_minute)
    return app
