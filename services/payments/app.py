"""The payments service: composition root. No I/O at import; `create_app` builds everything."""

from collections.abc import Callable
from datetime import UTC, datetime

from fastapi import FastAPI
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from contracts import payments_events, topics, treasury_events, workflow_events
from contracts.identity import OrganisationKind, Producer
from eventkit.service import ServiceSpec, create_service_app
from eventkit.settings import ServiceSettings
from services.payments import api, handlers, releasing
from services.payments.projections import PAYMENTS

Clock = Callable[[], datetime]


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

    def identity(self) -> handlers.Identity:
        return handlers.Identity(
            Producer(organisation_id=self.organisation_id, kind=self.organisation_kind)
        )


def _utc_now() -> datetime:
    return datetime.now(UTC)


def build_spec(clock: Clock = _utc_now, options: PaymentsSettings | None = None) -> ServiceSpec:
    options = options or PaymentsSettings()
    identity = options.identity()
    loops = {}
    if options.auto_release:
        loops["envelope-release"] = releasing.release_loop(
            clock, identity.producer, identity.actor, options.release_interval_s)
    registry = payments_events.REGISTRY.merged(treasury_events.REGISTRY).merged(
        workflow_events.REGISTRY)
    return ServiceSpec(
        name="payments",
        migrations="services.payments.migrations",
        registry=registry,
        routers=[api.router],
        projections=[PAYMENTS],
        subscriptions=[topics.WORKFLOW_CASES, topics.TREASURY_ANSWERS],
        handlers=handlers.handlers_for(identity),
        loops=loops,
        title="Qorgau payments",
        description="Compensation and benefit assignments, payment schedule, treasury envelopes"
        " and their reconciliation.",
    )


def create_app(
    settings: ServiceSettings | None = None,
    clock: Clock | None = None,
    options: PaymentsSettings | None = None,
) -> FastAPI:
    app = create_service_app(build_spec(clock or _utc_now, options), settings)
    if clock is not None:
        app.state.clock = clock
    return app
