"""When an organisation's office is open: the clock that minutes and hours are counted on.

The akimat regulations (resolution No. 81 of 1 March 2018) give step durations but no office
hours; those are stated in the ministerial Standards of each service, which this repository does
not hold. The defaults below are the schedules those Standards usually state, and are meant to be
overridden per organisation when its own schedule is known:

* state bodies (district departments, rural akims, the oblast department, the treasury) and the
  Employment Centre (a communal state institution): working days 09:00-18:30, lunch 13:00-14:30;
* State Corporation front offices: working days 09:00-20:00 without a lunch break, and Saturday
  09:00-13:00 unless it is a holiday. Day-based terms still use the five-day working calendar;
  only minutes and hours use these open hours;
* the portal: open around the clock, holidays included; minutes and hours run continuously and
  a day ends at midnight, but day-based terms still use the calendar.
"""

from datetime import date, datetime, time, timedelta
from types import MappingProxyType
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, model_validator

from contracts.calendar.days import is_day_off, is_working_day

MON_FRI = frozenset(range(5))
SATURDAY = 5


class OfficeHours(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    open: time = time(9, 0)
    close: time = time(18, 30)
    lunch_start: time | None = None
    lunch_end: time | None = None
    # Days of the week (0 = Monday) with the regular schedule, on calendar working days only.
    weekdays: frozenset[int] = MON_FRI
    # Hours on Saturdays that are not holidays (the State Corporation's short day).
    saturday: tuple[time, time] | None = None
    tz: str = "Asia/Almaty"  # all of Kazakhstan is UTC+5 since 1 March 2024; tzdata knows it
    always_open: bool = False
    basis: str = ""  # where the schedule comes from

    @model_validator(mode="after")
    def _coherent(self) -> "OfficeHours":
        if not self.open < self.close:
            raise ValueError("open must be before close")
        if (self.lunch_start is None) != (self.lunch_end is None):
            raise ValueError("give both lunch_start and lunch_end, or neither")
        start, end = self.lunch_start, self.lunch_end
        if start is not None and end is not None and not self.open < start < end < self.close:
            raise ValueError("lunch must lie strictly inside open..close")
        if self.saturday and not self.saturday[0] < self.saturday[1]:
            raise ValueError("saturday hours must open before they close")
        if not self.weekdays & MON_FRI or not self.weekdays <= frozenset(range(7)):
            raise ValueError("weekdays must be 0..6 and include at least one of Mon-Fri")
        return self

    @property
    def zone(self) -> ZoneInfo:
        # Resolved on use, not in the validator: reading the zone database is I/O, and the
        # defaults below are built at import.
        return ZoneInfo(self.tz)

    def sessions(self, d: date) -> list[tuple[datetime, datetime]]:
        """The open intervals of `d`, in local time, empty when closed."""
        if self.always_open:
            return [(self._at(d, time(0)), self._at(d + timedelta(days=1), time(0)))]
        if is_working_day(d):
            # A working Saturday or Sunday exists only by a transfer act: full schedule.
            if d.weekday() in self.weekdays or d.weekday() >= SATURDAY:
                return self._regular(d)
            return []
        if self.saturday and d.weekday() == SATURDAY and not is_day_off(d):
            return [(self._at(d, self.saturday[0]), self._at(d, self.saturday[1]))]
        return []

    def closing(self, d: date) -> datetime:
        """Close of business of a working day: the end of a day-based term falling on `d`."""
        if self.always_open:
            return self._at(d + timedelta(days=1), time(0))
        return self._at(d, self.close)

    def _regular(self, d: date) -> list[tuple[datetime, datetime]]:
        if self.lunch_start is not None and self.lunch_end is not None:
            return [
                (self._at(d, self.open), self._at(d, self.lunch_start)),
                (self._at(d, self.lunch_end), self._at(d, self.close)),
            ]
        return [(self._at(d, self.open), self._at(d, self.close))]

    def _at(self, d: date, t: time) -> datetime:
        return datetime.combine(d, t, tzinfo=self.zone)


_STATE_BODY_BASIS = (
    "usual schedule in the Standards of state services (the regulations state none): "
    "working days 09:00-18:30, lunch 13:00-14:30"
)


def _state_body() -> OfficeHours:
    return OfficeHours(lunch_start=time(13, 0), lunch_end=time(14, 30), basis=_STATE_BODY_BASIS)


OFFICE_HOURS = MappingProxyType(
    {
        "district_department": _state_body(),
        "rural_akim": _state_body(),
        "oblast_department": _state_body(),
        "employment_centre": _state_body(),
        "treasury": _state_body(),
        "state_corporation": OfficeHours(
            close=time(20, 0),
            saturday=(time(9, 0), time(13, 0)),
            basis="State Corporation front offices: working days 09:00-20:00 without a lunch "
            "break, Saturday 09:00-13:00 (regulations state none)",
        ),
        "portal": OfficeHours(always_open=True, basis="e-government portal: around the clock"),
    }
)
