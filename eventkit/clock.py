"""One clock for every service: a callable that says what time it is, injected, never global.

Routes, handlers and timers ask the clock their service was built with; tests build a service
with a `FrozenClock` and move it by hand.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class FrozenClock:
    """A clock that stands still until told otherwise."""

    now: datetime

    def __post_init__(self) -> None:
        if self.now.tzinfo is None:
            raise ValueError("a clock tells aware times")

    def __call__(self) -> datetime:
        return self.now

    def set(self, moment: datetime) -> datetime:
        if moment.tzinfo is None:
            raise ValueError("a clock tells aware times")
        self.now = moment
        return moment

    def advance(self, by: timedelta | None = None, **delta: float) -> datetime:
        return self.set(self.now + (by or timedelta(**delta)))
