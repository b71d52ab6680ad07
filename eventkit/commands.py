"""The one write path: every route, handler and timer changes a stream through `execute`.

One transaction: load the stream once, fold it, let the caller's builder look at the state (the
place for jurisdiction and step-holder checks, and for reading what the command needs), decide,
append with the version that was read. The append's own version check and the store's unique
key stop a concurrent writer that read the same version; a reaction with no If-Match of its own
may ask to be retried on such a conflict (it then decides again on the newer state, so no update
is lost).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from contracts.envelope import Envelope
from contracts.events import Event
from eventkit import store
from eventkit.db import Connection, atomic
from eventkit.decider import Decider
from eventkit.store import ConcurrencyError, Metadata

S = TypeVar("S")
C = TypeVar("C")
E = TypeVar("E", bound=Event)
K = TypeVar("K")

# What to run: a command, or a function of the state read that returns one (or raises).
Build = Callable[[S], C]


@dataclass(frozen=True)
class Outcome(Generic[S]):
    """The stream after the command: its state and version, what was appended (as events and as
    the envelopes they were recorded in, in the same order) and the stream's whole history (what
    was read, then what was appended), so an answer needs no second read."""

    state: S
    version: int
    events: tuple[Event, ...]
    envelopes: tuple[Envelope, ...]
    history: tuple[Envelope, ...]

    def all(self, kind: type[E]) -> list[E]:
        return [event for event in self.events if isinstance(event, kind)]

    def first(self, kind: type[E]) -> E | None:
        return next(iter(self.all(kind)), None)


@dataclass(frozen=True)
class Loaded(Generic[S]):
    """A stream as read: its state, version and envelopes."""

    state: S
    version: int
    envelopes: tuple[Envelope, ...]


async def load(conn: Connection, decider: Decider[S, C], stream_id: str) -> Loaded[S]:
    envelopes = tuple(await store.load(conn, stream_id))
    return Loaded(decider.rebuild(envelopes), len(envelopes), envelopes)


async def execute(
    conn: Connection,
    decider: Decider[S, C],
    stream_id: str,
    build: Build[S, C],
    meta: Metadata | Callable[[S], Metadata],
    *,
    expected_version: int | None = None,
    retries: int = 0,
) -> Outcome[S]:
    """Run the command `build(state)` against the stream, in one transaction.

    `expected_version` is the caller's If-Match: a stream that moved on since the caller read it
    answers ConcurrencyError, never a lost update. Without one, `retries` re-runs the whole
    load-build-decide-append that many times on a concurrent append before giving up.
    """
    attempts = 1 if expected_version is not None else retries + 1
    for attempt in range(attempts):
        try:
            return await _once(conn, decider, stream_id, build, meta, expected_version,
                               savepoint=attempts > 1)
        except ConcurrencyError:
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


async def _once(
    conn: Connection,
    decider: Decider[S, C],
    stream_id: str,
    build: Build[S, C],
    meta: Metadata | Callable[[S], Metadata],
    expected_version: int | None,
    savepoint: bool,
) -> Outcome[S]:
    # a retry must survive a failed append inside the caller's transaction: a savepoint then
    async with conn.transaction() if savepoint else atomic(conn):
        # a new stream (expected at version 0) has nothing to read: the append refuses it if it
        # exists after all
        loaded = (Loaded(decider.initial_state, 0, ()) if expected_version == 0
                  else await load(conn, decider, stream_id))
        # the builder first: a caller who may not see the stream learns nothing of its version
        command = build(loaded.state)
        if expected_version is not None and expected_version != loaded.version:
            raise ConcurrencyError(stream_id, expected_version, loaded.version)
        events = tuple(decider.decide(loaded.state, command))
        if not events:
            return Outcome(loaded.state, loaded.version, (), (), loaded.envelopes)
        metadata = meta(loaded.state) if callable(meta) else meta
        envelopes = tuple(await store.append(conn, stream_id, loaded.version, events, metadata))
    state = decider.fold(events, loaded.state)
    return Outcome(state, loaded.version + len(events), events, envelopes,
                   loaded.envelopes + envelopes)


def command(value: C) -> Build[object, C]:
    """A command that needs nothing from the state, as a builder."""
    return lambda _state: value


@dataclass(frozen=True)
class Streams(Generic[S, C, K]):
    """One kind of stream: a decider bound to the write path, its streams named by
    `stream_of(key)` (a payment id -> `payment-<id>`; by default the key itself)."""

    decider: Decider[S, C]
    stream_of: Callable[[K], str] = str

    async def run(
        self,
        conn: Connection,
        key: K,
        build: Build[S, C],
        meta: Metadata | Callable[[S], Metadata],
        *,
        expected_version: int | None = None,
        retries: int = 0,
    ) -> Outcome[S]:
        return await execute(conn, self.decider, self.stream_of(key), build, meta,
                             expected_version=expected_version, retries=retries)

    async def load(self, conn: Connection, key: K) -> Loaded[S]:
        return await load(conn, self.decider, self.stream_of(key))
