"""Laws of the calendar, checked on random dates and terms in the final years of the data."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from contracts.calendar import (
    OFFICE_HOURS,
    Duration,
    DurationUnit,
    OfficeHours,
    add_working_days,
    due,
    is_working_day,
    working_days_between,
)

ALMATY = ZoneInfo("Asia/Almaty")
# Ends early enough that no term reaches the provisional year.
days = st.dates(min_value=date(2018, 1, 1), max_value=date(2026, 8, 31))
starts = st.datetimes(
    min_value=datetime(2018, 1, 1), max_value=datetime(2026, 8, 31),
    timezones=st.just(ALMATY), allow_imaginary=False,
)
offices = st.sampled_from(sorted(OFFICE_HOURS)).map(OFFICE_HOURS.__getitem__)
clock_terms = st.one_of(
    st.builds(Duration, value=st.integers(0, 600), unit=st.just(DurationUnit.MINUTES)),
    st.builds(Duration, value=st.integers(0, 40), unit=st.just(DurationUnit.HOURS)),
)
day_terms = st.one_of(
    st.builds(Duration, value=st.integers(0, 30), unit=st.just(DurationUnit.WORKING_DAYS)),
    st.builds(Duration, value=st.integers(0, 60), unit=st.just(DurationUnit.CALENDAR_DAYS)),
    st.builds(Duration, value=st.integers(0, 3), unit=st.just(DurationUnit.MONTHS)),
)
FAST = settings(max_examples=150, deadline=None)


@FAST
@given(days, st.integers(0, 60))
def test_between_undoes_add(d: date, n: int) -> None:
    assert working_days_between(d, add_working_days(d, n)) == n


@FAST
@given(days, st.integers(0, 30), st.integers(0, 30))
def test_add_composes(d: date, a: int, b: int) -> None:
    assert add_working_days(add_working_days(d, a), b) == add_working_days(d, a + b)


@FAST
@given(days, st.integers(1, 60))
def test_add_lands_on_a_later_working_day(d: date, n: int) -> None:
    result = add_working_days(d, n)
    assert result > d and is_working_day(result)


@FAST
@given(starts, st.one_of(clock_terms, day_terms), offices)
def test_due_is_not_before_start(start: datetime, term: Duration, hours: OfficeHours) -> None:
    assert due(start, term, hours) >= start


def _office_time(a: datetime, b: datetime, hours: OfficeHours) -> timedelta:
    """Office time inside [a, b], summed session by session (an independent re-count)."""
    total, day = timedelta(0), a.date()
    while day <= b.date():
        for opens, closes in hours.sessions(day):
            total += max(min(b, closes) - max(a, opens), timedelta(0))
        day += timedelta(days=1)
    return total


def _inside(t: datetime, hours: OfficeHours) -> bool:
    # Session ends count as inside: a due may fall exactly at closing or at the lunch break.
    return any(a <= t <= b for a, b in hours.sessions(t.date()))


@FAST
@given(starts, clock_terms, offices)
def test_clock_due_is_inside_office_time(
        start: datetime, term: Duration, hours: OfficeHours) -> None:
    assert _inside(due(start, term, hours), hours)


@FAST
@given(starts, clock_terms, offices.filter(lambda h: not h.always_open))
def test_clock_due_spends_exactly_the_term(
        start: datetime, term: Duration, hours: OfficeHours) -> None:
    spent = _office_time(start, due(start, term, hours), hours)
    unit = timedelta(minutes=1) if term.unit is DurationUnit.MINUTES else timedelta(hours=1)
    assert spent == term.value * unit


@FAST
@given(starts, day_terms, offices)
def test_day_terms_end_at_close_of_business(
        start: datetime, term: Duration, hours: OfficeHours) -> None:
    result = due(start, term, hours)
    last_day = result.date() - timedelta(days=1) if hours.always_open else result.date()
    assert is_working_day(last_day)
    assert result == hours.closing(last_day)


@FAST
@given(starts, st.integers(1, 30), offices)
def test_working_day_due_is_close_of_the_nth_working_day(
        start: datetime, n: int, hours: OfficeHours) -> None:
    result = due(start, Duration(value=n, unit=DurationUnit.WORKING_DAYS), hours)
    assert result == hours.closing(add_working_days(start.date(), n))
