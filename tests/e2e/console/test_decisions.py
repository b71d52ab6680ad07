"""Decisions of other regulations than reg. 1, in forms drawn from their payload models and
filled from the application's facts; sending for signature, returning for rework and signing by
a head of another organisation; and the production path of the signature: the head downloads
the decision document, signs it with their own signing client and pastes what it made.

The scene (a package accepted, the case registered and assigned) is set through the APIs.
Reg. 12 is provided by a rural akim (Baiseit, in Enbekshikazakh district: the only akim of the
demo besides the flagship's) and signed by the district department's head. Regs 13 and 16 pay
nothing, so Karasai's envelopes (another test's) hold none of their cases.
"""

import re
from datetime import date

import pytest
from playwright.sync_api import Page, expect

from qorgau import scenarios as sc
from tests.e2e.console import walk

pytestmark = pytest.mark.e2e
AKIM = "akim-enbekshikazakh-baiseit"
AKIM_CLERK, AKIM_HEAD = f"{AKIM}/akim-baiseit-clerk", f"{AKIM}/akim-baiseit-head"
AKIM_EXECUTOR = f"{AKIM}/akim-baiseit-executor"
DISTRICT_HEAD = walk.department("enbekshikazakh", "head")
KARASAI = "karasai"
OBLAST_CLERK, OBLAST_HEAD = "oblast-dept/oblast-clerk", "oblast-dept/oblast-head"
OBLAST_EXECUTOR = "oblast-dept/oblast-executor"
YEAR = date.today().year


def assigned(api: sc.System, case_id: str, clerk: str, head: str, executor: str) -> None:
    """Registered (where the route has the step: an akim's office registers on acceptance)
    and assigned to the executor."""
    status = sc.wait_case(api, clerk, case_id)
    if status["current_step"]["step_id"] == "register":
        sc.register_case(api, clerk, case_id)
    sc.assign_executor(api, head, case_id, executor.split("/", 1)[1])


def open_case(page: Page, case_id: str) -> None:
    page.goto(f"/cases/{case_id}")
    expect(page.get_by_test_id("current-step")).to_be_visible()


def send_if_offered(page: Page) -> None:
    """Routes with a separate sending step offer it to the executor after the draft."""
    if page.locator("#action-send").count():
        walk.act(page, "send")


def test_reg12_fuel_assistance_at_a_rural_akim_signed_by_the_district_head(api, desk, check):
    receipt = sc.submit(api, AKIM_CLERK, 12, sc.new_applicant(), facts={
        "category": "education", "payout": {"kind": "bank_account", "iban": sc.DEMO_IBAN}})
    case_id = str(receipt["application_id"])
    assigned(api, case_id, AKIM_CLERK, AKIM_HEAD, AKIM_EXECUTOR)

    executor = desk(AKIM_EXECUTOR).page
    open_case(executor, case_id)
    # the form is the regulation's payload model, filled from the facts the front office took
    expect(executor.locator("#payload-assignment-category")).to_have_value("education")
    expect(executor.locator("#payload-payout-iban")).to_have_value(sc.DEMO_IBAN)
    expect(executor.locator("#payload-assignment-kind")).to_have_count(0)  # the case fixes it
    expect(executor.locator("#payload_json")).to_have_count(0)  # no JSON to write by hand
    check(executor, "decision-1-reg12-form")
    executor.locator("#action-draft button[type=submit]").click()
    summary = executor.locator(".error-summary")
    expect(summary).to_be_visible()  # the assigned period is the executor's to say
    expect(summary.locator('a[href="#payload-assignment-assigned_period-start"]')).to_be_visible()
    expect(executor.locator("#payload-assignment-assigned_period-start")).to_have_attribute(
        "aria-invalid", "true")
    expect(executor.locator("#payload-assignment-category")).to_have_value("education")  # kept
    check(executor, "decision-2-reg12-errors")
    executor.locator("#payload-assignment-assigned_period-start").fill(f"{YEAR}-01-01")
    executor.locator("#payload-assignment-assigned_period-end").fill(f"{YEAR}-12-31")
    walk.act(executor, "draft")
    send_if_offered(executor)
    expect(executor.locator("#action-sign")).to_have_count(0)  # the maker never signs

    head = desk(DISTRICT_HEAD).page
    open_case(head, case_id)
    expect(head.locator("#action-sign")).to_be_visible()
    expect(head.locator("#action-draft")).to_have_count(0)  # nothing the head may not do
    head.locator("#comment").fill("name the school the specialist works at")
    walk.act(head, "return")
    expect(head.locator("#action-sign")).to_have_count(0)
    expect(head.locator(".timeline")).to_contain_text("name the school the specialist works at")

    open_case(executor, case_id)
    expect(executor.locator("#payload-assignment-category")).to_have_value("education")
    executor.locator("#payload-assignment-assigned_period-start").fill(f"{YEAR}-01-01")
    executor.locator("#payload-assignment-assigned_period-end").fill(f"{YEAR}-12-31")
    walk.act(executor, "draft")
    send_if_offered(executor)

    # the head signs with their own signing client: download, sign, paste
    open_case(head, case_id)
    sign = head.locator("#action-sign")
    sign.locator("summary").click()
    check(head, "decision-3-sign-with-own-client")
    with head.expect_download() as download:
        head.get_by_test_id("decision-document").click()
    document = download.value.path().read_bytes()
    head.locator("#signature").fill("ed25519:not-a-key:c2lnbmF0dXJlLW9mLW5vdGhpbmc")
    sign.locator("button[type=submit]").click()
    expect(head.locator(".error-summary")).to_be_visible()  # the workflow checks it
    expect(head.locator("#action-sign")).to_be_visible()  # nothing was signed
    check(head, "decision-4-signature-refused")
    signature = api.signature(DISTRICT_HEAD, document)
    # the refused signature's field is shown open, with its error
    expect(head.locator("#action-sign details")).to_have_attribute("open", "")
    expect(head.locator("#signature")).to_have_attribute("aria-invalid", "true")
    head.locator("#signature").fill(signature[:20] + "\n" + signature[20:])  # as pasted
    walk.act(head, "sign")
    timeline = head.locator(".timeline")
    expect(timeline).to_contain_text("dd-enbekshikazakh-head")
    expect(head.locator("#action-return")).to_have_count(0)


