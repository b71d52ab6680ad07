"""Working days of the five-day week (Mon-Fri) of state bodies and the State Corporation.

A date is non-working if it is a Saturday or Sunday not listed as a working weekend, a holiday,
or an extra day off (carry-over or transfer). Years in the data file are read from it; other
years are computed from the law (`law.py`) and reported: `year_status(year)` says "computed" and
every lookup in such a year emits `CalendarExtrapolatedWarning`. The last year of the file is
"provisional" (no official calendar yet) and emits `CalendarProvisionalWarning`.

Counting rule: a term of N working days does not count the day it starts from; it runs from the
next day and ends on the Nth working day after it. `add_working_days(d, n)` is that day and
`working_days_between(a, b)` counts working days in (a, b], so one undoes the other.
"""

import warnings
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Literal

from contracts.calendar.law import computed_year
from contracts.calendar.loading import calendar_file

YearStatus = Literal["data", "provisional", "computed"]


class CalendarWarning(UserWarning):
    """A date was answered from less than a final, confirmed calendar."""


class CalendarExtrapolatedWarning(CalendarWarning):
    """The year is not in the data file; its days off were computed from the holidays law."""


class CalendarProvisionalWarning(CalendarWarning):
    """The year is in the data file, but only provisionally (no official calendar yet)."""


@dataclass(frozen=True, slots=True)
class _Year:
    status: YearStatus
    days_off: frozenset[date]  # holidays and extra days off, whatever their weekday
    working_weekends: frozenset[date]


@cache
def _year(year: int) -> _Year:
    data = calendar_file().years.get(year)
    if data is None:
        return _Year("computed", computed_year(year).days_off, frozenset())
    days_off = {h.date for h in data.holidays} | {e.date for e in data.days_off_extra}
    weekends = frozenset(w.date for w in data.working_weekends)
    return _Year("provisional" if data.provisional else "data", frozenset(days_off), weekends)


def forget() -> None:
    """Drop the years read so far (see `loading.reload`)."""
    _year.cache_clear()


def year_status(year: int) -> YearStatus:
    """"data" (final, from the file), "provisional" (in the file, not final) or "computed"."""
    return _year(year).status


def _reported_year(year: int) -> _Year:
    # Warn on every use, outside the cache: a cached warning would be seen only once per process,
    # and callers that filter warnings decide themselves how often they want to hear it.
    y = _year(year)
    if y.status == "computed":
        warnings.warn(
            CalendarExtrapolatedWarning(
                f"{year} is not in the Kazakhstan calendar data: days off computed from the "
                "holidays law without transfer acts and without Kurban Ait"
            ),
            stacklevel=3,
        )
    elif y.status == "provisional":
        warnings.warn(
            CalendarProvisionalWarning(f"the {year} calendar is provisional (not yet official)"),
            stacklevel=3,
        )
    return y


def is_working_day(d: date) -> bool:
    if isinstance(d, datetime):
        # A datetime's date depends on the time zone; take .date() in the office's zone first.
        raise TypeError("is_working_day takes a date, not a datetime")
    y = _reported_year(d.year)
    if d in y.days_off:
        return False
    return d.weekday() < 5 or d in y.working_weekends


def is_day_off(d: date) -> bool:
    """A holiday or an extra day off (carry-over, transfer), as opposed to an ordinary weekend."""
    return d in _reported_year(d.year).days_off


def next_working_day(d: date) -> date:
    """The first working day on or after `d`."""
    while not is_working_day(d):
        d += timedelta(days=1)
    return d


def add_working_days(d: date, n: int) -> date:
    """The nth working day after `d` (`d` itself is not counted); `n == 0` returns `d` unchanged."""
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    while n > 0:
        d += timedelta(days=1)
        if is_working_day(d):
            n -= 1
    return d


def working_days_between(a: date, b: date) -> int:
    """Working days in (a, b]; negative when b < a, so that it is antisymmetric."""
    if b < a:
        return -working_days_between(b, a)
    return sum(is_working_day(a + timedelta(days=i)) for i in range(1, (b - a).days + 1))
