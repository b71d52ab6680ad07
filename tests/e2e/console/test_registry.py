"""The registry: search first, IINs masked in lists, the entry with its periods and documents,
the draft preview, issuing and printing, revoking; the public verification page without
sign-in, for the QR code's link."""

import re

import pytest
from playwright.sync_api import expect

from contracts.iin import mask_iin
from qorgau import scenarios as sc
from tests.e2e.console import walk

pytestmark = pytest.mark.e2e
DISTRICT = "uigur"


@pytest.fixture
def decided(api):
    applicant = sc.new_applicant()
    case = sc.reg1_decided(api, DISTRICT, applicant)
    return applicant, case


def test_search_preview_issue_print_and_revoke(api, desk, check, decided):
    applicant, _case = decided
    page = desk(walk.department(DISTRICT, "registry")).page
    page.goto("/registry")
    expect(page.locator("#to-issue tr", has_text=mask_iin(applicant["iin"]))).to_be_visible()
    assert applicant["iin"] not in page.content()  # masked in every list
    check(page, "registry-1-search")
    page.locator("#iin").fill(applicant["iin"])
    page.locator('form[action="/registry/search"] button').click()
    expect(page).to_have_url(re.compile("/registry/entries/"))
    expect(page.locator("table").first.locator("tbody tr")).to_have_count(1)  # the period
    check(page, "registry-2-entry")
    page.locator('a[href^="/registry/documents/"]').first.click()
    expect(page.get_by_test_id("document-status")).to_have_attribute("data-status", "requested")
    page.locator('a[href$="/preview"]').click()
    expect(page.locator(".watermark")).to_have_text(re.compile("DRAFT"))
    check(page, "registry-3-draft-preview")
    page.go_back()
    page.locator('form[action$="/issue"] button').click()
    expect(page.get_by_test_id("document-status")).to_have_attribute("data-status", "issued")
    number = page.get_by_test_id("document-number").inner_text()
    document_id = page.url.split("/registry/documents/", 1)[1].split("?", 1)[0]
    check(page, "registry-4-issued")
    printed = page.request.get(page.locator('a[href$="/pdf"]').get_attribute("href") or "")
    assert printed.ok and printed.body()[:4] == b"%PDF"
    verify = page.locator('a[href^="/verify/"]').get_attribute("href") or ""

    # by name (the beginnings of the names, any case), through the registry's search: the
    # match shows the person with the IIN masked
    page.goto("/registry")
    page.locator("#q-name").fill(f"{applicant['first_name'][:3].lower()} "
                                 f"{applicant['last_name'].upper()}")
    page.locator("form:has(#q-name) button").click()
    found = page.locator("#results-title + table tbody tr")
    expect(found.filter(has_text=mask_iin(applicant["iin"]))).to_have_count(1)
    assert applicant["iin"] not in page.content()
    check(page, "registry-6-found-by-name")
    page.locator("#q-number").fill(number.lower())
    page.locator("form:has(#q-number) button").click()
    expect(found).to_have_count(1)
    expect(found.locator(f'a[href$="/registry/documents/{document_id}"]')).to_have_count(1)
    page.locator("#q-name").fill("A")  # too short to search: never a list of everyone
    page.locator("form:has(#q-name) button").click()
    expect(page.locator(".error-summary a[href='#q-name']")).to_be_visible()
    check(page, "registry-7-search-error")

    anonymous = page.context.browser.new_context(base_url=page.url.split("/registry")[0])
    visitor = anonymous.new_page()
    visitor.goto(verify)
    expect(visitor.get_by_test_id("verification-status")).to_be_visible()
    assert applicant["iin"] not in visitor.content()
    check(visitor, "verify-1-valid")

    # the certificate was lost: a duplicate is decided, issued, and replaces it
    duplicate = sc.reg1_decided(
        api, DISTRICT, {k: applicant[k] for k in ("iin", "last_name", "first_name")},
        "duplicate", payload={"duplicate": {"reason": "lost", "replaces": number}},
        facts={"duplicate_reason": "lost", "replaces": number})
    page.goto("/registry")
    row = page.locator("#to-issue tr", has_text=mask_iin(applicant["iin"]))
    expect(row).to_be_visible()
    row.locator("a").click()
    page.locator('form[action$="/issue"] button').click()
    expect(page.get_by_test_id("document-status")).to_have_attribute("data-status", "issued")
    expect(page.locator(f'a:text-is("{number}")')).to_be_visible()  # duplicate of the first
    check(page, "registry-5-duplicate")
    visitor.reload()
    expect(visitor.get_by_test_id("verification-status")).to_have_text(re.compile(".+"))
    expect(visitor.locator(".panel-refused")).to_be_visible()  # the original: replaced
    assert duplicate.closed["status"] == "closed"

    page.locator("#reason").fill("the recognition decision was cancelled on appeal")
    page.locator('form[action$="/revocation"] button').click()
    expect(page.get_by_test_id("document-status")).to_have_attribute("data-status", "revoked")
    anonymous.close()


def test_verification_by_number_and_iin_needs_no_sign_in(browser, target, check, api):
    context = browser.new_context(base_url=target.url)
    page = context.new_page()
    page.goto("/verify")
    page.locator("#number").fill("no-such-number")
    page.locator("#holder-iin").fill("123")
    page.locator('form[action="/verify"] button').click()
    expect(page.locator(".error-summary a")).to_have_count(1)  # the IIN
    page.locator("#holder-iin").fill(sc.new_iin())
    page.locator('form[action="/verify"] button').click()
    expect(page.get_by_test_id("verification-status")).to_be_visible()
    check(page, "verify-2-unknown")
    context.close()
