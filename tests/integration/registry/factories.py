"""Signed decisions as the workflow would publish them (the provider's and the head's
signatures), IINs that pass the parser, and the real inbox and projection runner driven by
hand."""

from datetime import UTC, datetime
from uuid import uuid4

from aiokafka import ConsumerRecord

from contracts import workflow_events as wf
from contracts.envelope import Envelope
from contracts.identity import OrganisationKind
from contracts.iin import check_digit
from contracts.people import Applicant, OrganisationRef
from eventkit.clock import Clock, system_clock
from eventkit.inbox import Inbox
from eventkit.projections import ProjectionRunner
from services.registry.handlers import build_handlers
from services.registry.projections import PROJECTIONS
from tests.support.cases import AfterOpening, signed_decision
from tests.support.keys import TEST_KEYS

SIGNED = datetime(2025, 3, 3, 6, 0, tzinfo=UTC)
# the catalogue version in force on SIGNED: the registry reads its issue terms from it
VERSION = "r547_2019_12_03"


def iin(serial: int) -> str:
    """A valid IIN, distinct for every serial (the birth day moves when no check digit exists)."""
    for day in range(1, 29):
        first = f"8501{day:02d}3{serial % 10000:04d}"
        digit = check_digit(first)
        if digit is not None:
            return f"{first}{digit}"
    raise AssertionError("unreachable: some day always admits a check digit")


def department(district: str) -> OrganisationRef:
    return OrganisationRef(organisation_id=f"dd-{district}",
                           kind=OrganisationKind.DISTRICT_DEPARTMENT, district=district)


OBLAST = OrganisationRef(organisation_id="oblast-dept", kind=OrganisationKind.OBLAST_DEPARTMENT)

RECOGNITION = {"recognition": {"periods": [
    {"zone": "extreme", "from_year": 1949, "to_year": 1965, "place": "Semey", "kind": "residence"},
]}}


def decision(
    holder_iin: str,
    provider: OrganisationRef | None = None,
    regulation_id: int = 1,
    payload: dict | None = None,
    case_id: str | None = None,
    sub_service: str | None = None,
    stage: int | None = None,
    signed_at: datetime = SIGNED,
    registered_at: datetime | None = None,
    catalogue_version: str = VERSION,
) -> Envelope:
    provider = provider or department("talgar")
    event = wf.DecisionSigned(
        case_id=case_id or f"case-{uuid4().hex[:10]}",
        regulation_id=regulation_id,
        sub_service=sub_service,
        catalogue_version=catalogue_version,
        outcome="approved",
        decision_reference=f"D-{uuid4().hex[:6]}",
        applicant=Applicant(iin=holder_iin, last_name="Абаев", first_name="Берик",
                            middle_name="Серикович"),
        provider=provider,
        signed_at=signed_at,
        payload=RECOGNITION if payload is None else payload,
        stage=stage,
        registered_at=registered_at,
    )
    return signed_decision(event, version=3)


def record(envelope, partition=0, offset=0) -> ConsumerRecord:
    value = envelope.to_json()
    return ConsumerRecord(
        topic="workflow.cases", partition=partition, offset=offset, timestamp=0,
        timestamp_type=0, key=envelope.stream_id.encode(), value=value, checksum=None,
        serialized_key_size=0, serialized_value_size=len(value), headers=(),
    )


def inbox(pool, clock: Clock = system_clock) -> Inbox:
    """The registry's real inbox, as the broker feeds it: each case's opening before its
    decision."""
    return AfterOpening(pool, consumer=None, name="registry", handlers=build_handlers(clock),
                        registry=wf.REGISTRY, keys=TEST_KEYS.verifier())


async def project(pool) -> None:
    await ProjectionRunner(pool, PROJECTIONS).catch_up()


async def count(pool, sql: str, *args) -> int:
    async with pool.acquire() as conn:
        return await conn.fetchval(sql, *args)
