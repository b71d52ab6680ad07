"""Years the data does not settle are computed from the law and never answered silently."""

from datetime import date

import pytest

from contracts.calendar import (
    CalendarExtrapolatedWarning,
    CalendarProvisionalWarning,
    add_working_days,
    is_working_day,
    year_status,
)
from contracts.calendar.law import computed_year
from contracts.calendar.loading import calendar_file
from tests.unit.calendar.support import DATA_YEARS

# Carry-overs the law gives but a transfer act cancelled or moved.
CANCELLED_CARRY_OVERS = {date(2020, 5, 11)}  # moved to Fri 8 May 2020 by the 2020 decree


def test_statuses() -> None:
    assert year_status(2017) == "computed"
    assert year_status(2024) == "data"
    assert year_status(2027) == "provisional"
    assert year_status(2028) == "computed"


@pytest.mark.parametrize("d", [date(2017, 6, 1), date(2028, 6, 1), date(2040, 3, 15)], ids=str)
def test_a_computed_year_warns(d: date) -> None:
    with pytest.warns(CalendarExtrapolatedWarning, match=str(d.year)):
        is_working_day(d)


def test_the_provisional_year_warns() -> None:
    with pytest.warns(CalendarProvisionalWarning, match="2027"):
        is_working_day(date(2027, 5, 17))


def test_counting_into_a_computed_year_warns() -> None:
    with pytest.warns(CalendarExtrapolatedWarning):
        assert add_working_days(date(2028, 12, 29), 1) == date(2029, 1, 3)  # 1-2 Jan holidays


@pytest.mark.parametrize("year", DATA_YEARS)
def test_the_law_reproduces_the_fixed_holidays_of_the_data(year: int) -> None:
    data = calendar_file().years[year]
    fixed = {h.date for h in data.holidays if not h.name.startswith("Kurban")}
    assert computed_year(year).holidays == fixed


@pytest.mark.parametrize("year", DATA_YEARS)
def test_the_law_reproduces_the_carry_overs_of_the_data(year: int) -> None:
    data = calendar_file().years[year]
    listed = {e.date for e in data.days_off_extra if e.kind == "carry_over"}
    computed = computed_year(year).carry_overs - CANCELLED_CARRY_OVERS
    assert computed == listed


def test_law_changes_are_applied_by_year() -> None:
    assert date(2021, 12, 17) in computed_year(2021).holidays
    assert date(2022, 12, 17) not in computed_year(2022).holidays
    assert date(2022, 10, 25) in computed_year(2022).holidays
    assert date(2021, 12, 1) in computed_year(2021).holidays
    assert date(2022, 12, 1) not in computed_year(2022).holidays
    assert date(2025, 8, 30) in computed_year(2025).holidays
    assert not {date(2026, 8, 30), date(2026, 3, 15)} & computed_year(2026).holidays
    assert date(2030, 3, 15) in computed_year(2030).holidays
    assert date(2030, 8, 30) not in computed_year(2030).holidays


def test_religious_days_are_not_carried() -> None:
    # 7 Jan 2029 is a Sunday: no Monday off for it.
    assert date(2029, 1, 8) not in computed_year(2029).days_off


def test_two_weekend_holidays_give_two_days() -> None:
    # 2028: 1 Jan Sat, 2 Jan Sun -> Mon 3 and Tue 4 Jan off.
    assert {date(2028, 1, 3), date(2028, 1, 4)} <= computed_year(2028).carry_overs
