"""One convention for every time stamp an API answers: the oblast's local time with its offset
(`2026-03-02T10:05:00+05:00`), on reads and on command answers alike.

The log and the read models keep instants (PostgreSQL gives them back in UTC, the calendar in
local time); what a caller reads is always turned to `ZONE` here, so two answers about the same
moment print it the same way. Requests may send any offset: an aware time is an instant.
"""

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, SerializationInfo, SerializerFunctionWrapHandler, field_serializer

ZONE = ZoneInfo("Asia/Almaty")


def local(moment: datetime) -> datetime:
    """The instant in the oblast's local time (a naive time is taken to be local already)."""
    return moment.replace(tzinfo=ZONE) if moment.tzinfo is None else moment.astimezone(ZONE)


def localised(value: Any) -> Any:
    """`value` with every datetime in it (inside lists and dicts too) in local time."""
    if isinstance(value, datetime):
        return local(value)
    if isinstance(value, list | tuple):
        return type(value)(localised(v) for v in value)
    if isinstance(value, dict):
        return {k: localised(v) for k, v in value.items()}
    return value


class LocalTimes(BaseModel):
    """Base of an answer body: its time stamps serialise in local time."""

    @field_serializer("*", mode="wrap")
    def _local_times(self, value: Any, handler: SerializerFunctionWrapHandler,
                     info: SerializationInfo) -> Any:
        return handler(localised(value))
