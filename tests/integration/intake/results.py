"""A workflow `ResultIssued` as the provider would publish it, and intake's handler run on it."""

from datetime import datetime
from uuid import uuid4
from zoneinfo import ZoneInfo

from contracts.envelope import Envelope
from contracts.identity import Actor, OrganisationKind, Producer, Role
from contracts.people import OrganisationRef
from contracts.workflow_events import REGISTRY, ResultIssued
from services.intake.handlers import build_handlers

PROVIDER = OrganisationRef(organisation_id="dd-talgar", kind=OrganisationKind.DISTRICT_DEPARTMENT,
                           district="talgar")


def result_issued_envelope(app_id: str, provider: OrganisationRef = PROVIDER,
                           reference: str = "DEC-1") -> Envelope:
    event = ResultIssued(case_id=app_id, regulation_id=1, outcome="approved",
                         decision_reference=reference, provider=provider,
                         issued_at=datetime(2026, 12, 1, 15, 0, tzinfo=ZoneInfo("Asia/Almaty")))
    return Envelope(
        event_id=uuid4(), stream_id=app_id, stream_version=9, event_type=event.event_type,
        schema_version=event.schema_version, occurred_at=event.issued_at,
        producer=Producer(**provider.model_dump()),
        actor=Actor(person_id="dd-talgar-executor", role=Role.RESPONSIBLE_EXECUTOR),
        correlation_id=uuid4(), payload=event.model_dump(mode="json"),
    )


async def run_handler(intake, envelope: Envelope) -> None:
    """The handler as the inbox runs it: on the app's clock, with the decoded event."""
    handlers = build_handlers(intake.app.state.clock, intake.app.state.intake_settings.keep_for)
    async with intake.pool.acquire() as conn, conn.transaction():
        await handlers[ResultIssued](conn, REGISTRY.decode(envelope), envelope)
