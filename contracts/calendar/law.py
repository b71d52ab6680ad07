"""A year's days off computed from the holidays law, for years the data file does not cover.

This is the fallback, not the truth: it knows the fixed holidays of Law No. 267-II "On holidays
in the RK" with its 2022 and 2026 changes and the carry-over rule, but it cannot know

* transfer acts (a Government decree up to 2023, a Minister's order from 2024), which are issued
  year by year and may also cancel or move a carry-over (Mon 11 May 2020 stayed a working day);
* the first day of Kurban Ait, fixed each year by the Ministry with the Spiritual Administration
  of Muslims on the lunar calendar. It is omitted, so a computed year has one working day too many.

Years before 2018 get the law as it stood in 2018; its earlier amendments are not modelled.
Callers learn that a year was computed through `year_status` and a warning (see `days.py`).
"""

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache


@dataclass(frozen=True, slots=True)
class FixedHoliday:
    month: int
    day: int
    name: str
    carried: bool  # public holidays are carried off a weekend; religious days are not
    first_year: int | None = None
    last_year: int | None = None

    def in_force(self, year: int) -> bool:
        return (self.first_year is None or year >= self.first_year) and (
            self.last_year is None or year <= self.last_year
        )


FIXED_HOLIDAYS: tuple[FixedHoliday, ...] = (
    FixedHoliday(1, 1, "New Year", True),
    FixedHoliday(1, 2, "New Year", True),
    FixedHoliday(1, 7, "Orthodox Christmas", False),
    FixedHoliday(3, 8, "International Women's Day", True),
    # The Constitution of 2026 moved Constitution Day to 15 March, observed from 2027; 30 August
    # is no longer a holiday from 2026, so 2026 has neither.
    FixedHoliday(3, 15, "Constitution Day", True, first_year=2027),
    FixedHoliday(3, 21, "Nauryz meiramy", True),
    FixedHoliday(3, 22, "Nauryz meiramy", True),
    FixedHoliday(3, 23, "Nauryz meiramy", True),
    FixedHoliday(5, 1, "Kazakhstan People's Unity Day", True),
    FixedHoliday(5, 7, "Defender of the Fatherland Day", True),
    FixedHoliday(5, 9, "Victory Day", True),
    FixedHoliday(7, 6, "Capital Day", True),
    FixedHoliday(8, 30, "Constitution Day", True, last_year=2025),
    # Law of 29 Sep 2022: Republic Day restored, First President Day and 17 December dropped.
    FixedHoliday(10, 25, "Republic Day", True, first_year=2022),
    FixedHoliday(12, 1, "First President Day", True, last_year=2021),
    FixedHoliday(12, 16, "Independence Day", True),
    FixedHoliday(12, 17, "Independence Day", True, last_year=2021),
)


@dataclass(frozen=True, slots=True)
class ComputedYear:
    holidays: frozenset[date]
    carry_overs: frozenset[date]

    @property
    def days_off(self) -> frozenset[date]:
        return self.holidays | self.carry_overs


@cache
def computed_year(year: int) -> ComputedYear:
    in_force = [h for h in FIXED_HOLIDAYS if h.in_force(year)]
    holidays = frozenset(date(year, h.month, h.day) for h in in_force)
    carried = sorted(date(year, h.month, h.day) for h in in_force if h.carried)
    carry_overs: set[date] = set()
    for day in carried:
        if day.weekday() >= 5:
            carry_overs.add(_next_free_weekday(day, holidays | carry_overs))
    return ComputedYear(holidays, frozenset(carry_overs))


def _next_free_weekday(day: date, taken: frozenset[date] | set[date]) -> date:
    # "the next working day after the holiday" (art. 5): skip weekends, holidays and days already
    # given by an earlier carry-over, so that two weekend holidays give two distinct days.
    nxt = day + timedelta(days=1)
    while nxt.weekday() >= 5 or nxt in taken:
        nxt += timedelta(days=1)
    return nxt
