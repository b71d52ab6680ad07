"""The decision forms are drawn from the regulations' payload models: every (regulation,
sub-service) has one, what the facts decide fills it, what a person types reads back into the
payload the model takes, and an error lands on its input."""

from collections.abc import Mapping
from typing import Any

import pytest
from pydantic import TypeAdapter

from contracts.decisions import DECISIONS, EXAMPLES, decision_model
from services.console import decision_form as df
from services.console.facts import Group, Question
from services.console.pages.cases import draft_body
from services.workflow.drafts import DraftIn

DRAFT = TypeAdapter(DraftIn)


def typed_in(items: tuple[df.Item, ...], payload: Mapping[str, Any]) -> dict[str, str]:
    """What a person types to say `payload`: every input as the page shows it."""
    form: dict[str, str] = {}
    for item in items:
        if isinstance(item, df.Section):
            form |= typed_in(item.items, payload)
        elif isinstance(item, Question):
            value = df.value_at(payload, item.name)
            if item.kind == "flag":
                if value:
                    form[df.input_id(item.name)] = "on"
            elif value is not None:
                form[df.input_id(item.name)] = str(value)
        else:
            assert isinstance(item, Group)
            for row, answers in enumerate(df.rows_of(payload, item)):
                for q in item.questions:
                    value = df.value_at(answers, q.name)
                    if q.kind == "flag" and value:
                        form[df.input_id(item.name, row, q.name)] = "on"
                    elif q.kind != "flag" and value is not None:
                        form[df.input_id(item.name, row, q.name)] = str(value)
    return form


def dumped(key, payload):
    return decision_model(*key).model_validate(payload).model_dump(mode="json", exclude_none=True)


@pytest.mark.parametrize("key", sorted(DECISIONS, key=str))
def test_every_regulation_s_example_reads_back_from_its_form(key):
    items = df.form_for(*key)
    assert items is not None
    payload, errors = df.read(items, typed_in(items, EXAMPLES[key]))
    assert errors == {}
    assert df.contract_errors(*key, payload, items) == {}
    # an empty part of the example (reg. 17's certificate says nothing) is left out
    assert dumped(key, payload) == dumped(key, df._pruned(EXAMPLES[key]))


@pytest.mark.parametrize("key", [k for k in sorted(DECISIONS, key=str)
                                 if k != (1, "first_registration")])
def test_the_draft_body_of_every_regulation_is_what_the_workflow_takes(key):
    regulation_id, sub_service = key
    items = df.form_for(*key)
    form = {"outcome": "approved", **typed_in(items, EXAMPLES[key])}
    body = draft_body({"regulation_id": regulation_id, "sub_service": sub_service}, form)
    parsed = DRAFT.validate_python(body)
    assert (parsed.regulation_id, parsed.sub_service) == key


def test_what_the_case_fixes_is_not_asked():
    ids = df.input_ids(df.form_for(12, None))
    assert "payload-assignment-kind" not in ids
    assert "payload-assignment-assigned_period-start" in ids
    assert "payload-assignment-family_members-0-relation" in ids
    permit = df.input_ids(df.form_for(16, "issuance"))
    assert not any(i.endswith(("-variant", "-stage")) for i in permit)
    assert "payload-document-employer_bin" in permit


def test_a_required_yes_or_no_left_unticked_is_no():
    items = df.form_for(13, None)
    payload, errors = df.read(items, {"payload-document-as_of": "2026-03-02"})
    assert errors == {} and payload == {"document": {"belongs": False, "as_of": "2026-03-02"}}


def test_errors_name_their_inputs():
    items = df.form_for(12, None)
    _payload, errors = df.read(items, {"payload-assignment-assigned_period-start": "01.01.2026",
                                      "payload-assignment-family_members-0-relation": "child"})
    # a date written otherwise, a required one left out; the row is kept as typed
    assert set(errors) == {"payload-assignment-assigned_period-start",
                           "payload-assignment-assigned_period-end"}
    missing = df.contract_errors(12, None, {"assignment": {"category": "education"}}, items)
    assert "payload-assignment-assigned_period-start" in missing
    assert df.api_field_to_input("payload.assignment.family_members[0].iin", items) == \
        "payload-assignment-family_members-0-iin"
    assert df.api_field_to_input("reasons[0]", items) is None


def test_an_empty_row_adds_nothing_and_untouched_optional_parts_are_left_out():
    items = df.form_for(18, None)
    form = typed_in(items, EXAMPLES[(18, None)])
    form["payload-assignment-costs-1-kind"] = ""  # the row left to add another
    form["payload-payout-institution"] = ""
    payload, errors = df.read(items, form)
    assert errors == {} and len(payload["assignment"]["costs"]) == 1
    assert "institution" not in payload["payout"]
