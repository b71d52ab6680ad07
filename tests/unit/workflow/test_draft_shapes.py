"""The draft body's document and the workflow agree, case by case: every route's case takes the
shape its regulation and sub-service name, that shape's examples are drafts the decider accepts
as they are parsed and sent, and a refusal is offered exactly where the regulation gives one."""

import json

import pytest
from pydantic import TypeAdapter, ValidationError

from contracts.decisions import DECISIONS
from services.workflow.domain import Action, DraftDecision
from services.workflow.drafts import APPROVALS, REFUSING, Approval, DraftIn, Refusal

from .support import ENGINE, MONDAY, given, regulation, route_case, walk

DRAFT = TypeAdapter(DraftIn)
ROUTES = [(n, route.id) for n in range(1, 19) for route in regulation(n).routes]


def parsed(body: dict) -> Approval | Refusal:
    """The body as the route reads it: from JSON."""
    return DRAFT.validate_json(json.dumps(body))


def test_every_regulation_and_sub_service_has_its_approval_shape():
    assert {(n, sub) for n, subs in APPROVALS.items() for sub in subs} == set(DECISIONS)


@pytest.mark.parametrize(("reg_id", "route_id"), ROUTES)
def test_each_routes_case_takes_its_shapes_examples_as_drafts(reg_id, route_id):
    at_draft = walk(reg_id, route_id).to(Action.DRAFT)
    case = at_draft.active.case
    shape = APPROVALS[reg_id][case.sub_service]
    [*_, example] = [e for e in shape.model_json_schema()["examples"] if "payout" not in
                     e["payload"] or ENGINE.case(at_draft.active).pays_through_its_channel()]
    # a shape several sub-services share shows the first; the case names its own
    body = parsed({**example, **({"sub_service": case.sub_service} if case.sub_service else {})})
    assert isinstance(body, shape)
    assert (body.regulation_id, body.sub_service) == (case.regulation_id, case.sub_service)
    payload = body.payload.model_dump(mode="json", exclude_unset=True, exclude_none=True)
    command = DraftDecision(at_draft.holder(), "approved", (), payload, MONDAY)
    [drafted, *_] = given(*at_draft.events).when(command).events
    assert drafted.outcome == "approved"


@pytest.mark.parametrize("reg_id", range(1, 19))
def test_a_refusal_is_offered_where_the_regulation_gives_one(reg_id):
    reg = regulation(reg_id)
    at_draft = walk(reg_id, reg.routes[0].id).to(Action.DRAFT)
    sub, _, _ = route_case(reg, reg.routes[0])
    body = {"outcome": "refused", "regulation_id": reg_id, "reasons": ["not confirmed"],
            **({"sub_service": sub} if sub else {})}
    may_refuse = ENGINE.case(at_draft.active).may_refuse()
    assert (reg_id in REFUSING) == may_refuse
    if not may_refuse:
        with pytest.raises(ValidationError, match="regulation_id"):
            parsed(body)
        return
    refusal = parsed(body)
    command = DraftDecision(at_draft.holder(), "refused", tuple(refusal.reasons), {}, MONDAY)
    [drafted, *_] = given(*at_draft.events).when(command).events
    assert drafted.outcome == "refused"


@pytest.mark.parametrize(("body", "field"), [
    ({"outcome": "approved", "regulation_id": 1}, "sub_service"),
    ({"outcome": "approved", "regulation_id": 1, "sub_service": "grant"}, "sub_service"),
    ({"outcome": "approved", "regulation_id": 19}, "regulation_id"),
    ({"outcome": "maybe", "regulation_id": 1}, "outcome"),
    ({"outcome": "approved", "regulation_id": 2}, "payload"),
    ({"outcome": "approved", "regulation_id": 2, "payload": {"recognition": {}}},
     "payload.service,payload.recognition"),
    ({"outcome": "approved", "regulation_id": 13, "payload": {"document": {"belongs": True}}},
     "payload.document.as_of"),
    ({"outcome": "approved", "regulation_id": 4, "payload": {"assignment": {
        "kind": "fuel_assistance", "assigned_period": {"start": "2025-04-01",
                                                       "end": "2025-06-30"}}}},
     "payload.assignment.kind"),
    ({"outcome": "refused", "regulation_id": 1, "reasons": ["x"], "payload": {}}, "payload"),
    ({"outcome": "refused", "regulation_id": 1, "reasons": [" "]}, "reasons[0]"),
])
def test_a_draft_that_fits_no_shape_names_the_field_as_the_schema_spells_it(body, field):
    with pytest.raises(ValidationError) as raised:
        parsed(body)
    located = [".".join(str(p) for p in e["loc"]).replace(".0", "[0]")
               for e in raised.value.errors()]
    assert located == field.split(",")
