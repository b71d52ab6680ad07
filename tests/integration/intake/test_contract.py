"""Intake's contract as an integrator meets it: the Employment Centre accepts reg. 14, a receipt
is found by its number at once, one time convention, the registry's word on the decision (the
certificate exists, or the person is registered elsewhere) before the result is handed over."""

import pytest

from .conftest import APPLICANT, reg1
from .results import certificate_issued_envelope, conflict_envelope, result_issued_envelope
from .results import run_handler as run

pytestmark = pytest.mark.integration
PROVIDER = {"organisation_id": "dd-talgar", "kind": "district_department", "district": "talgar"}


async def forwarded(intake, headers) -> str:
    created = (await intake.client.post("/v1/applications", json=reg1(), headers=headers)).json()
    app_id = created["application_id"]
    answer = await intake.client.post(f"/v1/applications/{app_id}/forward",
                                      json={"provider": PROVIDER}, headers=headers)
    assert answer.status_code == 200, answer.text
    return app_id


async def test_the_employment_centre_accepts_reg14_at_its_own_office(intake, as_):
    centre = as_("ec-talgar", "employment_centre", "office_clerk", "talgar")
    answer = await intake.client.post("/v1/applications", headers=centre, json={
        "regulation_id": 14, "applicant": APPLICANT,
        "documents": [{"kind": "application", "originals": 1},
                      {"kind": "identity_document", "originals": 1}],
        "facts": {"measure": "public_works"}})
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["channel"] == "provider_office" and body["receipt"]["kind"] == "receipt"
    assert body["status"] == "forwarded"  # the Centre provides reg. 14: one step
    assert body["provider"]["organisation_id"] == "ec-talgar"


async def test_a_receipt_is_found_by_its_number_right_after_it_is_issued(intake, sc_talgar):
    created = (await intake.client.post("/v1/applications", json=reg1(),
                                        headers=sc_talgar)).json()
    number = created["receipt"]["receipt_number"]
    # nothing ran the projection: the read brings the read model to the log's head itself
    found = await intake.client.get(f"/v1/receipts/{number}", headers=sc_talgar)
    assert found.status_code == 200, found.text
    assert found.json()["application_id"] == created["application_id"]


async def test_command_answers_and_list_reads_print_times_alike(intake, sc_talgar):
    created = (await intake.client.post("/v1/applications", json=reg1(),
                                        headers=sc_talgar)).json()
    listed = (await intake.client.get("/v1/applications", headers=sc_talgar)).json()
    [row] = [r for r in listed["items"] if r["application_id"] == created["application_id"]]
    assert row["submitted_at"] == created["receipt"]["issued_at"]
    assert row["result_due"] == created["receipt"]["result_due"]
    assert row["submitted_at"].endswith("+05:00")


async def test_a_reg1_result_waits_for_its_certificate_before_it_is_handed_over(intake,
                                                                                 sc_talgar):
    app_id = await forwarded(intake, sc_talgar)
    await run(intake, result_issued_envelope(app_id))
    waiting = (await intake.client.get(f"/v1/applications/{app_id}", headers=sc_talgar)).json()
    assert waiting["result"]["awaits_document"] is True and waiting["documents"] == []
    assert waiting["next_actions"] == []
    early = await intake.client.post(f"/v1/applications/{app_id}/hand-over", headers=sc_talgar)
    assert early.status_code == 409 and "not issued" in early.json()["detail"]

    await run(intake, certificate_issued_envelope(app_id, "dd-talgar-2026-000042"))
    ready = (await intake.client.get(f"/v1/applications/{app_id}", headers=sc_talgar)).json()
    assert [d["number"] for d in ready["documents"]] == ["dd-talgar-2026-000042"]
    assert [a["action"] for a in ready["next_actions"]] == ["hand_over"]
    handed = await intake.client.post(f"/v1/applications/{app_id}/hand-over", headers=sc_talgar)
    assert handed.status_code == 200, handed.text


async def test_the_applicant_registered_elsewhere_is_told_so_with_the_case(intake, sc_talgar):
    app_id = await forwarded(intake, sc_talgar)
    await run(intake, conflict_envelope(app_id, "first-case-id"))
    await run(intake, result_issued_envelope(app_id))
    view = (await intake.client.get(f"/v1/applications/{app_id}", headers=sc_talgar)).json()
    assert view["registered_elsewhere"] == {"case_id": "first-case-id", "district": "balkhash"}
    assert "see case first-case-id" in view["result"]["notice"]
    assert "no payment" in view["result"]["notice"]
    receipt = (await intake.client.get(f"/v1/applications/{app_id}/receipt",
                                       headers=sc_talgar)).json()
    assert "see case first-case-id" in receipt["notice"]
    printed = await intake.client.get(f"/v1/applications/{app_id}/receipt.html",
                                      headers=sc_talgar)
    assert "see case first-case-id" in printed.text
    # no certificate will come: the result is handed over with the notice
    handed = await intake.client.post(f"/v1/applications/{app_id}/hand-over", headers=sc_talgar)
    assert handed.status_code == 200, handed.text


async def test_the_directory_says_who_accepts_a_regulation_and_where_it_goes(intake, sc_talgar):
    listed = await intake.client.get("/v1/organisations",
                                     params={"regulation_id": 14, "district": "talgar"},
                                     headers=sc_talgar)
    assert listed.status_code == 200, listed.text
    accepting = {o["organisation_id"]: o["accepts"][0] for o in listed.json()}
    assert set(accepting) == {"egov-portal", "ec-talgar"}
    # the portal's provider depends on the applicant's district
    assert accepting["egov-portal"]["default_provider"] is None
    assert accepting["ec-talgar"]["channel"] == "provider_office"
    one = await intake.client.get("/v1/organisations/gfc-talgar", headers=sc_talgar)
    reg1_there = next(a for a in one.json()["accepts"] if a["regulation_id"] == 1)
    assert reg1_there["default_provider"]["organisation_id"] == "dd-talgar"

