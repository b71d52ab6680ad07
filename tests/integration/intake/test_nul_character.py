"""PostgreSQL's text holds no NUL character: a request that carries one, in its body, path or
query, is answered 422 naming the field, and nothing is written."""

import pytest

from .conftest import APPLICANT, reg1

pytestmark = pytest.mark.integration


async def test_a_nul_in_the_body_is_refused_naming_the_field_and_nothing_is_written(intake,
                                                                                   sc_talgar):
    body = reg1(applicant={**APPLICANT, "last_name": "Abe\u0000nov"})
    answer = await intake.client.post("/v1/applications", json=body, headers=sc_talgar)
    assert answer.status_code == 422, answer.text
    assert [e["field"] for e in answer.json()["errors"]] == ["applicant.last_name"]
    listed = await intake.client.get("/v1/applications", headers=sc_talgar)
    assert listed.json()["items"] == []


async def test_a_nul_in_the_path_or_the_query_is_refused_naming_the_parameter(intake,
                                                                            sc_talgar):
    by_number = await intake.client.get("/v1/receipts/R%00", headers=sc_talgar)
    assert by_number.status_code == 422, by_number.text
    assert [e["field"] for e in by_number.json()["errors"]] == ["receipt_number"]
    listed = await intake.client.get("/v1/applications", params={"district": "tal\x00gar"},
                                     headers=sc_talgar)
    assert listed.status_code == 422, listed.text
    assert [e["field"] for e in listed.json()["errors"]] == ["district"]
