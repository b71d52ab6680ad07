"""Dates, numbers and tenge as each locale writes them, in the oblast's time zone."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from services.console import i18n


@pytest.mark.parametrize(("lang", "expected"), [
    ("kk", "1\u00a0234\u00a0567,50\u00a0₸"), ("ru", "1\u00a0234\u00a0567,50\u00a0₸"),
    ("en", "1,234,567.50\u00a0₸"),
])
def test_tenge_in_each_locale(lang, expected):
    with i18n.speaking(lang):
        assert i18n.fmt_money(Decimal("1234567.5")) == expected
        assert i18n.fmt_money("1234567.50") == expected


@pytest.mark.parametrize(("lang", "expected"), [
    ("kk", "2026\u202fж. 4 желтоқсан"), ("ru", "4 декабря 2026\u202fг."), ("en", "4 December 2026"),
])
def test_long_dates(lang, expected):
    with i18n.speaking(lang):
        assert i18n.fmt_date(date(2026, 12, 4)) == expected
        assert i18n.fmt_date("2026-12-04") == expected


def test_times_are_shown_in_almaty():
    with i18n.speaking("ru"):
        # 19:30 UTC on the 4th is 00:30 on the 5th in Almaty (UTC+5)
        assert i18n.fmt_datetime(datetime(2026, 12, 4, 19, 30, tzinfo=UTC)).endswith("00:30")
        assert "5 дек." in i18n.fmt_datetime("2026-12-04T19:30:00Z")


def test_numbers_group_digits_as_the_locale_does():
    with i18n.speaking("kk"):
        assert i18n.fmt_number(1234567) == "1\u00a0234\u00a0567"
    with i18n.speaking("en"):
        assert i18n.fmt_number(2.5, 1) == "2.5"


@pytest.mark.parametrize(("chosen", "header", "expected"), [
    (None, None, "kk"), (None, "ru-RU,ru;q=0.9,en;q=0.8", "ru"), (None, "de,en;q=0.5", "en"),
    ("kk", "ru", "kk"), ("xx", "fr", "kk"), (None, "en;q=0.4,ru;q=0.6", "ru"),
])
def test_the_language_is_the_choice_then_the_browser_then_kazakh(chosen, header, expected):
    assert i18n.choose(chosen, header) == expected


def test_a_translated_string_in_each_language():
    for lang, text in (("kk", "Жұмыс кезегі"), ("ru", "Очередь работ"), ("en", "Work queue")):
        with i18n.speaking(lang):
            assert i18n.gettext("Work queue") == text
