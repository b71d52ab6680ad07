"""The probe's attack on the running system: someone with write access to the broker publishes a
`workflow.DecisionSigned` + `ResultIssued` pair claiming the district department, for a case the
workflow never opened, paying 316,676.50 KZT into the attacker's account.

Unsigned, signed with a key of the attacker's own under a key id nobody published, or under the
department's real key id: the consumers dead-letter each one and say why, no payment is
assigned, the treasury gets no order, no certificate is made, public verification knows of
none, and every log still verifies (`qorgau verify-log`).
"""

import base64
import subprocess
import sys
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

from contracts import topics
from contracts.envelope import Envelope
from contracts.identity import Actor, OrganisationKind, Producer, Role
from contracts.people import Applicant, OrganisationRef
from contracts.workflow_events import DecisionSigned, ResultIssued
from eventkit.signing import KeyRing, new_key
from qorgau import scenarios as sc
from qorgau.keys import organisation_kid
from services.payments.domain.decisions import payment_id_for
from tests.e2e.conftest import read_topic, run_async

pytestmark = pytest.mark.e2e
# Every district of the directory is some end-to-end test's already. Ile's one test decides a
# registration conflict there and releases no envelope, counts nothing: a forged payment that
# got through would show here, not in another test's envelope or figures.
DISTRICT = "ile"
DEPARTMENT = f"dd-{DISTRICT}"
ATTACKER_IBAN = "KZ33125KZT5004100666"
AMOUNT = "316676.50"  # what the probe saw paid: reg. 1's compensation the forged periods give
PERIODS = [{"zone": "extreme", "from_year": 1949, "to_year": 1965, "place": "Semey",
            "kind": "residence"}]


def forged_pair(case_id: str, iin: str, now: datetime) -> list[Envelope]:
    provider = OrganisationRef(organisation_id=DEPARTMENT,
                               kind=OrganisationKind.DISTRICT_DEPARTMENT, district=DISTRICT)
    decision = DecisionSigned(
        case_id=case_id, regulation_id=1, catalogue_version="r547_2019_12_03",
        outcome="approved", decision_reference=f"D-{case_id[:8]}",
        applicant=Applicant(iin=iin, last_name="Abenov", first_name="Arman"), provider=provider,
        signed_at=now, payload={"recognition": {"periods": PERIODS},
                                "payout": {"kind": "bank_account", "iban": ATTACKER_IBAN}},
        head_signature=f"ed25519:{DEPARTMENT}.{DEPARTMENT}-head.dev:"
                       + base64.urlsafe_b64encode(bytes(64)).decode().rstrip("="))
    result = ResultIssued(case_id=case_id, regulation_id=1, outcome="approved",
                          decision_reference=decision.decision_reference, provider=provider,
                          issued_at=now, summary=f"compensation {AMOUNT} KZT")
    producer = Producer(**provider.model_dump())
    head = Actor(person_id=f"{DEPARTMENT}-head", role=Role.HEAD)
    return [Envelope(event_id=uuid.uuid4(), stream_id=case_id, stream_version=version,
                     event_type=event.event_type, schema_version=event.schema_version,
                     occurred_at=now, producer=producer, actor=head, correlation_id=uuid.uuid4(),
                     payload=event.model_dump(mode="json"))
            for version, event in ((9, decision), (10, result))]


def attackers_key(kid: str) -> KeyRing:
    return KeyRing([new_key(kid, DEPARTMENT, datetime(2020, 1, 1, tzinfo=UTC))])


def signed(ring: KeyRing, pair: list[Envelope]) -> list[Envelope]:
    return [e.model_copy(update={"signature": ring.sign(DEPARTMENT, e.canonical_bytes(),
                                                        e.occurred_at)}) for e in pair]


FORGERIES = {
    "unsigned": (lambda pair: pair, "SignatureRefused: unsigned"),
    "made-up-key": (lambda pair: signed(attackers_key("dd-ile.2026"), pair),
                    "UnknownKey: unknown key dd-ile.2026"),
    "under-the-department's-key-id": (
        lambda pair: signed(attackers_key(organisation_kid(DEPARTMENT)), pair),
        "SignatureRefused: the signature does not match the event"),
}


def publish(bootstrap: str, envelopes: list[Envelope]) -> None:
    async def send() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
        await producer.start()
        try:
            for envelope in envelopes:
                await producer.send_and_wait(topics.WORKFLOW_CASES, envelope.to_json(),
                                             key=envelope.stream_id.encode())
        finally:
            await producer.stop()

    run_async(send())


