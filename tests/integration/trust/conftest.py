"""The real consumers of decisions and forwarded applications (registry, payments, intake,
workflow) with every loop running on the session's broker, and an attacker's reach: messages
published straight to the topics, signed with whatever keys the attacker holds.

The services sign with the session's keys (`tests/support/keys.py`) and check against a key set
of this package's own: the session's keys and the keys these tests add (a rotated key, a key
that is then revoked), so a revocation here never touches another test's key set.
"""

import itertools
import tempfile
import uuid
from collections.abc import Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI

from contracts import topics
from contracts.envelope import Envelope
from contracts.identity import Actor, OrganisationKind, Producer, Role
from contracts.intake_events import ApplicationForwarded
from contracts.people import Applicant, OrganisationRef
from contracts.workflow_events import DecisionSigned, ResultIssued
from eventkit import kafka
from eventkit.clock import FrozenClock
from eventkit.db import ensure_database
from eventkit.identity import Principal, TokenIssuer
from eventkit.settings import ServiceSettings
from eventkit.signing import KeyRing, KeySet, PublishedKey, new_key, write_key_set
from qorgau import embedded
from qorgau.devstack import FAST_GROUPS
from services.intake.app import create_app as intake_app
from services.payments.app import PaymentsSettings
from services.payments.app import create_app as payments_app
from services.registry.app import create_app as registry_app
from services.registry.settings import RegistrySettings
from services.workflow.app import create_app as workflow_app
from tests.integration.registry.factories import iin
from tests.support.cases import case_opened
from tests.support.keys import TEST_KEYS
from tests.support.polling import eventually

# the tests' decisions are signed on Monday 3 March 2025; the services' clocks stand at
# Wednesday 5 March 2025, 10:00 in Almaty, a payment day after the release hour
SIGNED = datetime(2025, 3, 3, 6, 0, tzinfo=UTC)
NOW = datetime(2025, 3, 5, 5, 0, tzinfo=UTC)
TALGAR = OrganisationRef(organisation_id="dd-talgar", kind=OrganisationKind.DISTRICT_DEPARTMENT,
                         district="talgar")
KARASAI = OrganisationRef(organisation_id="dd-karasai", kind=OrganisationKind.DISTRICT_DEPARTMENT,
                          district="karasai")
FRONT_OFFICE = Producer(organisation_id="gfc-talgar", kind=OrganisationKind.STATE_CORPORATION,
                        district="talgar")
HEAD = "dd-talgar-head"
ATTACKER_IBAN = "KZ33125KZT5004100666"  # the account the forged decision pays into
# the issue's figures: reg. 1's compensation for the Semey extreme zone, 1949-1965
RECOGNITION = {"recognition": {"periods": [
    {"zone": "extreme", "from_year": 1949, "to_year": 1965, "place": "Semey",
     "kind": "residence"}]}}
FORGED_PAYLOAD = {**RECOGNITION, "payout": {"kind": "bank_account", "iban": ATTACKER_IBAN}}
CATALOGUE = "r547_2019_12_03"


class Authority:
    """The key set the trust tests' services check against, as a file: the session's keys
    and keys of its own, which it publishes, rotates in and revokes."""

    def __init__(self, home: Path) -> None:
        self.key_set_file = home / "keyset.json"
        self.own: dict[str, tuple[PublishedKey, Ed25519PrivateKey]] = {}
        self.publish()

    def publish(self) -> None:
        own = [published for published, _ in self.own.values()]
        write_key_set(self.key_set_file, KeySet([*TEST_KEYS.key_set(), *own]))

    def add(self, kid: str, organisation_id: str, not_before: datetime,
            person_id: str | None = None) -> KeyRing:
        """A new key of the organisation, published; its ring signs with it."""
        pair = new_key(kid, organisation_id, not_before, person_id=person_id)
        self.own[kid] = pair
        self.publish()
        return KeyRing([pair])

    def adopt(self, pair: tuple[PublishedKey, Ed25519PrivateKey]) -> None:
        """Publish a key made elsewhere (a rotation: its owner puts it in its folder)."""
        self.own[pair[0].kid] = pair
        self.publish()

    def revoke(self, kid: str, at: datetime) -> None:
        published, private = self.own[kid]
        self.own[kid] = (published.model_copy(update={"revoked_at": at}), private)
        self.publish()

    def ring(self, kid: str) -> KeyRing:
        """The key even after its revocation (what whoever stole it still holds)."""
        published, private = self.own[kid]
        return KeyRing([(published.model_copy(update={"revoked_at": None}), private)])


