"""A workflow `ResultIssued` and the registry's word on the decision (a certificate issued, or a
registration conflict) as their producers would publish them, and intake's handlers run on them."""

from datetime import datetime
from uuid import uuid4
from zoneinfo import ZoneInfo

from contracts.envelope import Envelope
from contracts.events import Event
from contracts.identity import Actor, OrganisationKind, Producer, Role
from contracts.people import OrganisationRef
from contracts.registry_events import REGISTRY as REGISTRY_DOCUMENTS
from contracts.registry_events import DocumentIssued, DocumentKind, RegistrationConflict
from contracts.workflow_events import REGISTRY as WORKFLOW
from contracts.workflow_events import ResultIssued
from services.intake.handlers import build_handlers
from tests.support.keys import TEST_KEYS

REGISTRY = WORKFLOW.merged(REGISTRY_DOCUMENTS)
ISSUED_AT = datetime(2026, 12, 1, 15, 0, tzinfo=ZoneInfo("Asia/Almaty"))

PROVIDER = OrganisationRef(organisation_id="dd-talgar", kind=OrganisationKind.DISTRICT_DEPARTMENT,
                           district="talgar")


def result_issued_envelope(app_id: str, provider: OrganisationRef = PROVIDER,
                           reference: str = "DEC-1") -> Envelope:
    event = ResultIssued(case_id=app_id, regulation_id=1, outcome="approved",
                         decision_reference=reference, provider=provider, issued_at=ISSUED_AT)
    return _envelope(event, app_id, provider)


def certificate_issued_envelope(app_id: str, number: str = "dd-talgar-2026-000001",
                                provider: OrganisationRef = PROVIDER) -> Envelope:
    """The registry issued the reg. 1 certificate the case's decision ordered."""
    event = DocumentIssued(
        document_id=str(uuid4()), holder_id=str(uuid4()), kind=DocumentKind.SEMEY_CERTIFICATE,
        number=number, authority_id=provider.organisation_id, year=2026, sequence=1,
        verification_code="v" * 24, issued_at=ISSUED_AT, case_id=app_id)
    return _envelope(event, str(uuid4()), provider)


def conflict_envelope(app_id: str, registered_case_id: str,
                      provider: OrganisationRef = PROVIDER) -> Envelope:
    """The registry made no entry: the person is registered through another case."""
    event = RegistrationConflict(
        holder_id=str(uuid4()), case_id=app_id, decision_reference="DEC-2", provider=provider,
        registered_case_id=registered_case_id, registered_district="balkhash",
        detected_at=ISSUED_AT)
    return _envelope(event, str(uuid4()), provider)


def _envelope(event: Event, stream_id: str, provider: OrganisationRef) -> Envelope:
    return TEST_KEYS.sign(Envelope(
        event_id=uuid4(), stream_id=stream_id, stream_version=9, event_type=event.event_type,
        schema_version=event.schema_version, occurred_at=ISSUED_AT,
        producer=Producer(**provider.model_dump()),
        actor=Actor(person_id="dd-talgar-executor", role=Role.RESPONSIBLE_EXECUTOR),
        correlation_id=uuid4(), payload=event.model_dump(mode="json"),
    ))


async def run_handler(intake, envelope: Envelope) -> None:
    """The handler as the inbox runs it: on the app's clock, with the decoded event."""
    handlers = build_handlers(intake.app.state.clock, intake.app.state.intake_settings.keep_for)
    event = REGISTRY.decode(envelope)
    async with intake.pool.acquire() as conn, conn.transaction():
        await handlers[type(event)](conn, event, envelope)
