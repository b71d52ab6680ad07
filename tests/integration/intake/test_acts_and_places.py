"""Over HTTP: the receipt names the act it runs under and a calendar not yet official; no act
in force is a problem naming `regulation_id`; the rural akim's conditions and a BIN."""

import pytest

from contracts.catalogue import BASIS_SETTING, CONTINUE_SETTING

from .conftest import APPLICANT, reg1

pytestmark = pytest.mark.integration
PROBLEM = "application/problem+json"


async def test_the_receipt_names_the_act_and_the_setting_that_keeps_it(intake, sc_talgar):
    # the tests run in December 2026, after No. 81's repeal (seed lines 14-15), under the setting
    answer = await intake.client.post("/v1/applications", json=reg1(), headers=sc_talgar)
    assert answer.status_code == 201, answer.text
    receipt = answer.json()["receipt"]
    assert receipt["act"]["catalogue_version"] == "r547_2019_12_03"
    assert "No. 56" in receipt["act"]["repealed_by"]
    assert receipt["act"]["continued_by"].startswith(f"{CONTINUE_SETTING}=r547_2019_12_03")
    # accepted 1 Dec 2026, due in January 2027: the 2027 calendar is provisional
    assert receipt["result_due"].startswith("2027-01")
    assert receipt["provisional_calendar"] == [2027]
    page = await intake.client.get(f"/v1/applications/{answer.json()['application_id']}"
                                   "/receipt.html", headers=sc_talgar)
    assert "repealed by" in page.text and "not yet official" in page.text


async def test_without_the_setting_no_act_is_in_force_and_nothing_is_written(
        intake, sc_talgar, monkeypatch):
    monkeypatch.delenv(CONTINUE_SETTING)
    monkeypatch.delenv(BASIS_SETTING, raising=False)
    answer = await intake.client.post("/v1/applications", json=reg1(),
                                      headers={**sc_talgar, "Idempotency-Key": "k-1"})
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"].startswith(PROBLEM)
    problem = answer.json()
    assert "regulation_id" in str(problem) and "No. 56" in str(problem)
    listed = await intake.client.get("/v1/applications", headers=sc_talgar)
    assert listed.json()["items"] == []


async def test_the_rural_akim_takes_reg4_only_where_there_is_no_employment_centre(intake, as_):
    # line 328; the demo place data: Panfilov has no Centre, the Talgar district centre has one
    body = {"regulation_id": 4, "applicant": APPLICANT,
            "documents": [{"kind": "application", "originals": 1},
                          {"kind": "identity_document", "originals": 1}],
            "facts": {"address": "Panfilov, 1 Abai street"}}
    akim = as_("akim-talgar-panfilov", "rural_akim", "office_clerk", "talgar", "panfilov")
    accepted = await intake.client.post("/v1/applications", json=body, headers=akim)
    assert accepted.status_code == 201, accepted.text
    unknown = as_("akim-talgar-kokpek", "rural_akim", "office_clerk", "talgar", "kokpek")
    refused = await intake.client.post("/v1/applications", json=body, headers=unknown)
    assert refused.status_code == 422 and "rural_district" in refused.text


async def test_a_legal_entity_applies_for_reg16_with_its_bin(intake, as_):
    # line 1198: reg. 16 serves individuals and legal entities
    employer = {"kind": "legal_entity", "iin": "050140000656",
                "organisation_name": "Zhetysu Drilling LLP", "last_name": "Abenov",
                "first_name": "Arman"}
    body = {"regulation_id": 16, "sub_service": "issuance", "applicant": employer,
            "documents": [{"kind": "application", "originals": 1},
                          {"kind": "identity_document", "originals": 1}]}
    oblast = as_("oblast-dept", "oblast_department", "office_clerk")
    accepted = await intake.client.post("/v1/applications", json=body, headers=oblast)
    assert accepted.status_code == 201, accepted.text
    assert accepted.json()["receipt"]["applicant"]["kind"] == "legal_entity"
    # a BIN is no person's IIN, and reg. 1 serves individuals only (line 92)
    as_person = {**employer, "kind": "person", "organisation_name": None}
    wrong = await intake.client.post("/v1/applications", json=reg1(applicant=as_person),
                                     headers=as_("sc-talgar", "state_corporation", "operator",
                                                 "talgar"))
    assert wrong.status_code == 422 and "applicant" in wrong.text
