"""Payments: a payment waiting for its payout details gets them, the district's ready payments
go to the treasury in an envelope with its control totals, and reconciliation shows the envelope
and the district balanced once the treasury has paid."""

import re

import pytest
from playwright.sync_api import expect

from qorgau import scenarios as sc
from tests.e2e.console import walk

pytestmark = pytest.mark.e2e
DISTRICT = "enbekshikazakh"  # a district no other end-to-end test releases envelopes in


def test_payout_details_release_and_reconciliation(api, desk, check):
    applicant = sc.new_applicant()
    decided = sc.reg1_decided(api, DISTRICT, applicant,
                              payload={"recognition": {"periods": sc.SEMEY_PERIODS}})
    page = desk(walk.department(DISTRICT, "payments")).page
    page.goto("/payments?status=awaiting_details")
    link = page.locator(f'tr:has(a[data-case="{decided.application_id}"]) td a').first
    expect(link).to_be_visible()  # the payment is assigned from the signed decision
    check(page, "payments-1-awaiting-details")
    link.click()
    expect(page.get_by_test_id("payment-status")).to_have_attribute("data-status",
                                                                     "awaiting_details")
    page.locator("#iban").fill("KZ00WRONG")
    page.locator('form[action$="/details"] button').click()
    expect(page.locator(".error-summary")).to_be_visible()  # the IBAN is checked
    page.locator("#iban").fill(sc.DEMO_IBAN)
    page.locator('form[action$="/details"] button').click()
    expect(page.get_by_test_id("payment-status")).to_have_attribute("data-status", "ready")
    amount = page.get_by_test_id("payment-amount").inner_text()
    check(page, "payments-2-payment")

    page.goto("/payments")
    expect(page.get_by_test_id(f"ready-count-{DISTRICT}")).to_be_visible()
    ready_sum = page.get_by_test_id(f"ready-sum-{DISTRICT}").inner_text()
    check(page, "payments-3-ready")
    page.locator(f'form[action="/payments/envelopes"]:has(input[value="{DISTRICT}"]) '
                 "button").click()
    control = page.get_by_test_id("envelope-control")
    expect(control).to_contain_text(ready_sum)  # the envelope's totals are what was ready
    check(page, "payments-4-envelope")

    page.goto("/payments?status=all")
    page.locator(f'tr:has(a[data-case="{decided.application_id}"]) td a').first.click()
    expect(page.get_by_test_id("payment-status")).to_have_attribute("data-status", "confirmed")
    expect(page.get_by_test_id("payment-amount")).to_have_text(amount)

    page.goto("/payments/reconciliation")
    district_row = page.locator("table").first.locator("tr", has_text=re.compile("Enbekshikazakh"))
    expect(district_row).to_be_visible()
    check(page, "payments-5-reconciliation")
