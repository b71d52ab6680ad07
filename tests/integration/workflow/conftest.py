"""The workflow app on a fresh database with real tokens; tests drive the projection and clock."""

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest

from contracts.envelope import Envelope
from contracts.identity import Actor, OrganisationKind, Producer, Role
from contracts.intake_events import ApplicationForwarded
from contracts.people import Applicant, OrganisationRef
from eventkit.clock import FrozenClock
from eventkit.projections import ProjectionRunner
from services.workflow.app import WorkflowSettings, create_app
from services.workflow.commanding import Cases
from services.workflow.timers import mark_overdue
from tests.support.keys import TEST_KEYS

# Monday 3 March 2025, 09:00 in Almaty
MONDAY = datetime(2025, 3, 3, 4, 0, tzinfo=UTC)
DISTRICT = "talgar"
OTHER = "kegen"
APPLICANT = Applicant(iin="850101300124", last_name="Seitkali", first_name="Aigerim")
PERIODS = [{"zone": "maximum", "from_year": 1955, "to_year": 1962, "place": "Abai",
            "kind": "residence"}]
REG1 = {"regulation_id": 1, "sub_service": "first_registration"}  # what a reg. 1 draft names


def org_id(kind: OrganisationKind, district: str | None, rural: str | None = None) -> str:
    return f"{kind.value}-{district or 'oblast'}" + (f"-{rural}" if rural else "")


@dataclass
class Workflow:
    service: Any
    issue_token: Any
    etags: dict[str, str] = field(default_factory=dict)

    @property
    def clock(self) -> FrozenClock:
        """The clock the app was built with: routes, the handler and the timer all read it."""
        clock: FrozenClock = self.app.state.clock
        return clock

    @property
    def cases(self) -> Cases:
        cases: Cases = self.app.state.cases
        return cases

    @property
    def http(self):
        return self.service.client

    @property
    def app(self):
        return self.service.app

    @property
    def pool(self):
        return self.service.app.state.pool

    def headers(self, kind=OrganisationKind.DISTRICT_DEPARTMENT, role=Role.OFFICE_CLERK,
                district: str | None = DISTRICT, rural: str | None = None,
                person: str | None = None, org: str | None = None) -> dict[str, str]:
        organisation, person = self.who(kind, role, district, rural, person, org)
        if kind in (OrganisationKind.OBLAST_DEPARTMENT, OrganisationKind.PORTAL,
                    OrganisationKind.TREASURY):
            district = None
        rural = (rural or "tuzdybastau") if kind is OrganisationKind.RURAL_AKIM else None
        token = self.issue_token(organisation, kind.value, role.value, district, rural, person)
        return {"Authorization": f"Bearer {token}"}

    @staticmethod
    def who(kind=OrganisationKind.DISTRICT_DEPARTMENT, role=Role.OFFICE_CLERK,
            district: str | None = DISTRICT, rural: str | None = None,
            person: str | None = None, org: str | None = None) -> tuple[str, str]:
        """(organisation, person) of the caller `headers` makes a token for."""
        if kind in (OrganisationKind.OBLAST_DEPARTMENT, OrganisationKind.PORTAL,
                    OrganisationKind.TREASURY):
            district = None
        # only an akim's office lies in a rural district
        rural = (rural or "tuzdybastau") if kind is OrganisationKind.RURAL_AKIM else None
        return org or org_id(kind, district, rural), person or f"{role.value}-1"

    async def head_signature(self, case_id: str, **who: Any) -> str:
        """What the head's own signing client sends: the case's decision document, fetched as
        the head and signed with the head's personal key."""
        document = await self.http.get(f"/v1/cases/{case_id}/draft/document",
                                       headers=self.headers(**who))
        if document.status_code != 200:
            return "ed25519:none:none"  # the case does not wait for a signature: let it say so
        organisation, person = self.who(**who)
        return TEST_KEYS.ring(organisation, person).sign(organisation, document.content,
                                                         self.clock.now, person_id=person)

    async def catch_up(self) -> int:
        """Project until the read models have every event committed so far."""
        projections = self.app.state.runtime.spec.projections
        return await ProjectionRunner(self.pool, projections).catch_up()

    async def scan(self, now: datetime) -> int:
        """One tick of the deadline timer at `now` (what the running loop does every scan)."""
        return await mark_overdue(self.cases, self.pool, now)

    async def forward(self, regulation_id: int = 1, sub_service: str | None = "first_registration",
                      channel: str = "state_corporation", provider: OrganisationRef | None = None,
                      application_id: str | None = None) -> str:
        """An ApplicationForwarded from a front office, through the inbox handler."""
        envelope = forwarded_envelope(regulation_id, sub_service, channel, provider,
                                      application_id or str(uuid.uuid4()), self.clock.now)
        spec = self.app.state.runtime.spec
        event = spec.registry.decode(envelope)  # as the inbox hands it over: decoded once
        async with self.pool.acquire() as conn, conn.transaction():
            await spec.handlers[ApplicationForwarded](conn, event, envelope)
        self.etags[envelope.stream_id] = 'W/"2"'
        return envelope.stream_id

    async def post(self, case_id: str, path: str, body: dict | None = None, **who) -> Any:
        """A step as `who` takes it; signing, as a head signs: with their own signature of the
        decision document (unless the body brings one)."""
        if path == "/signature" and "signature" not in (body or {}):
            body = {**(body or {}), "signature": await self.head_signature(case_id, **who)}
        headers = {**self.headers(**who), "If-Match": self.etags.get(case_id, 'W/"0"')}
        answer = await self.http.post(f"/v1/cases/{case_id}{path}", json=body or {},
                                      headers=headers)
        if answer.status_code == 200:
            self.etags[case_id] = answer.headers["ETag"]
        return answer


def district_department(district: str = DISTRICT) -> OrganisationRef:
    kind = OrganisationKind.DISTRICT_DEPARTMENT
    return OrganisationRef(organisation_id=org_id(kind, district), kind=kind, district=district)


def forwarded_envelope(regulation_id: int, sub_service: str | None, channel: str,
                       provider: OrganisationRef | None, application_id: str,
                       now: datetime) -> Envelope:
    provider = provider or district_department()
    front = Producer(organisation_id=f"sc-{provider.district}",
                     kind=OrganisationKind.STATE_CORPORATION, district=provider.district)
    event = ApplicationForwarded(
        application_id=application_id, regulation_id=regulation_id, sub_service=sub_service,
        channel=channel, catalogue_version="r547_2019_12_03", accepted_at=now,
        receipt_number="SC-2025-000001", applicant=APPLICANT, provider=provider,
        forwarded_at=now, facts={"periods": PERIODS},
    )
    TEST_KEYS.ensure(provider.organisation_id)  # the provider signs the case it opens
    return TEST_KEYS.sign(Envelope(
        event_id=uuid.uuid4(), stream_id=application_id, stream_version=2,
        event_type=event.event_type, schema_version=1, occurred_at=now, producer=front,
        actor=Actor(person_id="operator-7", role=Role.OPERATOR), correlation_id=uuid.uuid4(),
        payload=event.model_dump(mode="json"),
    ))


def on_monday(settings, **workflow: Any):
    """The app on a clock standing at MONDAY 09:00; tests move it by hand."""
    return create_app(settings, WorkflowSettings(**workflow), clock=FrozenClock(MONDAY))


@pytest.fixture
async def workflow(start_service, issue_token) -> Workflow:
    service = await start_service(
        lambda settings: on_monday(settings, WORKFLOW_OVERDUE_SCAN_S=3600), RUN_BACKGROUND=False)
    return Workflow(service, issue_token)
