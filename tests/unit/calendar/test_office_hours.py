from datetime import date, time

import pytest
from pydantic import ValidationError

from contracts.calendar import OFFICE_HOURS, OfficeHours

KINDS = {
    "district_department", "state_corporation", "employment_centre", "rural_akim",
    "oblast_department", "portal", "treasury",
}


def test_every_organisation_kind_has_hours() -> None:
    assert set(OFFICE_HOURS) == KINDS


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_default_resolves_its_zone_and_says_where_it_comes_from(kind: str) -> None:
    hours = OFFICE_HOURS[kind]
    assert hours.zone.key == "Asia/Almaty"
    assert hours.basis


def test_state_body_day_has_a_lunch_break() -> None:
    sessions = OFFICE_HOURS["rural_akim"].sessions(date(2024, 4, 10))
    assert [(a.time(), b.time()) for a, b in sessions] == [
        (time(9), time(13)), (time(14, 30), time(18, 30)),
    ]


def test_state_body_is_closed_on_saturday_and_holidays() -> None:
    assert OFFICE_HOURS["district_department"].sessions(date(2024, 4, 13)) == []
    assert OFFICE_HOURS["district_department"].sessions(date(2024, 3, 25)) == []


def test_state_corporation_saturday_is_short() -> None:
    sessions = OFFICE_HOURS["state_corporation"].sessions(date(2024, 4, 13))
    assert [(a.time(), b.time()) for a, b in sessions] == [(time(9), time(13))]


@pytest.mark.parametrize(
    "bad",
    [
        {"open": time(18), "close": time(9)},
        {"lunch_start": time(13)},
        {"lunch_start": time(8), "lunch_end": time(10)},
        {"saturday": (time(13), time(9))},
        {"weekdays": frozenset({5, 6})},
    ],
)
def test_incoherent_hours_are_refused(bad: dict) -> None:
    with pytest.raises(ValidationError):
        OfficeHours(**bad)


def test_office_hours_are_frozen() -> None:
    with pytest.raises(ValidationError):
        OFFICE_HOURS["portal"].tz = "UTC"  # type: ignore[misc]
