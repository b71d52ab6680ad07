"""Reg. 1 from the front office to a printed certificate and a confirmed payment, by clicking
only, as six people of three organisations (the State Corporation's front office, the district
department, the oblast department), in each language: Kazakh, Russian and English.

Each language walks in its own district, one no other end-to-end test releases an envelope in,
so no walk takes another test's payment (the front office's tests share Balkhash, but decide
nothing there).
"""

import pytest
from playwright.sync_api import expect

from tests.e2e.console import walk

pytestmark = pytest.mark.e2e

WALKS = [("kk", "kegen"), ("ru", "raiymbek"), ("en", "balkhash")]


@pytest.mark.parametrize(("lang", "district"), WALKS, ids=[w[0] for w in WALKS])
def test_reg1_walk_by_clicking(desk, check, lang, district):
    operator = desk(walk.office(district), lang)
    application = walk.submit_reg1(operator.page)
    assert application.receipt_number.startswith(f"gfc-{district}-")
    expect(operator.page.get_by_test_id("result-due")).not_to_be_empty()
    check(operator.page, f"walk-{lang}-1-confirmation")
    walk.forward(operator.page, application)

    clerk = desk(walk.department(district, "clerk"), lang)
    walk.open_case_from_queue(clerk.page, application.application_id)
    walk.act(clerk.page, "register")

    head = desk(walk.department(district, "head"), lang)
    walk.open_case_from_queue(head.page, application.application_id)
    walk.act(head.page, "assign")

    executor = desk(walk.department(district, "executor"), lang)
    walk.open_case_from_queue(executor.page, application.application_id)
    walk.act(executor.page, "draft")
    expect(executor.page.locator("#action-sign")).to_have_count(0)  # the maker never signs

    head.page.reload()
    check(head.page, f"walk-{lang}-2-case")
    walk.act(head.page, "sign")
    executor.page.reload()
    walk.act(executor.page, "issue")
    expect(executor.page.get_by_test_id("case-status")).to_have_attribute("data-status",
                                                                          "closed")

    registrar = desk(walk.department(district, "registry"), lang)
    walk.issue_certificate(registrar.page, application)
    printed = registrar.page.request.get(
        registrar.page.locator('a[href$="/pdf"]').get_attribute("href"))
    assert printed.ok and printed.headers["content-type"] == "application/pdf"
    assert printed.body().startswith(b"%PDF")

    cashier = desk(walk.OBLAST_PAYMENTS, lang)
    walk.release_and_confirm(cashier.page, district, application)
    check(cashier.page, f"walk-{lang}-3-paid")

    walk.hand_over(operator.page, application)
    expect(operator.page.get_by_test_id("application-status")).to_have_attribute(
        "data-status", "handed_over")
    check(operator.page, f"walk-{lang}-4-handed-over")
