"""The event store on asyncpg: append with an expected version, load a stream, read all in order.

Global order is (tx_id, position). `read_all` returns only events whose writing transaction is
older than the oldest transaction still running (`pg_snapshot_xmin`), so an event that a slower
transaction commits later always sorts after everything already returned: nothing is skipped.

Every event is signed as it is appended, by its producer's key (the signer of the connection's
pool, `eventkit.db`), and stored with its signature: there is no unsigned event in a log.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import NamedTuple
from uuid import UUID, uuid4

import asyncpg

from contracts.envelope import MAX_STREAM_ID, Envelope
from contracts.events import Event
from contracts.identity import Actor, OrganisationKind, Producer, Role
from eventkit.db import Connection, signer_of
from eventkit.signing import MissingKey
from eventkit.tracing import current_traceparent


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

    @classmethod
    def reacting_to(
        cls, cause: Envelope, producer: Producer, actor: Actor, at: datetime
    ) -> "Metadata":
        """For what a service appends because of another event: its correlation, caused by it."""
        return cls(producer, actor, at, cause.correlation_id, cause.event_id)

    @classmethod
    def on_time(cls, producer: Producer, actor: Actor, at: datetime) -> "Metadata":
        """For what a timer appends: a correlation of its own, caused by nothing but the time."""
        return cls(producer, actor, at, uuid4())


class Recorded(NamedTuple):
    """An event of the log and its place in the global order (a tuple: replays make millions)."""

    envelope: Envelope
    position: Position


# in this order: `_envelope` unpacks a row by position
_COLUMNS = (
    "position, tx_id AS tx, event_id, stream_id, stream_version, event_type,"
    " schema_version, occurred_at, recorded_at, producer, actor, correlation_id, causation_id,"
    " payload, signature"
)

# One statement per append, whatever the number of events: the version check and the insert
# happen together, and the (stream_id, stream_version) key stops a concurrent writer.
_APPEND = """
WITH current AS (
    SELECT coalesce(max(stream_version), 0) AS version FROM events WHERE stream_id = $1
)
INSERT INTO events (event_id, stream_id, stream_version, event_type, schema_version,
                    occurred_at, producer, actor, correlation_id, causation_id, payload,
                    signature, trace_context)
SELECT e.event_id, $1, $2 + e.ord::int, e.event_type, e.schema_version,
       $3, $4::jsonb, $5::jsonb, $6, $7, e.payload, e.signature, $13
FROM current,
     unnest($8::uuid[], $9::text[], $10::int[], $11::jsonb[], $12::text[])
         WITH ORDINALITY AS e(event_id, event_type, schema_version, payload, signature, ord)
WHERE current.version = $2
ORDER BY e.ord
RETURNING recorded_at
"""


# The common case, one event, without arrays: measurably cheaper for the server to run.
_APPEND_ONE = """
INSERT INTO events (event_id, stream_id, stream_version, event_type, schema_version,
                    occurred_at, producer, actor, correlation_id, causation_id, payload,
                    signature, trace_context)
