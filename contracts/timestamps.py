"""One convention for every time stamp an API answers: the oblast's local time with its offset
(`2026-03-02T10:05:00+05:00`), on reads and on command answers alike.

The log and the read models keep instants (PostgreSQL gives them back in UTC, the calendar in
local time); what a caller reads is always turned to `ZONE` here, so two answers about the same
moment print it the same way. Requests may send any offset: an aware time is an instant.
"""

import re
from datetime import UTC, date, datetime
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    field_serializer,
)

ZONE = ZoneInfo("Asia/Almaty")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _written_as_a(kind: type, example: str) -> Any:
    """A validator that takes `kind` itself or its ISO 8601 text, nothing else: pydantic would
    also read a number (`0.5`) as seconds since 1970, which no caller means."""

    def check(value: Any) -> Any:
        if isinstance(value, kind) or (isinstance(value, str) and _ISO_DAY.match(value)):
            return value
        raise ValueError(f"expected an ISO 8601 {kind.__name__}, e.g. {example}")

    return BeforeValidator(check)


def _storable(moment: datetime) -> datetime:
    """PostgreSQL keeps an instant in UTC: 0001-01-01T00:00+05:00 has no UTC form (year 0),
    and nothing a request speaks of happened before 1900 or happens after 2999."""
    try:
        year = moment.astimezone(UTC).year
    except OverflowError:
        year = 0
    if not 1900 <= year <= 2999:
        raise ValueError("must be a time from 1900 to 2999")
    return moment


def _since_the_acts(moment: datetime) -> datetime:
    from contracts.catalogue import load_catalogue  # the catalogue's data, read once

    first = load_catalogue().versions[0].version.effective_from.value
    if local(moment).date() < first:
        raise ValueError(f"must not be before the first act in force ({first.isoformat()})")
    return moment


Instant = Annotated[AwareDatetime, _written_as_a(datetime, "2026-03-02T10:05:00+05:00"),
                    AfterValidator(_storable)]
"""A request's time stamp: RFC 3339 text with its offset (any offset: it is an instant)."""

SinceTheActs = Annotated[Instant, AfterValidator(_since_the_acts)]
"""When something of an application happened (a package received, an applicant arrived): no
earlier than the first act the catalogue holds took effect. (Not later than now is the route's
to say: it knows the clock.)"""

Day = Annotated[date, _written_as_a(date, "2026-03-02")]
"""A request's calendar date: ISO 8601 text (`2026-03-02`)."""


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
