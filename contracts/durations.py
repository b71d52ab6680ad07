"""A regulated term: a value and a unit, as the regulations write it."""

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class DurationUnit(StrEnum):
    MINUTES = "minutes"
    HOURS = "hours"
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    MONTHS = "months"


class Duration(BaseModel):
    """`{value, unit}`; minutes and hours count office time only (see contracts.calendar)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: int = Field(ge=0)
    unit: DurationUnit

    def __str__(self) -> str:
        return f"{self.value} {self.unit.value.replace('_', ' ')}"
