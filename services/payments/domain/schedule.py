"""The oblast payment schedule (config/schedule.yaml): payment days of the month, moved to the
next working day when they fall on a day off (contracts.calendar)."""

import calendar
from datetime import date, datetime, time
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

import yaml
from pydantic import BaseModel, ConfigDict

from contracts.calendar import next_working_day
from services.payments.domain.parameters import CONFIG


class ScheduleEdition(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    valid_from: date
    payment_days_of_month: tuple[int, ...]
    release_from: time
    time_zone: str
    currency: str


@cache
def editions() -> tuple[ScheduleEdition, ...]:
    text = resources.files(CONFIG).joinpath("schedule.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    return tuple(ScheduleEdition.model_validate(e) for e in raw["editions"])


def edition(day: date) -> ScheduleEdition:
    valid = [e for e in editions() if e.valid_from <= day]
    if not valid:
        raise LookupError(f"no payment schedule in force on {day.isoformat()}")
    return max(valid, key=lambda e: e.valid_from)


def payment_days(year: int, month: int) -> list[date]:
    last = calendar.monthrange(year, month)[1]
    configured = edition(date(year, month, 1)).payment_days_of_month
    return sorted({next_working_day(date(year, month, min(d, last))) for d in configured})


def is_payment_day(day: date) -> bool:
    return day in payment_days(day.year, day.month) or (
        day.month > 1 and day in payment_days(day.year, day.month - 1)
    ) or (day.month == 1 and day in payment_days(day.year - 1, 12))


def local_now(now: datetime) -> datetime:
    return now.astimezone(ZoneInfo(edition(now.date()).time_zone))


def release_due(now: datetime) -> date | None:
    """Today's schedule date when envelopes may be released now, else None."""
    local = local_now(now)
    today = local.date()
    if is_payment_day(today) and local.time() >= edition(today).release_from:
        return today
    return None
