"""The facts page is drawn from the contract's typed facts and read back field by field."""

from contracts.facts import validate_facts
from services.console import facts
from services.console.facts import Group, Question


def items(regulation_id, sub_service):
    (page,) = facts.pages_for(regulation_id, sub_service)
    return {i.name: i for i in page.items}


def test_reg1_asks_for_periods_in_rows_and_an_optional_payout():
    found = items(1, "first_registration")
    periods = found["periods"]
    assert isinstance(periods, Group) and periods.min_rows == 1
    kinds = {q.name: q.kind for q in periods.questions}
    assert kinds == {"zone": "choice", "from_year": "year", "to_year": "year", "place": "text",
                     "kind": "choice"}
    assert set(found) >= {"payout.kind", "payout.iban"}
    assert not found["payout.iban"].required  # the payout as a whole is optional


def test_a_duplicate_asks_why_and_which_certificate():
    found = items(1, "duplicate")
    assert found["duplicate_reason"].kind == "choice" and found["duplicate_reason"].required
    assert set(found["duplicate_reason"].choices) == {"lost", "damaged"}
    assert not found["replaces"].required


def test_reg4_asks_for_the_family_with_iins_and_incomes_in_tenge():
    found = items(4, None)
    members = {q.name: q.kind for q in found["family_members"].questions}
    incomes = {q.name: q.kind for q in found["incomes"].questions}
    assert members["iin"] == "iin" and members["birth_date"] == "date"
    assert incomes["amount"] == "money" and incomes["member_iin"] == "iin"


def test_a_regulation_without_facts_has_no_page():
    assert facts.pages_for(1, "no_such_sub_service") == ()


FORM = {"periods-0-zone": "extreme", "periods-0-from_year": "1949", "periods-0-to_year": "1962",
        "periods-0-place": "Semey", "periods-0-kind": "residence",
        "periods-1-zone": "", "periods-1-from_year": "", "periods-1-to_year": "",
        "periods-1-place": "", "periods-1-kind": "",
        "facts-payout-kind": "", "facts-payout-iban": "", "facts-payout-institution": ""}


def test_answers_become_the_facts_the_contract_accepts():
    (page,) = facts.pages_for(1, "first_registration")
    values, errors = facts.read_page(page, FORM)
    assert errors == {}
    api = facts.facts_for_api(values)
    assert api == {"periods": [{"zone": "extreme", "from_year": 1949, "to_year": 1962,
                                "place": "Semey", "kind": "residence"}]}
    assert validate_facts(1, "first_registration", api, "580314300214")["periods"]


def test_each_wrong_answer_is_named_by_its_input():
    (page,) = facts.pages_for(1, "first_registration")
    form = {**FORM, "periods-0-from_year": "1890", "periods-0-zone": ""}
    _, errors = facts.read_page(page, form)
    assert set(errors) == {"periods-0-from_year", "periods-0-zone"}
    assert errors["periods-0-from_year"].text == facts.BAD_YEAR


def test_no_period_at_all_is_an_error_on_the_first_row():
    (page,) = facts.pages_for(1, "first_registration")
    empty = {k: "" for k in FORM}
    _, errors = facts.read_page(page, empty)
    assert "periods-0-zone" in errors


def test_the_contract_checks_what_the_fields_cannot():
    (page,) = facts.pages_for(1, "first_registration")
    values, errors = facts.read_page(page, {**FORM, "periods-0-from_year": "1970",
                                            "periods-0-to_year": "1960"})
    assert errors == {}
    found = facts.contract_errors(1, "first_registration", values, page)
    assert list(found) == ["periods-0-zone"]  # the row's error goes to its first input


def test_an_iin_is_checked_digit_by_digit():
    question = Question("iin", "IIN", "iin")
    assert facts._check(question, "580314300214")[1] is None
    assert facts._check(question, "580314300215")[1].text == facts.BAD_IIN


def test_intake_field_paths_map_onto_inputs():
    assert facts.api_field_to_input("facts.periods[0].zone") == "periods-0-zone"
    assert facts.api_field_to_input("applicant.iin") == "applicant-iin"
    assert facts.api_field_to_input("facts.payout.iban") == "facts-payout-iban"
