"""Laws of the amounts: more years never pay less, nothing is negative, money stays Decimal."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from services.payments.domain import amounts
from services.payments.domain.amounts import ZonePeriod
from services.payments.domain.parameters import ZONES, compensation_config

EDITION = compensation_config().editions[0]
MCI = st.sampled_from([Decimal(3692), Decimal(3932), Decimal(4325)])
MONEY = st.decimals(min_value=0, max_value=10_000_000, places=2, allow_nan=False,
                    allow_infinity=False)


@st.composite
def periods(draw):
    start = draw(st.integers(1940, 2000))
    return ZonePeriod(draw(st.sampled_from(ZONES)), start, draw(st.integers(start, 2005)))


def _is_tiyn(value) -> bool:
    return isinstance(value, Decimal) and value.as_tuple().exponent == -2 and value >= 0


@given(st.lists(periods(), max_size=6), periods(), MCI)
def test_compensation_never_shrinks_when_a_period_is_added(existing, extra, mci):
    before = amounts.compensation_amount(existing, EDITION, mci)
    after = amounts.compensation_amount([*existing, extra], EDITION, mci)
    assert after >= before


@given(periods(), st.integers(1, 10), MCI)
def test_compensation_grows_with_years_in_the_zone(period, more, mci):
    longer = ZonePeriod(period.zone, period.from_year, period.to_year + more)
    shorter = amounts.compensation_amount([period], EDITION, mci)
    assert amounts.compensation_amount([longer], EDITION, mci) >= shorter


@given(st.lists(periods(), max_size=6), MCI)
def test_compensation_is_decimal_tiyn_and_never_negative(some, mci):
    assert _is_tiyn(amounts.compensation_amount(some, EDITION, mci))


@given(st.integers(1949, 1990), MCI)
def test_a_year_in_the_extreme_zone_pays_at_least_as_much_as_in_any_other(year, mci):
    extreme = amounts.compensation_amount([ZonePeriod("extreme", year, year)], EDITION, mci)
    for zone in ZONES:
        other = amounts.compensation_amount([ZonePeriod(zone, year, year)], EDITION, mci)
        assert extreme >= other


@given(MONEY, MONEY, MONEY, st.integers(1, 12), st.integers(1, 6))
def test_targeted_assistance_never_negative_and_falls_as_income_rises(line, income, more, size,
                                                                       months):
    lower = amounts.targeted_assistance(line, income, size, months)
    higher = amounts.targeted_assistance(line, income + more, size, months)
    assert _is_tiyn(lower) and _is_tiyn(higher)
    assert higher <= lower


@given(MONEY, MONEY, st.decimals(min_value=0, max_value=1, places=2), st.integers(1, 12))
def test_housing_assistance_never_negative(costs, income, share, months):
    assert _is_tiyn(amounts.housing_assistance(costs, income, share, months))
