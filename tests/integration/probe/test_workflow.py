"""The workflow assigns a case only to a responsible executor of its provider, as the
directory's staff roster lists them, and its SLA report gives an akim or an Employment Centre
its own figures, not its district's."""

import pytest

from contracts.identity import OrganisationKind as K
from contracts.identity import Role
from contracts.people import OrganisationRef
from tests.integration.workflow.conftest import workflow  # noqa: F401 (fixture)

pytestmark = pytest.mark.integration

DD = OrganisationRef(organisation_id="dd-talgar", kind=K.DISTRICT_DEPARTMENT, district="talgar")
AKIM = OrganisationRef(organisation_id="akim-talgar-panfilov", kind=K.RURAL_AKIM,
                       district="talgar", rural_district="panfilov")
CENTRE = OrganisationRef(organisation_id="ec-talgar", kind=K.EMPLOYMENT_CENTRE,
                         district="talgar")


def at(provider: OrganisationRef, role: Role, person: str | None = None) -> dict:
    return {"kind": provider.kind, "role": role, "district": provider.district,
            "rural": provider.rural_district, "org": provider.organisation_id, "person": person}


async def _registered(flow) -> str:
    case_id = await flow.forward(provider=DD)
    answer = await flow.post(case_id, "/registration", {}, **at(DD, Role.OFFICE_CLERK))
    assert answer.status_code == 200, answer.text
    return case_id


@pytest.mark.parametrize("person", [
    "no-such-person",        # nobody
    "dd-kegen-executor",     # an executor of another district
    "gfc-talgar-operator",   # a person of another organisation of the district
    "dd-talgar-head",        # of the provider, but not an executor
])
async def test_an_executor_off_the_providers_roster_is_422(workflow, person):  # noqa: F811
    flow = workflow
    case_id = await _registered(flow)
    version = flow.etags[case_id]
    head = at(DD, Role.HEAD, "dd-talgar-head")
    refused = await flow.post(case_id, "/executor", {"person_id": person}, **head)
    assert refused.status_code == 422, refused.text
    assert [e["field"] for e in refused.json()["errors"]] == ["person_id"]
    async with flow.pool.acquire() as conn:
        assert await conn.fetchval("SELECT max(stream_version) FROM events WHERE stream_id = $1",
                                   case_id) == int(version.strip('W/"'))
    assigned = await flow.post(case_id, "/executor", {"person_id": "dd-talgar-executor"}, **head)
    assert assigned.status_code == 200, assigned.text
    moved = await flow.post(case_id, "/executor/reassignment",
                            {"person_id": person, "reason": "on leave"}, **head)
    assert moved.status_code == 422, moved.text


async def test_the_sla_report_gives_an_akim_and_a_centre_their_own_figures(workflow):  # noqa: F811
    flow = workflow
    await flow.forward(provider=DD)
    await flow.forward(provider=DD)
    await flow.forward(regulation_id=13, sub_service=None, channel="provider_office",
                       provider=AKIM)
    await flow.forward(regulation_id=14, sub_service=None, channel="provider_office",
                       provider=CENTRE)
    await flow.catch_up()

    async def report(provider: OrganisationRef) -> dict[int, int]:
        answer = await flow.http.get("/v1/reports/sla",
                                     headers=flow.headers(**at(provider, Role.HEAD)))
        assert answer.status_code == 200, answer.text
        return {row["regulation_id"]: row["open"] for row in answer.json()}

    assert await report(DD) == {1: 2, 13: 1, 14: 1}
    assert await report(AKIM) == {13: 1}
    assert await report(CENTRE) == {14: 1}
