"""The event store on asyncpg: append with an expected version, load a stream, read all in order.

Global order is (tx_id, position). `read_all` returns only events whose writing transaction is
older than the oldest transaction still running (`pg_snapshot_xmin`), so an event that a slower
transaction commits later always sorts after everything already returned: nothing is skipped.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple
from uuid import UUID, uuid4

import asyncpg

from contracts.envelope import Envelope
from contracts.events import Event
from contracts.identity import Actor, Producer


class Position(NamedTuple):
    """A place in the global order: (writing transaction id, sequence)."""

    tx_id: int
    seq: int


START = Position(0, 0)


class ConcurrencyError(Exception):
    """The stream moved on since the caller read it (HTTP 409)."""

    def __init__(self, stream_id: str, expected: int, actual: int | None = None) -> None:
        self.stream_id, self.expected, self.actual = stream_id, expected, actual
        found = "" if actual is None else f", it is at {actual}"
        super().__init__(f"stream {stream_id} was expected at version {expected}{found}")


@dataclass(frozen=True)
class Metadata:
    """Who, when and why, for every event one command appends."""

    producer: Producer
    actor: Actor
    occurred_at: datetime
    correlation_id: UUID
    causation_id: UUID | None = None


@dataclass(frozen=True)
class Recorded:
    envelope: Envelope
    position: Position


_COLUMNS = (
    "position, tx_id::text::bigint AS tx, event_id, stream_id, stream_version, event_type,"
    " schema_version, occurred_at, recorded_at, producer, actor, correlation_id, causation_id,"
    " payload, signature"
)

_INSERT = (
    "INSERT INTO events (event_id, stream_id, stream_version, event_type, schema_version,"
    " occurred_at, producer, actor, correlation_id, causation_id, payload)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10, $11::jsonb)"
    " RETURNING recorded_at"
)


def _envelope(row: asyncpg.Record) -> Envelope:
    return Envelope(
        event_id=row["event_id"],
        stream_id=row["stream_id"],
        stream_version=row["stream_version"],
        event_type=row["event_type"],
        schema_version=row["schema_version"],
        occurred_at=row["occurred_at"],
        recorded_at=row["recorded_at"],
        producer=Producer.model_validate_json(row["producer"]),
        actor=Actor.model_validate_json(row["actor"]),
        correlation_id=row["correlation_id"],
        causation_id=row["causation_id"],
        payload=json.loads(row["payload"]),
        signature=row["signature"],
    )


def _recorded(row: asyncpg.Record) -> Recorded:
    return Recorded(_envelope(row), Position(row["tx"], row["position"]))


async def stream_version(conn: asyncpg.Connection, stream_id: str) -> int:
    version = await conn.fetchval(
        "SELECT max(stream_version) FROM events WHERE stream_id = $1", stream_id
    )
    return version or 0


async def append(
    conn: asyncpg.Connection,
    stream_id: str,
    expected_version: int,
    events: Sequence[Event],
    meta: Metadata,
) -> list[Envelope]:
    """Append `events` after `expected_version` (0 = new stream) in one transaction.

    Two writers with the same expected version cannot both win: the (stream, version) unique
    key makes the slower one fail, and it gets a ConcurrencyError instead of a lost update.
    """
    recorded: list[Envelope] = []
    try:
        async with conn.transaction():
            actual = await stream_version(conn, stream_id)
            if actual != expected_version:
                raise ConcurrencyError(stream_id, expected_version, actual)
            for offset, event in enumerate(events, start=1):
                envelope = Envelope(
                    event_id=uuid4(),
                    stream_id=stream_id,
                    stream_version=expected_version + offset,
                    event_type=event.event_type,
                    schema_version=event.schema_version,
                    occurred_at=meta.occurred_at,
                    producer=meta.producer,
                    actor=meta.actor,
                    correlation_id=meta.correlation_id,
                    causation_id=meta.causation_id,
                    payload=event.model_dump(mode="json"),
                )
                recorded_at = await conn.fetchval(
                    _INSERT,
                    envelope.event_id,
                    stream_id,
                    envelope.stream_version,
                    envelope.event_type,
                    envelope.schema_version,
                    envelope.occurred_at,
                    envelope.producer.model_dump_json(),
                    envelope.actor.model_dump_json(),
                    envelope.correlation_id,
                    envelope.causation_id,
                    json.dumps(envelope.payload),
                )
                recorded.append(envelope.model_copy(update={"recorded_at": recorded_at}))
    except asyncpg.UniqueViolationError as error:
        if error.constraint_name == "events_stream_id_stream_version_key":
            raise ConcurrencyError(stream_id, expected_version) from error
        raise
    return recorded


async def load(conn: asyncpg.Connection, stream_id: str) -> list[Envelope]:
    rows = await conn.fetch(
        f"SELECT {_COLUMNS} FROM events WHERE stream_id = $1 ORDER BY stream_version", stream_id
    )
    return [_envelope(row) for row in rows]


async def read_all(
    conn: asyncpg.Connection, after: Position = START, limit: int = 1000
) -> list[Recorded]:
    """Events after `after` in global order, only those no running transaction can precede."""
    rows = await conn.fetch(
        f"SELECT {_COLUMNS} FROM events"
        " WHERE (tx_id, position) > ($1::text::xid8, $2)"
        "   AND tx_id < pg_snapshot_xmin(pg_current_snapshot())"
        " ORDER BY tx_id, position LIMIT $3",
        str(after.tx_id),
        after.seq,
        limit,
    )
    return [_recorded(row) for row in rows]


async def head(conn: asyncpg.Connection) -> Position:
    """The last position in the log, committed or not yet readable (for lag figures)."""
    row = await conn.fetchrow(
        "SELECT tx_id::text::bigint AS tx, position FROM events ORDER BY tx_id DESC, position DESC"
        " LIMIT 1"
    )
    return START if row is None else Position(row["tx"], row["position"])


async def load_checkpoint(conn: asyncpg.Connection, name: str) -> Position:
    row = await conn.fetchrow(
        "SELECT tx_id::text::bigint AS tx, position FROM checkpoints WHERE name = $1", name
    )
    return START if row is None else Position(row["tx"], row["position"])


async def save_checkpoint(conn: asyncpg.Connection, name: str, position: Position) -> None:
    await conn.execute(
        "INSERT INTO checkpoints (name, tx_id, position) VALUES ($1, $2::text::xid8, $3)"
        " ON CONFLICT (name) DO UPDATE SET tx_id = EXCLUDED.tx_id, position = EXCLUDED.position,"
        " updated_at = clock_timestamp()",
        name,
        str(position.tx_id),
        position.seq,
    )
