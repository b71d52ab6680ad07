"""Idempotency-Key on submit: a retry gets the first answer; another body with the key is a 422."""

import asyncio

import pytest

from .conftest import FULL, reg1

pytestmark = pytest.mark.integration


async def count_streams(intake) -> int:
    async with intake.pool.acquire() as conn:
        return await conn.fetchval("SELECT count(DISTINCT stream_id) FROM events")


async def test_retry_with_the_same_key_returns_the_first_answer(intake, sc_talgar):
    headers = {**sc_talgar, "Idempotency-Key": "pkg-1"}
    first = await intake.client.post("/v1/applications", json=reg1(), headers=headers)
    again = await intake.client.post("/v1/applications", json=reg1(), headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.headers["Location"] == first.headers["Location"]
    assert await count_streams(intake) == 1


async def test_same_key_with_another_body_is_422_and_changes_nothing(intake, sc_talgar):
    headers = {**sc_talgar, "Idempotency-Key": "pkg-2"}
    await intake.client.post("/v1/applications", json=reg1(), headers=headers)
    other = await intake.client.post("/v1/applications", json=reg1(documents=FULL[:1]),
                                     headers=headers)
    assert other.status_code == 422
    assert other.json()["errors"][0]["field"] == "Idempotency-Key"
    assert await count_streams(intake) == 1


async def test_concurrent_duplicates_make_one_application(intake, sc_talgar):
    headers = {**sc_talgar, "Idempotency-Key": "pkg-3"}
    answers = await asyncio.gather(*[
        intake.client.post("/v1/applications", json=reg1(), headers=headers) for _ in range(5)])
    assert {a.status_code for a in answers} == {201}
    assert len({a.json()["application_id"] for a in answers}) == 1
    assert await count_streams(intake) == 1


async def test_two_organisations_may_use_the_same_key(intake, sc_talgar, as_):
    karasai = as_("sc-karasai", "state_corporation", "operator", "karasai")
    for headers in (sc_talgar, karasai):
        answer = await intake.client.post("/v1/applications", json=reg1(),
                                          headers={**headers, "Idempotency-Key": "same"})
        assert answer.status_code == 201
    assert await count_streams(intake) == 2


async def test_a_failed_submission_stores_no_answer_and_can_be_retried(intake, sc_talgar):
    headers = {**sc_talgar, "Idempotency-Key": "pkg-4"}
    bad = reg1(documents=[*FULL, {"kind": "diploma", "copies": 1}])
    assert (await intake.client.post("/v1/applications", json=bad, headers=headers)).status_code \
        == 422
    fixed = await intake.client.post("/v1/applications", json=bad, headers=headers)
    assert fixed.status_code == 422  # evaluated again, not replayed
    assert "Idempotent-Replayed" not in fixed.headers
    assert await count_streams(intake) == 0


async def test_malformed_key_is_a_problem_naming_the_header(intake, sc_talgar):
    answer = await intake.client.post("/v1/applications", json=reg1(),
                                      headers={**sc_talgar, "Idempotency-Key": "x" * 200})
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "Idempotency-Key"
