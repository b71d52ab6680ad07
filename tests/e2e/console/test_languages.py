"""Sign-in and the language switch: Kazakh first, Russian and English one click away, the
page's language declared, and Kazakh letters drawn by the console's own font."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e
KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІ"


def test_sign_in_in_kazakh_by_default_then_switch_language(browser, target, check):
    context = browser.new_context(base_url=target.url, locale="de-DE")  # no kk/ru/en asked
    page = context.new_page()
    page.goto("/sign-in")
    expect(page.locator("html")).to_have_attribute("lang", "kk")
    expect(page.locator("h1")).to_have_text("Кіру")
    page.evaluate("document.fonts.ready")
    assert page.evaluate(f"document.fonts.check('16px \"Noto Sans\"', '{KAZAKH_LETTERS}')")
    check(page, "sign-in")
    page.locator('a[hreflang="ru"]').click()
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(page.locator("h1")).to_have_text("Вход")
    page.locator('button[value="gfc-talgar/gfc-talgar-operator"]').click()
    expect(page.locator("h1")).to_have_text("Фронт-офис")
    page.locator('a[hreflang="en"]').click()
    expect(page.locator("h1")).to_have_text("Front office")  # same page, other language
    page.locator('form[action="/sign-out"] button').click()
    expect(page.locator("h1")).to_have_text("Sign in")
    context.close()


def test_the_browser_language_is_honoured(browser, target):
    context = browser.new_context(base_url=target.url, locale="ru-KZ")
    page = context.new_page()
    page.goto("/sign-in")
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    context.close()
