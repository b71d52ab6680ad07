"""Every role x organisation kind x own/other district, for every endpoint.

The application under test was accepted by the Talgar State Corporation office for an applicant
of the Panfilov rural district. Callers are other organisations (never the accepting one), so
the matrix never changes it; the accepting operator's own answers are checked at the end.
"""

from dataclasses import dataclass
from itertools import product

import pytest

from contracts.identity import OrganisationKind as K
from contracts.identity import Role

from .conftest import FULL, eventually, reg1

pytestmark = pytest.mark.integration

ACCEPTING = {K.STATE_CORPORATION, K.DISTRICT_DEPARTMENT, K.RURAL_AKIM, K.EMPLOYMENT_CENTRE,
             K.OBLAST_DEPARTMENT, K.PORTAL}
ACCEPTING_ROLES = {Role.OPERATOR, Role.OFFICE_CLERK, Role.SYSTEM}
READING_ROLES = ACCEPTING_ROLES | {Role.HEAD, Role.AUDITOR}
PLACED = {K.STATE_CORPORATION, K.DISTRICT_DEPARTMENT, K.RURAL_AKIM, K.EMPLOYMENT_CENTRE}


@dataclass(frozen=True)
class Endpoint:
    name: str
    method: str
    path: str
    roles: frozenset[Role]
    acts: bool = False  # a change only the accepting organisation may make


ENDPOINTS = [
    Endpoint("submit", "POST", "/v1/applications", frozenset(ACCEPTING_ROLES)),
    Endpoint("list", "GET", "/v1/applications", frozenset(READING_ROLES)),
    Endpoint("get", "GET", "/v1/applications/{id}", frozenset(READING_ROLES)),
    Endpoint("events", "GET", "/v1/applications/{id}/events", frozenset({Role.AUDITOR})),
    Endpoint("receipt", "GET", "/v1/applications/{id}/receipt", frozenset(READING_ROLES)),
    Endpoint("receipt_html", "GET", "/v1/applications/{id}/receipt.html",
             frozenset(READING_ROLES)),
    Endpoint("receipt_by_number", "GET", "/v1/receipts/{number}", frozenset(READING_ROLES)),
    Endpoint("forward", "POST", "/v1/applications/{id}/forward", frozenset(ACCEPTING_ROLES), True),
    Endpoint("hand_over", "POST", "/v1/applications/{id}/hand-over", frozenset(ACCEPTING_ROLES),
             True),
]


def caller(kind: K, own: bool) -> dict[str, str | None]:
    district = "talgar" if own else "karasai"
    return {
        "org": f"{kind.value}-{'own' if own else 'other'}",
        "kind": kind.value,
        "district": district if kind in PLACED else None,
        "rural_district": ("panfilov" if own else "kaskelen") if kind is K.RURAL_AKIM else None,
    }


# offices that read only what they accepted or were sent: the applicant's rural district does
# not open the application to its akim, nor the district to its Employment Centre
OWN_ONLY = {K.RURAL_AKIM, K.EMPLOYMENT_CENTRE}


def sees(kind: K, own: bool) -> bool:
    return kind is K.OBLAST_DEPARTMENT or (kind in PLACED - OWN_ONLY and own)


def expected(endpoint: Endpoint, kind: K, role: Role, own: bool) -> int:
    if role not in endpoint.roles or kind not in ACCEPTING:
        return 403
    if endpoint.name == "submit":
        # authorised: the body then fails (by design of this matrix), unless the caller's kind of
        # office does not offer reg. 1 or the body names a district not its own: those are
        # refused as the caller's standing first
        offers = kind not in (K.RURAL_AKIM, K.EMPLOYMENT_CENTRE, K.PORTAL)  # no reg. 1 there
        return 403 if not offers or (kind in PLACED and not own) else 422
    if endpoint.name == "list":
        return 200
    if not sees(kind, own):
        return 404
    return 403 if endpoint.acts else 200


@pytest.fixture
async def accepted(intake, sc_talgar):
    created = await intake.client.post("/v1/applications", json=reg1(rural_district="panfilov"),
                                       headers=sc_talgar)
    body = created.json()

    async def projected():
        got = await intake.client.get(f"/v1/receipts/{body['receipt']['receipt_number']}",
                                      headers=sc_talgar)
        return got.status_code == 200

    await eventually(projected)
    return body


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
async def test_jurisdiction_matrix(intake, as_, accepted, endpoint):
    path = endpoint.path.format(id=accepted["application_id"],
                                number=accepted["receipt"]["receipt_number"])
    # submit: an unknown document kind makes an authorised caller's request fail with 422
    body = reg1(district="talgar", documents=[*FULL, {"kind": "nonexistent", "copies": 1}])
    wrong = []
    for kind, role, own in product(K, Role, (True, False)):
        who = caller(kind, own)
        headers = as_(who["org"], who["kind"], role.value, who["district"], who["rural_district"])
        answer = await intake.client.request(
            endpoint.method, path, headers=headers,
            json=body if endpoint.name == "submit" else None)
        want = expected(endpoint, kind, role, own)
        got = answer.status_code
        if got == 200 and endpoint.name == "list":
            listed = any(i["application_id"] == accepted["application_id"]
                         for i in answer.json()["items"])
            got = 200 if listed == sees(kind, own) else -1
        if got != want:
            wrong.append(f"{kind.value}/{role.value}/{'own' if own else 'other'}: {got} != {want}")
        if got >= 400:
            assert answer.headers["content-type"] == "application/problem+json"
    assert wrong == []


async def test_accepting_operator_reaches_the_rules_on_its_own_application(intake, sc_talgar,
                                                                           accepted):
    app_id = accepted["application_id"]
    hand_over = await intake.client.post(f"/v1/applications/{app_id}/hand-over",
                                         headers=sc_talgar)
    assert hand_over.status_code == 409  # visible and its own: only the state says no
    history = await intake.client.get(f"/v1/applications/{app_id}/events", headers=sc_talgar)
    assert history.status_code == 403  # operators are not auditors


async def test_unknown_application_is_404_like_a_foreign_one(intake, sc_talgar):
    missing = "00000000-0000-4000-8000-000000000000"
    for path in (f"/v1/applications/{missing}", f"/v1/applications/{missing}/receipt"):
        assert (await intake.client.get(path, headers=sc_talgar)).status_code == 404
    answer = await intake.client.post(f"/v1/applications/{missing}/forward", headers=sc_talgar)
    assert answer.status_code == 404
