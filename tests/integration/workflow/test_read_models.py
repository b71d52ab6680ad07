"""The inbox (what waits for me, overdue first), the SLA report, and that `rebuild` of the read
models gives the same inbox and report as projecting live."""

import pytest

from contracts.identity import OrganisationKind as K
from contracts.identity import Role as R
from eventkit.projections import rebuild

from .conftest import OTHER, district_department

pytestmark = pytest.mark.integration
HEAD = {"role": R.HEAD, "person": "head-1"}
EXECUTOR = {"role": R.RESPONSIBLE_EXECUTOR, "person": "exec-1"}
NOTICE = {"service": {"summary": "documents drawn up"}}


async def walk_reg2(workflow, case_id: str, work_days: float = 0) -> None:
    """Register, assign, draft, sign and issue a reg. 2 case, spending `work_days` on the draft."""
    steps = [("/registration", {}, {}), ("/executor", {"person_id": "exec-1"}, HEAD),
             ("/draft", {"outcome": "approved", "regulation_id": 2, "payload": NOTICE},
              EXECUTOR),
             ("/signature", {}, HEAD), ("/result", {}, EXECUTOR)]
    for path, body, who in steps:
        if path == "/draft":
            workflow.clock.advance(days=work_days)
        answer = await workflow.post(case_id, path, body, **who)
        assert answer.status_code == 200, answer.text


async def inbox(workflow, **who) -> list[dict]:
    answer = await workflow.http.get("/v1/inbox", headers=workflow.headers(**who))
    assert answer.status_code == 200, answer.text
    return answer.json()


async def sla(workflow, **who) -> list[dict]:
    answer = await workflow.http.get("/v1/reports/sla", headers=workflow.headers(**who))
    assert answer.status_code == 200, answer.text
    return answer.json()


async def test_inbox_shows_overdue_first_then_by_due_time_and_rebuild_keeps_it(workflow):
    first = await workflow.forward()
    workflow.clock.advance(minutes=10)
    second = await workflow.forward()
    workflow.clock.advance(minutes=10)
    third = await workflow.forward()
    await workflow.catch_up()
    assert [i["case_id"] for i in await inbox(workflow)] == [first, second, third]

    # the third case's registration runs late: overdue goes first
    workflow.clock.advance(minutes=5)
    assert (await workflow.post(first, "/registration")).status_code == 200
    workflow.clock.advance(minutes=1)
    assert (await workflow.post(second, "/registration")).status_code == 200
    await workflow.catch_up()
    workflow.clock.advance(hours=3, minutes=5)
    assert await workflow.scan(workflow.clock.now) >= 1
    await workflow.catch_up()
    clerk = await inbox(workflow)
    assert [(i["case_id"], i["overdue"]) for i in clerk] == [(third, True)]
    heads = await inbox(workflow, **HEAD)
    assert [i["case_id"] for i in heads] == [first, second]
    assert all(i["overdue"] for i in heads)  # over 3 hours passed: the heads' steps are late too
    assert await inbox(workflow, role=R.OFFICE_CLERK, district=OTHER,
                       org="district_department-kegen") == []

    before = (clerk, heads, await sla(workflow, **HEAD))
    await rebuild(workflow.pool, workflow.app.state.runtime.spec.projections)
    after = (await inbox(workflow), await inbox(workflow, **HEAD), await sla(workflow, **HEAD))
    assert after == before


async def test_sla_report_counts_on_time_late_and_open_with_working_days(workflow):
    quick = await workflow.forward(2, None)
    await walk_reg2(workflow, quick)
    slow = await workflow.forward(2, None)
    await walk_reg2(workflow, slow, work_days=30)
    still = await workflow.forward(2, None)
    elsewhere = await workflow.forward(2, None, provider=district_department(OTHER))
    await workflow.catch_up()
    workflow.clock.advance(days=30)  # the open case is past its due by now

    rows = await sla(workflow, **HEAD)
    assert rows == [{"district": "talgar", "regulation_id": 2, "on_time": 1, "late": 1, "open": 1,
                     "open_overdue": 1, "median_working_days": rows[0]["median_working_days"],
                     "p90_working_days": rows[0]["p90_working_days"]}]
    # the quick case used 0 working days, the slow one about 20: median between, p90 near 20
    assert 0 < rows[0]["median_working_days"] < rows[0]["p90_working_days"] <= 25

    oblast = await sla(workflow, kind=K.OBLAST_DEPARTMENT, role=R.HEAD)
    assert {(r["district"], r["open"]) for r in oblast} == {("talgar", 1), ("kegen", 1)}
    await rebuild(workflow.pool, workflow.app.state.runtime.spec.projections)
    assert await sla(workflow, kind=K.OBLAST_DEPARTMENT, role=R.HEAD) == oblast
    assert still and elsewhere
