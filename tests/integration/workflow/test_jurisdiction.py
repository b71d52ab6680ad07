"""Jurisdiction matrix: every role x organisation kind x own/other district, reading a case and
acting on it. Outside the jurisdiction the answer is 404, so existence does not leak."""

import pytest

from contracts.identity import OrganisationKind as K
from contracts.identity import Role as R
from contracts.people import OrganisationRef

from .conftest import DISTRICT, OTHER, org_id

pytestmark = pytest.mark.integration

ROLES = [R.OPERATOR, R.OFFICE_CLERK, R.HEAD, R.RESPONSIBLE_EXECUTOR, R.AUDITOR,
         R.REGISTRY_OFFICER]
KINDS = [K.STATE_CORPORATION, K.DISTRICT_DEPARTMENT, K.RURAL_AKIM, K.EMPLOYMENT_CENTRE,
         K.OBLAST_DEPARTMENT, K.PORTAL, K.TREASURY]
PROVIDERS = {K.DISTRICT_DEPARTMENT, K.RURAL_AKIM, K.EMPLOYMENT_CENTRE, K.OBLAST_DEPARTMENT}
READERS = {R.OFFICE_CLERK, R.HEAD, R.RESPONSIBLE_EXECUTOR, R.AUDITOR}
REGISTERERS = {R.OFFICE_CLERK, R.RESPONSIBLE_EXECUTOR}
AKIM = OrganisationRef(organisation_id=org_id(K.RURAL_AKIM, DISTRICT, "tuzdybastau"),
                       kind=K.RURAL_AKIM, district=DISTRICT, rural_district="tuzdybastau")

# (regulation, sub-service, channel, provider, the kinds that hold a step of its plan)
CASES = {
    "district": (1, "first_registration", "state_corporation", None, {K.DISTRICT_DEPARTMENT}),
    "akim": (4, None, "rural_akim", AKIM, {K.RURAL_AKIM, K.DISTRICT_DEPARTMENT}),
}


def expected_read(kind, role, own: bool, participants) -> int:
    if role not in READERS or kind not in PROVIDERS:
        return 403
    if kind is K.OBLAST_DEPARTMENT:
        return 200
    return 200 if own and kind in participants else 404


def expected_register(kind, role, own: bool, participants, provider_kind) -> int:
    if role not in REGISTERERS or kind not in PROVIDERS:
        return 403
    if expected_read(kind, role, own, participants) == 404:
        return 404
    # visible: only the provider's own clerk holds the registration step
    return 200 if (kind, role, own) == (provider_kind, R.OFFICE_CLERK, True) else 403


@pytest.mark.parametrize("which", sorted(CASES))
async def test_jurisdiction_matrix(workflow, which):
    reg, sub, channel, provider, participants = CASES[which]
    provider_kind = provider.kind if provider else K.DISTRICT_DEPARTMENT
    wrong = []
    for kind in KINDS:
        for role in ROLES:
            for own in (True, False):
                case_id = await workflow.forward(reg, sub, channel, provider)
                await workflow.catch_up()
                district = DISTRICT if own else OTHER
                rural = "tuzdybastau" if own else "shelek"
                who = dict(kind=kind, role=role, district=district, rural=rural,
                           org=org_id(kind, district if kind is not K.OBLAST_DEPARTMENT else None,
                                      rural if kind is K.RURAL_AKIM else None))
                read = await workflow.http.get(f"/v1/cases/{case_id}",
                                               headers=workflow.headers(**who))
                acted = await workflow.post(case_id, "/registration", **who)
                want = (expected_read(kind, role, own, participants),
                        expected_register(kind, role, own, participants, provider_kind))
                if (read.status_code, acted.status_code) != want:
                    wrong.append((kind.value, role.value, own, read.status_code,
                                  acted.status_code, want))
                assert acted.headers["content-type"].startswith(
                    "application/json" if acted.status_code == 200 else "application/problem+json")
    assert wrong == []


async def test_a_neighbouring_akim_of_the_same_district_sees_nothing(workflow):
    case_id = await workflow.forward(4, None, "rural_akim", AKIM)
    await workflow.catch_up()
    neighbour = workflow.headers(kind=K.RURAL_AKIM, role=R.HEAD, rural="shelek",
                                 org=org_id(K.RURAL_AKIM, DISTRICT, "shelek"))
    assert (await workflow.http.get(f"/v1/cases/{case_id}", headers=neighbour)).status_code == 404
    inbox = await workflow.http.get("/v1/inbox", headers={
        **workflow.headers(kind=K.RURAL_AKIM, role=R.OFFICE_CLERK, rural="shelek",
                           org=org_id(K.RURAL_AKIM, DISTRICT, "shelek"))})
    assert inbox.json() == []


async def test_no_token_is_401_and_a_bad_token_too(workflow):
    case_id = await workflow.forward()
    assert (await workflow.http.get(f"/v1/cases/{case_id}")).status_code == 401
    bad = await workflow.http.get(f"/v1/cases/{case_id}", headers={"Authorization": "Bearer x.y.z"})
    assert bad.status_code == 401 and bad.headers["content-type"] == "application/problem+json"


async def test_a_stale_if_match_outside_the_jurisdiction_is_still_404(workflow):
    case_id = await workflow.forward()
    stale = {"If-Match": 'W/"1"'}
    stranger = workflow.headers(district=OTHER, org=org_id(K.DISTRICT_DEPARTMENT, OTHER))
    outside = await workflow.http.post(f"/v1/cases/{case_id}/registration", json={},
                                       headers={**stranger, **stale})
    assert outside.status_code == 404  # not 409: that would tell the case exists
    nowhere = await workflow.http.post("/v1/cases/nope/registration", json={},
                                       headers={**workflow.headers(), **stale})
    assert nowhere.status_code == 404
    inside = await workflow.http.post(f"/v1/cases/{case_id}/registration", json={},
                                      headers={**workflow.headers(), **stale})
    assert inside.status_code == 409 and inside.json()["actual_version"] == 2
