"""Queue groups and working days left, by the Kazakhstan calendar (Almaty's local dates)."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from services.console.deadlines import group_of, working_days_left

ALMATY = ZoneInfo("Asia/Almaty")
# Wednesday 9 December 2026; Wed 16 December is Independence Day, a holiday
NOW = datetime(2026, 12, 9, 10, 0, tzinfo=ALMATY)


def at(day: int, hour: int = 18, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=ALMATY)


def test_a_due_time_later_today_is_due_today():
    assert group_of(at(9), overdue=False, now=NOW) == "today"
    assert working_days_left(at(9), NOW) == 0


def test_a_due_time_that_passed_is_overdue_with_negative_days():
    assert group_of(at(9, 9), overdue=False, now=NOW) == "overdue"
    assert working_days_left(at(7), NOW) == -2


def test_the_service_saying_overdue_wins():
    assert group_of(at(20), overdue=True, now=NOW) == "overdue"


def test_two_working_days_ahead_is_soon_across_a_weekend():
    # Thu 10 and Fri 11 are working days; Mon 14 is the third
    assert group_of(at(11), overdue=False, now=NOW) == "soon"
    assert working_days_left(at(11), NOW) == 2
    assert group_of(at(14), overdue=False, now=NOW) == "later"


@pytest.mark.parametrize(("day", "left"), [(15, 4), (17, 5)])
def test_a_holiday_is_not_a_working_day(day, left):
    assert working_days_left(at(day), NOW) == left


def test_no_due_time_is_its_own_group():
    assert group_of(None, overdue=False, now=NOW) == "none"