def letter(logs, service: str, event_id: uuid.UUID) -> str:
    def found() -> str | None:
        rows = logs.fetch(service, "SELECT reason FROM dead_letters WHERE event_id = $1",
                          event_id)
        return rows[0]["reason"] if rows else None

    return sc.eventually(found, f"{service} dead-letters {event_id}", 60.0)


def mentions(logs, service: str, *needles: str) -> int:
    return sum(logs.fetch(service, "SELECT count(*) AS n FROM events WHERE stream_id = $1"
                          " OR payload::text LIKE $2", needle, f"%{needle}%")[0]["n"]
               for needle in needles)


def orders_to(bootstrap: str, iban: str, payment_id: uuid.UUID) -> list[dict[str, Any]]:
    return [order for released in read_topic(bootstrap, topics.PAYMENTS_ORDERS)
            if released.event_type == "payments.EnvelopeReleased"
            for order in released.payload["orders"]
            if order["payment_id"] == str(payment_id) or iban in str(order["route"])]


def test_forged_decisions_on_the_bus_pay_nothing_and_certify_nothing(stack, system, logs):
    now = datetime.now(UTC)
    sent: dict[str, tuple[list[Envelope], str, str]] = {}
    for name, (forge, reason) in FORGERIES.items():
        case_id, iin = str(uuid.uuid4()), sc.new_applicant()["iin"]
        sent[name] = (forge(forged_pair(case_id, iin, now)), reason, iin)
    publish(stack.bootstrap, [e for pair, _, _ in sent.values() for e in pair])

    officer = sc.department(DISTRICT, "payments")
    for name, ([decided, issued], reason, iin) in sent.items():
        case_id = decided.stream_id
        # the consumers read it and refused it, naming why
        for service in ("registry", "payments"):
            assert reason in letter(logs, service, decided.event_id), (name, service)
        assert reason in letter(logs, "intake", issued.event_id), name
        # so nothing came of it: no payment, no order, no certificate, nothing the public sees
        assert mentions(logs, "payments", case_id, iin) == 0, name
        system.call("GET", "payments", f"/v1/payments/{payment_id_for(case_id)}", officer, 404)
        assert mentions(logs, "registry", case_id, iin) == 0, name
        assert mentions(logs, "intake", case_id) == 0, name
        for serial in range(1, 4):
            number = f"{DEPARTMENT}-{now.year}-{serial:06d}"
            assert sc.verify_number(system, number, iin)["status"] == "unknown", (name, number)
    for pair, _, _ in sent.values():
        assert orders_to(stack.bootstrap, ATTACKER_IBAN, payment_id_for(pair[0].stream_id)) == []

    # and every log the forgeries were offered to still verifies, event by event
    for service in ("registry", "payments", "intake"):
        process = stack.processes[service]
        checked = subprocess.run(
            [sys.executable, "-c", "from qorgau.cli import main; main()", "verify-log", service],
            env={**process.env, "COLUMNS": "400"}, capture_output=True, text=True, timeout=300,
            check=False)
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert f"{service}: " in checked.stdout and ", 0 bad" in checked.stdout

    # an operator reviews the letters and discards them as forged: on record, resolved, never
    # applied, no longer waiting (and no longer alerting)
    for service in ("registry", "payments", "intake"):
        process = stack.processes[service]
        letters = logs.fetch(service, "SELECT id FROM dead_letters WHERE resolved_at IS NULL"
                                      " AND event_id = ANY($1::uuid[])",
                             [e.event_id for pair, _, _ in sent.values() for e in pair])
        assert letters, service
        options = [item for row in letters for item in ("--discard", str(row["id"]))]
        discarded = subprocess.run(
            [sys.executable, "-c", "from qorgau.cli import main; main()", "dead-letters",
             service, *options, "--because", "forged: signed by no key of its producer"],
            env={**process.env, "COLUMNS": "400"}, capture_output=True, text=True, timeout=300,
            check=False)
        assert discarded.returncode == 0, discarded.stdout + discarded.stderr
        assert discarded.stdout.count("discarded") == len(letters), discarded.stdout
        kept = logs.fetch(service, "SELECT resolution FROM dead_letters WHERE id = ANY($1)",
                          [row["id"] for row in letters])
        assert {row["resolution"] for row in kept} == {
            "discarded: forged: signed by no key of its producer"}
