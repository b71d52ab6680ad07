"""From a signed decision to an amount: picks the parameters in force and calls the formula.

Pure apart from reading the packaged configuration. Which dates select the parameters (all
`source: assumed`, listed in every result's `assumed`):
- reg. 1: the MCI in force on the day the dated setting `mci_day_rule` names (the day the
  decision was signed), from the MCI table keyed by effective date;
- other regulations: the parameters and MCI in force on the first day of the assigned period;
- a period's months are the calendar months it touches (1 Jan - 31 Mar is 3).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from contracts.workflow_events import Assignment, Period, RecognitionPeriod
from services.payments.domain import amounts
from services.payments.domain.errors import NotAssessable
from services.payments.domain.parameters import (
    BenefitEdition,
    MissingParameter,
    benefit_config,
    compensation_config,
    for_district,
)

__all__ = ["BENEFIT_REGULATIONS", "Benefit", "Compensation", "NotAssessable",
           "assess_benefit", "assess_compensation", "months_in"]

BENEFIT_REGULATIONS = {
    4: "targeted_social_assistance",
    10: "maslikhat_social_assistance",
    11: "home_schooling_compensation",
    12: "fuel_assistance",
    18: "housing_assistance",
}


@dataclass(frozen=True)
class Compensation:
    amount: Decimal
    mci_count: Decimal
    mci_year: int
    mci: Decimal
    assumed: list[str]


@dataclass(frozen=True)
class Benefit:
    amount: Decimal
    basis: dict[str, str]
    assumed: list[str] = field(default_factory=list)


def months_in(period: Period) -> int:
    return (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1


def assess_compensation(periods: Sequence[RecognitionPeriod], signed_on: date,
                        registered_on: date | None = None) -> Compensation:
    config = compensation_config()
    try:
        edition = config.edition(signed_on)
        day = _mci_day(edition.mci_day_rule.value, signed_on, registered_on)
        mci = config.mci.on(day)
    except MissingParameter as error:
        raise NotAssessable(str(error)) from error
    zone_periods = [amounts.ZonePeriod(p.zone, p.from_year, p.to_year) for p in periods]
    assumed_zones = {f"zone_rate:{p.zone}" for p in periods
                     if edition.zones[p.zone].source == "assumed"}
    rules = {"mci_day_rule": edition.mci_day_rule, "partial_year_rule": edition.partial_year_rule,
             "overlap_rule": edition.overlap_rule}
    assumed = [name for name, rule in rules.items() if rule.source == "assumed"]
    if mci.source == "assumed":
        assumed.append(f"mci:{mci.effective_from.isoformat()}")
    return Compensation(
        amount=amounts.compensation_amount(zone_periods, edition, mci.value),
        mci_count=amounts.compensation_mci(zone_periods, edition),
        mci_year=day.year,
        mci=mci.value,
        assumed=[*assumed, *sorted(assumed_zones)],
    )


def _mci_day(rule: str, signed_on: date, registered_on: date | None) -> date:
    if rule == "application_registered":
        if registered_on is None:
            raise MissingParameter("the MCI is that of the application's registration, which "
                                   "the decision does not say")
        return registered_on
    return signed_on


def assess_benefit(regulation_id: int, assignment: Assignment, district: str) -> Benefit:
    expected = BENEFIT_REGULATIONS.get(regulation_id)
    if expected is None or assignment.kind != expected:
        raise NotAssessable(f"regulation {regulation_id} does not assign {assignment.kind}")
    day = assignment.assigned_period.start
    try:
        edition = benefit_config().edition(day)
        mci = compensation_config().mci.on(day).value
        formula = _FORMULAS[regulation_id]
        amount, inputs = formula(assignment, edition, district, mci)
    except MissingParameter as error:
        raise NotAssessable(str(error)) from error
    basis = {"period_start": day.isoformat(), "months": str(months_in(assignment.assigned_period)),
             **inputs}
    return Benefit(amount, basis, assumed=["benefit_parameters", "months_rule"])


# (amount, the formula's inputs as text for the event's `basis`)
Assessed = tuple[Decimal, dict[str, str]]
Formula = Callable[[Assignment, BenefitEdition, str, Decimal], Assessed]


def _monthly_income(assignment: Assignment) -> Decimal:
    total = sum((item.amount for item in assignment.incomes), Decimal(0))
    if assignment.income_period is None:
        return total  # no incomes were declared: nothing to average
    return total / months_in(assignment.income_period)


def _tsa(assignment: Assignment, edition: BenefitEdition, district: str,
         mci: Decimal) -> Assessed:
    size = len(assignment.family_members)
    if size < 1:
        raise NotAssessable("targeted social assistance needs the family members")
    line = for_district(edition.poverty_line, district)
    income = _monthly_income(assignment)
    months = months_in(assignment.assigned_period)
    amount = amounts.targeted_assistance(line, income, size, months)
    return amount, {"poverty_line": str(line), "family_size": str(size),
                    "family_monthly_income": str(income)}


def _maslikhat(assignment: Assignment, edition: BenefitEdition, district: str,
               mci: Decimal) -> Assessed:
    table = edition.maslikhat_mci.get(district, edition.maslikhat_mci.get("default", {}))
    if assignment.category not in table:
        raise NotAssessable(f"no maslikhat amount for category {assignment.category!r}")
    multiple = table[assignment.category]
    return amounts.maslikhat_assistance(multiple, mci), {
        "category": assignment.category, "mci_multiple": str(multiple), "mci": str(mci)}


def _home_schooling(assignment: Assignment, edition: BenefitEdition, district: str,
                    mci: Decimal) -> Assessed:
    children = sum(1 for m in assignment.family_members if m.relation == "child" and m.disabled)
    children = max(children, 1)  # the decision is about one child at least
    rate = for_district(edition.home_schooling_mci_per_month, district)
    months = months_in(assignment.assigned_period)
    amount = amounts.home_schooling_compensation(rate, mci, months, children)
    return amount, {"mci_per_month": str(rate), "mci": str(mci), "children": str(children)}


def _fuel(assignment: Assignment, edition: BenefitEdition, district: str,
          mci: Decimal) -> Assessed:
    rate = for_district(edition.fuel_mci_per_year, district)
    return amounts.fuel_assistance(rate, mci), {"mci_per_year": str(rate), "mci": str(mci)}


def _housing(assignment: Assignment, edition: BenefitEdition, district: str,
             mci: Decimal) -> Assessed:
    share = for_district(edition.housing_income_share, district)
    costs = sum((c.amount / (months_in(c.period) if c.period else 1) for c in assignment.costs),
                Decimal(0))
    income = _monthly_income(assignment)
    months = months_in(assignment.assigned_period)
    amount = amounts.housing_assistance(costs, income, share, months)
    return amount, {"income_share": str(share), "housing_costs_monthly": str(costs),
                    "family_monthly_income": str(income)}


_FORMULAS: dict[int, Formula] = {
    4: _tsa, 10: _maslikhat, 11: _home_schooling, 12: _fuel, 18: _housing}
