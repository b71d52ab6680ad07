"""The payments service: composition root. No I/O at import; `create_app` builds everything."""

from fastapi import FastAPI
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from contracts import payments_events, topics, treasury_events, workflow_events
from contracts.identity import OrganisationKind, Producer
from eventkit.clock import Clock, system_clock
from eventkit.metrics import Gauge, ReadModelGauges
from eventkit.service import ServiceSpec, create_service_app
from eventkit.settings import ServiceSettings

from . import queries
from .api import router
from .commanding import Identity
from .handlers import build_handlers
from .projections import PROJECTIONS
from .timers import timers


class PaymentsSettings(BaseSettings):
    """The service's own knobs, next to the shared ServiceSettings."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore", frozen=True)

    auto_release: bool = Field(default=True, validation_alias="PAYMENTS_AUTO_RELEASE")
    release_interval_s: float = Field(default=60.0, validation_alias="PAYMENTS_RELEASE_INTERVAL_S")
    # the department that plans payments and writes what the service does on its own
    organisation_id: str = Field(default="oblast-dept", validation_alias="PAYMENTS_ORGANISATION_ID")
    organisation_kind: OrganisationKind = Field(
        default=OrganisationKind.OBLAST_DEPARTMENT, validation_alias="PAYMENTS_ORGANISATION_KIND"
    )

    @field_validator("organisation_kind")
    @classmethod
    def _plans_payments(cls, kind: OrganisationKind) -> OrganisationKind:
        allowed = payments_events.CompensationAssigned.producers
        if kind not in allowed:
            raise ValueError(f"payments are planned by {sorted(k.value for k in allowed)}")
        return kind

    def identity(self) -> Identity:
        return Identity(Producer(organisation_id=self.organisation_id, kind=self.organisation_kind))


METRICS = [ReadModelGauges(
    queries.payment_gauges, ["district", "regulation", "status", "currency"], [
        Gauge("qorgau_payments", "Payments by where, regulation and status (awaiting_details,"
              " ready, ordered, confirmed, returned, conflict)", "payments"),
        Gauge("qorgau_payments_amount", "The money of the payments in each status", "amount"),
    ],
)]


def build_spec(options: PaymentsSettings | None = None,
               clock: Clock = system_clock) -> ServiceSpec:
    options = options or PaymentsSettings()
    identity = options.identity()
    registry = payments_events.REGISTRY.merged(treasury_events.REGISTRY).merged(
        workflow_events.REGISTRY)
    return ServiceSpec(
        name="payments",
        migrations="services.payments.migrations",
        registry=registry,
        routers=[router],
        projections=PROJECTIONS,
        subscriptions=[topics.WORKFLOW_CASES, topics.TREASURY_ANSWERS],
        handlers=build_handlers(clock, identity),
        timers=timers(identity, options.release_interval_s) if options.auto_release else [],
        metrics=METRICS,
        clock=clock,
        title="Qorgau payments",
        description="Compensation and benefit assignments, payment schedule, treasury envelopes"
        " and their reconciliation.",
    )


def create_app(
    settings: ServiceSettings | None = None,
    clock: Clock = system_clock,
    options: PaymentsSettings | None = None,
) -> FastAPI:
    return create_service_app(build_spec(options, clock), settings)
