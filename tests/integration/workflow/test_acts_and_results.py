"""Over HTTP: a case names the act it runs under; reg. 1 at the provider's office decides no
payout; after the repeal, a deployment that does not say it continues the act opens no case."""

import pytest

from contracts.catalogue import load_catalogue
from contracts.identity import Role as R
from eventkit.clock import FrozenClock
from services.workflow.app import WorkflowSettings, create_app
from services.workflow.domain import Catalogues

from .conftest import MONDAY, PERIODS, REG1, Workflow

pytestmark = pytest.mark.integration
EXECUTOR = {"role": R.RESPONSIBLE_EXECUTOR, "person": "exec-1"}
HEAD = {"role": R.HEAD, "person": "head-1"}
APPLICANT = {"iin": "850101300124", "last_name": "Seitkali", "first_name": "Aigerim"}


async def test_the_case_detail_names_the_act_and_the_setting_that_keeps_it(workflow):
    case_id = await workflow.forward()
    await workflow.catch_up()
    detail = await workflow.http.get(f"/v1/cases/{case_id}", headers=workflow.headers())
    assert detail.status_code == 200, detail.text
    act = detail.json()["act"]
    # the tests run in 2025, after No. 81's repeal by No. 56 (seed lines 14-15)
    assert act["catalogue_version"] == "r547_2019_12_03" and "No. 56" in act["repealed_by"]
    assert act["continued_by"].startswith("QORGAU_CONTINUE_REPEALED_ACT=r547_2019_12_03")


async def test_reg1_at_the_providers_office_decides_no_payout(workflow):
    # lines 106-110: at the provider, the decision and the certificate; the payment is listed
    # only through the State Corporation (lines 112-120)
    case_id = await workflow.forward(channel="provider_office")
    await workflow.catch_up()
    assert (await workflow.post(case_id, "/registration")).status_code == 200
    assert (await workflow.post(case_id, "/executor", {"person_id": "exec-1"},
                                **HEAD)).status_code == 200
    payout = {"kind": "bank_account", "iban": "KZ86125KZT5004100100"}
    refused = await workflow.post(case_id, "/draft", {
        "outcome": "approved", **REG1, "payload": {"recognition": {"periods": PERIODS},
                                                   "payout": payout}}, **EXECUTOR)
    assert refused.status_code == 422, refused.text
    assert "payout" in refused.text and "no payment" in refused.text
    drafted = await workflow.post(case_id, "/draft", {
        "outcome": "approved", **REG1, "payload": {"recognition": {"periods": PERIODS}}},
        **EXECUTOR)
    assert drafted.status_code == 200, drafted.text


async def test_without_the_setting_no_case_is_opened_after_the_repeal(start_service,
                                                                      issue_token):
    # the catalogues as a deployment that does not continue the repealed act reads them
    def without_setting(settings):
        return create_app(settings, WorkflowSettings(WORKFLOW_OVERDUE_SCAN_S=3600),
                          catalogues=Catalogues(load_catalogue().versions),
                          clock=FrozenClock(MONDAY))

    service = await start_service(without_setting, RUN_BACKGROUND=False)
    workflow = Workflow(service, issue_token)
    answer = await workflow.http.post(
        "/v1/cases", json={"regulation_id": 2, "applicant": APPLICANT},
        headers={**workflow.headers(), "Idempotency-Key": "k-repealed"})
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert "regulation_id" in answer.text and "QORGAU_CONTINUE_REPEALED_ACT" in answer.text
