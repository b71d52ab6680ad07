"""Kazakhstan working-time calendar: working days, office hours and regulation due times.

Days. A date is non-working if it is a Saturday or Sunday not listed as a working weekend, a
holiday, or an extra day off; the packaged `data/kz_calendar.yaml` is the source of truth. Years
outside it are computed from the holidays law and reported (`year_status`, warnings).

Counting rules, applied by `due(start, duration, hours)` in the office's time zone:

* minutes, hours: office time only (`OfficeHours.sessions`). A start outside office time counts
  from the next opening; the due is always inside office time, a session's close included.
* working days: the start day is not counted; the term runs from the next day (the Civil Code
  rule that a term defined by a period begins the day after its starting date or event), and the
  due is the close of business of the Nth working day: `add_working_days(start.date(), N)`.
* calendar days, months: ordinary calendar arithmetic from the start date (months keep the day
  number, clamped to a shorter month's end); a last day that is non-working moves to the next
  working day; the due is that day's close of business.
* a zero-length term ends at the first close of business not before the start.
"""

from contracts.calendar.days import (
    CalendarExtrapolatedWarning,
    CalendarProvisionalWarning,
    CalendarWarning,
    add_working_days,
    is_day_off,
    is_working_day,
    next_working_day,
    working_days_between,
    year_status,
)
from contracts.calendar.due import add_months, due
from contracts.calendar.office_hours import OFFICE_HOURS, OfficeHours
from contracts.durations import Duration, DurationUnit

__all__ = [
    "OFFICE_HOURS",
    "CalendarExtrapolatedWarning",
    "CalendarProvisionalWarning",
    "CalendarWarning",
    "Duration",
    "DurationUnit",
    "OfficeHours",
    "add_months",
    "add_working_days",
    "due",
    "is_day_off",
    "is_working_day",
    "next_working_day",
    "working_days_between",
    "year_status",
]
