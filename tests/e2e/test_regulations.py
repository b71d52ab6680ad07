"""Refusal receipts, duplicates, one person in two districts, and providers other than the
district department, each through the running processes."""

import pytest

from contracts import topics
from contracts.identity import OrganisationKind, Role
from qorgau import scenarios

from .conftest import read_topic

pytestmark = pytest.mark.e2e


def test_a_refused_package_never_reaches_the_provider(system, stack, logs):
    office, clerk = scenarios.front_office("talgar"), scenarios.department("talgar", "clerk")
    refused = scenarios.reg1_refusal(system, "talgar")
    application_id = refused["application_id"]
    receipt = refused["receipt"]
    assert receipt["kind"] == "refusal"
    assert [m["id"] for m in receipt["missing_documents"]] == ["identity_document"]
    assert [r["id"] for r in receipt["reasons"]] == ["incomplete_package"]

    # the front office cannot send it on
    answer = system.call("POST", "intake", f"/v1/applications/{application_id}/forward", office,
                         expect=(409, 422),
                         json={"provider": scenarios.department_ref("talgar")})
    assert answer.json()["status"] in (409, 422)

    # a complete package accepted after it reaches the provider...
    marker = scenarios.submit(system, office, 1, scenarios.new_applicant(), "first_registration",
                              facts={"periods": scenarios.SEMEY_PERIODS})
    scenarios.forward(system, office, marker["application_id"],
                      scenarios.department_ref("talgar"))
    scenarios.wait_case(system, clerk, marker["application_id"])
    # ...and the refusal itself was published (so the workflow had every chance to see it)
    published = scenarios.eventually(
        lambda: [e for e in read_topic(stack.bootstrap, topics.INTAKE_APPLICATIONS)
                 if e.stream_id == application_id],
        "the refusal on the intake topic")
    assert [e.event_type for e in published] == ["intake.ApplicationRefused"]
    assert published[0].producer.kind is OrganisationKind.STATE_CORPORATION

    # the provider has no case, in its API or in its log
    assert scenarios.case(system, clerk, application_id, expect=404).status_code == 404
    assert logs.events("workflow", "stream_id = $1", application_id) == []
    assert logs.fetch("registry", "SELECT 1 FROM events WHERE payload->>'case_id' = $1",
                      application_id) == []
    view = scenarios.application(system, office, application_id)
    assert view["status"] == "refused" and view["result"] is None


def test_a_duplicate_replaces_the_lost_certificate(system, logs):
    first = scenarios.reg1_first_registration(system, "talgar")
    duplicate = scenarios.reg1_duplicate(system, first, "talgar")

    assert duplicate.original_verification["status"] == "replaced"
    assert duplicate.original_verification["number"] == first.issued["number"]
    assert duplicate.duplicate_verification["status"] == "valid"
    assert duplicate.issued["number"] != first.issued["number"]
    assert duplicate.original["replaced_by"] == duplicate.duplicate["document_id"]
    assert duplicate.duplicate["replaces"] == first.document["document_id"]
    assert duplicate.duplicate["replace_reason"] == "lost"
    # one registration, one compensation: a duplicate decides nothing about money
    entry = scenarios.register_entry(system, scenarios.department("talgar", "registry"), first.iin)
    assert entry["case_id"] == first.application_id
    assert [d["status"] for d in entry["documents"]] == ["replaced", "issued"]
    compensations = logs.fetch("payments", "SELECT case_id FROM compensations WHERE iin = $1",
                               first.iin)
    assert compensations == [{"case_id": first.application_id}]


