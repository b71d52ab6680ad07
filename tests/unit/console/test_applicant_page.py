"""The applicant's page: a person for most regulations; a person or a legal entity where the
regulation serves legal entities (reg. 16's employers), a legal entity by its BIN and name."""

from pydantic import TypeAdapter

from contracts.people import ApplicantIn
from services.console import facts

PERSON = {"applicant-iin": "580314300214", "applicant-last_name": "Tokhtarov",
          "applicant-first_name": "Serik"}
ENTITY = {"applicant-kind": "legal_entity", "applicant-iin": "050140000656",
          "applicant-organisation_name": "Zhetysu Drilling LLP",
          "applicant-last_name": "Abenov", "applicant-first_name": "Arman"}


def test_only_a_regulation_serving_legal_entities_asks_who_applies():
    assert facts.applicant_page(1) is facts.APPLICANT
    assert facts.applicant_page(16) is facts.APPLICANT_OR_ENTITY


def test_a_legal_entity_by_its_bin_and_name_is_what_intake_takes():
    values, errors = facts.read_applicant(facts.APPLICANT_OR_ENTITY, ENTITY)
    assert errors == {}
    parsed = TypeAdapter(ApplicantIn).validate_python({k: str(v) for k, v in values.items()})
    assert parsed.kind == "legal_entity" and parsed.organisation_name == "Zhetysu Drilling LLP"


def test_a_legal_entity_s_number_is_checked_as_a_bin_and_its_name_asked_for():
    wrong = {**ENTITY, "applicant-iin": "580314300214", "applicant-organisation_name": ""}
    _, errors = facts.read_applicant(facts.APPLICANT_OR_ENTITY, wrong)
    assert set(errors) == {"applicant-iin", "applicant-organisation_name"}


def test_a_person_there_is_checked_as_a_person():
    values, errors = facts.read_applicant(facts.APPLICANT_OR_ENTITY,
                                          {**PERSON, "applicant-kind": "person"})
    assert errors == {} and values["kind"] == "person"
    _, errors = facts.read_applicant(facts.APPLICANT_OR_ENTITY,
                                     {**PERSON, "applicant-kind": "person",
                                      "applicant-iin": "050140000656"})
    assert set(errors) == {"applicant-iin"}
