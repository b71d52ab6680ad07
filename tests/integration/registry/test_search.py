"""Searching the register by a holder's name or a certificate's number: within the caller's
jurisdiction, IINs masked in the list, never a list of everyone."""

from uuid import uuid4

import pytest

from contracts import workflow_events as wf
from contracts.identity import OrganisationKind as K
from contracts.identity import Role
from contracts.iin import mask_iin
from contracts.people import Applicant
from tests.support.cases import signed_decision
from tests.support.polling import eventually

from .factories import RECOGNITION, SIGNED, VERSION, department, iin, inbox, record

pytestmark = pytest.mark.integration
DD = K.DISTRICT_DEPARTMENT


async def decided(app, holder_iin: str, district: str, last: str, first: str) -> str:
    event = wf.DecisionSigned(
        case_id=f"case-{uuid4().hex[:10]}", regulation_id=1, catalogue_version=VERSION,
        outcome="approved", decision_reference=f"D-{uuid4().hex[:6]}",
        applicant=Applicant(iin=holder_iin, last_name=last, first_name=first),
        provider=department(district), signed_at=SIGNED, payload=RECOGNITION)
    await inbox(app.state.pool, app.state.clock).process(record(signed_decision(event, version=3)))
    return event.case_id


async def search(app, token, **params) -> dict:
    answer = await app.state.client.get("/v1/register/search", headers=token, params=params)
    assert answer.status_code == 200, answer.text
    return answer.json()


async def test_by_name_within_the_jurisdiction_with_iins_masked(registry_app, token_for):
    app = registry_app
    talgar = token_for(DD, Role.REGISTRY_OFFICER, "talgar")
    await decided(app, iin(301), "talgar", "Жұмабаев", "Ерлан")
    await decided(app, iin(302), "talgar", "Жұмабекова", "Әсел")
    await decided(app, iin(303), "talgar", "Смагулов", "Ерлан")
    await decided(app, iin(304), "enbekshikazakh", "Жұмабаев", "Ерлан")

    async def projected():
        found = await search(app, talgar, by="name", q="жұмаб")
        return found if len(found["items"]) == 2 else None

    found = await eventually(projected)  # in any case: Kazakh letters are folded too
    assert {h["last_name"] for h in found["items"]} == {"Жұмабаев", "Жұмабекова"}
    assert {h["holder_iin"] for h in found["items"]} == {mask_iin(iin(301)), mask_iin(iin(302))}
    assert iin(301) not in str(found) and found["more"] is False
    # every word must begin one of the names, in any order; the other district's is not listed
    both = await search(app, talgar, by="name", q="ЕРЛАН жұмабаев")
    assert [h["holder_iin"] for h in both["items"]] == [mask_iin(iin(301))]
    assert (await search(app, talgar, by="name", q="Ерлан", limit=1))["more"] is True
    oblast = token_for(K.OBLAST_DEPARTMENT, Role.AUDITOR)

    async def all_projected():
        found = await search(app, oblast, by="name", q="Жұмабаев")
        return found if len(found["items"]) == 2 else None

    await eventually(all_projected)  # the oblast sees both districts
    elsewhere = await search(app, token_for(DD, Role.REGISTRY_OFFICER, "enbekshikazakh"),
                             by="name", q="Жұмабаев")
    assert [h["holder_iin"] for h in elsewhere["items"]] == [mask_iin(iin(304))]


async def test_by_certificate_number(registry_app, token_for):
    app, officer = registry_app, token_for(DD, Role.REGISTRY_OFFICER, "talgar")
    case_id = await decided(app, iin(311), "talgar", "Омаров", "Нұрлан")

    async def requested():
        answer = await app.state.client.get("/v1/documents", headers=officer,
                                            params={"status": "requested"})
        return next((d for d in answer.json()["items"] if d["case_id"] == case_id), None)

    document = await eventually(requested)
    issued = await app.state.client.post(f"/v1/documents/{document['document_id']}/issue",
                                         headers=officer)
    number = issued.json()["number"]

    async def numbered():
        found = await search(app, officer, by="number", q=number.upper())
        return found if found["items"] else None

    found = await eventually(numbered)
    assert [h["document_id"] for h in found["items"]] == [document["document_id"]]
    assert found["items"][0]["number"] == number
    assert not (await search(app, officer, by="number", q=number + "1"))["items"]  # exact
    assert not (await search(app, officer, by="name", q=number))["items"]
    other = token_for(DD, Role.REGISTRY_OFFICER, "enbekshikazakh")
    assert (await search(app, other, by="number", q=number))["items"] == []


@pytest.mark.parametrize("params", [{}, {"by": "name"}, {"by": "name", "q": "Ж"}, {"q": "Омаров"},
                                    {"by": "iin", "q": "580314300214"},
                                    {"by": "name", "q": "Омаров", "limit": "500"}])
async def test_never_a_list_of_everyone(registry_app, token_for, params):
    app, officer = registry_app, token_for(DD, Role.REGISTRY_OFFICER, "talgar")
    answer = await app.state.client.get("/v1/register/search", headers=officer, params=params)
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert answer.json()["errors"]


async def test_spaces_alone_find_nobody(registry_app, token_for):
    app, officer = registry_app, token_for(DD, Role.REGISTRY_OFFICER, "talgar")
    await decided(app, iin(321), "talgar", "Ахметов", "Данияр")
    for by in ("name", "number"):
        assert (await search(app, officer, by=by, q="    "))["items"] == []


async def test_only_the_register_s_readers_search(registry_app, token_for):
    app = registry_app
    operator = token_for(K.STATE_CORPORATION, Role.OPERATOR, "talgar")
    answer = await app.state.client.get("/v1/register/search", headers=operator,
                                        params={"by": "name", "q": "Омаров"})
    assert answer.status_code == 403
    unsigned = await app.state.client.get("/v1/register/search",
                                          params={"by": "name", "q": "Омаров"})
    assert unsigned.status_code == 401
