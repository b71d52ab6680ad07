"""The front office's question pages of every regulation, not only reg. 1's: each of the 18 is
offered at some desk and its pages (drawn from the contract's facts model) render and pass axe;
regs 12, 13, 14 and 16 are answered page by page, as a person does, to the check-answers page
and (where the desk accepts them) to the receipt.

Karasai's desks: its envelopes hold another test's case alone, and nothing here is paid.
"""

import re
from datetime import date

import pytest
from playwright.sync_api import Page, expect

from contracts.catalogue import load_catalogue
from qorgau import scenarios as sc
from tests.e2e.console import walk

pytestmark = pytest.mark.e2e
DISTRICT = "karasai"
OPERATOR = walk.office(DISTRICT)  # the State Corporation's channel
CLERK = walk.department(DISTRICT, "clerk")  # the provider's own office
CENTRE = "ec-talgar/ec-talgar-clerk"  # reg. 14's provider; reg. 4 comes through it too
AKIM_CLERK = "akim-enbekshikazakh-baiseit/akim-baiseit-clerk"
OBLAST_CLERK = "oblast-dept/oblast-clerk"
EMPLOYER_BIN = "050140000656"
REGULATIONS = [r.id for r in load_catalogue().versions[-1].regulations]


def desk_for(regulation_id: int) -> str:
    """A desk that accepts the regulation: the State Corporation's, else its provider's."""
    if regulation_id in (4, 14):
        return CENTRE
    if regulation_id == 16:
        return OBLAST_CLERK
    if regulation_id == 10:
        return CLERK
    return OPERATOR


def to_questions(page: Page, regulation_id: int, sub_service: str | None = None) -> None:
    """Choose the service (and sub-service), answer the applicant page as a person: the facts
    page next."""
    applicant = sc.new_applicant()
    page.goto("/apply")
    page.locator(f"#reg-{regulation_id}").check()
    page.locator(walk.NEXT).click()
    sub = page.locator(f"#sub-{sub_service}" if sub_service else 'input[name="sub_service"]')
    if sub.count():
        sub.first.check()
        page.locator(walk.NEXT).click()
    if page.locator("#applicant-kind").count():  # where legal entities apply too
        page.locator("#applicant-kind").select_option("person")
    page.locator("#applicant-iin").fill(applicant["iin"])
    page.locator("#applicant-last_name").fill(applicant["last_name"])
    page.locator("#applicant-first_name").fill(applicant["first_name"])
    page.locator(walk.NEXT).click()
    expect(page.locator("#applicant-iin")).to_have_count(0)


def to_check_answers(page: Page) -> None:
    page.locator(walk.NEXT).click()  # the facts, to the documents
    expect(page.locator('input[id^="doc-"]').first).to_be_visible()
    page.locator(walk.NEXT).click()
    expect(page.locator('button[value="submit"]')).to_be_visible()
    expect(page.locator("dl.summary .summary-row")).not_to_have_count(0)


@pytest.mark.parametrize("regulation_id", REGULATIONS)
def test_every_regulation_s_question_pages_render_and_pass_axe(desk, check, regulation_id):
    page = desk(desk_for(regulation_id)).page
    to_questions(page, regulation_id)
    expect(page.locator("h1")).to_have_text(re.compile(".+"))
    check(page, f"questions-{regulation_id:02d}")


def test_reg12_questions_at_a_rural_akim_to_the_receipt(desk, check):
    page = desk(AKIM_CLERK, "kk").page
    to_questions(page, 12)
    page.locator("#facts-category").select_option("education")
    page.locator("#facts-payout-kind").select_option("bank_account")
    page.locator("#facts-payout-iban").fill("KZ00 WRONG")
    page.locator(walk.NEXT).click()
    expect(page.locator(".error-summary a[href='#facts-payout-iban']")).to_be_visible()
    check(page, "front-office-reg12-error-kk")
    page.locator("#facts-payout-iban").fill(sc.DEMO_IBAN)
    to_check_answers(page)
    expect(page.locator("main")).to_contain_text(sc.DEMO_IBAN)
    page.locator('button[value="submit"]').click()
    expect(page.get_by_test_id("receipt-number")).to_be_visible()


def test_reg13_questions_at_the_state_corporation_to_the_receipt(desk, check):
    page = desk(OPERATOR, "ru").page
    to_questions(page, 13)
    page.locator("#facts-purpose").fill("для школы")
    to_check_answers(page)
    expect(page.locator("main")).to_contain_text("для школы")
    check(page, "front-office-reg13-check-ru")
    page.locator('button[value="submit"]').click()
    expect(page.get_by_test_id("receipt-number")).to_be_visible()


def test_reg14_questions_at_the_employment_centre_to_the_check_answers(desk, check):
    page = desk(CENTRE).page
    to_questions(page, 14)
    page.locator("#facts-measure").select_option("public_works")
    page.locator("#facts-unemployed_since").fill(date.today().replace(day=1).isoformat())
    to_check_answers(page)
    check(page, "front-office-reg14-check")


def test_reg16_questions_at_the_oblast_to_the_receipt(desk, check):
    page = desk(OBLAST_CLERK).page
    page.goto("/apply")
    page.locator("#reg-16").check()
    page.locator(walk.NEXT).click()
    page.locator("#sub-issuance").check()
    page.locator(walk.NEXT).click()
    page.locator("#applicant-kind").select_option("legal_entity")
    page.locator("#applicant-iin").fill(EMPLOYER_BIN)
    page.locator("#applicant-last_name").fill("Abenov")
    page.locator("#applicant-first_name").fill("Arman")
    page.locator(walk.NEXT).click()  # a legal entity names itself
    expect(page.locator(".error-summary a[href='#applicant-organisation_name']")).to_be_visible()
    check(page, "front-office-reg16-legal-entity-error")
    page.locator("#applicant-organisation_name").fill("Zhetysu Drilling LLP")
    page.locator(walk.NEXT).click()
    year = date.today().year
    page.locator("#facts-employer_bin").fill(EMPLOYER_BIN)
    page.locator("#facts-workers").fill("3")
    page.locator("#facts-profession").fill("driller")
    page.locator("#facts-valid_from").fill(f"{year + 1}-04-01")
    page.locator("#facts-valid_until").fill(f"{year + 2}-03-31")
    check(page, "front-office-reg16-facts")
    to_check_answers(page)
    expect(page.locator("main")).to_contain_text("Zhetysu Drilling LLP")
    page.locator('button[value="submit"]').click()
    expect(page.get_by_test_id("receipt-number")).to_be_visible()
