"""Command endpoints: acceptance in person with Idempotency-Key, If-Match, errors as problems,
and the deadline scheduler under several concurrent instances."""

import asyncio
from datetime import timedelta

import pytest

from contracts.identity import OrganisationKind as K
from contracts.identity import Role as R
from eventkit import store

from .conftest import PERIODS, REG1

pytestmark = pytest.mark.integration
APPLICANT = {"iin": "850101300124", "last_name": "Seitkali", "first_name": "Aigerim"}
HEAD = {"role": R.HEAD, "person": "head-1"}
EXECUTOR = {"role": R.RESPONSIBLE_EXECUTOR, "person": "exec-1"}


async def accept(workflow, body: dict, key: str | None = "k-1", **who):
    headers = workflow.headers(**who)
    if key:
        headers["Idempotency-Key"] = key
    return await workflow.http.post("/v1/cases", json=body, headers=headers)


async def test_a_clerk_accepts_in_person_and_a_retry_answers_the_same_case(workflow):
    body = {"regulation_id": 1, "sub_service": "duplicate", "applicant": APPLICANT,
            "facts": {"duplicate_reason": "lost"}}
    first = await accept(workflow, body)
    assert first.status_code == 201, first.text
    again = await accept(workflow, body)
    assert again.status_code == 201 and again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert first.headers["Location"] == f"/v1/cases/{first.json()['case_id']}"
    other = await accept(workflow, {**body, "sub_service": "first_registration"})
    assert other.status_code == 422

    case_id = first.json()["case_id"]
    async with workflow.pool.acquire() as conn:
        events = await store.load(conn, case_id)
    assert [e.event_type for e in events] == ["workflow.CaseOpened", "workflow.StepStarted"]
    assert events[0].payload["origin"] == "in_person"
    assert events[0].payload["channel"] == "provider_office"
    assert events[0].producer.organisation_id == "district_department-talgar"


async def test_a_rural_akim_clerk_accepts_reg4_on_the_akim_route(workflow):
    answer = await accept(workflow, {"regulation_id": 4, "applicant": APPLICANT,
                                     "facts": {"address": "Tuzdybastau, Abai 1"}},
                          kind=K.RURAL_AKIM, role=R.OFFICE_CLERK)
    assert answer.status_code == 201, answer.text
    step = answer.json()["current_step"]
    assert (step["holder_kind"], step["rural_district"]) == ("rural_akim", "tuzdybastau")


async def test_the_employment_centre_accepts_reg14_at_its_own_office_as_the_provider(workflow):
    answer = await accept(workflow, {"regulation_id": 14, "applicant": APPLICANT},
                          kind=K.EMPLOYMENT_CENTRE, role=R.OFFICE_CLERK)
    assert answer.status_code == 201, answer.text
    async with workflow.pool.acquire() as conn:
        opened = (await store.load(conn, answer.json()["case_id"]))[0]
    assert opened.payload["channel"] == "provider_office"
    assert opened.producer.kind == "employment_centre"


async def test_an_invalid_iin_is_a_problem_naming_the_field_and_writes_nothing(workflow):
    bad = await accept(workflow, {"regulation_id": 1, "applicant": {**APPLICANT, "iin": "123"}})
    assert bad.status_code == 422
    assert bad.headers["content-type"] == "application/problem+json"
    assert [e["field"] for e in bad.json()["errors"]] == ["applicant.iin"]
    async with workflow.pool.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM events") == 0


async def test_a_regulation_the_provider_does_not_run_is_refused(workflow):
    # reg. 15 is the oblast department's: a district office has no standing to accept it (the
    # caller's standing is 403, as for another office's regulation at intake), nothing written
    answer = await accept(workflow, {"regulation_id": 15, "applicant": APPLICANT})
    assert answer.status_code == 403
    assert answer.headers["content-type"] == "application/problem+json"
    async with workflow.pool.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM events") == 0


async def test_an_operator_may_not_accept_at_the_provider(workflow):
    answer = await accept(workflow, {"regulation_id": 1, "applicant": APPLICANT},
                          kind=K.STATE_CORPORATION, role=R.OPERATOR)
    assert answer.status_code == 403


async def test_writes_need_if_match_and_a_stale_one_is_409(workflow):
    case_id = await workflow.forward()
    headers = workflow.headers()
    missing = await workflow.http.post(f"/v1/cases/{case_id}/registration", json={},
                                       headers=headers)
    assert missing.status_code == 428
    stale = await workflow.http.post(f"/v1/cases/{case_id}/registration", json={},
                                     headers={**headers, "If-Match": 'W/"1"'})
    assert stale.status_code == 409 and stale.json()["actual_version"] == 2


async def test_domain_refusals_map_to_problems(workflow):
    case_id = await workflow.forward()
    wrong_step = await workflow.post(case_id, "/executor", {"person_id": "x"}, **HEAD)
    assert wrong_step.status_code == 409
    assert wrong_step.json()["type"] == "urn:qorgau:problem:case-state"
    assert (await workflow.post(case_id, "/registration")).status_code == 200
    assigned = await workflow.post(case_id, "/executor", {"person_id": "exec-1"}, **HEAD)
    assert assigned.status_code == 200
    not_mine = await workflow.post(case_id, "/draft", {"outcome": "approved", **REG1},
                                   role=R.RESPONSIBLE_EXECUTOR, person="exec-2")
    assert not_mine.status_code == 403
    bad = await workflow.post(case_id, "/draft", {"outcome": "approved", **REG1, "payload": {
        "recognition": {"periods": [{**PERIODS[0], "zone": "moon"}]}}}, **EXECUTOR)
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"] == "payload.recognition.periods[0].zone"
    no_request = await workflow.post(case_id, "/extensions",
                                     {"extension_id": "extra_checks", "reason": "x"}, **EXECUTOR)
    assert no_request.status_code == 422
    assert no_request.json()["errors"][0]["field"] == "extension_id"
    missing = await workflow.http.get("/v1/cases/nope", headers=workflow.headers())
    assert missing.status_code == 404


async def test_several_scheduler_instances_mark_each_overdue_step_once(workflow):
    cases = [await workflow.forward() for _ in range(6)]
    await workflow.catch_up()
    late = workflow.clock.now + timedelta(hours=2)
    marked = await asyncio.gather(*[workflow.scan(late) for _ in range(4)])
    assert sum(marked) == len(cases)
    await workflow.catch_up()
    assert await workflow.scan(late) == 0  # a restart finds nothing new
    async with workflow.pool.acquire() as conn:
        counts = await conn.fetch(
            "SELECT stream_id, count(*) AS n FROM events WHERE event_type = 'workflow.StepOverdue'"
            " GROUP BY stream_id")
    assert sorted(r["stream_id"] for r in counts) == sorted(cases)
    assert {r["n"] for r in counts} == {1}
    overdue = await conn_inbox(workflow)
    assert all(item["overdue"] for item in overdue) and len(overdue) == len(cases)


async def conn_inbox(workflow) -> list[dict]:
    return (await workflow.http.get("/v1/inbox", headers=workflow.headers())).json()
