"""Front office: question pages, the error summary linked to its fields, the IIN checked before
submit, check answers, the receipt and the refusal receipt, forwarding; and the whole flow
completed with the keyboard alone."""

import re

import pytest
from playwright.sync_api import expect

from qorgau.scenarios import DEMO_IBAN, new_applicant
from tests.e2e.console import walk

pytestmark = pytest.mark.e2e
DISTRICT = "balkhash"


def test_question_pages_show_an_error_summary_linked_to_each_field(desk, check):
    page = desk(walk.office(DISTRICT)).page
    page.goto("/apply")
    check(page, "front-office-1-service")
    page.locator("#reg-1").check()
    page.locator(walk.NEXT).click()
    page.locator("#sub-first_registration").check()
    page.locator(walk.NEXT).click()
    page.wait_for_load_state("load")  # htmx (a deferred script) is listening
    page.locator("#applicant-iin").fill("580314300215")  # a wrong check digit
    page.locator("#applicant-iin").blur()
    # checked as it is typed (htmx), before anything is submitted
    expect(page.locator("#applicant-iin-check .error-message")).to_be_visible()
    check(page, "front-office-2a-iin-checked")  # the swapped-in answer passes axe too
    page.locator(walk.NEXT).click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    links = summary.locator("a")
    expect(links).to_have_count(3)  # the IIN, the last name, the first name
    links.first.click()
    expect(page.locator("#applicant-iin")).to_be_focused()
    expect(page.locator("#applicant-iin")).to_have_attribute("aria-invalid", "true")
    check(page, "front-office-2-error-summary")


def test_an_incomplete_package_gets_a_refusal_receipt_naming_what_is_missing(desk, check):
    page = desk(walk.office(DISTRICT)).page
    refused = walk.submit_reg1(page, complete=False)
    expect(page.locator(".panel-refused")).to_be_visible()
    check(page, "front-office-5-refusal")
    page.goto(f"/applications/{refused.application_id}/receipt")
    expect(page.locator("h1")).to_have_text(re.compile(".+"))
    expect(page.locator("main ul").first.locator("li")).to_have_count(1)  # the identity document
    check(page, "front-office-6-refusal-receipt")


def test_check_answers_then_the_confirmation_and_the_printable_receipt(desk, check):
    page = desk(walk.office(DISTRICT)).page
    applicant = new_applicant()
    page.goto("/apply")
    page.locator("#reg-1").check()
    page.locator(walk.NEXT).click()
    check(page, "front-office-1b-sub-service")
    page.locator("#sub-first_registration").check()
    page.locator(walk.NEXT).click()
    page.locator("#applicant-iin").fill(applicant["iin"])
    page.locator("#applicant-last_name").fill(applicant["last_name"])
    page.locator("#applicant-first_name").fill(applicant["first_name"])
    page.locator(walk.NEXT).click()
    page.locator('button[value="add:periods"]').click()  # add another period, without JS too
    expect(page.locator("#periods-1-zone")).to_be_visible()
    for row, (start, end) in enumerate([("1949", "1955"), ("1956", "1962")]):
        page.locator(f"#periods-{row}-zone").select_option("maximum")
        page.locator(f"#periods-{row}-from_year").fill(start)
        page.locator(f"#periods-{row}-to_year").fill(end)
        page.locator(f"#periods-{row}-place").fill("Kurchatov")
        page.locator(f"#periods-{row}-kind").select_option("work")
    check(page, "front-office-3-facts")
    page.locator(walk.NEXT).click()
    check(page, "front-office-3b-documents")
    page.locator(walk.NEXT).click()
    expect(page.locator("dl.summary .summary-row")).not_to_have_count(0)
    check(page, "front-office-4-check-answers")
    page.locator('button[value="change:applicant"]').first.click()  # change, then back to check
    page.locator("#applicant-phone").fill("+77010000001")
    page.locator(walk.NEXT).click()
    expect(page.locator('button[value="submit"]')).to_be_visible()
    page.locator('button[value="submit"]').click()
    expect(page.locator(".panel-ok")).to_be_visible()
    expect(page.get_by_test_id("result-due")).not_to_be_empty()
    check(page, "front-office-7-confirmation")
    application_id = page.url.split("/applications/", 1)[1].split("?", 1)[0]
    page.goto(f"/applications/{application_id}/receipt")
    expect(page.locator("table tbody tr")).to_have_count(2)
    assert page.pdf()[:4] == b"%PDF"  # it prints
    check(page, "front-office-8-receipt")
    page.goto(f"/applications/{application_id}")
    page.locator(f'form[action$="/{application_id}/forward"] button').click()
    expect(page.get_by_test_id("application-status")).to_have_attribute(
        "data-status", re.compile("forwarded"))
    page.goto("/front-office")
    check(page, "front-office-0-home")


