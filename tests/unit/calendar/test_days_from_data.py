"""Every entry of the data file reads back as the right kind of day."""

from datetime import date, timedelta

import pytest

from contracts.calendar import is_working_day, working_days_between, year_status
from contracts.calendar.loading import calendar_file
from tests.unit.calendar.support import FINAL_YEARS

_YEARS = calendar_file().years
_HOLIDAYS = [h.date for y in FINAL_YEARS for h in _YEARS[y].holidays]
_EXTRA = [e.date for y in FINAL_YEARS for e in _YEARS[y].days_off_extra]
_WORKING_WEEKENDS = [w.date for y in FINAL_YEARS for w in _YEARS[y].working_weekends]


@pytest.mark.parametrize("d", _HOLIDAYS, ids=str)
def test_every_holiday_is_non_working(d: date) -> None:
    assert not is_working_day(d)


@pytest.mark.parametrize("d", _EXTRA, ids=str)
def test_every_extra_day_off_is_non_working(d: date) -> None:
    assert not is_working_day(d)


@pytest.mark.parametrize("d", _WORKING_WEEKENDS, ids=str)
def test_every_working_weekend_is_working(d: date) -> None:
    assert is_working_day(d)


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2018, 246), (2019, 246), (2020, 246), (2021, 245), (2022, 246),
     (2023, 246), (2024, 249), (2025, 246), (2026, 247)],
)
def test_working_days_per_year_match_published_counts(year: int, expected: int) -> None:
    assert working_days_between(date(year - 1, 12, 31), date(year, 12, 31)) == expected


@pytest.mark.parametrize("year", FINAL_YEARS)
def test_final_years_come_from_data(year: int) -> None:
    assert year_status(year) == "data"


def test_ordinary_weekday_and_weekend() -> None:
    assert is_working_day(date(2024, 4, 10))
    assert not is_working_day(date(2024, 4, 13))
    assert not is_working_day(date(2024, 4, 14))


def test_datetime_is_refused() -> None:
    from datetime import datetime

    with pytest.raises(TypeError):
        is_working_day(datetime(2024, 4, 10, 12))


def test_a_week_without_transfers_has_five_working_days() -> None:
    monday = date(2024, 4, 8)
    week = [is_working_day(monday + timedelta(days=i)) for i in range(7)]
    assert week == [True] * 5 + [False] * 2