SELECT $8, $1, $2 + 1, $9, $10, $3, $4::jsonb, $5::jsonb, $6, $7, $11::jsonb, $12, $13
WHERE $2 = 0 OR EXISTS (SELECT 1 FROM events WHERE stream_id = $1 AND stream_version = $2)
RETURNING recorded_at
"""


@lru_cache(maxsize=4096)  # few distinct producers and actors write a log; both are frozen
def _json(model: Producer | Actor) -> str:
    return model.model_dump_json()


@lru_cache(maxsize=4096)  # a log holds few distinct producers and actors; both are frozen
def _producer(raw: str) -> Producer:
    fields = json.loads(raw)
    return Producer.model_construct(**{**fields, "kind": OrganisationKind(fields["kind"])})


@lru_cache(maxsize=4096)
def _actor(raw: str) -> Actor:
    fields = json.loads(raw)
    return Actor.model_construct(**{**fields, "role": Role(fields["role"])})


_ENVELOPE_FIELDS = frozenset(Envelope.model_fields)


def _trusted_envelope(fields: dict[str, object]) -> Envelope:
    """An envelope from values already known valid, every field given: what `model_construct`
    does without its per-field pass over defaults and aliases, which costs more than reading the
    row (see bench/rebuild.py)."""
    envelope = Envelope.__new__(Envelope)
    _set(envelope, "__dict__", fields)
    _set(envelope, "__pydantic_fields_set__", _ENVELOPE_FIELDS)
    _set(envelope, "__pydantic_extra__", None)
    _set(envelope, "__pydantic_private__", None)
    return envelope


_set = object.__setattr__


def _envelope(row: asyncpg.Record) -> Envelope:
    # Rows were validated on their way in and the log is immutable: constructing them without a
    # second validation makes replays several times faster (see bench/rebuild.py).
    (_, _, event_id, stream_id, stream_version, event_type, schema_version, occurred_at,
     recorded_at, producer, actor, correlation_id, causation_id, payload, signature) = row
    return _trusted_envelope({
        "event_id": event_id,
        "stream_id": stream_id,
        "stream_version": stream_version,
        "event_type": event_type,
        "schema_version": schema_version,
        "occurred_at": occurred_at,
        "recorded_at": recorded_at,
        "producer": _producer(producer),
        "actor": _actor(actor),
        "correlation_id": correlation_id,
        "causation_id": causation_id,
        "payload": json.loads(payload),
        "signature": signature,
    })


def _recorded(row: asyncpg.Record) -> Recorded:
    return Recorded(_envelope(row), Position(row[1], row[0]))


async def stream_version(conn: Connection, stream_id: str) -> int:
    version = await conn.fetchval(
        "SELECT max(stream_version) FROM events WHERE stream_id = $1", stream_id
    )
    return version or 0


async def append(
    conn: Connection,
    stream_id: str,
    expected_version: int,
    events: Sequence[Event],
    meta: Metadata,
) -> list[Envelope]:
    """Append `events` after `expected_version` (0 = new stream), atomically.

    Two writers with the same expected version cannot both win: the (stream, version) unique
    key makes the slower one fail, and it gets a ConcurrencyError instead of a lost update.
    Each event is signed by the key of `meta.producer` before it is inserted; a connection
    whose signer holds no key of that organisation appends nothing (MissingKey).
    """
    if not events:
        return []
    if not 0 < len(stream_id) <= MAX_STREAM_ID:
        raise ValueError(f"a stream id has 1 to {MAX_STREAM_ID} characters")
    if meta.occurred_at.tzinfo is None:
        raise ValueError("occurred_at must carry its time zone")
    signer = signer_of(conn)
    if signer is None:
        raise MissingKey("this connection signs nothing (its pool has no SIGNING_KEYS_DIR):"
                         " an event is never appended unsigned")
    envelopes = [
        # events, producer and actor are validated models already: no second pass
        _trusted_envelope({
            "event_id": uuid4(),
            "stream_id": stream_id,
            "stream_version": expected_version + offset,
            "event_type": event.event_type,
            "schema_version": event.schema_version,
            "occurred_at": meta.occurred_at,
            "recorded_at": None,
            "producer": meta.producer,
            "actor": meta.actor,
            "correlation_id": meta.correlation_id,
            "causation_id": meta.causation_id,
            "payload": event.model_dump(mode="json"),
            "signature": None,
        })
        for offset, event in enumerate(events, start=1)
    ]
    signatures = [signer.sign(meta.producer.organisation_id, envelope.canonical_bytes(),
                              meta.occurred_at) for envelope in envelopes]
    ids = [envelope.event_id for envelope in envelopes]
    payloads = [event.model_dump_json() for event in events]
    one = len(events) == 1
    columns = (ids, [e.event_type for e in events], [e.schema_version for e in events], payloads,
               signatures)
    try:
        rows = await conn.fetch(
            _APPEND_ONE if one else _APPEND,
            stream_id,
            expected_version,
            meta.occurred_at,
            _json(meta.producer),
            _json(meta.actor),
            meta.correlation_id,
            meta.causation_id,
            *([column[0] for column in columns] if one else columns),
            current_traceparent(),  # the trace the relay continues when it publishes them
        )
    except asyncpg.UniqueViolationError as error:
        if error.constraint_name == "events_stream_id_stream_version_key":
            raise ConcurrencyError(stream_id, expected_version) from error
        raise
    if not rows:
        raise ConcurrencyError(stream_id, expected_version, await stream_version(conn, stream_id))
    return [_trusted_envelope({**envelope.__dict__, "recorded_at": row["recorded_at"],
                               "signature": signature})
            for envelope, signature, row in zip(envelopes, signatures, rows, strict=True)]


async def load(conn: Connection, stream_id: str) -> list[Envelope]:
    rows = await conn.fetch(
        f"SELECT {_COLUMNS} FROM events WHERE stream_id = $1 ORDER BY stream_version", stream_id
    )
    return [_envelope(row) for row in rows]


# After a position ($1, $2) in global order, at most $3 events, and only those whose writing
# transaction is older than every transaction still running: nothing can commit before them.
_BELOW_HORIZON = (
    "WHERE (tx_id, position) > ($1::xid8, $2)"
    " AND tx_id < pg_snapshot_xmin(pg_current_snapshot())"
    " ORDER BY tx_id, position LIMIT $3"
)


async def read_all(
    conn: Connection, after: Position = START, limit: int = 1000
) -> list[Recorded]:
    """Events after `after` in global order, only those no running transaction can precede."""
    rows = await conn.fetch(f"SELECT {_COLUMNS} FROM events {_BELOW_HORIZON}",
                            after.tx_id, after.seq, limit)
    return [_recorded(row) for row in rows]


_ENVELOPE_JSON = (
    "json_build_object('event_id', event_id, 'stream_id', stream_id, 'stream_version',"
    " stream_version, 'event_type', event_type, 'schema_version', schema_version, 'occurred_at',"
    " occurred_at, 'recorded_at', recorded_at, 'producer', producer, 'actor', actor,"
    " 'correlation_id', correlation_id, 'causation_id', causation_id, 'payload', payload,"
    " 'signature', signature)::text"
)


@dataclass(frozen=True)
class Published:
    """An event as the relay sends it: the envelope already serialised by the database."""

    position: Position
    event_id: UUID
    stream_id: str
    event_type: str
    schema_version: int
    producer_kind: str
    correlation_id: UUID
    envelope_json: bytes
    trace_context: str | None = None  # the W3C traceparent the event was appended under


async def read_all_serialised(
    conn: Connection, after: Position = START, limit: int = 1000
) -> list[Published]:
    """`read_all` for the relay: the same order and horizon, the envelope as JSON text."""
    rows = await conn.fetch(
        "SELECT position, tx_id AS tx, event_id, stream_id, event_type,"
        f" schema_version, producer->>'kind' AS kind, correlation_id, {_ENVELOPE_JSON} AS body,"
        " trace_context"
        f" FROM events {_BELOW_HORIZON}",
        after.tx_id, after.seq, limit,
    )
    return [
        Published(Position(r["tx"], r["position"]), r["event_id"], r["stream_id"],
                  r["event_type"], r["schema_version"], r["kind"], r["correlation_id"],
                  r["body"].encode(), r["trace_context"])
        for r in rows
    ]


async def head(conn: Connection) -> Position:
    """The last position in the log, committed or not yet readable (for lag figures)."""
    row = await conn.fetchrow(
        "SELECT tx_id AS tx, position FROM events ORDER BY tx_id DESC, position DESC"
        " LIMIT 1"
    )
    return START if row is None else Position(row["tx"], row["position"])


async def load_checkpoint(conn: Connection, name: str) -> Position:
    row = await conn.fetchrow(
        "SELECT tx_id AS tx, position FROM checkpoints WHERE name = $1", name
    )
    return START if row is None else Position(row["tx"], row["position"])


async def lock_checkpoint(conn: Connection, name: str) -> Position:
    """The checkpoint, locked until the caller's transaction ends: a second reader of the same
    name (another instance of the service) waits, then sees where the first one got to."""
    await conn.execute("INSERT INTO checkpoints (name) VALUES ($1) ON CONFLICT DO NOTHING", name)
    row = await conn.fetchrow(
        "SELECT tx_id AS tx, position FROM checkpoints WHERE name = $1 FOR UPDATE",
        name,
    )
    assert row is not None  # inserted just above, in this transaction
    return Position(row["tx"], row["position"])


async def save_checkpoint(conn: Connection, name: str, position: Position) -> None:
    await conn.execute(
        "INSERT INTO checkpoints (name, tx_id, position) VALUES ($1, $2::xid8, $3)"
        " ON CONFLICT (name) DO UPDATE SET tx_id = EXCLUDED.tx_id, position = EXCLUDED.position,"
        " updated_at = clock_timestamp()",
        name,
        position.tx_id,
        position.seq,
    )
