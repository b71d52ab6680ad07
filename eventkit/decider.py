"""The one command handler every service uses: load, fold, decide, append — one transaction."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import reduce
from typing import Any, Generic, TypeVar

import asyncpg

from contracts.envelope import Envelope
from contracts.events import Event, EventRegistry
from eventkit import store
from eventkit.store import ConcurrencyError, Metadata

S = TypeVar("S")
C = TypeVar("C")


@dataclass(frozen=True)
class Decider(Generic[S, C]):
    """A pure aggregate: `decide(state, command) -> events`, `evolve(state, event) -> state`."""

    initial_state: S
    decide: Callable[[S, C], Sequence[Event]]
    evolve: Callable[[S, Event], S]
    registry: EventRegistry

    def fold(self, events: Sequence[Event], state: Any = None) -> S:
        return reduce(self.evolve, events, self.initial_state if state is None else state)

    def rebuild(self, envelopes: Sequence[Envelope]) -> S:
        return self.fold([self.registry.decode(e) for e in envelopes])


@dataclass(frozen=True)
class Outcome(Generic[S]):
    state: S
    version: int
    appended: list[Envelope]


async def load_state(
    conn: asyncpg.Connection, decider: Decider[S, Any], stream_id: str
) -> tuple[S, int]:
    envelopes = await store.load(conn, stream_id)
    return decider.rebuild(envelopes), len(envelopes)


async def handle(
    conn: asyncpg.Connection,
    decider: Decider[S, C],
    stream_id: str,
    command: C,
    meta: Metadata,
    expected_version: int | None = None,
) -> Outcome[S]:
    """Run `command` against the stream; `expected_version` (If-Match) guards against stale reads.

    The stream is read and written inside one transaction; the append's own version check and
    unique key stop a concurrent writer that read the same version.
    """
    async with conn.transaction():
        state, version = await load_state(conn, decider, stream_id)
        if expected_version is not None and expected_version != version:
            raise ConcurrencyError(stream_id, expected_version, version)
        events = list(decider.decide(state, command))
        appended = await store.append(conn, stream_id, version, events, meta) if events else []
    return Outcome(decider.fold(events, state), version + len(appended), appended)
