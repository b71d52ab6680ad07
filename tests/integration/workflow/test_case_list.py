"""The case list: filters, stable paging with a total, the jurisdiction of the case detail (another
district's cases never appear), bad query parameters as 422 problems naming the parameter, and
`rebuild` giving the same list."""

from datetime import UTC, datetime, timedelta

import pytest

from contracts.identity import OrganisationKind as K
from contracts.identity import Role as R
from contracts.people import OrganisationRef
from eventkit.projections import rebuild

from .conftest import DISTRICT, OTHER, district_department, org_id

pytestmark = pytest.mark.integration
HEAD = {"role": R.HEAD, "person": "head-1"}
EXECUTOR = {"role": R.RESPONSIBLE_EXECUTOR, "person": "exec-1"}
AUDITOR = {"role": R.AUDITOR}
OBLAST = {"kind": K.OBLAST_DEPARTMENT, "role": R.AUDITOR}
OBLAST_WHO = {"who": OBLAST}
NOTICE = {"service": {"summary": "documents drawn up"}}


def akim(rural: str) -> OrganisationRef:
    return OrganisationRef(organisation_id=org_id(K.RURAL_AKIM, DISTRICT, rural),
                           kind=K.RURAL_AKIM, district=DISTRICT, rural_district=rural)


def akim_staff(rural: str) -> dict:
    return {"kind": K.RURAL_AKIM, "role": R.OFFICE_CLERK, "rural": rural,
            "org": org_id(K.RURAL_AKIM, DISTRICT, rural)}


async def listed(workflow, **query) -> dict:
    who = query.pop("who", AUDITOR)
    params = {k: str(v).lower() if isinstance(v, bool) else v for k, v in query.items()}
    answer = await workflow.http.get("/v1/cases", params=params, headers=workflow.headers(**who))
    assert answer.status_code == 200, answer.text
    return answer.json()


async def ids(workflow, **query) -> list[str]:
    return [item["case_id"] for item in (await listed(workflow, **query))["items"]]


async def to_signed(workflow, case_id: str) -> None:
    """Register, assign, draft and sign a reg. 2 case: decided, waiting to be issued."""
    for path, body, who in [("/registration", {}, {}), ("/executor", {"person_id": "exec-1"}, HEAD),
                            ("/draft", {"outcome": "approved", "regulation_id": 2,
                                        "payload": NOTICE}, EXECUTOR),
                            ("/signature", {}, HEAD)]:
        answer = await workflow.post(case_id, path, body, **who)
        assert answer.status_code == 200, answer.text


async def seed(workflow) -> dict[str, str]:
    """Talgar: two reg. 1 cases 40 minutes apart, a reg. 2 case decided and one issued, a reg. 4
    case at each of two rural akims; Kegen: a reg. 1 case. The clock ends 10 minutes after the
    second reg. 1 case opened, so only the first one's registration is past due."""
    cases = {"late": await workflow.forward()}
    cases["kegen"] = await workflow.forward(provider=district_department(OTHER))
    cases["decided"] = await workflow.forward(2, None)
    await to_signed(workflow, cases["decided"])
    cases["issued"] = await workflow.forward(2, None)
    await to_signed(workflow, cases["issued"])
    assert (await workflow.post(cases["issued"], "/result", {}, **EXECUTOR)).status_code == 200
    cases["tuzdybastau"] = await workflow.forward(4, None, "rural_akim", akim("tuzdybastau"))
    cases["shelek"] = await workflow.forward(4, None, "rural_akim", akim("shelek"))
    workflow.clock.advance(minutes=40)
    cases["fresh"] = await workflow.forward()
    workflow.clock.advance(minutes=10)
    await workflow.catch_up()
    return cases


