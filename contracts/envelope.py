"""The event envelope: the one shape every event has on the wire and in every log."""

import json
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from contracts.identity import Actor, Producer

MAX_STREAM_ID = 128


class Envelope(BaseModel):
    """An event as recorded: its facts (`payload`) wrapped in who, when, where and why.

    `signature` is reserved for a producer signature (e.g. Ed25519 over `canonical_bytes()`),
    so that an event's origin can later be proved, not only claimed.
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
        return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                          allow_nan=False).encode()
