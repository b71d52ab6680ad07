"""A reg. 1 case from forwarded application to issued result through the API with real tokens:
due times from the calendar, an extension, an overdue event, two heads racing to sign."""

import asyncio
from datetime import datetime, timedelta

import pytest

from contracts.calendar import OFFICE_HOURS, due
from contracts.durations import Duration, DurationUnit
from contracts.identity import OrganisationKind, Role
from eventkit import store

from .conftest import MONDAY, PERIODS, REG1

pytestmark = pytest.mark.integration
HOURS = OFFICE_HOURS["district_department"]
HEAD = {"role": Role.HEAD, "person": "head-1"}
EXECUTOR = {"role": Role.RESPONSIBLE_EXECUTOR, "person": "exec-7"}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


async def test_reg1_forwarded_case_walks_to_an_issued_result(workflow):
    case_id = await workflow.forward()
    await workflow.catch_up()
    detail = (await workflow.http.get(f"/v1/cases/{case_id}", headers=workflow.headers())).json()
    assert detail["current_step"]["step_id"] == "register"
    assert at(detail["current_step"]["due_at"]) == due(MONDAY, Duration(value=30, unit="minutes"),
                                                       HOURS)

    workflow.clock.advance(minutes=20)
    registered = await workflow.post(case_id, "/registration")
    assert registered.status_code == 200, registered.text
    assert registered.json()["current_step"]["step_id"] == "assign_executor"

    workflow.clock.advance(hours=1)
    assigned = await workflow.post(case_id, "/executor", {"person_id": "exec-7"}, **HEAD)
    assert assigned.status_code == 200, assigned.text
    deciding = assigned.json()["current_step"]
    registered_at = at(registered.json()["current_step"]["started_at"])
    decide_due = due(registered_at, Duration(value=19, unit=DurationUnit.WORKING_DAYS), HOURS)
    assert (deciding["step_id"], deciding["person_id"]) == ("decide", "exec-7")
    assert at(deciding["due_at"]) == decide_due  # counted from registration, as the text says

    asked = await workflow.post(case_id, "/information-requests",
                                {"addressed_to": "Semey archive", "subject": "residence"},
                                **EXECUTOR)
    assert asked.status_code == 200, asked.text
    extension = {"extension_id": "extra_checks", "reason": "archive"}
    extended = await workflow.post(case_id, "/extensions", extension, **EXECUTOR)
    assert extended.status_code == 200, extended.text
    new_due = at(extended.json()["current_step"]["due_at"])
    assert new_due == due(decide_due, Duration(value=1, unit=DurationUnit.MONTHS), HOURS)

    # the extended term passes: the scheduler says StepOverdue once, however often it looks
    await workflow.catch_up()
    assert await workflow.scan(new_due) == 0
    later = new_due + timedelta(seconds=1)
    assert await workflow.scan(later) == 1
    await workflow.catch_up()
    assert await workflow.scan(later) == 0
    read = await workflow.http.get(f"/v1/cases/{case_id}", headers=workflow.headers())
    assert read.json()["current_step"]["overdue"] is True
    workflow.etags[case_id] = read.headers["ETag"]
    workflow.clock.set(later)

    drafted = await workflow.post(case_id, "/draft", {
        "outcome": "approved", **REG1, "payload": {"recognition": {"periods": PERIODS}}},
        **EXECUTOR)
    assert drafted.status_code == 200, drafted.text
    assert drafted.json()["current_step"]["step_id"] == "sign_result"

    # two heads sign the same draft at once: exactly one wins, the other gets a 409
    tag = workflow.etags[case_id]
    heads = ("head-1", "head-2")
    headers = [{**workflow.headers(role=Role.HEAD, person=p), "If-Match": tag} for p in heads]
    signatures = [await workflow.head_signature(case_id, role=Role.HEAD, person=p)
                  for p in heads]
    answers = await asyncio.gather(*[
        workflow.http.post(f"/v1/cases/{case_id}/signature", json={"signature": s}, headers=h)
        for s, h in zip(signatures, headers, strict=True)])
    assert sorted(a.status_code for a in answers) == [200, 409]
    winner = next(a for a in answers if a.status_code == 200)
    workflow.etags[case_id] = winner.headers["ETag"]

    issued = await workflow.post(case_id, "/result", {"summary": "decision handed over"},
                                 **EXECUTOR)
    assert issued.status_code == 200, issued.text
    assert issued.json()["status"] == "closed" and issued.json()["outcome"] == "approved"

    async with workflow.pool.acquire() as conn:
        events = await store.load(conn, case_id)
    names = [e.event_type for e in events]
    assert names.count("workflow.DecisionSigned") == 1 and names.count("workflow.StepOverdue") == 1
    signed = next(e for e in events if e.event_type == "workflow.DecisionSigned")
    assert signed.producer.kind is OrganisationKind.DISTRICT_DEPARTMENT
    assert signed.producer.organisation_id == "district_department-talgar"
    assert signed.actor.role is Role.HEAD
    assert signed.payload["payload"] == {"recognition": {"periods": PERIODS}}
    opened = events[0]
    assert opened.producer.kind is OrganisationKind.DISTRICT_DEPARTMENT  # the provider receives

    await workflow.catch_up()
    detail = (await workflow.http.get(f"/v1/cases/{case_id}", headers=workflow.headers())).json()
    assert detail["status"] == "closed" and detail["current_step"] is None
    assert [h["event_type"] for h in detail["history"]] == names
