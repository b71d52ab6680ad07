"""Decisions, treasury answers and deliveries for the payments integration tests."""

from datetime import UTC, datetime
from itertools import count
from uuid import UUID, uuid4

from aiokafka.structs import ConsumerRecord

from contracts import topics
from contracts.envelope import Envelope
from contracts.events import Event
from contracts.identity import Actor, OrganisationKind, Producer, Role
from contracts.people import Applicant, OrganisationRef
from contracts.workflow_events import DecisionSigned
from eventkit.inbox import Inbox
from services.payments.app import build_spec
from tests.support.cases import AfterOpening
from tests.support.keys import TEST_KEYS

SIGNED = datetime(2025, 3, 3, 6, 0, tzinfo=UTC)
EXTREME_1949_1965 = {"recognition": {"periods": [
    {"zone": "extreme", "from_year": 1949, "to_year": 1965, "place": "Semey",
     "kind": "residence"}]}}
VALID_IBAN = "KZ86125KZT5004100100"
OTHER_IBAN = "KZ59125KZT5004100101"
_offsets = count()


def person(iin: str = "850101300015") -> Applicant:
    return Applicant(iin=iin, last_name="Ахметов", first_name="Берик")


def envelope_of(event: Event, producer: Producer, actor: Actor, stream_id: str,
                version: int = 1, event_id: UUID | None = None) -> Envelope:
    """The event as its producer publishes it: signed with the producer's key."""
    return TEST_KEYS.sign(Envelope(
        event_id=event_id or uuid4(), stream_id=stream_id, stream_version=version,
        event_type=event.event_type, schema_version=event.schema_version,
        occurred_at=datetime.now(UTC), producer=producer, actor=actor, correlation_id=uuid4(),
        payload=event.model_dump(mode="json"),
    ))


def decision(case_id: str, applicant: Applicant | None = None, *, regulation_id: int = 1,
             district: str = "talgar", payload: dict | None = None,
             outcome: str = "approved", event_id: UUID | None = None) -> Envelope:
    provider = OrganisationRef(organisation_id=f"dd-{district}",
                               kind=OrganisationKind.DISTRICT_DEPARTMENT, district=district)
    event = DecisionSigned(
        case_id=case_id, regulation_id=regulation_id, catalogue_version="2018-03-01",
        outcome=outcome, decision_reference=f"D-{case_id}", applicant=applicant or person(),
        provider=provider, signed_at=SIGNED,
        payload=EXTREME_1949_1965 if payload is None else payload,
    )
    head = f"dd-{district}-head"
    event = event.model_copy(update={"head_signature": TEST_KEYS.head_signature(event, head)})
    producer = Producer(organisation_id=f"dd-{district}",
                        kind=OrganisationKind.DISTRICT_DEPARTMENT, district=district)
    actor = Actor(person_id=head, role=Role.HEAD)
    return envelope_of(event, producer, actor, f"case-{case_id}", 9, event_id)


def treasury_answer(event: Event, envelope_id: UUID, version: int,
                    event_id: UUID | None = None) -> Envelope:
    producer = Producer(organisation_id="treasury", kind=OrganisationKind.TREASURY)
    actor = Actor(person_id="treasury-gateway", role=Role.TREASURY)
    return envelope_of(event, producer, actor, f"treasury-{envelope_id}", version, event_id)


def record(envelope: Envelope, topic: str = topics.WORKFLOW_CASES) -> ConsumerRecord:
    value = envelope.to_json()
    return ConsumerRecord(topic=topic, partition=0, offset=next(_offsets), timestamp=0,
                          timestamp_type=0, key=envelope.stream_id.encode(), value=value,
                          checksum=None, serialized_key_size=0, serialized_value_size=len(value),
                          headers=())


def inbox(pool, name: str = "payments") -> Inbox:
    """The payments' real inbox, as the broker feeds it: each case's opening before its
    decision."""
    spec = build_spec()
    return AfterOpening(pool, None, name, spec.handlers, spec.registry,  # type: ignore[arg-type]
                        keys=TEST_KEYS.verifier())


async def deliver(pool, envelope: Envelope, topic: str = topics.WORKFLOW_CASES,
                  name: str = "payments") -> Inbox:
    box = inbox(pool, name)
    await box.process(record(envelope, topic))
    return box