def tab_to(page, selector: str, limit: int = 80) -> None:
    """Press Tab (only the keyboard moves the focus) until `selector` has it."""
    for _ in range(limit):
        if page.evaluate("s => document.activeElement?.matches(s) ?? false", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{selector} is not reached with Tab")


def test_the_front_office_flow_by_keyboard_alone(desk, check):
    page = desk(walk.office(DISTRICT)).page
    applicant = new_applicant()
    page.goto("/front-office")
    page.keyboard.press("Tab")  # the skip link comes first
    expect(page.locator(".skip-link")).to_be_focused()
    tab_to(page, 'a[href="/apply"]')
    page.keyboard.press("Enter")
    expect(page.locator("#reg-1")).to_be_visible()
    tab_to(page, 'input[name="regulation_id"]')  # the group's first radio: reg. 1
    page.keyboard.press("Space")
    expect(page.locator("#reg-1")).to_be_checked()
    page.keyboard.press("Enter")  # the form's default action is Continue
    expect(page.locator("#sub-first_registration")).to_be_visible()
    tab_to(page, 'input[name="sub_service"]')
    page.keyboard.press("Space")
    expect(page.locator("#sub-first_registration")).to_be_checked()
    page.keyboard.press("Enter")
    expect(page.locator("#applicant-iin")).to_be_visible()
    tab_to(page, "#applicant-iin")
    page.keyboard.type(applicant["iin"])
    page.keyboard.press("Tab")
    page.keyboard.type(applicant["last_name"])
    page.keyboard.press("Tab")
    page.keyboard.type(applicant["first_name"])
    page.keyboard.press("Enter")
    expect(page.locator("#periods-0-zone")).to_be_visible()
    tab_to(page, "#periods-0-zone")
    page.keyboard.press("ArrowDown")  # the first zone
    for text in ("1949", "1962", "Semey"):
        page.keyboard.press("Tab")
        page.keyboard.type(text)
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")  # residence
    tab_to(page, "#facts-payout-kind")
    page.keyboard.press("ArrowDown")  # the applicant's bank account
    tab_to(page, "#facts-payout-iban")
    page.keyboard.type(DEMO_IBAN)
    page.keyboard.press("Enter")  # submits with the form's default action, Continue
    expect(page.locator("#doc-application")).to_be_visible()
    tab_to(page, "#doc-application-copies")
    page.keyboard.press("Enter")
    submit = page.locator('button[value="submit"]')
    expect(submit).to_be_visible()
    tab_to(page, 'button[value="submit"]')
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("receipt-number")).to_be_visible()
    check(page, "front-office-9-by-keyboard")


def test_the_front_office_works_without_javascript(browser, target):
    context = browser.new_context(base_url=target.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/language/en?next=/sign-in")
    page.locator(f'button[value="{walk.office(DISTRICT)}"]').click()
    application = walk.submit_reg1(page)
    assert application.receipt_number.startswith(f"gfc-{DISTRICT}-")
    walk.forward(page, application)
    context.close()


def test_a_case_outside_the_jurisdiction_is_not_found(desk, check):
    page = desk(walk.office(DISTRICT)).page
    answer = page.goto("/applications/00000000-0000-4000-8000-000000000000")
    assert answer is not None and answer.status == 404
    check(page, "error-not-found")
