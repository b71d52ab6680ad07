"""One bad request must not poison three services: a body nested deeper than the contracts
allow (`facts` 200 levels deep, once taken by the workflow, appended, published, and then
dead-lettered by registry and payments) or larger than the body limit is refused at the edge
of every service, 422 or 413 naming the field, and nothing is stored."""

import json

import pytest

from .conftest import SERVICES, refused

pytestmark = pytest.mark.integration

APPLICANT = {"iin": "580314300214", "last_name": "Tokhtarov", "first_name": "Serik"}
PERIODS = [{"zone": "extreme", "from_year": 1958, "to_year": 1963, "place": "Semey",
            "kind": "residence"}]


def nested(levels: int) -> dict:
    value: dict = {}
    for _ in range(levels):
        value = {"x": value}
    return value


def in_person(facts: dict) -> dict:
    return {"regulation_id": 1, "sub_service": "first_registration", "applicant": APPLICANT,
            "facts": facts}


async def test_facts_200_levels_deep_are_refused_by_the_workflow_and_nothing_is_appended(apis):
    workflow = apis["workflow"]
    before = await workflow.stored()
    answer = await workflow.call("POST", "/v1/cases", json=in_person(nested(200)),
                                 headers={"Idempotency-Key": "deep-facts-1"})
    refused(answer, 422, "facts")
    assert "32 levels" in answer.json()["errors"][0]["message"]
    assert await workflow.stored() == before


async def test_a_body_of_brackets_beyond_the_parsers_recursion_is_a_422_not_a_fault(apis):
    for service in SERVICES:
        api = apis[service]
        before = await api.stored()
        for body in (b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 40_000 + b"1" + b"}" * 40_000):
            answer = await api.client.post("/v1/anything", content=body,
                                           headers={"Content-Type": "application/json"})
            refused(answer, 422)
        assert await api.stored() == before, service


async def test_deep_members_are_named_and_strings_holding_brackets_do_not_count(apis):
    workflow = apis["workflow"]
    flat = in_person({"periods": PERIODS, "note": "[[[[" * 1000})
    answer = await workflow.call("POST", "/v1/cases", json=flat,
                                 headers={"Idempotency-Key": "brackets-in-a-string"})
    assert answer.status_code == 422, answer.text  # the facts' own model refuses `note`
    assert "facts.note" in [e["field"] for e in answer.json()["errors"]]
    deep = {**in_person({"periods": PERIODS}), "applicant": {**APPLICANT, "x": nested(40)}}
    refused(await workflow.call("POST", "/v1/cases", json=deep,
                                headers={"Idempotency-Key": "deep-applicant"}), 422, "applicant")


async def test_facts_within_the_depth_reach_the_facts_model_which_names_what_is_wrong(apis):
    workflow = apis["workflow"]
    answer = await workflow.call("POST", "/v1/cases", json=in_person(nested(29)),
                                 headers={"Idempotency-Key": "shallow-enough"})
    assert answer.status_code == 422, answer.text
    [error] = answer.json()["errors"]
    assert error["field"].startswith("facts.") and "levels" not in error["message"], error


async def test_a_body_over_the_size_limit_is_413_at_every_service(apis):
    big = json.dumps(in_person({"periods": PERIODS * 5000}))
    assert len(big) > 256 * 1024
    for service in SERVICES:
        api = apis[service]
        before = await api.stored()
        answer = await api.client.post("/v1/cases", content=big,
                                       headers={"Content-Type": "application/json"})
        refused(answer, 413)
        assert await api.stored() == before, service
