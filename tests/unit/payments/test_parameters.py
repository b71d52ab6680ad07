"""What the configuration says about its own sources: verified rates are the law's, the rest is
marked assumed until the oblast department confirms it."""

from datetime import date
from decimal import Decimal

import pytest

from services.payments.domain.parameters import (
    MissingParameter,
    benefit_config,
    compensation_config,
    for_district,
)


def test_the_verified_zone_rates_are_the_laws():
    zones = compensation_config().edition(date(2025, 6, 1)).zones
    assert zones["extreme"].source == "verified"
    assert [(b.from_year, b.to_year, b.mci_per_year) for b in zones["extreme"].bands] == [
        (1949, 1965, Decimal("5.23")), (1966, 1990, Decimal("1.05"))]
    assert zones["maximum"].source == "verified"
    assert [(b.from_year, b.to_year, b.mci_per_year) for b in zones["maximum"].bands] == [
        (1949, 1965, Decimal("2.62")), (1966, 1990, Decimal("1.05"))]


def test_rates_the_seed_does_not_give_are_marked_assumed():
    edition = compensation_config().edition(date(2025, 6, 1))
    for zone in ("increased", "minimal", "preferential"):
        assert edition.zones[zone].source == "assumed"
    assert edition.mci_year_rule.source == "assumed"
    assert edition.partial_year_rule.source == "assumed"


def test_benefit_parameters_are_all_assumed():
    assert {e.source for e in benefit_config().editions} == {"assumed"}


def test_the_mci_table_holds_the_budget_laws_values():
    mci = compensation_config().mci
    assert mci.source == "verified"
    assert (mci.for_year(2024), mci.for_year(2025), mci.for_year(2026)) == (
        Decimal(3692), Decimal(3932), Decimal(4325))
    with pytest.raises(MissingParameter):
        mci.for_year(2019)


def test_the_edition_in_force_is_the_latest_started():
    config = benefit_config()
    assert config.edition(date(2024, 12, 31)).valid_from == date(2024, 1, 1)
    assert config.edition(date(2025, 1, 1)).valid_from == date(2025, 1, 1)
    with pytest.raises(MissingParameter):
        config.edition(date(2023, 12, 31))


def test_a_district_without_its_own_value_takes_the_default():
    shares = benefit_config().edition(date(2025, 3, 1)).housing_income_share
    assert for_district(shares, "konaev") == Decimal("0.08")
    assert for_district(shares, "talgar") == Decimal("0.10")
