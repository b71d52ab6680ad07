"""Dated configuration of the amounts: MCI, zone rates, poverty lines, maslikhat amounts, shares.

The YAML files in `config/` next to this module are the source; this module only reads them into
frozen models and picks the edition in force on a day. Every edition and zone says where its
values come from (`verified` or `assumed`), so reports and tests can tell the two apart.
"""

from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any, Literal, Protocol, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

CONFIG = "services.payments.domain.config"  # the rule data, packaged with the code

Source = Literal["verified", "assumed"]
Zone = Literal["extreme", "maximum", "increased", "minimal", "preferential"]
ZONES: tuple[Zone, ...] = ("extreme", "maximum", "increased", "minimal", "preferential")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _Cited(_Frozen):
    """A value's provenance: `verified` cites the law it was checked against, `assumed` says
    what would confirm it."""

    source: Source
    law: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _cited(self) -> "_Cited":
        if self.source == "verified" and not (self.law or "").strip():
            raise ValueError("a verified value cites its law (`law`)")
        if self.source == "assumed" and not (self.note or "").strip():
            raise ValueError("an assumed value says what would confirm it (`note`)")
        return self


class Band(_Frozen):
    from_year: int
    to_year: int
    mci_per_year: Decimal = Field(ge=0)


class ZoneRates(_Cited):
    bands: tuple[Band, ...]

    def rate(self, year: int) -> Decimal:
        for band in self.bands:
            if band.from_year <= year <= band.to_year:
                return band.mci_per_year
        return Decimal(0)


class Sourced(_Cited):
    value: str


MciDay = Literal["decision_signed", "application_registered"]


class MciDayRule(_Cited):
    value: MciDay


class CompensationEdition(_Frozen):
    valid_from: date
    mci_day_rule: MciDayRule  # which day's MCI prices the compensation
    partial_year_rule: Sourced
    overlap_rule: Sourced
    zones: dict[Zone, ZoneRates]


class Mci(_Cited):
    """One value of the MCI and the law that set it."""

    effective_from: date
    value: Decimal = Field(gt=0)


class MciTable(_Frozen):
    """The MCI keyed by the day each value takes effect (not by year: 2022 had two)."""

    values: tuple[Mci, ...] = Field(alias="mci", min_length=1)

    @model_validator(mode="after")
    def _in_order(self) -> "MciTable":
        days = [m.effective_from for m in self.values]
        if days != sorted(set(days)):
            raise ValueError("MCI values must be listed once each, oldest first")
        return self

    def on(self, day: date) -> Mci:
        """The MCI in force on `day`: the last value that took effect by then, within its
        budget year (the last value ends with its year: the next budget law sets the next)."""
        valid = [m for m in self.values if m.effective_from <= day]
        last = self.values[-1]
        if not valid or (valid[-1] is last and day.year > last.effective_from.year):
            raise MissingParameter(f"no MCI configured for {day.isoformat()}")
        return valid[-1]

    def for_year(self, year: int) -> Decimal:
        """The MCI on 1 January of `year`."""
        return self.on(date(year, 1, 1)).value


class CompensationConfig(_Frozen):
    mci: MciTable
    editions: tuple[CompensationEdition, ...]

    def edition(self, day: date) -> CompensationEdition:
        return _in_force(self.editions, day)


class BenefitEdition(_Frozen):
    valid_from: date
    source: Source
    poverty_line: dict[str, Decimal]
    maslikhat_mci: dict[str, dict[str, Decimal]]
    home_schooling_mci_per_month: dict[str, Decimal]
    fuel_mci_per_year: dict[str, Decimal]
    housing_income_share: dict[str, Decimal]


class BenefitConfig(_Frozen):
    editions: tuple[BenefitEdition, ...]

    def edition(self, day: date) -> BenefitEdition:
        return _in_force(self.editions, day)


class MissingParameter(LookupError):
    """No configured value applies (a year without an MCI, a day before the first edition)."""


def for_district(table: dict[str, Decimal], district: str) -> Decimal:
    """A per-district value: the district's own, else the oblast default."""
    value = table.get(district, table.get("default"))
    if value is None:
        raise MissingParameter(f"no value for district {district!r} and no default")
    return value


class _Dated(Protocol):
    @property
    def valid_from(self) -> date: ...


D = TypeVar("D", bound=_Dated)


def _in_force(editions: tuple[D, ...], day: date) -> D:
    valid = [e for e in editions if e.valid_from <= day]
    if not valid:
        raise MissingParameter(f"no edition in force on {day.isoformat()}")
    return max(valid, key=lambda e: e.valid_from)


def _read(name: str) -> Any:
    return yaml.safe_load(resources.files(CONFIG).joinpath(name).read_text("utf-8"))


@cache
def compensation_config() -> CompensationConfig:
    raw = _read("compensation.yaml")
    return CompensationConfig.model_validate({**raw, "mci": {"mci": raw["mci"]}})


@cache
def benefit_config() -> BenefitConfig:
    return BenefitConfig.model_validate(_read("benefits.yaml"))