@dataclass
class Service:
    name: str
    app: FastAPI
    http: httpx.AsyncClient

    @property
    def pool(self) -> Any:
        return self.app.state.pool


@dataclass
class Bus:
    """The four consumers, and what an attacker with write access to the broker can do."""

    bootstrap: str
    services: dict[str, Service]
    authority: Authority
    issuer: TokenIssuer

    def __getitem__(self, name: str) -> Service:
        return self.services[name]

    async def publish(self, topic: str, *envelopes: Envelope, raw: bytes | None = None) -> None:
        """Straight to the topic, keyed by stream as a relay would: no service wrote them."""
        producer = kafka.producer(self.bootstrap, f"attacker-{uuid.uuid4().hex[:6]}")
        await producer.start()
        try:
            for envelope in envelopes:
                await producer.send_and_wait(topic, envelope.to_json(),
                                             key=envelope.stream_id.encode())
            if raw is not None:
                await producer.send_and_wait(topic, raw, key=b"raw")
        finally:
            await producer.stop()

    async def dead_letter(self, service: str, event_id: uuid.UUID) -> str:
        """The reason the service's consumer gives for refusing the event (waited for)."""
        async def letter() -> str | None:
            async with self[service].pool.acquire() as conn:
                return await conn.fetchval(
                    "SELECT reason FROM dead_letters WHERE event_id = $1", event_id)

        found = await eventually(letter, what=f"{service} dead-letters {event_id}")
        return str(found)

    async def applied(self, service: str, event_id: uuid.UUID) -> None:
        """Waits until the service's consumer applied the event (its inbox holds its id)."""
        async def found() -> bool:
            async with self[service].pool.acquire() as conn:
                return bool(await conn.fetchval(
                    "SELECT count(*) FROM inbox WHERE event_id = $1", event_id))

        await eventually(found, what=f"{service} applies {event_id}")

    async def caused_by(self, service: str, *event_ids: uuid.UUID) -> list[str]:
        """The types of the events the service appended because of these events."""
        async with self[service].pool.acquire() as conn:
            rows = await conn.fetch("SELECT event_type FROM events WHERE causation_id = ANY($1)"
                                    " ORDER BY position", list(event_ids))
        return [row["event_type"] for row in rows]

    def headers(self, organisation_id: str, kind: OrganisationKind, role: Role,
                district: str | None = None) -> dict[str, str]:
        principal = Principal(organisation_id=organisation_id, kind=kind, role=role,
                              district=district, person_id=f"{organisation_id}-{role.value}")
        token = self.issuer.issue(principal, timedelta(hours=1))
        return {"Authorization": f"Bearer {token}"}


