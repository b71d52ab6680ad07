"""Due times for each unit, worked by hand (Almaty time, UTC+5 since 1 March 2024)."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from contracts.calendar import OFFICE_HOURS, Duration, DurationUnit, OfficeHours, due

ALMATY = ZoneInfo("Asia/Almaty")
DISTRICT = OFFICE_HOURS["district_department"]
STATE_CORP = OFFICE_HOURS["state_corporation"]
PORTAL = OFFICE_HOURS["portal"]
U = DurationUnit


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=ALMATY)


CASES: list[tuple[str, OfficeHours, datetime, int, DurationUnit, datetime]] = [
    ("plain minutes", DISTRICT, at(2024, 4, 10, 10), 30, U.MINUTES, at(2024, 4, 10, 10, 30)),
    ("hours skip lunch", DISTRICT, at(2024, 4, 10, 12), 3, U.HOURS, at(2024, 4, 10, 16, 30)),
    ("hours roll to next morning", DISTRICT, at(2024, 4, 10, 17), 3, U.HOURS,
     at(2024, 4, 11, 10, 30)),
    ("after hours on Friday", DISTRICT, at(2024, 4, 12, 19), 30, U.MINUTES, at(2024, 4, 15, 9, 30)),
    ("start in lunch", DISTRICT, at(2024, 4, 10, 13, 30), 30, U.MINUTES, at(2024, 4, 10, 15)),
    ("due exactly at closing", DISTRICT, at(2024, 4, 10, 18), 30, U.MINUTES,
     at(2024, 4, 10, 18, 30)),
    ("due exactly at lunch", DISTRICT, at(2024, 4, 10, 12, 30), 30, U.MINUTES, at(2024, 4, 10, 13)),
    ("hours across Nauryz", DISTRICT, at(2024, 3, 20, 17, 30), 2, U.HOURS, at(2024, 3, 26, 10)),
    ("zero minutes in lunch", DISTRICT, at(2024, 4, 10, 13, 10), 0, U.MINUTES,
     at(2024, 4, 10, 14, 30)),
    # 19 working days after Wed 20 Mar 2024: 26-29 Mar, 1-5, 8-12, 15-19 Apr.
    ("19 working days", DISTRICT, at(2024, 3, 20, 10), 19, U.WORKING_DAYS, at(2024, 4, 19, 18, 30)),
    # Sat 4 May worked, Mon 6, (7 holiday, 8 off, 9 holiday), Fri 10, Mon 13.
    ("4 working days in May", DISTRICT, at(2024, 5, 3, 15), 4, U.WORKING_DAYS,
     at(2024, 5, 13, 18, 30)),
    ("registered after hours", DISTRICT, at(2024, 4, 10, 20), 1, U.WORKING_DAYS,
     at(2024, 4, 11, 18, 30)),
    ("zero working days", DISTRICT, at(2024, 4, 10, 10), 0, U.WORKING_DAYS,
     at(2024, 4, 10, 18, 30)),
    ("zero working days after hours", DISTRICT, at(2024, 4, 12, 19), 0, U.WORKING_DAYS,
     at(2024, 4, 15, 18, 30)),
    ("calendar days end on a holiday", DISTRICT, at(2024, 3, 11, 9), 10, U.CALENDAR_DAYS,
     at(2024, 3, 26, 18, 30)),
    ("calendar days", DISTRICT, at(2024, 4, 1, 9), 10, U.CALENDAR_DAYS, at(2024, 4, 11, 18, 30)),
    ("month clamps to 29 Feb", DISTRICT, at(2024, 1, 31, 10), 1, U.MONTHS, at(2024, 2, 29, 18, 30)),
    ("month ends on Nauryz", DISTRICT, at(2024, 2, 22, 10), 1, U.MONTHS, at(2024, 3, 26, 18, 30)),
    ("month ends on Kurban Ait Sunday", DISTRICT, at(2024, 5, 16, 10), 1, U.MONTHS,
     at(2024, 6, 17, 18, 30)),
    ("SC Saturday morning", STATE_CORP, at(2024, 4, 13, 12, 50), 15, U.MINUTES,
     at(2024, 4, 15, 9, 5)),
    ("SC Friday evening", STATE_CORP, at(2024, 4, 12, 19, 50), 15, U.MINUTES,
     at(2024, 4, 13, 9, 5)),
    ("SC closed on Nauryz Saturday", STATE_CORP, at(2024, 3, 23, 10), 15, U.MINUTES,
     at(2024, 3, 26, 9, 15)),
    ("SC working Saturday is a full day", STATE_CORP, at(2024, 5, 4, 12, 55), 15, U.MINUTES,
     at(2024, 5, 4, 13, 10)),
    ("SC hours into next day", STATE_CORP, at(2024, 4, 10, 19), 3, U.HOURS, at(2024, 4, 11, 11)),
    ("SC working days end at 20:00", STATE_CORP, at(2024, 4, 10, 10), 1, U.WORKING_DAYS,
     at(2024, 4, 11, 20)),
    ("portal runs through the night", PORTAL, at(2024, 4, 13, 23, 50), 15, U.MINUTES,
     at(2024, 4, 14, 0, 5)),
    ("portal runs through holidays", PORTAL, at(2024, 3, 22, 12), 7, U.HOURS, at(2024, 3, 22, 19)),
    ("portal working days end at midnight", PORTAL, at(2024, 3, 20, 22), 1, U.WORKING_DAYS,
     at(2024, 3, 27)),
]


@pytest.mark.parametrize(
    ("hours", "start", "value", "unit", "expected"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_due_golden(
    hours: OfficeHours, start: datetime, value: int, unit: DurationUnit, expected: datetime
) -> None:
    assert due(start, Duration(value=value, unit=unit), hours) == expected


def test_due_is_in_the_office_zone() -> None:
    start = datetime(2024, 4, 10, 3, 0, tzinfo=UTC)  # 08:00 in Almaty: before opening
    result = due(start, Duration(value=30, unit=U.MINUTES), DISTRICT)
    assert result.tzinfo == ALMATY
    assert (result.hour, result.minute) == (9, 30)


def test_naive_start_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        due(datetime(2024, 4, 10, 10), Duration(value=1, unit=U.HOURS), DISTRICT)


def test_kazakhstan_is_utc_plus_5_from_1_march_2024() -> None:
    assert at(2024, 2, 29, 12).utcoffset().total_seconds() == 6 * 3600
    assert at(2024, 3, 1, 12).utcoffset().total_seconds() == 5 * 3600


def test_hours_across_the_offset_change() -> None:
    # 30 minutes until 18:30 (+06) on 29 Feb, 30 more from 09:00 (+05) on Fri 1 March.
    start = datetime(2024, 2, 29, 18, tzinfo=ALMATY)
    assert due(start, Duration(value=1, unit=U.HOURS), DISTRICT) == at(2024, 3, 1, 9, 30)
