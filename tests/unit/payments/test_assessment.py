"""From a decision's payload to the assignment's amount, parameters picked by date and district."""

from datetime import date
from decimal import Decimal

import pytest

from contracts.workflow_events import Assignment, RecognitionPeriod
from services.payments.domain.assessment import NotAssessable, assess_benefit, assess_compensation

D = Decimal
QUARTER = {"start": "2025-01-01", "end": "2025-03-31"}


def _assignment(**fields) -> Assignment:
    return Assignment.model_validate({"assigned_period": QUARTER, **fields})


def test_compensation_uses_the_mci_in_force_on_the_day_the_decision_was_signed():
    periods = [RecognitionPeriod(zone="extreme", from_year=1949, to_year=1965, place="Semey",
                                 kind="residence")]
    result = assess_compensation(periods, date(2025, 3, 10))
    assert (result.mci, result.mci_count, result.amount) == (D(3932), D("88.91"), D("349594.12"))
    assert "mci_day_rule" in result.assumed
    assert not any(a.startswith("zone_rate") for a in result.assumed)


def test_compensation_in_an_assumed_zone_says_so():
    periods = [RecognitionPeriod(zone="minimal", from_year=1950, to_year=1951, place="Ayagoz",
                                 kind="work")]
    result = assess_compensation(periods, date(2024, 5, 2))
    assert "zone_rate:minimal" in result.assumed
    assert result.amount == D("3839.68")  # 2 x 0.52 MCI x 3692


def test_compensation_for_a_year_without_an_mci_is_not_assessable():
    periods = [RecognitionPeriod(zone="extreme", from_year=1949, to_year=1950, place="Semey",
                                 kind="residence")]
    with pytest.raises(NotAssessable):
        assess_compensation(periods, date(2030, 1, 10))


def test_targeted_assistance_averages_the_income_over_its_period():
    members = [{"relation": "applicant"}, {"relation": "spouse"}, {"relation": "child"},
               {"relation": "child"}]
    assignment = _assignment(
        kind="targeted_social_assistance", family_members=members,
        income_period={"start": "2024-10-01", "end": "2024-12-31"},
        incomes=[{"member": 0, "kind": "salary", "amount": "150000"},
                 {"member": 1, "kind": "benefit", "amount": "30000"}],
    )
    result = assess_benefit(4, assignment, "talgar")
    # 180 000 over 3 months = 60 000 a month, 15 000 per person; (31 473 - 15 000) x 4 x 3
    assert result.amount == D("197676.00")
    assert result.basis["poverty_line"] == "31473"


def test_maslikhat_assistance_takes_the_districts_own_amount():
    assignment = _assignment(kind="maslikhat_social_assistance", category="disability_group_1")
    assert assess_benefit(10, assignment, "talgar").amount == D("47184.00")  # 12 x 3932
    assert assess_benefit(10, assignment, "ile").amount == D("39320.00")  # default 10 x 3932


def test_maslikhat_category_without_an_amount_is_not_assessable():
    assignment = _assignment(kind="maslikhat_social_assistance", category="astronauts")
    with pytest.raises(NotAssessable):
        assess_benefit(10, assignment, "talgar")


def test_home_schooling_counts_the_months_of_the_assigned_period():
    assignment = Assignment.model_validate({
        "kind": "home_schooling_compensation",
        "assigned_period": {"start": "2025-09-01", "end": "2026-05-31"},
        "family_members": [{"relation": "applicant"}, {"relation": "child", "disabled": True}],
    })
    assert assess_benefit(11, assignment, "karasai").amount == D("283104.00")  # 8 x 3932 x 9


def test_fuel_assistance_in_a_mountain_district():
    assignment = _assignment(kind="fuel_assistance", category="teacher")
    assert assess_benefit(12, assignment, "raiymbek").amount == D("27524.00")  # 7 x 3932


def test_housing_assistance_spreads_period_costs_over_their_months():
    assignment = _assignment(
        kind="housing_assistance",
        family_members=[{"relation": "applicant"}, {"relation": "child"}],
        income_period={"start": "2024-10-01", "end": "2024-12-31"},
        incomes=[{"member": 0, "kind": "pension", "amount": "450000"}],
        costs=[{"kind": "utilities", "amount": "75000",
                "period": {"start": "2024-10-01", "end": "2024-12-31"}}],
    )
    # costs 25 000 a month, income 150 000 a month, 10% share: (25 000 - 15 000) x 3
    assert assess_benefit(18, assignment, "talgar").amount == D("30000.00")


def test_an_assignment_of_another_kind_than_the_regulation_is_not_assessable():
    assignment = _assignment(kind="fuel_assistance")
    with pytest.raises(NotAssessable):
        assess_benefit(18, assignment, "talgar")


EXTREME_1949_1965 = [RecognitionPeriod(zone="extreme", from_year=1949, to_year=1965,
                                       place="Semey", kind="residence")]


@pytest.mark.parametrize(("signed_on", "mci"), [
    (date(2018, 11, 20), D(2405)),  # Law No. 113-VI of 30.11.2017
    (date(2019, 6, 28), D(2525)),  # Law No. 197-VI of 30.11.2018
    (date(2020, 1, 15), D(2651)),
    (date(2021, 9, 1), D(2917)),
    (date(2022, 3, 31), D(3063)),  # Law No. 77-VII of 02.12.2021
    (date(2022, 4, 1), D(3180)),  # the same law as amended: 3 180 from 1 April 2022
    (date(2023, 2, 1), D(3450)),
])
def test_a_decision_signed_in_an_earlier_year_is_assessed_with_that_days_mci(signed_on, mci):
    # before, only 2024-2026 were configured and these failed as not assessable
    result = assess_compensation(EXTREME_1949_1965, signed_on)
    assert result.mci == mci and result.mci_year == signed_on.year
    assert result.amount == (D("88.91") * mci).quantize(D("0.01"))


def test_the_mci_day_can_be_the_applications_registration_when_the_setting_says_so():
    from services.payments.domain.assessment import _mci_day

    assert _mci_day("decision_signed", date(2022, 4, 4), date(2022, 3, 9)) == date(2022, 4, 4)
    assert _mci_day("application_registered", date(2022, 4, 4), date(2022, 3, 9)) == (
        date(2022, 3, 9))
    with pytest.raises(Exception, match="registration"):
        _mci_day("application_registered", date(2022, 4, 4), None)
