"""Given events / When a command / Then events or an error — over any `eventkit` Decider.

    given = Scenarios(DECIDER).given
    given(opened, registered).when(assign).then(ExecutorAssigned, StepStarted)
    given(opened).when(sign).raises(WrongStep, field="outcome")
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from contracts.events import Event
from eventkit.decider import Decider

S = TypeVar("S")
E = TypeVar("E", bound=BaseException)


@dataclass(frozen=True)
class Then:
    """What the decider answered: the events, or the error it raised."""

    events: Sequence[Event]
    error: BaseException | None

    def then(self, *expected: type[Event] | Event) -> list[Event]:
        """The events, checked by class (`then(CaseOpened)`) or by value (`then(opened)`);
        `then()` expects nothing."""
        if self.error is not None:
            raise AssertionError(f"expected events, the decider raised {self.error!r}") \
                from self.error
        got = list(self.events)
        if all(isinstance(e, type) for e in expected):
            assert [type(e) for e in got] == list(expected), got
        else:
            assert got == list(expected), got
        return got

    def raises(self, error: type[E], field: str | None = None, match: str | None = None) -> E:
        """The error, of class `error`; `field` and `match` check what it names and says."""
        if self.error is None:
            raise AssertionError(f"expected {error.__name__}, the decider gave {self.events}")
        if not isinstance(self.error, error):
            raise AssertionError(f"expected {error.__name__}, got {self.error!r}") from self.error
        if field is not None:
            assert getattr(self.error, "field", None) == field, self.error
        if match is not None:
            assert match in str(self.error), self.error
        return self.error


@dataclass(frozen=True)
class Given(Generic[S]):
    decider: Decider[S, Any]
    state: S

    def when(self, command: Any) -> Then:
        try:
            return Then(list(self.decider.decide(self.state, command)), None)
        except Exception as error:  # Then.raises checks which one; Then.then re-raises it
            return Then([], error)


@dataclass(frozen=True)
class Scenarios(Generic[S]):
    decider: Decider[S, Any]

    def given(self, *events: Event) -> Given[S]:
        return Given(self.decider, self.decider.fold(events))

    def history(self, *commands: Any) -> list[Event]:
        """The events a sequence of commands produces from nothing, for `given(...)`."""
        events: list[Event] = []
        for command in commands:
            events.extend(self.decider.decide(self.decider.fold(events), command))
        return events