async def test_filters_by_status_regulation_step_overdue_and_due_time(workflow):
    c = await seed(workflow)
    talgar = {c["late"], c["fresh"], c["decided"], c["issued"], c["tuzdybastau"], c["shelek"]}
    everything = await listed(workflow)
    assert {i["case_id"] for i in everything["items"]} == talgar
    assert everything["total"] == 6 and everything["next_offset"] is None

    assert set(await ids(workflow, status="open")) == talgar - {c["issued"]}
    assert await ids(workflow, status="decided") == [c["decided"]]
    assert await ids(workflow, status="issued") == [c["issued"]]
    assert await ids(workflow, status="closed") == [c["issued"]]
    assert set(await ids(workflow, status="in_progress")) == talgar - {c["decided"], c["issued"]}
    assert await ids(workflow, outcome="approved", status="open") == [c["decided"]]
    assert set(await ids(workflow, regulation_id=4)) == {c["tuzdybastau"], c["shelek"]}
    assert await ids(workflow, step="issue_result") == [c["decided"]]
    assert set(await ids(workflow, step="register", regulation_id=1)) == {c["late"], c["fresh"]}

    # 50 minutes on: the first reg. 1 case and both akim cases (opened at once) wait past 30
    # minutes for registration, the decided case past 30 minutes for its issue; the fresh one
    # has 20 minutes left and the issued one is closed
    overdue = await listed(workflow, overdue=True)
    late = {c["late"], c["tuzdybastau"], c["shelek"], c["decided"]}
    assert {i["case_id"] for i in overdue["items"]} == late
    assert all(i["overdue"] for i in overdue["items"]) and overdue["total"] == 4
    by_id = {i["case_id"]: i for i in everything["items"]}
    assert {k for k, i in by_id.items() if i["overdue"]} == late

    # the case's overall term as planned: reg. 2 and 4 end in March, reg. 1 in April
    cut = datetime(2025, 3, 25, tzinfo=UTC).isoformat()
    assert set(await ids(workflow, due_before=cut)) == {
        c["decided"], c["issued"], c["tuzdybastau"], c["shelek"]}
    assert set(await ids(workflow, due_after=cut)) == {c["late"], c["fresh"]}
    late_due = by_id[c["late"]]["case_due"]
    assert set(await ids(workflow, due_after=late_due, due_before=late_due)) == {
        k for k, i in by_id.items() if i["case_due"] == late_due}

    summary = by_id[c["decided"]]
    assert (summary["status"], summary["phase"], summary["outcome"]) == (
        "open", "decided", "approved")
    assert by_id[c["issued"]]["phase"] == "issued" and by_id[c["issued"]]["current_step"] is None
    assert by_id[c["late"]]["applicant_last_name"] == "Seitkali"
    detail = await workflow.http.get(f"/v1/cases/{c['decided']}",
                                     headers=workflow.headers(**AUDITOR))
    assert detail.json()["phase"] == "decided"

    before = await listed(workflow, **OBLAST_WHO)
    await rebuild(workflow.pool, workflow.app.state.runtime.spec.projections)
    assert await listed(workflow, **OBLAST_WHO) == before



async def test_default_order_is_by_due_time_and_pages_are_stable_with_a_total(workflow):
    opened = []
    for _ in range(5):  # Monday to Friday: each a working day later, each due a day later
        opened.append(await workflow.forward(2, None))
        workflow.clock.advance(days=1)
    # two cases opened together have the same due time: the case id breaks the tie
    twins = [await workflow.forward(2, None), await workflow.forward(2, None)]
    await workflow.catch_up()

    whole = await listed(workflow, limit=200)
    assert whole["total"] == 7
    dues = [(i["case_due"], i["case_id"]) for i in whole["items"]]
    assert dues == sorted(dues) and len({d for d, _ in dues}) == 6
    assert [i["case_id"] for i in whole["items"]][:5] == opened
    assert [i["case_id"] for i in whole["items"]][5:] == sorted(twins)

    pages, offset = [], 0
    while offset is not None:
        page = await listed(workflow, limit=3, offset=offset)
        assert page["total"] == 7 and page["limit"] == 3 and page["offset"] == offset
        pages.append([i["case_id"] for i in page["items"]])
        offset = page["next_offset"]
    assert [len(p) for p in pages] == [3, 3, 1]
    assert [case for page in pages for case in page] == [i["case_id"] for i in whole["items"]]

    newest = await ids(workflow, sort="-opened", limit=3)
    assert newest == [*sorted(twins, reverse=True), opened[-1]]
    assert await ids(workflow, sort="-due", limit=200) == [
        i["case_id"] for i in reversed(whole["items"])]
    past_the_end = await listed(workflow, offset=50)
    assert past_the_end["items"] == [] and past_the_end["total"] == 7
    assert past_the_end["next_offset"] is None


