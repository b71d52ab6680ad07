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
from pydantic import BaseModel, ConfigDict, Field

CONFIG = "services.payments.domain.config"  # the rule data, packaged with the code

Source = Literal["verified", "assumed"]
Zone = Literal["extreme", "maximum", "increased", "minimal", "preferential"]
ZONES: tuple[Zone, ...] = ("extreme", "maximum", "increased", "minimal", "preferential")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Band(_Frozen):
    from_year: int
    to_year: int
    mci_per_year: Decimal = Field(ge=0)


class ZoneRates(_Frozen):
    source: Source
    bands: tuple[Band, ...]

    def rate(self, year: int) -> Decimal:
        for band in self.bands:
            if band.from_year <= year <= band.to_year:
                return band.mci_per_year
        return Decimal(0)


class Sourced(_Frozen):
    value: str
    source: Source


class CompensationEdition(_Frozen):
    valid_from: date
    mci_year_rule: Sourced
    partial_year_rule: Sourced
    zones: dict[Zone, ZoneRates]


class MciTable(_Frozen):
    source: Source
    values: dict[int, Decimal]

    def for_year(self, year: int) -> Decimal:
        try:
            return self.values[year]
        except KeyError:
            raise MissingParameter(f"no MCI configured for {year}") from None


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
    return CompensationConfig.model_validate(_read("compensation.yaml"))


@cache
def benefit_config() -> BenefitConfig:
    return BenefitConfig.model_validate(_read("benefits.yaml"))
