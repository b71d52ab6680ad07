"""Per-regulation facts: the first wrong field is named the way a problem document names it."""

import pytest

from contracts.facts import FACTS, facts_example
from services.intake.domain.facts import FactsError, validate_facts

IIN = "580314300214"  # the applicant of the contract examples
SPOUSE = "900202400032"
PERIOD = {"zone": "maximum", "from_year": 1950, "to_year": 1960, "place": "Kurchatov",
          "kind": "work"}


def test_reg1_periods_come_back_in_the_recognition_shape():
    facts = validate_facts(1, "first_registration", {"periods": [PERIOD]}, IIN)
    assert facts["periods"] == [PERIOD]


def test_reg1_first_registration_needs_a_period():
    with pytest.raises(FactsError) as caught:
        validate_facts(1, "first_registration", {}, IIN)
    assert caught.value.field == "facts.periods"


@pytest.mark.parametrize(("change", "field"), [
    ({"zone": "moon"}, "facts.periods[0].zone"),
    ({"from_year": 1948}, "facts.periods[0].from_year"),
    ({"kind": "tourism"}, "facts.periods[0].kind"),
    ({"from_year": 1970, "to_year": 1960}, "facts.periods[0]"),
])
def test_reg1_bad_period_names_its_field(change, field):
    with pytest.raises(FactsError) as caught:
        validate_facts(1, "first_registration", {"periods": [{**PERIOD, **change}]}, IIN)
    assert caught.value.field == field


def test_reg1_duplicate_needs_its_reason_not_periods():
    assert validate_facts(1, "duplicate", {"duplicate_reason": "lost"}, IIN) == {
        "duplicate_reason": "lost", "replaces": None}
    with pytest.raises(FactsError) as caught:
        validate_facts(1, "duplicate", {}, IIN)
    assert caught.value.field == "facts.duplicate_reason"
    with pytest.raises(FactsError) as caught:
        validate_facts(1, "duplicate", {"duplicate_reason": "lost", "periods": []}, IIN)
    assert caught.value.field == "facts.periods"


def test_reg1_control_account_payout_names_the_institution():
    payout = {"kind": "institution_control_account", "iban": "KZ59125KZT5004100101"}
    with pytest.raises(FactsError) as caught:
        validate_facts(1, "first_registration", {"periods": [PERIOD], "payout": payout}, IIN)
    assert caught.value.field == "facts.payout"


def test_reg4_incomes_of_applicant_and_family_keep_money_exact():
    raw = {"address": "Talgar, Abai 1",
           "family_members": [{"iin": SPOUSE, "relation": "spouse", "last_name": "A",
                               "first_name": "B"}],
           "incomes": [{"member_iin": IIN, "kind": "wages", "period_from": "2026-07-01",
                        "period_to": "2026-09-30", "amount": "123456.70"},
                       {"member_iin": SPOUSE, "kind": "benefit", "period_from": "2026-07-01",
                        "period_to": "2026-09-30", "amount": "0.10"}]}
    facts = validate_facts(4, None, raw, IIN)
    assert [i["amount"] for i in facts["incomes"]] == ["123456.70", "0.10"]


def test_reg4_income_of_a_stranger_is_refused():
    raw = {"address": "x", "incomes": [{"member_iin": SPOUSE, "kind": "wages",
                                         "period_from": "2026-07-01", "period_to": "2026-09-30",
                                         "amount": "1"}]}
    with pytest.raises(FactsError) as caught:
        validate_facts(4, None, raw, IIN)
    assert caught.value.field == "facts.incomes[0].member_iin"


def test_reg4_family_member_iin_is_checked_by_the_iin_parser():
    raw = {"address": "x", "family_members": [{"iin": "900202400035", "relation": "child",
                                                "last_name": "A", "first_name": "B"}]}
    with pytest.raises(FactsError) as caught:
        validate_facts(4, None, raw, IIN)
    assert caught.value.field == "facts.family_members[0].iin"
    assert "900202400035" not in caught.value.message  # the rejected IIN is never echoed


def test_every_regulation_has_typed_facts_that_name_the_wrong_field():
    assert validate_facts(2, None, {"disability_group": "second"}, IIN)["disability_group"] == (
        "second")
    with pytest.raises(FactsError) as caught:
        validate_facts(2, None, {"disability_group": 2}, IIN)
    assert caught.value.field == "facts.disability_group"
    with pytest.raises(FactsError) as caught:
        validate_facts(14, None, {"not_a_field": 1}, IIN)
    assert caught.value.field == "facts.not_a_field"


@pytest.mark.parametrize("key", sorted(FACTS, key=str))
def test_every_facts_example_is_valid_facts_of_its_regulation(key):
    regulation_id, sub_service = key
    assert validate_facts(regulation_id, sub_service, facts_example(*key), IIN)
