"""Service-specific facts, modelled per regulation and validated before a command is built.

Reg. 1: the periods of residence, work or service in the zones of the Semipalatinsk test site
(the shape the workflow reads for recognition). Reg. 4: the family and its incomes. Reg. 10: the
applicant's category (the portal is open only to some). Any other regulation: a small JSON object.
"""

from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from contracts.iin import IinStr
from contracts.workflow_events import Payout, Zone

# The law on social protection of citizens affected by the nuclear tests covers 1949-1990.
FIRST_TEST_YEAR, LAST_TEST_YEAR = 1949, 1990
Year = int
# Reg. 10 on the portal: "only persons with disabilities and with socially significant diseases"
PORTAL_CATEGORIES_REG_10 = frozenset({"disability", "socially_significant_disease"})


class _Facts(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)


class ZonePeriod(_Facts):
    zone: Zone
    from_year: Year = Field(ge=FIRST_TEST_YEAR, le=LAST_TEST_YEAR)
    to_year: Year = Field(ge=FIRST_TEST_YEAR, le=LAST_TEST_YEAR)
    place: str = Field(min_length=1, max_length=200)
    kind: Literal["residence", "work", "service"]

    @model_validator(mode="after")
    def _ordered(self) -> "ZonePeriod":
        if self.to_year < self.from_year:
            raise ValueError("to_year must not be before from_year")
        return self


class Reg1Facts(_Facts):
    """First registration: the periods; a duplicate: why, and the certificate it replaces."""

    periods: list[ZonePeriod] = Field(default_factory=list, max_length=50)
    # where the compensation goes (a person serving a sentence: the institution's control account)
    payout: Payout | None = None
    duplicate_reason: Literal["lost", "damaged"] | None = None
    replaces: str | None = Field(default=None, max_length=64)  # the certificate number, if known


class FamilyMember(_Facts):
    iin: IinStr
    relation: Literal["spouse", "child", "parent", "sibling", "other"]
    last_name: str = Field(min_length=1, max_length=100)
    first_name: str = Field(min_length=1, max_length=100)
    birth_date: date | None = None


class Income(_Facts):
    member_iin: IinStr  # the applicant's or a listed family member's
    kind: Literal["wages", "pension", "benefit", "business", "alimony", "agriculture", "other"]
    period_from: date
    period_to: date
    amount: Decimal = Field(ge=0, max_digits=14, decimal_places=2)

    @model_validator(mode="after")
    def _ordered(self) -> "Income":
        if self.period_to < self.period_from:
            raise ValueError("period_to must not be before period_from")
        return self


class Reg4Facts(_Facts):
    address: str = Field(min_length=1, max_length=300)
    family_members: list[FamilyMember] = Field(default_factory=list, max_length=30)
    incomes: list[Income] = Field(default_factory=list, max_length=200)


class Reg10Facts(_Facts):
    category: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)


class FactsError(ValueError):
    """Facts that do not fit their regulation; `field` is the path, e.g. `facts.periods[0].zone`."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field, self.message = field, message


_MODELS: dict[int, type[_Facts]] = {1: Reg1Facts, 4: Reg4Facts, 10: Reg10Facts}
_MAX_GENERIC_KEYS = 50


def validate_facts(
    regulation_id: int, sub_service: str | None, raw: dict[str, Any], applicant_iin: str
) -> dict[str, Any]:
    """The facts as JSON-ready data, or FactsError naming the first field that is wrong."""
    model = _MODELS.get(regulation_id)
    if model is None:
        return _generic(raw)
    try:
        facts = model.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        raise FactsError(_path(first["loc"]), first["msg"]) from None
    _check(facts, sub_service, applicant_iin)
    return facts.model_dump(mode="json")


def _check(facts: _Facts, sub_service: str | None, applicant_iin: str) -> None:
    if isinstance(facts, Reg1Facts):
        duplicate = sub_service is not None and "duplicate" in sub_service
        if not duplicate and not facts.periods:
            raise FactsError("facts.periods", "at least one period in the zones is required")
        if duplicate and facts.duplicate_reason is None:
            raise FactsError("facts.duplicate_reason", "a duplicate needs its reason")
    if isinstance(facts, Reg4Facts):
        known = {applicant_iin, *(m.iin for m in facts.family_members)}
        for i, income in enumerate(facts.incomes):
            if income.member_iin not in known:
                raise FactsError(f"facts.incomes[{i}].member_iin",
                                 "is neither the applicant nor a listed family member")


def _generic(raw: dict[str, Any]) -> dict[str, Any]:
    if len(raw) > _MAX_GENERIC_KEYS:
        raise FactsError("facts", f"at most {_MAX_GENERIC_KEYS} entries")
    for key in raw:
        if not (isinstance(key, str) and key.isidentifier() and len(key) <= 64):
            raise FactsError("facts", "keys must be identifiers of at most 64 characters")
    return dict(raw)


def _path(loc: tuple[Any, ...]) -> str:
    path = "facts"
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path
