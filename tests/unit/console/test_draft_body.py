"""The console's draft forms become bodies the workflow's document describes: each names the
case's regulation and sub-service, an approval its payload, a refusal its reasons alone."""

import pytest
from pydantic import TypeAdapter

from services.console.pages.cases import draft_body
from services.workflow.drafts import Approval, DraftIn, Refusal

DRAFT = TypeAdapter(DraftIn)
REG1 = {"regulation_id": 1, "sub_service": "first_registration"}
PERIOD = {"period-0-zone": "extreme", "period-0-from_year": "1958", "period-0-to_year": "1963",
          "period-0-place": "Semey", "period-0-kind": "residence"}


def test_an_approval_names_the_cases_regulation_and_carries_its_payload():
    body = draft_body(REG1, {"outcome": "approved", **PERIOD, "iban": "KZ86 125K ZT50 0410 0100"})
    parsed = DRAFT.validate_python(body)
    assert isinstance(parsed, Approval)
    assert (parsed.regulation_id, parsed.sub_service) == (1, "first_registration")
    assert body["payload"]["recognition"]["periods"][0]["from_year"] == 1958
    assert body["payload"]["payout"]["iban"] == "KZ86125KZT5004100100"


def test_a_refusal_names_the_regulation_and_carries_no_payload():
    body = draft_body(REG1, {"outcome": "refused", "reason": "not_confirmed"})
    assert isinstance(DRAFT.validate_python(body), Refusal) and "payload" not in body


@pytest.mark.parametrize("regulation_id", [2, 7])
def test_a_notice_of_a_regulation_without_sub_services_names_none(regulation_id):
    body = draft_body({"regulation_id": regulation_id, "sub_service": None},
                      {"outcome": "approved",
                       "payload-service-summary": "the documents are drawn up"})
    assert "sub_service" not in body
    assert DRAFT.validate_python(body).regulation_id == regulation_id
