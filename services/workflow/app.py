"""Composition root of the workflow service: `create_app()` wires the spec; no I/O at import."""

from datetime import UTC, datetime

from fastapi import FastAPI
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from contracts import topics
from contracts.intake_events import REGISTRY as INTAKE
from contracts.workflow_events import REGISTRY
from eventkit.decider import Decider
from eventkit.service import ServiceSpec, create_service_app
from eventkit.settings import ServiceSettings

from .api import router
from .domain import CatalogueSource, Catalogues, Engine, evolve, initial_state
from .handlers import build_handlers
from .projections import cases_projection
from .scheduler import overdue_loop


class WorkflowSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", extra="ignore", frozen=True)

    overdue_scan_s: float = Field(default=30.0, gt=0, validation_alias="WORKFLOW_OVERDUE_SCAN_S")


def build_spec(engine: Engine, decider: Decider, clock, settings: WorkflowSettings) -> ServiceSpec:
    def participants(opened) -> list[str]:
        plan = engine.plan(opened.catalogue_version, opened.regulation_id, opened.route_id)
        return sorted({step.org.value for step in plan})

    return ServiceSpec(
        name="workflow",
        migrations="services.workflow.migrations",
        registry=REGISTRY.merged(INTAKE),
        routers=[router],
        projections=[cases_projection(participants)],
        subscriptions=[topics.INTAKE_APPLICATIONS],
        handlers=build_handlers(decider, clock),
        loops={"overdue": overdue_loop(decider, clock, settings.overdue_scan_s)},
        title="Qorgau workflow",
        description="Cases moving through their regulation's steps: registration, assignment, "
        "extensions, decisions, signature and the issued result; deadlines and the inbox.",
    )


def create_app(
    settings: ServiceSettings | None = None,
    workflow: WorkflowSettings | None = None,
    catalogues: CatalogueSource | None = None,
) -> FastAPI:
    workflow = workflow or WorkflowSettings()
    engine = Engine(catalogues or Catalogues.packaged())
    decider = Decider(initial_state, engine.decide, evolve, REGISTRY)
    holder: dict[str, FastAPI] = {}

    def clock() -> datetime:
        # the API's clock too: tests set `app.state.clock` (a datetime or a callable)
        fixed = getattr(holder["app"].state, "clock", None)
        if fixed is None:
            return datetime.now(UTC)
        return fixed() if callable(fixed) else fixed

    app = create_service_app(build_spec(engine, decider, clock, workflow), settings)
    holder["app"] = app
    app.state.engine, app.state.decider = engine, decider
    return app
