"""The event envelope: the one shape every event has on the wire and in every log."""

import json
import math
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from contracts.identity import Actor, Producer

MAX_STREAM_ID = 128


def _stable(value: Any) -> Any:
    """A JSON value as any reader of it will have it: a JSONB column keeps a number's digits but
    not its notation, so `1e20` comes back as the integer `100000000000000000000`, `-0.0` as `0.0`
    and `2.0` as `2.0` (read again as a float). Whole floats are written as the integer their
    shortest decimal spells (`1e300` as 10**300, not the float's binary value), and values JSON
    cannot hold (NaN, infinities) as null, as the store writes them."""
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        return int(Decimal(repr(value))) if value.is_integer() else value
    if isinstance(value, dict):
        return {key: _stable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_stable(item) for item in value]
    return value


def canonical_json(value: Any) -> bytes:
    """The bytes a signature covers: keys sorted, no white space, UTF-8, numbers as a database
    round trip leaves them (see `_stable`): the same whoever computes them, wherever from."""
    return json.dumps(_stable(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode()


class Envelope(BaseModel):
    """An event as recorded: its facts (`payload`) wrapped in who, when, where and why.

    `signature` is the producer's signature over `canonical_bytes()` (`eventkit.signing`): an
    event's origin is proved, not only claimed.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    event_id: UUID
    stream_id: str = Field(min_length=1, max_length=MAX_STREAM_ID)
    stream_version: int = Field(ge=1)
    event_type: str = Field(min_length=1, max_length=128)
    schema_version: int = Field(ge=1)
    occurred_at: datetime
    recorded_at: datetime | None = None
    producer: Producer
    actor: Actor
    correlation_id: UUID
    causation_id: UUID | None = None
    payload: dict[str, Any]
    signature: str | None = None

    def to_json(self) -> bytes:
        return self.model_dump_json().encode()

    @classmethod
    def from_json(cls, raw: bytes | str) -> "Envelope":
        return cls.model_validate_json(raw)

    def canonical_bytes(self) -> bytes:
        """What a signature covers: every field but the signature and the store's recorded_at.

        The same bytes whoever computes them and whatever the envelope went through (a JSONB
        column reorders keys, a database hands times back in UTC): keys sorted, no white space,
        UTF-8, the time in UTC with microseconds.
        """
        fields = self.model_dump(mode="json", exclude={"signature", "recorded_at"})
        fields["occurred_at"] = self.occurred_at.astimezone(UTC).isoformat(timespec="microseconds")
        return canonical_json(fields)
