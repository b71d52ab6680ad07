"""Reg. 4's extension owes the applicant a notice within 2 working days: with the clock moved past
that, the deadline scheduler says NoticeOverdue exactly once per notice (several instances
scanning at once), the case detail, the case list and the inbox show it, a late notice is still
recorded, and `rebuild` gives the same read models."""

import asyncio
from datetime import datetime, timedelta

import pytest

from contracts.identity import OrganisationKind as K
from contracts.identity import Role as R
from contracts.people import OrganisationRef
from eventkit import store
from eventkit.projections import rebuild

from .conftest import DISTRICT, org_id

pytestmark = pytest.mark.integration
AKIM = OrganisationRef(organisation_id=org_id(K.RURAL_AKIM, DISTRICT, "tuzdybastau"),
                       kind=K.RURAL_AKIM, district=DISTRICT, rural_district="tuzdybastau")
CLERK = {"kind": K.RURAL_AKIM, "role": R.OFFICE_CLERK}
HEAD = {"kind": K.RURAL_AKIM, "role": R.HEAD, "person": "akim-1"}
EXECUTOR = {"kind": K.RURAL_AKIM, "role": R.RESPONSIBLE_EXECUTOR, "person": "exec-1"}
EXTENSION = "requests_to_bodies"


async def extended_case(workflow) -> str:
    """A reg. 4 case at a rural akim, its decision term extended for requests to other bodies."""
    case_id = await workflow.forward(4, None, "rural_akim", AKIM)
    for path, body, who in [
        ("/registration", {}, CLERK),
        ("/executor", {"person_id": "exec-1"}, HEAD),
        ("/information-requests", {"addressed_to": "tax authority", "subject": "incomes"},
         EXECUTOR),
        ("/extensions", {"extension_id": EXTENSION, "reason": "requests sent"}, EXECUTOR),
    ]:
        answer = await workflow.post(case_id, path, body, **who)
        assert answer.status_code == 200, answer.text
    return case_id


async def detail(workflow, case_id: str) -> dict:
    answer = await workflow.http.get(f"/v1/cases/{case_id}", headers=workflow.headers(**HEAD))
    assert answer.status_code == 200, answer.text
    return answer.json()


async def inbox(workflow) -> dict[str, dict]:
    answer = await workflow.http.get("/v1/inbox", headers=workflow.headers(**EXECUTOR))
    assert answer.status_code == 200, answer.text
    return {item["case_id"]: item for item in answer.json()}


async def notice_overdue_events(workflow) -> list:
    async with workflow.pool.acquire() as conn:
        rows = await conn.fetch("SELECT stream_id FROM events"
                                " WHERE event_type = 'workflow.NoticeOverdue'")
        return [e for r in rows for e in await store.load(conn, r["stream_id"])
                if e.event_type == "workflow.NoticeOverdue"]


async def test_a_notice_not_sent_in_time_is_overdue_once_and_shows_everywhere(workflow):
    silent = await extended_case(workflow)
    told = await extended_case(workflow)
    answer = await workflow.post(told, "/notices", {"extension_id": EXTENSION}, **EXECUTOR)
    assert answer.status_code == 200, answer.text
    await workflow.catch_up()

    [notice] = (await detail(workflow, silent))["notices"]
    assert (notice["extension_id"], notice["notified_at"], notice["overdue"]) == (
        EXTENSION, None, False)
    notice_due = datetime.fromisoformat(notice["due_at"])
    assert notice_due - workflow.clock.now >= timedelta(days=2)  # 2 working days, office hours
    assert await workflow.scan(notice_due) == 0  # due, not yet past
    assert not (await inbox(workflow))[silent]["overdue"]

    # the clock passes the notice's due; the decision term (30 days) is still running
    workflow.clock.set(notice_due + timedelta(minutes=1))
    scans = [workflow.scan(workflow.clock.now) for _ in range(4)]
    assert sum(await asyncio.gather(*scans)) == 1
    await workflow.catch_up()
    assert await workflow.scan(workflow.clock.now) == 0  # a restart
    [said] = await notice_overdue_events(workflow)
    assert said.stream_id == silent
    assert said.payload["extension_id"] == EXTENSION
    assert datetime.fromisoformat(said.payload["notice_due"]) == notice_due
    assert (said.producer.kind, said.producer.organisation_id) == (
        K.RURAL_AKIM, AKIM.organisation_id)
    assert said.actor.role is R.SYSTEM

    shown = await detail(workflow, silent)
    assert shown["notices"][0]["overdue"] and shown["notices"][0]["notified_at"] is None
    assert shown["current_step"]["overdue"] is False  # the step itself is on time
    assert "workflow.NoticeOverdue" in [h["event_type"] for h in shown["history"]]
    waiting = await inbox(workflow)
    assert (waiting[silent]["overdue"], waiting[silent]["notice_overdue"]) == (True, True)
    assert (waiting[told]["overdue"], waiting[told]["notice_overdue"]) == (False, False)
    assert list(waiting) == [silent, told]  # overdue first
    late = await workflow.http.get("/v1/cases", params={"overdue": "true"},
                                   headers=workflow.headers(**HEAD))
    assert [(i["case_id"], i["notice_overdue"]) for i in late.json()["items"]] == [(silent, True)]

    before = (await detail(workflow, silent), await inbox(workflow))
    await rebuild(workflow.pool, workflow.app.state.runtime.spec.projections)
    assert (await detail(workflow, silent), await inbox(workflow)) == before

    # told late: recorded, still shown as late, and the inbox no longer counts it
    workflow.clock.advance(hours=1)
    workflow.etags[silent] = f'W/"{before[0]["version"]}"'  # the scheduler appended meanwhile
    answer = await workflow.post(silent, "/notices", {"extension_id": EXTENSION}, **EXECUTOR)
    assert answer.status_code == 200, answer.text
    await workflow.catch_up()
    [notice] = (await detail(workflow, silent))["notices"]
    assert notice["notified_at"] is not None and notice["overdue"]
    assert not (await inbox(workflow))[silent]["overdue"]
    assert await workflow.scan(workflow.clock.now + timedelta(days=3)) == 0
    assert len(await notice_overdue_events(workflow)) == 1
