"""Turns a start time and a regulation `Duration` into a due time (see the package docstring)."""

import calendar
from datetime import UTC, date, datetime, timedelta

from contracts.calendar.days import add_working_days, next_working_day
from contracts.calendar.office_hours import OfficeHours
from contracts.durations import Duration, DurationUnit


def due(start: datetime, duration: Duration, hours: OfficeHours) -> datetime:
    if start.tzinfo is None or start.utcoffset() is None:
        raise ValueError("start must be timezone-aware")
    local = start.astimezone(hours.zone)
    match duration.unit:
        case DurationUnit.MINUTES:
            return _office_time(local, timedelta(minutes=duration.value), hours)
        case DurationUnit.HOURS:
            return _office_time(local, timedelta(hours=duration.value), hours)
        case DurationUnit.WORKING_DAYS:
            return _close_of_term(add_working_days(local.date(), duration.value), local, hours)
        case DurationUnit.CALENDAR_DAYS:
            return _close_of_term(local.date() + timedelta(days=duration.value), local, hours)
        case DurationUnit.MONTHS:
            return _close_of_term(add_months(local.date(), duration.value), local, hours)
    raise ValueError(f"unsupported unit {duration.unit!r}")


def add_months(d: date, n: int) -> date:
    """The same day number n months later, clamped to the end of a shorter month."""
    year, month0 = divmod(d.month - 1 + n, 12)
    last = calendar.monthrange(d.year + year, month0 + 1)[1]
    return date(d.year + year, month0 + 1, min(d.day, last))


def _close_of_term(last_day: date, local_start: datetime, hours: OfficeHours) -> datetime:
    # A term ending on a non-working day ends on the next working day, at close of business.
    # Only a zero-length term started after closing can land before its start; it then ends at
    # the next close of business instead.
    day = next_working_day(last_day)
    while hours.closing(day) < local_start:
        day = next_working_day(day + timedelta(days=1))
    return hours.closing(day)


def _office_time(local_start: datetime, length: timedelta, hours: OfficeHours) -> datetime:
    # Arithmetic in UTC: datetimes sharing one ZoneInfo subtract as wall clocks, which is wrong
    # across an offset change (Kazakhstan moved to UTC+5 on 1 March 2024).
    start, remaining = local_start.astimezone(UTC), length
    day = local_start.date()
    while True:
        for opens, closes in hours.sessions(day):
            cursor = max(start, opens.astimezone(UTC))
            available = closes.astimezone(UTC) - cursor
            if available < timedelta(0):
                continue
            if remaining <= available:
                # Ending exactly at a session's close is allowed: that is the end of office time.
                return (cursor + remaining).astimezone(hours.zone)
            remaining -= available
        day += timedelta(days=1)