def test_the_same_person_in_two_districts_is_registered_and_paid_once(system, logs):
    applicant = scenarios.new_applicant()
    first = scenarios.reg1_decided(system, "talgar", applicant)
    second = scenarios.reg1_decided(system, "ile", applicant)
    assert first.closed["outcome"] == second.closed["outcome"] == "approved"

    talgar_officer = scenarios.department("talgar", "registry")
    ile_officer = scenarios.department("ile", "registry")
    scenarios.wait_document(system, talgar_officer, applicant["iin"], first.application_id)
    conflict = scenarios.eventually(
        lambda: [c for c in system.call("GET", "registry", "/v1/register-conflicts",
                                        ile_officer).json()
                 if c["case_id"] == second.application_id],
        "the second registration shown as a conflict to the second district")
    assert conflict[0]["registered_case_id"] == first.application_id
    assert conflict[0]["registered_district"] == "talgar"
    oblast = "oblast-dept/oblast-registry"
    entry = scenarios.register_entry(system, oblast, applicant["iin"])
    assert entry["case_id"] == first.application_id and entry["district"] == "talgar"
    assert [d["case_id"] for d in entry["documents"]] == [first.application_id]
    # the second district does not see the first district's entry
    assert scenarios.register_entry(system, ile_officer, applicant["iin"]) is None

    paid = scenarios.pay(system, scenarios.department("talgar", "payments"),
                         first.application_id, "talgar", 1)
    refused = scenarios.wait_payment(system, scenarios.department("ile", "payments"),
                                     second.application_id, "ile", 1, ("conflict",))
    assert refused["conflict_with"] == paid["payment_id"]
    assert refused["amount"] is None and refused["envelope_id"] is None
    ordered = logs.fetch("payments", "SELECT count(*) AS n FROM events"
                         " WHERE event_type = 'payments.PaymentOrdered'"
                         " AND stream_id = ANY($1::text[])",
                         [f"payment-{paid['payment_id']}", f"payment-{refused['payment_id']}"])
    assert ordered == [{"n": 1}]


def test_a_rural_akim_decides_fuel_assistance(system, logs):
    out = scenarios.reg12_by_rural_akim(system, "talgar", "panfilov")
    assert out["closed"]["outcome"] == "approved"
    assert out["payment"]["status"] == "confirmed" and out["payment"]["regulation_id"] == 12
    assert out["handed_over"]["status"] == "handed_over"
    assert out["handed_over"]["channel"] == "rural_akim"

    akim = {"organisation_id": "akim-talgar-panfilov", "kind": OrganisationKind.RURAL_AKIM}
    case = {e.event_type: e for e in logs.events("workflow", "stream_id = $1",
                                                  out["application_id"])}
    for event_type in ("workflow.CaseOpened", "workflow.CaseRegistered",
                       "workflow.ExecutorAssigned", "workflow.DecisionDrafted",
                       "workflow.ResultIssued"):
        producer = case[event_type].producer
        assert {"organisation_id": producer.organisation_id, "kind": producer.kind} == akim
    # the route has the district department's head sign the akim's decision
    signed = case["workflow.DecisionSigned"]
    assert signed.producer.kind is OrganisationKind.DISTRICT_DEPARTMENT
    assert signed.actor.role is Role.HEAD
    assert signed.payload["provider"]["organisation_id"] == "akim-talgar-panfilov"
    intake = logs.events("intake", "stream_id = $1", out["application_id"])
    assert {e.producer.organisation_id for e in intake} == {"akim-talgar-panfilov"}


def test_the_employment_centre_decides_a_referral(system, logs):
    out = scenarios.reg14_by_employment_centre(system, "talgar")
    assert out["closed"]["outcome"] == "approved"
    assert out["result"]["provider"]["organisation_id"] == "ec-talgar"
    case = logs.events("workflow", "stream_id = $1", out["application_id"])
    assert {e.producer.organisation_id for e in case} == {"ec-talgar"}
    assert {e.producer.kind for e in case} == {OrganisationKind.EMPLOYMENT_CENTRE}
    signed = next(e for e in case if e.event_type == "workflow.DecisionSigned")
    assert signed.actor.person_id == "ec-talgar-head"
    assert signed.payload["payload"]["referral"]["kind"] == "public_works"
    # a referral is neither a registry document nor a payment
    assert logs.fetch("registry", "SELECT 1 FROM events WHERE payload->>'case_id' = $1",
                      out["application_id"]) == []
    assert logs.fetch("payments", "SELECT 1 FROM events WHERE payload->>'case_id' = $1",
                      out["application_id"]) == []
