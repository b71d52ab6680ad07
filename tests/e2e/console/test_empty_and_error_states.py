"""The screens when there is nothing to show, and when what was asked is wrong, in Kazakh and
Russian as well: each says so in words and passes axe.

The people here are of districts whose lists other tests fill; only searches that match
nobody and filters that leave nothing are used, so what those tests add changes nothing.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.console import walk

pytestmark = pytest.mark.e2e
DISTRICT = "karasai"


def test_registry_search_that_finds_nobody_and_a_wrong_iin(desk, check):
    page = desk(walk.department(DISTRICT, "registry"), "ru").page
    page.goto("/registry?by=name&q=Щщщщщщ")
    expect(page.locator("#results-title")).to_contain_text("(0)")
    check(page, "empty-registry-nobody-ru")
    page.locator("#iin").fill("123456789012")
    page.locator('form[action="/registry/search"] button').click()
    expect(page.locator(".error-summary a[href='#iin']")).to_be_visible()
    check(page, "error-registry-iin-ru")


def test_a_queue_filtered_to_nothing(desk, check):
    page = desk(walk.department(DISTRICT, "executor"), "kk").page
    page.goto("/queue?view=all&regulation_id=5&channel=portal")
    expect(page.locator("h1")).to_have_text(re.compile(".+"))
    expect(page.locator('a[href^="/cases/"]')).to_have_count(0)
    check(page, "empty-queue-kk")


def test_payments_with_nothing_in_a_tab(desk, check):
    page = desk(walk.department(DISTRICT, "payments"), "kk").page
    page.goto("/payments?status=conflict")
    expect(page.locator('a[data-case]')).to_have_count(0)
    check(page, "empty-payments-kk")


def test_a_page_that_is_not_there_in_kazakh(desk, check):
    page = desk(walk.department(DISTRICT, "clerk"), "kk").page
    answer = page.goto("/cases/00000000-0000-4000-8000-000000000000")
    assert answer is not None and answer.status == 404
    expect(page.locator("html")).to_have_attribute("lang", "kk")
    check(page, "error-not-found-kk")


def test_someone_with_no_screen_of_theirs_gets_the_home_page(desk, check):
    page = desk("treasury/treasury-gateway", "ru").page  # the treasury answers by its gateway
    page.goto("/")
    expect(page.locator("h1")).to_have_text(re.compile(".+"))
    check(page, "home-no-screens-ru")
