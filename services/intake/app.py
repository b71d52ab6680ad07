"""Composition root of the intake service: `create_app()` wires the spec; no I/O at import."""

import re

from fastapi import FastAPI
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from contracts import topics
from contracts.directory import Directory, load_directory
from contracts.durations import Duration, DurationUnit
from contracts.intake_events import REGISTRY
from contracts.registry_events import REGISTRY as REGISTRY_DOCUMENTS
from contracts.workflow_events import REGISTRY as WORKFLOW
from eventkit.clock import Clock, system_clock
from eventkit.metrics import Gauge, ReadModelGauges
from eventkit.service import ServiceSpec, create_service_app
from eventkit.settings import ServiceSettings

from . import queries
from .api import router
from .handlers import build_handlers
from .organisations import router as organisations_router
from .projections import PROJECTIONS
from .timers import timers

_TERM = re.compile(r"^(\d+)\s+(minutes|hours|working_days|calendar_days|months)$")


class IntakeSettings(BaseSettings):
    """Intake's own knobs, from the environment."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore", frozen=True)

    # The Standards have the State Corporation keep an uncollected result for a month and then
    # send it back to the provider; another period is one variable away ("30 calendar_days").
    keep_results_for: str = Field(default="1 months", validation_alias="INTAKE_KEEP_RESULTS_FOR")
    return_sweep_s: float = Field(default=60.0, gt=0, validation_alias="INTAKE_RETURN_SWEEP_S")
    # API-only replicas (and tests that feed the handlers directly) leave the consumer group alone
    subscribe: bool = Field(default=True, validation_alias="INTAKE_SUBSCRIBE")
    # who accepts what where and whom a package goes to (empty: the packaged Almaty directory)
    organisation_directory: str = Field(default="", validation_alias="ORGANISATION_DIRECTORY")

    @field_validator("keep_results_for")
    @classmethod
    def _term(cls, value: str) -> str:
        if _TERM.match(value.strip()) is None:
            raise ValueError("expected '<n> <minutes|hours|working_days|calendar_days|months>'")
        return value.strip()

    @property
    def keep_for(self) -> Duration:
        match = _TERM.match(self.keep_results_for)
        assert match is not None
        return Duration(value=int(match.group(1)), unit=DurationUnit(match.group(2)))

    @property
    def directory(self) -> Directory:
        return load_directory(self.organisation_directory or None)


METRICS = [ReadModelGauges(
    queries.application_gauges, ["district", "regulation", "channel", "status"],
    [Gauge("qorgau_applications", "Applications by where, what, how received and status",
           "applications")],
)]


def build_spec(intake: IntakeSettings, clock: Clock) -> ServiceSpec:
    return ServiceSpec(
        name="intake",
        migrations="services.intake.migrations",
        registry=REGISTRY.merged(WORKFLOW).merged(REGISTRY_DOCUMENTS),
        routers=[router, organisations_router],
        projections=PROJECTIONS,
        subscriptions=[topics.WORKFLOW_CASES, topics.REGISTRY_DOCUMENTS] if intake.subscribe
        else [],
        handlers=build_handlers(clock, intake.keep_for) if intake.subscribe else {},
        timers=timers(intake.return_sweep_s),
        metrics=METRICS,
        clock=clock,
        title="Qorgau intake",
        description="Applications from every channel, receipts and refusal receipts, forwarding "
        "to the provider, and hand-over of the result.",
    )


def create_app(
    settings: ServiceSettings | None = None,
    intake: IntakeSettings | None = None,
    clock: Clock = system_clock,
) -> FastAPI:
    intake = intake or IntakeSettings()
    app = create_service_app(build_spec(intake, clock), settings)
    app.state.intake_settings, app.state.directory = intake, intake.directory
    return app
