"""Composition root of the workflow service: `create_app()` wires the spec; no I/O at import."""

from fastapi import FastAPI
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from contracts import topics
from contracts.directory import Directory, load_directory
from contracts.intake_events import REGISTRY as INTAKE
from contracts.workflow_events import REGISTRY
from eventkit.clock import Clock, system_clock
from eventkit.metrics import Gauge, ReadModelGauges
from eventkit.service import ServiceSpec, create_service_app
from eventkit.settings import ServiceSettings

from . import queries
from .api import router
from .commanding import Cases
from .domain import Catalogues, CatalogueSource
from .handlers import build_handlers
from .projections import cases_projection
from .timers import timers


class WorkflowSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", extra="ignore", frozen=True)

    overdue_scan_s: float = Field(default=30.0, gt=0, validation_alias="WORKFLOW_OVERDUE_SCAN_S")
    # the organisations and their staff rosters (empty: the packaged Almaty directory)
    organisation_directory: str = Field(default="", validation_alias="ORGANISATION_DIRECTORY")

    @property
    def directory(self) -> Directory:
        return load_directory(self.organisation_directory or None)


METRICS = [
    ReadModelGauges(queries.step_gauges, ["district", "regulation"], [
        Gauge("qorgau_steps_open", "Steps waiting for someone", "open"),
        Gauge("qorgau_steps_overdue", "Waiting steps past their due time (or with an applicant"
              " notice past its due)", "overdue"),
        Gauge("qorgau_steps_due_today", "Waiting steps not yet overdue that are due before the"
              " end of today", "due_today"),
    ]),
    ReadModelGauges(queries.case_gauges, ["district", "regulation", "status"], [
        Gauge("qorgau_cases", "Cases by where, regulation and status", "cases"),
    ]),
]


def build_spec(cases: Cases, workflow: WorkflowSettings, clock: Clock) -> ServiceSpec:
    return ServiceSpec(
        name="workflow",
        migrations="services.workflow.migrations",
        registry=REGISTRY.merged(INTAKE),
        routers=[router],
        projections=[cases_projection(cases.participants)],
        subscriptions=[topics.INTAKE_APPLICATIONS],
        handlers=build_handlers(cases, clock),
        timers=timers(cases, workflow.overdue_scan_s),
        metrics=METRICS,
        clock=clock,
        title="Qorgau workflow",
        description="Cases moving through their regulation's steps: registration, assignment, "
        "extensions, decisions, signature and the issued result; deadlines and the inbox.",
    )


def create_app(
    settings: ServiceSettings | None = None,
    workflow: WorkflowSettings | None = None,
    catalogues: CatalogueSource | None = None,
    clock: Clock = system_clock,
) -> FastAPI:
    workflow = workflow or WorkflowSettings()
    cases = Cases(catalogues or Catalogues.packaged())
    app = create_service_app(build_spec(cases, workflow, clock), settings)
    app.state.cases, app.state.workflow_settings = cases, workflow
    app.state.directory = workflow.directory
    return app
