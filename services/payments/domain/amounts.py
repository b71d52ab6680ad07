"""The amounts of the monetary services, as pure functions of their inputs and parameters.

Rounding rule (the only one): every formula computes the exact Decimal result and rounds it
ONCE, at the end, to whole tiyn (0.01 KZT) with ROUND_HALF_UP (`to_tiyn`). Intermediate values
(per-capita income, income shares) are never rounded, so no formula loses money on the way.
No result is ever negative: a difference below zero means nothing to pay (0.00).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from services.payments.domain.parameters import ZONES, CompensationEdition, Zone

TIYN = Decimal("0.01")
ZERO = Decimal(0)


def to_tiyn(amount: Decimal) -> Decimal:
    if not isinstance(amount, Decimal):
        raise TypeError(f"money is Decimal, got {type(amount).__name__}")
    return amount.quantize(TIYN, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class ZonePeriod:
    """Years lived (worked, served) in one zone, both ends inclusive."""

    zone: Zone
    from_year: int
    to_year: int

    def __post_init__(self) -> None:
        if self.zone not in ZONES:
            raise ValueError(f"unknown zone {self.zone!r}")
        if self.from_year > self.to_year:
            raise ValueError("from_year is after to_year")

    def years(self) -> range:
        return range(self.from_year, self.to_year + 1)


def compensation_mci(periods: Iterable[ZonePeriod], edition: CompensationEdition) -> Decimal:
    """Reg. 1 in MCI: for each calendar year covered, the highest zone rate covering it.

    A year lived partly in two zones counts once, at the better rate (the edition's assumed
    `overlap_rule`; a part of a year counts as the whole year, its `partial_year_rule`), so
    overlapping periods never double a year.
    """
    best: dict[int, Decimal] = {}
    for period in periods:
        rates = edition.zones[period.zone]
        for year in period.years():
            best[year] = max(best.get(year, ZERO), rates.rate(year))
    return sum(best.values(), ZERO)


def compensation_amount(
    periods: Iterable[ZonePeriod], edition: CompensationEdition, mci: Decimal
) -> Decimal:
    """Reg. 1 one-time compensation in KZT: MCI count times the MCI, rounded once."""
    return to_tiyn(compensation_mci(periods, edition) * _money(mci))


def targeted_assistance(
    poverty_line: Decimal, family_monthly_income: Decimal, family_size: int, months: int = 3
) -> Decimal:
    """Reg. 4: (poverty line - average per-capita income) per member per month, for the quarter."""
    _positive(family_size, "family_size")
    _positive(months, "months")
    per_capita = _money(family_monthly_income) / family_size
    gap = max(ZERO, _money(poverty_line) - per_capita)
    return to_tiyn(gap * family_size * months)


def maslikhat_assistance(mci_multiple: Decimal, mci: Decimal) -> Decimal:
    """Reg. 10: the amount the district maslikhat set for the category, in MCI."""
    return to_tiyn(_money(mci_multiple) * _money(mci))


def home_schooling_compensation(
    mci_per_month: Decimal, mci: Decimal, months: int, children: int = 1
) -> Decimal:
    """Reg. 11: a monthly MCI multiple per child for each month of home schooling."""
    _positive(months, "months")
    _positive(children, "children")
    return to_tiyn(_money(mci_per_month) * _money(mci) * months * children)


def fuel_assistance(mci_per_year: Decimal, mci: Decimal) -> Decimal:
    """Reg. 12: once a year, an MCI multiple set per district."""
    return to_tiyn(_money(mci_per_year) * _money(mci))


def housing_assistance(
    housing_costs_monthly: Decimal,
    family_monthly_income: Decimal,
    income_share: Decimal,
    months: int = 3,
) -> Decimal:
    """Reg. 18: housing costs above the family's own share of its income, for each month."""
    _positive(months, "months")
    if not ZERO <= income_share <= 1:
        raise ValueError("income_share is a fraction between 0 and 1")
    gap = max(ZERO, _money(housing_costs_monthly) - _money(family_monthly_income) * income_share)
    return to_tiyn(gap * months)


def _money(value: Decimal) -> Decimal:
    if not isinstance(value, Decimal):
        raise TypeError(f"money is Decimal, got {type(value).__name__}")
    if value < 0 or not value.is_finite():
        raise ValueError("amounts and parameters are finite and not negative")
    return value


def _positive(value: int, name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be a positive whole number")
