"""Kazakh first, then Russian and English: Babel message catalogues and CLDR formats.

The catalogues are the `.po` files under `locales/` (compiled in memory at start-up, so no
binary file is kept beside its source). The language of a request comes from the person's
choice (a cookie set by the switch), else the browser's Accept-Language, else Kazakh. Dates,
times, numbers and tenge are formatted by Babel in the chosen locale, in the oblast's time zone.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from importlib import resources
from io import BytesIO
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_datetime, format_time
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

LANGUAGES = ("kk", "ru", "en")  # the order of the switch: Kazakh first
DEFAULT = "kk"
LANG_COOKIE = "qorgau_lang"
LOCAL = ZoneInfo("Asia/Almaty")
# Babel locales with Kazakhstan's conventions (the ru_KZ locale writes tenge as ₸)
_CLDR = {"kk": "kk_KZ", "ru": "ru_KZ", "en": "en_GB"}
NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}

_current: ContextVar[str] = ContextVar("console_language", default=DEFAULT)


def N_(message: str) -> str:
    """Marks a string for the catalogue where it is defined; it is translated where shown."""
    return message


@cache
def translations(language: str) -> NullTranslations:
    if language == "en":
        return NullTranslations()  # the source strings are English
    source = resources.files("services.console").joinpath(
        "locales", language, "LC_MESSAGES", "messages.po")
    with source.open("rb") as po:
        catalog = read_po(po, locale=language)
    compiled = BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return Translations(fp=compiled)


def language() -> str:
    return _current.get()


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    token = _current.set(lang if lang in LANGUAGES else DEFAULT)
    try:
        yield
    finally:
        _current.reset(token)


def gettext(message: str) -> str:
    return translations(language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(language()).ngettext(singular, plural, n)


_ = gettext


def choose(chosen: str | None, accept_language: str | None) -> str:
    """The person's choice, else the best of the browser's languages, else Kazakh."""
    if chosen in LANGUAGES:
        return chosen
    wanted = []
    for part in (accept_language or "").split(","):
        tag, _sep, q = part.strip().partition(";q=")
        try:
            weight = float(q) if q else 1.0
        except ValueError:
            continue
        if tag:
            wanted.append((weight, tag.split("-")[0].lower()))
    for _weight, tag in sorted(wanted, key=lambda w: -w[0]):
        if tag in LANGUAGES:
            return tag
    return DEFAULT


def _locale() -> Locale:
    return Locale.parse(_CLDR[language()])


def local(moment: datetime) -> datetime:
    return moment.astimezone(LOCAL)


def _parsed(value: date | datetime | str) -> date | datetime:
    """The APIs answer JSON: ISO dates ("2026-12-07") and times ("2026-12-07T10:05:00Z")."""
    if not isinstance(value, str):
        return value
    if len(value) == 10:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def fmt_date(value: date | datetime | str | None, form: str = "long") -> str:
    if value is None or value == "":
        return "—"
    value = _parsed(value)
    if isinstance(value, datetime):
        value = local(value).date()
    return format_date(value, form, locale=_locale())


def fmt_datetime(value: datetime | str | None, form: str = "medium") -> str:
    if value is None or value == "":
        return "—"
    moment = _parsed(value)
    if not isinstance(moment, datetime):
        return fmt_date(moment, form)
    day = format_date(local(moment).date(), form, locale=_locale())
    return f"{day}, {format_time(local(moment), 'HH:mm', locale=_locale())}"


def fmt_iso_datetime(value: datetime | None) -> str:
    return format_datetime(local(value), "yyyy-MM-dd HH:mm", locale=_locale()) if value else ""


def fmt_number(value: int | float | Decimal | None, digits: int | None = None) -> str:
    if value is None:
        return "—"
    pattern = None if digits is None else "#,##0." + "0" * digits if digits else "#,##0"
    return format_decimal(value, format=pattern, locale=_locale())


def fmt_money(value: Decimal | str | None) -> str:
    """Tenge as each locale writes it: "1 234 567,50 ₸" (kk, ru), "1,234,567.50 ₸" (en)."""
    if value is None or value == "":
        return "—"
    return f"{format_decimal(Decimal(value), format='#,##0.00', locale=_locale())}\u00a0₸"


FILTERS: dict[str, Callable[..., str]] = {
    "date": fmt_date, "datetime": fmt_datetime, "number": fmt_number, "money": fmt_money,
}
