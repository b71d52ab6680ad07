"""Reg. 1 first registration at a State Corporation front office, through all four services and
the treasury, and who said what in each service's log."""

from collections import Counter

import pytest

from contracts import topics
from contracts.identity import OrganisationKind, Role
from qorgau import scenarios

from .conftest import read_topic

pytestmark = pytest.mark.e2e
DISTRICT = "talgar"
FRONT_OFFICE = {"organisation_id": "gfc-talgar", "kind": OrganisationKind.STATE_CORPORATION}
DEPARTMENT = {"organisation_id": "dd-talgar", "kind": OrganisationKind.DISTRICT_DEPARTMENT}


def who(envelope) -> dict:
    return {"organisation_id": envelope.producer.organisation_id, "kind": envelope.producer.kind}


def test_reg1_from_receipt_to_money_and_hand_over(system, stack, logs):
    out = scenarios.reg1_first_registration(system, DISTRICT)
    case_id = out.application_id

    # the certificate: printed, verifiable by its QR link and by number plus IIN
    assert out.pdf.startswith(b"%PDF")
    assert out.issued["verification_url"].startswith(stack.processes["registry"].url)
    assert out.verification["status"] == "valid"
    assert out.verification["number"] == out.issued["number"]
    assert out.verification["kind"] == "semey_certificate"
    assert out.iin not in str(out.verification)  # the public answer never shows the IIN
    assert scenarios.verify_number(system, out.issued["number"], out.iin)["status"] == "valid"
    assert out.document["status"] == "issued" and out.document["case_id"] == case_id
    entry = scenarios.register_entry(system, scenarios.department(DISTRICT, "registry"), out.iin)
    assert entry["case_id"] == case_id and entry["status"] == "registered"
    assert [p["zone"] for p in entry["periods"]] == ["extreme"]

    # the compensation: computed by payments, ordered in an envelope, confirmed by the treasury
    assert out.payment["status"] == "confirmed" and out.payment["bank_reference"]
    assert float(out.payment["amount"]) > 0 and out.payment["attempts"] == 1
    assert out.handed_over["status"] == "handed_over"
    assert out.handed_over["result"]["outcome"] == "approved"

    # --- intake: the front office did everything, the result arrived from the workflow's event
    # and the registry's certificate, recorded on the application before it was handed over
    # (the workflow's result and the registry's certificate arrive in either order)
    intake = logs.events("intake", "stream_id = $1", case_id)
    said = [e.event_type for e in intake]
    assert Counter(said) == {
        "intake.ApplicationAccepted": 1, "intake.ApplicationForwarded": 1,
        "intake.ResultReceived": 1, "intake.DocumentRecorded": 1, "intake.ResultHandedOver": 1}
    assert said[:2] == ["intake.ApplicationAccepted", "intake.ApplicationForwarded"]
    assert said[-1] == "intake.ResultHandedOver"
    assert all(who(e) == FRONT_OFFICE for e in intake)
    roles = {e.event_type: e.actor.role for e in intake}
    assert roles == {"intake.ApplicationAccepted": Role.OPERATOR,
                     "intake.ApplicationForwarded": Role.OPERATOR,
                     "intake.ResultReceived": Role.SYSTEM, "intake.DocumentRecorded": Role.SYSTEM,
                     "intake.ResultHandedOver": Role.OPERATOR}

    # --- workflow: the district department received, decided, signed and issued
    workflow = logs.events("workflow", "stream_id = $1", case_id)
    kinds = Counter(e.event_type for e in workflow)
    for event_type in ("workflow.CaseOpened", "workflow.CaseRegistered",
                       "workflow.ExecutorAssigned", "workflow.InformationRequested",
                       "workflow.TermExtended", "workflow.DecisionDrafted",
                       "workflow.DecisionSigned", "workflow.ResultIssued"):
        assert kinds[event_type] == 1, event_type
    assert all(who(e) == DEPARTMENT for e in workflow)
    by_type = {e.event_type: e for e in workflow}
    signed, issued = by_type["workflow.DecisionSigned"], by_type["workflow.ResultIssued"]
    assert signed.actor.role is Role.HEAD and signed.actor.person_id == "dd-talgar-head"
    assert by_type["workflow.DecisionDrafted"].actor.person_id == "dd-talgar-executor"
    assert by_type["workflow.CaseRegistered"].actor.role is Role.OFFICE_CLERK
    forwarded = next(e for e in intake if e.event_type == "intake.ApplicationForwarded")
    assert by_type["workflow.CaseOpened"].causation_id == forwarded.event_id
    received = next(e for e in intake if e.event_type == "intake.ResultReceived")
    assert received.causation_id == issued.event_id

    # --- registry: the entry and the order say the deciding department; the officer issued
    registry = logs.events("registry", "event_type <> 'registry.VerificationLookedUp' AND"
                           " (payload->>'case_id' = $1 OR payload->>'document_id' = $2)",
                           case_id, out.document["document_id"])
    assert Counter(e.event_type for e in registry) == {
        "registry.PersonRegistered": 1, "registry.DocumentRequested": 1,
        "registry.DocumentIssued": 1}
    assert all(who(e) == DEPARTMENT for e in registry)
    for e in registry:
        if e.event_type == "registry.DocumentIssued":
            assert e.actor.role is Role.REGISTRY_OFFICER
        else:
            assert e.causation_id == signed.event_id and e.actor.role is Role.SYSTEM
    lookups = logs.events("registry", "event_type = 'registry.VerificationLookedUp'"
                          " AND payload->>'document_id' = $1", out.document["document_id"])
    assert len(lookups) == 2  # by code and by number; the public asked, nobody logged in
    assert all(e.producer.kind is OrganisationKind.PUBLIC for e in lookups)

    # --- payments: the assignment reacts to the signed decision (the payments department's
    # own act), the district's payments officer released the envelope, and each treasury answer
    # recorded here is caused by an answer the treasury itself published on its topic
    payment_id = out.payment["payment_id"]
    envelope_id = out.payment["envelope_id"]
    payments = logs.events("payments", "stream_id IN ($1, $2)", f"payment-{payment_id}",
                           f"envelope-{envelope_id}")
    kinds = Counter(e.event_type for e in payments)
    assert kinds["payments.CompensationAssigned"] == 1
    assert kinds["payments.PaymentOrdered"] == 1 and kinds["payments.EnvelopeReleased"] == 1
    assert kinds["payments.PaymentConfirmationRecorded"] == 1
    assigned = next(e for e in payments if e.event_type == "payments.CompensationAssigned")
    assert assigned.causation_id == signed.event_id
    assert assigned.producer.kind is OrganisationKind.OBLAST_DEPARTMENT
    assert assigned.actor.role is Role.SYSTEM
    for e in payments:
        if e.event_type in ("payments.PaymentOrdered", "payments.EnvelopeReleased"):
            assert who(e) == DEPARTMENT and e.actor.role is Role.PAYMENTS_OFFICER
    answers = {e.event_id: e for e in read_topic(stack.bootstrap, topics.TREASURY_ANSWERS)}
    recorded = [e for e in payments if e.event_type.endswith("Recorded")]
    assert recorded
    for e in recorded:
        answer = answers[e.causation_id]
        assert answer.producer.kind is OrganisationKind.TREASURY
        assert answer.producer.organisation_id == "treasury"
        assert answer.actor.role is Role.TREASURY
    confirmed = next(e for e in recorded if e.event_type == "payments.PaymentConfirmationRecorded")
    assert answers[confirmed.causation_id].event_type == "treasury.PaymentConfirmed"

    assert logs.dead_letters() == {name: [] for name in logs.dead_letters()}
