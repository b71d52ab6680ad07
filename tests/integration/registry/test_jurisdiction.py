"""Every officer endpoint x who calls it x own / other place: 2xx, 401, 403 or 404 (never 403
for a place the caller may not see: existence must not leak)."""

import pytest

from contracts.identity import OrganisationKind as K
from contracts.identity import Role
from tests.support.polling import eventually

from .factories import decision, department, iin
from .test_api import decide, requested_document

pytestmark = pytest.mark.integration

OWN, OTHER = "talgar", "karasai"

CALLERS = {
    "officer own district": (K.DISTRICT_DEPARTMENT, Role.REGISTRY_OFFICER, OWN, None),
    "officer other district": (K.DISTRICT_DEPARTMENT, Role.REGISTRY_OFFICER, OTHER, None),
    "auditor own district": (K.DISTRICT_DEPARTMENT, Role.AUDITOR, OWN, None),
    "oblast officer": (K.OBLAST_DEPARTMENT, Role.REGISTRY_OFFICER, None, None),
    "akim in the district": (K.RURAL_AKIM, Role.REGISTRY_OFFICER, OWN, "r1"),
    "operator own district": (K.STATE_CORPORATION, Role.OPERATOR, OWN, None),
    "operator other district": (K.STATE_CORPORATION, Role.OPERATOR, OTHER, None),
    "treasury": (K.TREASURY, Role.TREASURY, None, None),
}

# endpoint -> expected status per caller, in CALLERS order
MATRIX = {
    ("GET", "/v1/documents/{doc}"): [200, 404, 200, 200, 404, 403, 403, 403],
    ("GET", "/v1/documents/{doc}/pdf"): [200, 404, 200, 200, 404, 200, 404, 403],
    ("GET", "/v1/register/{holder}"): [200, 404, 200, 200, 403, 403, 403, 403],
    # issued already: the one who may issue hears 409, the others never get that far
    ("POST", "/v1/documents/{doc}/issue"): [409, 404, 403, 403, 404, 403, 403, 403],
    ("POST", "/v1/documents/{doc}/revocation"): [None, 404, 403, 403, 404, 403, 403, 403],
    # the register is the oblast's: its department may annul an entry of any district
    ("POST", "/v1/register/{holder}/annulment"): [None, 404, 403, None, 403, 403, 403, 403],
}
BODIES = {
    "/v1/documents/{doc}/revocation": {"reason": "matrix check"},
    "/v1/register/{holder}/annulment": {"reason": "matrix check", "annulment_reference": "m-1"},
}


@pytest.fixture
async def issued_certificate(registry_app, token_for):
    app = registry_app
    officer = token_for(K.DISTRICT_DEPARTMENT, Role.REGISTRY_OFFICER, OWN)
    envelope = decision(iin(500), department(OWN))
    await decide(app, envelope)
    document = await requested_document(app, officer, envelope.stream_id)
    path = f"/v1/documents/{document['document_id']}"
    assert (await app.state.client.post(f"{path}/issue", headers=officer)).status_code == 200

    async def printable():
        return (await app.state.client.get(f"{path}/pdf", headers=officer)).status_code == 200

    await eventually(printable)
    return document


@pytest.mark.parametrize(("method", "template"), list(MATRIX))
async def test_jurisdiction_matrix(registry_app, token_for, issued_certificate, method, template):
    app, document = registry_app, issued_certificate
    path = template.format(doc=document["document_id"], holder=document["holder_id"])
    body = BODIES.get(template)
    anonymous = await app.state.client.request(method, path, json=body)
    assert anonymous.status_code == 401
    seen = {}
    for (name, (kind, role, district, rural)), expected in zip(
        CALLERS.items(), MATRIX[(method, template)], strict=True
    ):
        if expected is None:
            continue  # a successful write would change what the next callers see
        headers = token_for(kind, role, district, rural)
        if template in BODIES:  # the writes that take the file's version
            headers["If-Match"] = 'W/"1"'
        answer = await app.state.client.request(method, path, headers=headers, json=body)
        seen[name] = answer.status_code
        assert answer.status_code == expected, (name, answer.text)
    assert seen


async def test_lists_show_only_the_callers_place(registry_app, token_for, issued_certificate):
    app = registry_app
    for (kind, role, district, rural), count in [
        (CALLERS["officer own district"], 1), (CALLERS["officer other district"], 0),
        (CALLERS["oblast officer"], 1), (CALLERS["akim in the district"], 0),
    ]:
        headers = token_for(kind, role, district, rural)
        documents = await app.state.client.get("/v1/documents", headers=headers)
        assert len(documents.json()["items"]) == count
        if kind is not K.RURAL_AKIM:
            entries = await app.state.client.get("/v1/register", headers=headers)
            assert len(entries.json()["items"]) == count


async def test_conflicts_are_seen_by_the_district_that_decided(registry_app, token_for,
                                                               issued_certificate):
    app = registry_app
    await decide(app, decision(iin(500), department(OTHER)), offset=1)
    other = token_for(K.DISTRICT_DEPARTMENT, Role.REGISTRY_OFFICER, OTHER)

    async def seen():
        return (await app.state.client.get("/v1/register-conflicts", headers=other)).json()

    conflict, = await eventually(seen)
    assert (conflict["district"], conflict["registered_district"]) == (OTHER, OWN)
    own = token_for(K.DISTRICT_DEPARTMENT, Role.REGISTRY_OFFICER, OWN)
    assert (await app.state.client.get("/v1/register-conflicts", headers=own)).json() == []
