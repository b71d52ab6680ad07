"""Amounts against hand-worked examples; the working is in each row's comment."""

from decimal import Decimal

import pytest

from services.payments.domain import amounts
from services.payments.domain.amounts import ZonePeriod
from services.payments.domain.parameters import compensation_config

D = Decimal
EDITION = compensation_config().editions[0]


@pytest.mark.parametrize(
    ("periods", "mci", "expected"),
    [
        # 17 years x 5.23 = 88.91 MCI; 88.91 x 3932 = 349 594.12
        ([("extreme", 1949, 1965)], "3932", "349594.12"),
        # 17 x 5.23 + 25 x 1.05 = 115.16 MCI; x 3692 = 425 170.72
        ([("extreme", 1949, 1990)], "3692", "425170.72"),
        # 6 x 2.62 + 5 x 1.05 = 20.97 MCI; x 4325 = 90 695.25
        ([("maximum", 1960, 1970)], "4325", "90695.25"),
        # overlap counts once at the better rate: 1955-60 extreme 6 x 5.23 = 31.38,
        # 1961-65 maximum 5 x 2.62 = 13.10; 44.48 x 3932 = 174 895.36
        ([("extreme", 1955, 1960), ("maximum", 1958, 1965)], "3932", "174895.36"),
        # only 1989 and 1990 are in the law's span: 2 x 1.05 = 2.10; x 3932 = 8 257.20
        ([("extreme", 1989, 1995)], "3932", "8257.20"),
        # one year: 1.05 x 3692 = 3 876.60
        ([("maximum", 1966, 1966)], "3692", "3876.60"),
        # after 1990 nothing is due
        ([("extreme", 1991, 2000)], "3932", "0.00"),
    ],
)
def test_compensation_amount_matches_hand_worked_example(periods, mci, expected):
    zone_periods = [ZonePeriod(zone, start, end) for zone, start, end in periods]
    assert amounts.compensation_amount(zone_periods, EDITION, D(mci)) == D(expected)


@pytest.mark.parametrize(
    ("poverty_line", "income", "size", "months", "expected"),
    [
        # per capita 15 000; gap 14 591 x 4 members x 3 months = 175 092
        ("29591", "60000", 4, 3, "175092.00"),
        # per capita 16 666.66...; rounding once gives exactly (31 473 x 3 - 50 000) x 3
        # = 133 257.00 (rounding the per-capita income first would lose 3 tiyn)
        ("31473", "50000", 3, 3, "133257.00"),
        # per capita 35 000 is above the line: nothing to pay
        ("31473", "70000", 2, 3, "0.00"),
        # no income at all: the full line for each member and month, 31 473 x 1 x 1
        ("31473", "0", 1, 1, "31473.00"),
    ],
)
def test_targeted_assistance_matches_hand_worked_example(poverty_line, income, size, months,
                                                         expected):
    result = amounts.targeted_assistance(D(poverty_line), D(income), size, months)
    assert result == D(expected)


@pytest.mark.parametrize(
    ("multiple", "mci", "expected"),
    [("12", "3932", "47184.00"), ("5", "3692", "18460.00"), ("7.5", "4325", "32437.50")],
)
def test_maslikhat_assistance_is_the_mci_multiple(multiple, mci, expected):
    assert amounts.maslikhat_assistance(D(multiple), D(mci)) == D(expected)


def test_home_schooling_is_monthly_rate_times_months_and_children():
    # 8 MCI x 3932 = 31 456 a month; 9 months = 283 104; two children double it
    assert amounts.home_schooling_compensation(D(8), D(3932), 9) == D("283104.00")
    assert amounts.home_schooling_compensation(D(8), D(3932), 9, 2) == D("566208.00")


def test_fuel_assistance_is_a_yearly_mci_multiple():
    assert amounts.fuel_assistance(D(7), D(3932)) == D("27524.00")
    assert amounts.fuel_assistance(D(5), D(4325)) == D("21625.00")


@pytest.mark.parametrize(
    ("costs", "income", "share", "months", "expected"),
    [
        # 25 000 - 10% of 150 000 = 10 000 a month; a quarter = 30 000
        ("25000", "150000", "0.10", 3, "30000.00"),
        # 25 000 - 8% of 150 000 = 13 000; x 3 = 39 000
        ("25000", "150000", "0.08", 3, "39000.00"),
        # the family's share covers the costs: nothing to pay
        ("10000", "150000", "0.10", 3, "0.00"),
        # 12 345.67 - 9 876.543 = 2 469.127; x 3 = 7 407.381, rounded once to 7 407.38
        ("12345.67", "98765.43", "0.10", 3, "7407.38"),
    ],
)
def test_housing_assistance_matches_hand_worked_example(costs, income, share, months, expected):
    assert amounts.housing_assistance(D(costs), D(income), D(share), months) == D(expected)


@pytest.mark.parametrize(
    ("exact", "rounded"),
    [("0.005", "0.01"), ("2.675", "2.68"), ("2.674999", "2.67"), ("100", "100.00")],
)
def test_rounding_is_half_up_to_the_tiyn(exact, rounded):
    assert amounts.to_tiyn(D(exact)) == D(rounded)


def test_floats_are_refused_as_money():
    with pytest.raises(TypeError):
        amounts.fuel_assistance(5.0, D(3932))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        amounts.to_tiyn(1.5)  # type: ignore[arg-type]


def test_negative_inputs_are_refused():
    with pytest.raises(ValueError):
        amounts.targeted_assistance(D(1000), D(-1), 2)
    with pytest.raises(ValueError):
        amounts.housing_assistance(D(1000), D(1000), D("1.5"))
    with pytest.raises(ValueError):
        amounts.targeted_assistance(D(1000), D(0), 0)


def test_a_period_ending_before_it_starts_is_refused():
    with pytest.raises(ValueError):
        ZonePeriod("extreme", 1960, 1950)
