"""Cross-check with python-holidays (`holidays.KZ`), an independent compilation.

Both must list the same days off (holidays plus extra days off) in every year of the data. The
library has no working weekends; its "substituted from" labels name them instead.
"""

import re
import warnings
from datetime import date

import holidays
import pytest

from contracts.calendar.loading import calendar_file
from tests.unit.calendar.support import DATA_YEARS

# Days off on which the data and the library disagree, by year: none known.
KNOWN_DIFFERENCES: dict[int, set[date]] = {}
# A "substituted from" date that is a weekday, not a working weekend: the carry-over of
# Victory Day 2020 moved from Mon 11 May to Fri 8 May by the 2020 decree.
SUBSTITUTED_WEEKDAYS = {date(2020, 5, 11)}


def _library(year: int) -> dict[date, str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the library's own notices are not ours to judge
        return dict(holidays.KZ(years=year))


@pytest.mark.parametrize("year", DATA_YEARS)
def test_days_off_match_the_library(year: int) -> None:
    data = calendar_file().years[year]
    ours = {h.date for h in data.holidays} | {e.date for e in data.days_off_extra}
    assert ours ^ set(_library(year)) == KNOWN_DIFFERENCES.get(year, set())


def test_substituted_dates_are_the_working_weekends() -> None:
    substituted: set[date] = set()
    for year in DATA_YEARS:
        for label in _library(year).values():
            if match := re.search(r"substituted from (\d\d)/(\d\d)/(\d{4})", label):
                month, day, yr = map(int, match.groups())
                substituted.add(date(yr, month, day))
    years = calendar_file().years
    ours = {w.date for y in DATA_YEARS for w in years[y].working_weekends}
    assert substituted - SUBSTITUTED_WEEKDAYS == ours
    assert {d for d in substituted if d.weekday() < 5} == SUBSTITUTED_WEEKDAYS
