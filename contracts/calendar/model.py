"""Frozen models of `data/kz_calendar.yaml`, validated so a typo in the data fails loudly.

The file is the source of truth; these models only check its shape and a few invariants a
maintainer can get wrong by hand (a weekday that does not match its date, a working weekend that
is not a weekend, an entry filed under the wrong year).
"""

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

_WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _Dated(_Frozen):
    date: date
    wd: str
    sources: tuple[str, ...] = ()
    unconfirmed: bool = False

    @model_validator(mode="after")
    def _weekday_matches(self) -> "_Dated":
        if _WEEKDAY_ABBR[self.date.weekday()] != self.wd:
            actual = _WEEKDAY_ABBR[self.date.weekday()]
            raise ValueError(f"{self.date} is a {actual}, not {self.wd}")
        return self


class Holiday(_Dated):
    name: str
    name_ru: str
    kind: Literal["public", "religious"]
    carried_if_weekend: bool
    note: str | None = None


class DayOffExtra(_Dated):
    kind: Literal["carry_over", "transfer"]
    reason: str

    @model_validator(mode="after")
    def _is_weekday(self) -> "DayOffExtra":
        if self.date.weekday() >= 5:
            raise ValueError(f"extra day off {self.date} must be a weekday")
        return self


class WorkingWeekend(_Dated):
    reason: str

    @model_validator(mode="after")
    def _is_weekend(self) -> "WorkingWeekend":
        if self.date.weekday() < 5:
            raise ValueError(f"working weekend {self.date} must be a Saturday or Sunday")
        return self


class YearData(_Frozen):
    status: str
    confidence: str
    holidays: tuple[Holiday, ...]
    days_off_extra: tuple[DayOffExtra, ...]
    working_weekends: tuple[WorkingWeekend, ...]
    transfer_acts: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    @property
    def provisional(self) -> bool:
        return self.status.startswith("provisional")


class Rule(_Frozen):
    id: str
    text: str
    sources: tuple[str, ...]


class Source(_Frozen):
    title: str
    url: str


class CalendarFile(_Frozen):
    meta: dict[str, object]
    rules: tuple[Rule, ...]
    sources: dict[str, Source]
    years: dict[int, YearData]

    @model_validator(mode="after")
    def _consistent(self) -> "CalendarFile":
        for year, data in self.years.items():
            entries = (*data.holidays, *data.days_off_extra, *data.working_weekends)
            misfiled = [e.date for e in entries if e.date.year != year]
            if misfiled:
                raise ValueError(f"year {year} lists dates of another year: {misfiled}")
            holidays = {h.date for h in data.holidays}
            clash = holidays & {e.date for e in data.days_off_extra}
            if clash:
                raise ValueError(f"year {year}: {sorted(clash)} both holiday and extra day off")
            unknown = {s for e in entries for s in e.sources} - self.sources.keys()
            if unknown:
                raise ValueError(f"year {year} cites unknown sources {sorted(unknown)}")
        return self


class OfficialYear(_Frozen):
    """One year's official calendar as an operator loads it: a dated data file.

    `published` is the day the official calendar (or the transfer order) was published: a year
    is never replaced by a file dated earlier than the one it replaces. `calendar` has the shape
    of a year of the packaged file and must not be provisional.
    """

    year: int
    published: date
    act: str  # the act that fixes the year (e.g. the Minister's transfer order), or its absence
    sources: dict[str, Source] = {}
    calendar: YearData

    @model_validator(mode="after")
    def _official(self) -> "OfficialYear":
        if self.calendar.provisional:
            raise ValueError(f"calendar.status: the {self.year} file is itself provisional")
        entries = (*self.calendar.holidays, *self.calendar.days_off_extra,
                   *self.calendar.working_weekends)
        misfiled = [e.date for e in entries if e.date.year != self.year]
        if misfiled:
            raise ValueError(f"calendar lists dates of another year than {self.year}: {misfiled}")
        return self
