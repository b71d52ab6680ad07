"""Intake reads and writes only what the directory and the caller's standing admit: a forward
names a provider the directory has, a rural district is one the deployment knows, an
Employment Centre or an akim reads what it accepted or was sent, and a receipt another office
issued answers exactly as a missing one."""

import pytest

from contracts.identity import OrganisationKind as K
from tests.integration.intake.conftest import reg1

pytestmark = pytest.mark.integration

DD_TALGAR = {"organisation_id": "dd-talgar", "kind": "district_department", "district": "talgar"}
MISSING = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
def headers(issue_token):
    def make(org: str, kind: K, role: str, district: str | None = None,
             rural: str | None = None, **extra: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {issue_token(org, kind.value, role, district, rural)}",
                **extra}

    return make


@pytest.fixture
def operator(headers):
    return headers("gfc-talgar", K.STATE_CORPORATION, "operator", "talgar")


async def _events(intake, application_id: str) -> int:
    async with intake.pool.acquire() as conn:
        return await conn.fetchval("SELECT count(*) FROM events WHERE stream_id = $1",
                                   application_id)


async def _submitted(intake, operator, **changes) -> dict:
    answer = await intake.client.post("/v1/applications", json=reg1(**changes), headers=operator)
    assert answer.status_code == 201, answer.text
    return answer.json()


def _problem(answer) -> dict:
    return {k: v for k, v in answer.json().items() if k not in ("instance", "correlation_id")}


@pytest.mark.parametrize(("provider", "field"), [
    ({**DD_TALGAR, "organisation_id": "dd-nowhere"}, "provider.organisation_id"),
    ({**DD_TALGAR, "district": "kegen"}, "provider.district"),
    ({**DD_TALGAR, "kind": "oblast_department", "district": None}, "provider.kind"),
])
async def test_a_forward_to_a_provider_the_directory_does_not_have_is_422(
        intake, operator, provider, field):
    created = await _submitted(intake, operator)
    app_id = created["application_id"]
    before = await _events(intake, app_id)
    answer = await intake.client.post(f"/v1/applications/{app_id}/forward",
                                      json={"provider": provider},
                                      headers={**operator, "If-Match": 'W/"1"'})
    assert answer.status_code == 422, answer.text
    assert [e["field"] for e in answer.json()["errors"]] == [field]
    assert await _events(intake, app_id) == before
    named = await intake.client.post(f"/v1/applications/{app_id}/forward",
                                     json={"provider": DD_TALGAR},
                                     headers={**operator, "If-Match": 'W/"1"'})
    assert named.status_code == 200, named.text


async def test_an_invented_rural_district_is_422_and_nothing_is_written(intake, operator):
    answer = await intake.client.post("/v1/applications", json=reg1(rural_district="atlantis"),
                                      headers=operator)
    assert answer.status_code == 422, answer.text
    assert [e["field"] for e in answer.json()["errors"]] == ["rural_district"]
    async with intake.pool.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM events") == 0
    # a rural district of the district, as the place data lists it, is taken
    await _submitted(intake, operator, rural_district="tuzdybastau")


async def test_the_portal_names_only_a_district_the_deployment_knows(intake, headers):
    portal = headers("egov-portal", K.PORTAL, "system")
    reg14 = reg1(regulation_id=14, sub_service=None, district="atlantis",
                 documents=[{"kind": "application", "originals": 1},
                            {"kind": "identity_document", "originals": 1}],
                 facts={"measure": "public_works"})
    answer = await intake.client.post("/v1/applications", json=reg14, headers=portal)
    assert answer.status_code == 422, answer.text
    assert [e["field"] for e in answer.json()["errors"]] == ["district"]
    async with intake.pool.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM events") == 0
    known = await intake.client.post("/v1/applications", json={**reg14, "district": "talgar"},
                                     headers=portal)
    assert known.status_code == 201, known.text


async def test_an_employment_centre_reads_only_what_it_accepted_or_was_sent(intake, operator,
                                                                             headers):
    theirs = await _submitted(intake, operator)
    centre = headers("ec-talgar", K.EMPLOYMENT_CENTRE, "office_clerk", "talgar")
    reg4 = reg1(regulation_id=4, sub_service=None, facts={"address": "Talgar, Abai 1"})
    own = await intake.client.post("/v1/applications", json=reg4, headers=centre)
    assert own.status_code == 201, own.text
    await _reads_only(intake, centre, own.json(), theirs)


async def test_the_rural_district_opens_nothing_to_its_akim(intake, operator, headers):
    # accepted by the State Corporation for an applicant of Panfilov: not the akim's
    theirs = await _submitted(intake, operator, rural_district="panfilov")
    akim = headers("akim-talgar-panfilov", K.RURAL_AKIM, "office_clerk", "talgar", "panfilov")
    reg4 = reg1(regulation_id=4, sub_service=None, facts={"address": "Panfilov, 1 Abai"})
    own = await intake.client.post("/v1/applications", json=reg4, headers=akim)
    assert own.status_code == 201, own.text
    await _reads_only(intake, akim, own.json(), theirs)
    # the district department the package is meant for reads it, as before
    department = headers("dd-talgar", K.DISTRICT_DEPARTMENT, "office_clerk", "talgar")
    seen = await intake.client.get(f"/v1/applications/{theirs['application_id']}",
                                   headers=department)
    assert seen.status_code == 200


async def _reads_only(intake, caller: dict, own: dict, theirs: dict) -> None:
    missing = await intake.client.get(f"/v1/applications/{MISSING}", headers=caller)
    for path in ("", "/receipt", "/receipt.html"):
        other = await intake.client.get(f"/v1/applications/{theirs['application_id']}{path}",
                                        headers=caller)
        assert other.status_code == 404, (path, other.text)
        assert _problem(other) == _problem(missing)
        mine = await intake.client.get(f"/v1/applications/{own['application_id']}{path}",
                                       headers=caller)
        assert mine.status_code == 200, (path, mine.text)
    listed = await intake.client.get("/v1/applications", headers=caller)
    assert [i["application_id"] for i in listed.json()["items"]] == [own["application_id"]]
    number = theirs["receipt"]["receipt_number"]
    assert (await intake.client.get(f"/v1/receipts/{number}", headers=caller)).status_code == 404


async def test_another_offices_receipt_answers_as_a_missing_one(intake, operator, headers):
    created = await _submitted(intake, operator)
    number = created["receipt"]["receipt_number"]
    assert (await intake.client.get(f"/v1/receipts/{number}", headers=operator)).status_code \
        == 200
    elsewhere = headers("gfc-kegen", K.STATE_CORPORATION, "operator", "kegen")
    foreign = await intake.client.get(f"/v1/receipts/{number}", headers=elsewhere)
    missing = await intake.client.get(f"/v1/receipts/{number}9", headers=elsewhere)
    assert foreign.status_code == missing.status_code == 404
    assert _problem(foreign) == _problem(missing)
