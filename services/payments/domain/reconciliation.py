"""Reconciliation of an envelope: every order is confirmed, returned or still pending, and the
three always add up to what was ordered, which is the envelope's control totals."""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal
from uuid import UUID

Outcome = Literal["pending", "confirmed", "returned"]
ZERO = Decimal(0)


@dataclass(frozen=True)
class Tally:
    count: int = 0
    sum: Decimal = ZERO

    def __add__(self, other: "Tally") -> "Tally":
        return Tally(self.count + other.count, self.sum + other.sum)


@dataclass(frozen=True)
class OrderLine:
    payment_id: UUID
    amount: Decimal
    outcome: Outcome


@dataclass(frozen=True)
class Reconciliation:
    ordered: Tally
    confirmed: Tally
    returned: Tally
    pending: Tally

    @property
    def balanced(self) -> bool:
        return self.confirmed + self.returned + self.pending == self.ordered

    def __add__(self, other: "Reconciliation") -> "Reconciliation":
        return Reconciliation(self.ordered + other.ordered, self.confirmed + other.confirmed,
                              self.returned + other.returned, self.pending + other.pending)


EMPTY = Reconciliation(Tally(), Tally(), Tally(), Tally())


def reconcile(lines: Iterable[OrderLine]) -> Reconciliation:
    """Each order is counted in `ordered` and in exactly one of the three outcomes."""
    tallies: dict[str, Tally] = {"pending": Tally(), "confirmed": Tally(), "returned": Tally()}
    ordered = Tally()
    for line in lines:
        one = Tally(1, line.amount)
        ordered += one
        tallies[line.outcome] += one
    return Reconciliation(ordered, tallies["confirmed"], tallies["returned"], tallies["pending"])