@pytest.fixture(scope="package")
async def bus(pg_server_uri, kafka_bootstrap, keypair):
    home = Path(tempfile.mkdtemp(prefix="qorgau-trust-"))
    authority = Authority(home)
    common = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap, "JWT_PUBLIC_KEY": keypair[1],
        "LOG_JSON": True, "POLL_INTERVAL_S": 0.02, "SIGNING_KEYS_DIR": str(TEST_KEYS.signing),
        "KEY_SET_FILE": str(authority.key_set_file), **FAST_GROUPS,
    }
    # every service on one frozen clock: a payment day, two days after the decisions
    makers: dict[str, tuple[type[ServiceSettings], Callable[[Any], FastAPI]]] = {
        "registry": (RegistrySettings, lambda s: registry_app(s, clock=FrozenClock(NOW))),
        "payments": (ServiceSettings, lambda s: payments_app(s, clock=FrozenClock(NOW),
                                                             options=PaymentsSettings(
                                                                 PAYMENTS_AUTO_RELEASE=False))),
        "intake": (ServiceSettings, lambda s: intake_app(s, clock=FrozenClock(NOW))),
        "workflow": (ServiceSettings, lambda s: workflow_app(s, clock=FrozenClock(NOW))),
    }
    async with AsyncExitStack() as stack:
        services = {}
        for name, (settings_class, make) in makers.items():
            database = f"trust_{name}_{uuid.uuid4().hex[:8]}"
            await ensure_database(pg_server_uri, database)
            settings = settings_class(**{
                **common, "DATABASE_URL": embedded.database_uri(pg_server_uri, database),
                "KAFKA_CLIENT_ID": f"trust-{name}"})
            app = make(settings)
            await stack.enter_async_context(app.router.lifespan_context(app))
            http = await stack.enter_async_context(httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://testserver"))
            services[name] = Service(name, app, http)
        yield Bus(kafka_bootstrap, services, authority, TokenIssuer(keypair[0], "qorgau", "qorgau"))


# --- what the genuine producers would say, and what an attacker makes of it ---------------------


_people = itertools.count(1)


def applicant() -> Applicant:
    """A person with a valid IIN of their own: no two decisions of these tests name the same
    person (payments pays a person's compensation once)."""
    return Applicant(iin=iin(next(_people)), last_name="Абаев", first_name="Берик")


def new_case() -> str:
    return str(uuid.uuid4())


def decision(case_id: str, payload: dict[str, Any] | None = None,
             provider: OrganisationRef = TALGAR, person: Applicant | None = None
             ) -> DecisionSigned:
    return DecisionSigned(
        case_id=case_id, regulation_id=1, catalogue_version=CATALOGUE, outcome="approved",
        decision_reference=f"D-{case_id[:8]}", applicant=person or applicant(),
        provider=provider, signed_at=SIGNED,
        payload=FORGED_PAYLOAD if payload is None else payload)


def result(event: DecisionSigned) -> ResultIssued:
    return ResultIssued(case_id=event.case_id, regulation_id=event.regulation_id,
                        outcome=event.outcome, decision_reference=event.decision_reference,
                        provider=event.provider, issued_at=event.signed_at)


def envelope(event: Any, *, stream_id: str, version: int, producer: Producer,
             actor: Actor, at: datetime = SIGNED) -> Envelope:
    """The event as it travels, unsigned."""
    return Envelope(
        event_id=uuid.uuid4(), stream_id=stream_id, stream_version=version,
        event_type=event.event_type, schema_version=event.schema_version, occurred_at=at,
        producer=producer, actor=actor, correlation_id=uuid.uuid4(),
        payload=event.model_dump(mode="json"))


def producer_of(ref: OrganisationRef) -> Producer:
    return Producer(**ref.model_dump())


def decided(event: DecisionSigned, *, head: str = HEAD, head_signature: str | bool | None = True,
            producer: Producer | None = None) -> tuple[Envelope, Envelope]:
    """(DecisionSigned, ResultIssued) unsigned, as the workflow would word them: the head's own
    signature inside the decision (True: the genuine one; None: none; or the text given)."""
    if head_signature is True:
        head_signature = TEST_KEYS.head_signature(event, head)
    signed = event.model_copy(update={"head_signature": head_signature or None})
    who = producer or producer_of(event.provider)
    head_actor = Actor(person_id=head, role=Role.HEAD)
    return (envelope(signed, stream_id=event.case_id, version=9, producer=who, actor=head_actor),
            envelope(result(event), stream_id=event.case_id, version=10, producer=who,
                     actor=head_actor))


def genuine(*envelopes: Envelope) -> list[Envelope]:
    """Signed with the key of each envelope's producer, as its service would."""
    return [TEST_KEYS.sign(e) for e in envelopes]


def signed_by(ring: KeyRing, organisation_id: str, *envelopes: Envelope) -> list[Envelope]:
    return [e.model_copy(update={"signature": ring.sign(organisation_id, e.canonical_bytes(),
                                                        e.occurred_at)})
            for e in envelopes]


def opening(event: DecisionSigned) -> Envelope:
    """The genuine `workflow.CaseOpened` of the decision's case."""
    return case_opened(event, event.case_id)


def forwarded(case_id: str, person: Applicant | None = None,
              front: Producer = FRONT_OFFICE) -> Envelope:
    """An `intake.ApplicationForwarded` of a reg. 1 package to the Talgar department, unsigned."""
    event = ApplicationForwarded(
        application_id=case_id, regulation_id=1, sub_service="first_registration",
        channel="state_corporation", catalogue_version=CATALOGUE, accepted_at=SIGNED,
        receipt_number="gfc-talgar-2025-000001", applicant=person or applicant(),
        provider=TALGAR, forwarded_at=SIGNED,
        facts={"periods": [{"zone": "maximum", "from_year": 1955, "to_year": 1962,
                            "place": "Abai", "kind": "residence"}]})
    return envelope(event, stream_id=case_id, version=2, producer=front,
                    actor=Actor(person_id="gfc-talgar-operator", role=Role.OPERATOR))


CASES = topics.WORKFLOW_CASES
APPLICATIONS = topics.INTAKE_APPLICATIONS