async def test_jurisdiction_own_district_other_district_rural_akim_and_oblast(workflow):
    c = await seed(workflow)
    talgar = {c["late"], c["fresh"], c["decided"], c["issued"], c["tuzdybastau"], c["shelek"]}
    for role in (R.OFFICE_CLERK, R.HEAD, R.RESPONSIBLE_EXECUTOR, R.AUDITOR):
        assert set(await ids(workflow, who={"role": role})) == talgar

    kegen = {"role": R.AUDITOR, "district": OTHER, "org": org_id(K.DISTRICT_DEPARTMENT, OTHER)}
    assert await ids(workflow, who=kegen) == [c["kegen"]]
    # asking for another district's cases shows nothing, rather than an error that would leak
    assert await listed(workflow, who=kegen, district=DISTRICT) == {
        "items": [], "total": 0, "limit": 50, "offset": 0, "next_offset": None}

    # a rural akim sees its own rural district's cases only, not the district's other cases
    assert await ids(workflow, who=akim_staff("tuzdybastau")) == [c["tuzdybastau"]]
    assert await ids(workflow, who=akim_staff("shelek")) == [c["shelek"]]
    assert await ids(workflow, who=akim_staff("shelek"), rural_district="tuzdybastau") == []

    # the Employment Centre of Talgar holds no step of these cases' plans
    centre = {"kind": K.EMPLOYMENT_CENTRE, "role": R.OFFICE_CLERK}
    assert await ids(workflow, who=centre) == []

    oblast = await listed(workflow, who=OBLAST, limit=200)
    assert {i["case_id"] for i in oblast["items"]} == talgar | {c["kegen"]}
    assert await ids(workflow, who=OBLAST, district=OTHER) == [c["kegen"]]
    assert set(await ids(workflow, who=OBLAST, district=DISTRICT)) == talgar


async def test_callers_who_do_not_read_cases_are_refused(workflow):
    assert (await workflow.http.get("/v1/cases")).status_code == 401
    operator = workflow.headers(kind=K.STATE_CORPORATION, role=R.OPERATOR)
    answer = await workflow.http.get("/v1/cases", headers=operator)
    assert answer.status_code == 403
    assert answer.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(("query", "field"), [
    ({"limit": 0}, "limit"),
    ({"limit": 201}, "limit"),
    ({"offset": -1}, "offset"),
    ({"status": "lost"}, "status"),
    ({"outcome": "maybe"}, "outcome"),
    ({"regulation_id": 19}, "regulation_id"),
    ({"regulation_id": "one"}, "regulation_id"),
    ({"step": "Register; DROP TABLE wf_cases"}, "step"),
    ({"overdue": "perhaps"}, "overdue"),
    ({"due_before": "2025-03-03T10:00:00"}, "due_before"),  # no time zone: ambiguous
    ({"due_after": "next week"}, "due_after"),
    ({"sort": "applicant"}, "sort"),
    ({"district": "x" * 33}, "district"),
    ({"due_after": "2025-04-01T00:00:00+05:00", "due_before": "2025-03-01T00:00:00+05:00"},
     "due_after"),
])
async def test_bad_query_parameters_are_422_problems_naming_the_parameter(workflow, query, field):
    answer = await workflow.http.get("/v1/cases", params=query,
                                     headers=workflow.headers(**AUDITOR))
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    problem = answer.json()
    assert [e["field"] for e in problem["errors"]] == [field]
    assert field in problem["detail"]


async def test_due_filters_keep_the_time_zone_of_the_query(workflow):
    case_id = await workflow.forward(2, None)
    await workflow.catch_up()
    [item] = (await listed(workflow))["items"]
    due = item["case_due"]
    assert await ids(workflow, due_before=due) == [case_id]
    just_before = (datetime.fromisoformat(due) - timedelta(seconds=1)).isoformat()
    assert await ids(workflow, due_before=just_before) == []
    assert await ids(workflow, due_after=just_before) == [case_id]