def test_reg13_tsa_membership_certificate(api, desk, check):
    clerk = walk.department(KARASAI, "clerk")
    opened = sc.accept_in_person(api, clerk, 13, sc.new_applicant(),
                                 facts={"purpose": "for the school"})
    case_id = str(opened["case_id"])
    executor_id = walk.department(KARASAI, "executor")
    assigned(api, case_id, clerk, walk.department(KARASAI, "head"), executor_id)
    executor = desk(executor_id, "ru").page
    open_case(executor, case_id)
    belongs = executor.locator("#payload-document-belongs")
    expect(belongs).not_to_be_checked()
    belongs.check()
    executor.locator("#payload-document-as_of").fill(date.today().isoformat())
    check(executor, "decision-5-reg13-form-ru")
    walk.act(executor, "draft")
    expect(executor.locator(".timeline")).to_contain_text(re.compile(".+"))


def test_reg16_foreign_labour_permit_filled_from_the_employer_s_facts(api, desk, check):
    employer = {"kind": "legal_entity", "iin": "050140000656",
                "organisation_name": "Zhetysu Drilling LLP", "last_name": "Abenov",
                "first_name": "Arman"}
    facts = {"employer_bin": "050140000656", "workers": 3, "profession": "driller",
             "valid_from": f"{YEAR + 1}-04-01", "valid_until": f"{YEAR + 2}-03-31"}
    opened = sc.accept_in_person(api, OBLAST_CLERK, 16, employer, "issuance", facts=facts)
    case_id = str(opened["case_id"])
    assigned(api, case_id, OBLAST_CLERK, OBLAST_HEAD, OBLAST_EXECUTOR)
    executor = desk(OBLAST_EXECUTOR, "kk").page
    open_case(executor, case_id)
    expect(executor.locator("#payload-document-employer_bin")).to_have_value("050140000656")
    expect(executor.locator("#payload-document-workers")).to_have_value("3")
    expect(executor.locator("#payload-document-valid_from")).to_have_value(f"{YEAR + 1}-04-01")
    expect(executor.locator("#payload-document-stage")).to_have_count(0)  # the step's own
    check(executor, "decision-6-reg16-form-kk")
    executor.locator("#payload-document-workers").fill("4")
    walk.act(executor, "draft")
    expect(executor.locator("#action-draft")).to_have_count(0)
