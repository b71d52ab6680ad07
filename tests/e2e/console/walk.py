"""The screens as a person uses them, by clicking: the same steps in every language.

Inputs are found by their ids and buttons by their names and values, never by their text, so
one walk runs in Kazakh, Russian and English.
"""

import re
from dataclasses import dataclass

from playwright.sync_api import Page, expect

from contracts.iin import mask_iin
from qorgau.scenarios import DEMO_IBAN, new_applicant

NEXT = 'button[name="go"][value="next"]:not([tabindex="-1"])'


def office(district: str) -> str:
    return f"gfc-{district}/gfc-{district}-operator"


def department(district: str, person: str) -> str:
    return f"dd-{district}/dd-{district}-{person}"


OBLAST_PAYMENTS = "oblast-dept/oblast-payments"


@dataclass
class Application:
    application_id: str
    receipt_number: str
    iin: str
    last_name: str


def submit_reg1(page: Page, applicant: dict[str, str] | None = None,
                complete: bool = True) -> Application:
    """Front office: a reg. 1 first registration, question by question, to the receipt."""
    applicant = applicant or new_applicant()
    page.goto("/front-office")
    page.locator('a[href="/apply"]').click()
    page.locator("#reg-1").check()
    page.locator(NEXT).click()
    page.locator("#sub-first_registration").check()
    page.locator(NEXT).click()
    page.locator("#applicant-iin").fill(applicant["iin"])
    page.locator("#applicant-last_name").fill(applicant["last_name"])
    page.locator("#applicant-first_name").fill(applicant["first_name"])
    page.locator(NEXT).click()
    page.locator("#periods-0-zone").select_option("extreme")
    page.locator("#periods-0-from_year").fill("1949")
    page.locator("#periods-0-to_year").fill("1962")
    page.locator("#periods-0-place").fill("Semey")
    page.locator("#periods-0-kind").select_option("residence")
    page.locator("#facts-payout-kind").select_option("bank_account")
    page.locator("#facts-payout-iban").fill(DEMO_IBAN)
    page.locator(NEXT).click()
    if not complete:
        page.locator("#doc-identity_document").uncheck()
    page.locator(NEXT).click()
    page.locator('button[name="go"][value="submit"]').click()
    number = page.get_by_test_id("receipt-number")
    expect(number).to_be_visible()
    application_id = page.url.split("/applications/", 1)[1].split("?", 1)[0]
    return Application(application_id, number.inner_text().strip(), applicant["iin"],
                       applicant["last_name"])


def forward(page: Page, application: Application) -> None:
    page.goto(f"/applications/{application.application_id}")
    page.locator(f'form[action$="/{application.application_id}/forward"] button').click()
    expect(page.get_by_test_id("application-status")).not_to_have_text(re.compile("^$"))
    expect(page.locator(f'form[action$="/{application.application_id}/forward"]')).to_have_count(0)


def open_case_from_queue(page: Page, case_id: str) -> None:
    page.goto("/queue")
    link = page.locator(f'a[href="/cases/{case_id}"]')
    expect(link).to_be_visible()  # the queue refreshes itself while the case travels
    link.click()
    expect(page.get_by_test_id("current-step")).to_be_visible()


def act(page: Page, action: str) -> None:
    page.locator(f"#action-{action} button[type=submit]").click()
    expect(page.locator(f"#action-{action}")).to_have_count(0)


def issue_certificate(page: Page, application: Application) -> str:
    """Registry: the certificate ordered by the signed decision, issued and printed."""
    page.goto("/registry")
    row = page.locator('#to-issue tr', has_text=mask_iin(application.iin))
    # the registry learns of the decision through the broker; its list refreshes itself
    expect(row).to_be_visible()
    row.locator("a").click()
    page.locator('form[action$="/issue"] button').click()
    expect(page.get_by_test_id("document-status")).to_have_text(re.compile(".+"))
    number = page.get_by_test_id("document-number").inner_text().strip()
    assert number and number != "—"
    return page.url.split("/registry/documents/", 1)[1].split("?", 1)[0]


def release_and_confirm(page: Page, district: str, application: Application) -> None:
    """Payments: the district's ready payments released in an envelope; the treasury pays."""
    page.goto(f"/payments?district={district}")
    release = page.locator(f'form[action="/payments/envelopes"]:has(input[value="{district}"]) '
                           'button')
    expect(release).to_be_visible()  # the payment is assigned from the signed decision
    release.click()
    expect(page.get_by_test_id("envelope-control")).to_be_visible()
    page.goto(f"/payments?status=all&district={district}")
    page.locator(f'tr:has(a[data-case="{application.application_id}"]) td a').first.click()
    # the treasury answers through the broker; the payment page refreshes itself meanwhile
    expect(page.get_by_test_id("payment-status")).to_have_attribute("data-status", "confirmed")


def hand_over(page: Page, application: Application) -> None:
    page.goto(f"/applications/{application.application_id}")
    button = page.locator(f'form[action$="/{application.application_id}/hand-over"] button')
    expect(button).to_be_visible()  # the result comes back through the broker
    button.click()
    expect(button).to_have_count(0)
