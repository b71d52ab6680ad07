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


def test_each_verified_rate_cites_law_1787_xii_art_12_with_its_edition():
    zones = compensation_config().edition(date(2025, 6, 1)).zones
    for zone, item in (("extreme", "item 1"), ("maximum", "item 2")):
        law = zones[zone].law or ""
        assert "1787-XII" in law and "art. 12" in law and item in law and "edition" in law


def test_rates_the_seed_does_not_give_are_marked_assumed_with_what_would_confirm_them():
    edition = compensation_config().edition(date(2025, 6, 1))
    for zone in ("increased", "minimal", "preferential"):
        assert edition.zones[zone].source == "assumed"
        assert "would confirm" in (edition.zones[zone].note or "")
    for rule in (edition.mci_day_rule, edition.partial_year_rule, edition.overlap_rule):
        assert rule.source == "assumed" and "would confirm" in (rule.note or "")


def test_which_days_mci_applies_is_a_dated_setting():
    # before: "the year of the signed decision", which 2022 (two values) makes ambiguous
    edition = compensation_config().edition(date(2022, 4, 1))
    assert edition.valid_from == date(1992, 12, 18)
    assert edition.mci_day_rule.value == "decision_signed"


def test_a_verified_value_without_its_law_or_an_assumed_one_without_a_note_fails():
    from services.payments.domain.parameters import Sourced

    with pytest.raises(ValueError, match="cites its law"):
        Sourced(value="x", source="verified")
    with pytest.raises(ValueError, match="would confirm"):
        Sourced(value="x", source="assumed")


def test_benefit_parameters_are_all_assumed():
    assert {e.source for e in benefit_config().editions} == {"assumed"}


def test_the_mci_table_holds_the_budget_laws_values_keyed_by_effective_date():
    mci = compensation_config().mci
    table = [(m.effective_from, m.value) for m in mci.values]
    assert table == [
        (date(2018, 1, 1), Decimal(2405)), (date(2019, 1, 1), Decimal(2525)),
        (date(2020, 1, 1), Decimal(2651)), (date(2021, 1, 1), Decimal(2917)),
        (date(2022, 1, 1), Decimal(3063)), (date(2022, 4, 1), Decimal(3180)),
        (date(2023, 1, 1), Decimal(3450)), (date(2024, 1, 1), Decimal(3692)),
        (date(2025, 1, 1), Decimal(3932)), (date(2026, 1, 1), Decimal(4325))]
    assert all(m.source == "verified" and "republican budget" in (m.law or "")
               for m in mci.values)
    assert mci.on(date(2022, 3, 31)).value == Decimal(3063)
    assert mci.on(date(2022, 4, 1)).value == Decimal(3180)
    assert (mci.for_year(2024), mci.for_year(2025), mci.for_year(2026)) == (
        Decimal(3692), Decimal(3932), Decimal(4325))
    with pytest.raises(MissingParameter):
        mci.on(date(2017, 12, 31))
    with pytest.raises(MissingParameter):  # the 2026 value ends with its budget year
        mci.on(date(2027, 1, 1))


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
