"""The pure aggregate every service writes its rules as: `decide` and `evolve`, nothing else.

No I/O here (the write path that loads, decides and appends is `eventkit.commands`), so a
service's `domain/` package can bind its decider without pulling in a database driver.
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import reduce
from typing import Generic, TypeVar

from contracts.envelope import Envelope
from contracts.events import Event, EventRegistry

S = TypeVar("S")
C = TypeVar("C")


@dataclass(frozen=True)
class Decider(Generic[S, C]):
    """`decide(state, command) -> events`, `evolve(state, event) -> state`, from `initial_state`.

    `registry` names the events the decider's streams hold and reads old versions of them
    through its upcasters.
    """

    initial_state: S
    decide: Callable[[S, C], Sequence[Event]]
    evolve: Callable[[S, Event], S]
    registry: EventRegistry

    def fold(self, events: Iterable[Event], state: S | None = None) -> S:
        return reduce(self.evolve, events, self.initial_state if state is None else state)

    def decode(self, envelopes: Iterable[Envelope]) -> list[Event]:
        return [self.registry.decode(envelope) for envelope in envelopes]

    def rebuild(self, envelopes: Iterable[Envelope]) -> S:
        return self.fold(self.decode(envelopes))
