"""What the caller may do next: the APIs' own lists where they give them, else derived; the
maker of a decision is never offered to sign it."""

from datetime import date

from services.console.next_actions import application_actions, case_actions

TODAY = date(2026, 12, 9)
HEAD = {"person_id": "dd-talgar-head", "role": "head", "kind": "district_department",
        "organisation_id": "dd-talgar", "district": "talgar", "rural_district": None}
EXECUTOR = {**HEAD, "person_id": "dd-talgar-executor", "role": "responsible_executor"}
CLERK = {**HEAD, "person_id": "dd-talgar-clerk", "role": "office_clerk"}


def step(step_id, role, person=None):
    return {"step_id": step_id, "role": role, "holder_kind": "district_department",
            "district": "talgar", "rural_district": None, "person_id": person}


def case(current, history=(), **extra):
    return {"case_id": "c1", "status": "open", "regulation_id": 1, "route_id":
            "first_registration", "district": "talgar", "provider_kind": "district_department",
            "current_step": current, "history": list(history), "notices": [], **extra}


def drafted_by(person):
    return {"event_type": "workflow.DecisionDrafted", "stream_version": 7,
            "actor": {"person_id": person, "role": "head"}, "payload": {"outcome": "approved"}}


def test_the_api_list_is_what_is_offered_with_its_details():
    listed = [{"action": "extend", "extensions": [{"extension_id": "extra_checks"}]},
              {"action": "draft", "outcomes": ["approved"]}, {"action": "unknown_new_one"}]
    found = case_actions(EXECUTOR, case(step("decide", "responsible_executor"),
                                        next_actions=listed), TODAY)
    assert [a.id for a in found] == ["extend", "draft"]
    assert found[0].details["extensions"][0]["extension_id"] == "extra_checks"


def test_an_empty_api_list_offers_nothing():
    assert case_actions(CLERK, case(step("register", "office_clerk"), next_actions=[]),
                        TODAY) == []


def test_whoever_drafted_is_not_offered_to_sign_even_if_listed():
    signing = case(step("sign_result", "head"), [drafted_by("dd-talgar-head")],
                   next_actions=[{"action": "sign"}, {"action": "return"}])
    assert [a.id for a in case_actions(HEAD, signing, TODAY)] == ["return"]


def test_derived_without_a_list_the_step_holder_gets_the_step():
    assert [a.id for a in case_actions(CLERK, case(step("register", "office_clerk")),
                                       TODAY)] == ["register"]
    assert case_actions(HEAD, case(step("register", "office_clerk")), TODAY) == []


def test_derived_another_district_gets_nothing():
    other = {**CLERK, "district": "ile"}
    assert case_actions(other, case(step("register", "office_clerk")), TODAY) == []


def test_derived_a_step_held_by_a_person_is_theirs_only():
    deciding = case(step("decide", "responsible_executor", "someone-else"))
    assert case_actions(EXECUTOR, deciding, TODAY) == []
    mine = case(step("decide", "responsible_executor", "dd-talgar-executor"))
    ids = [a.id for a in case_actions(EXECUTOR, mine, TODAY)]
    assert ids == ["draft", "request_information", "extend"]  # reg. 1 may extend once


def test_derived_an_extension_used_up_is_not_offered_again():
    used = {"event_type": "workflow.TermExtended", "payload": {"extension_id": "extra_checks"}}
    deciding = case(step("decide", "responsible_executor", "dd-talgar-executor"), [used])
    assert "extend" not in [a.id for a in case_actions(EXECUTOR, deciding, TODAY)]


def test_a_closed_case_offers_nothing():
    assert case_actions(HEAD, {**case(None), "status": "closed"}, TODAY) == []


OPERATOR = {"person_id": "gfc-talgar-operator", "role": "operator",
            "kind": "state_corporation", "organisation_id": "gfc-talgar", "district": "talgar"}


def test_an_application_offers_what_intake_lists():
    listed = {"organisation_id": "gfc-talgar", "status": "accepted",
              "next_actions": [{"action": "forward", "providers": [{"organisation_id": "dd"}]}]}
    (forward,) = application_actions(OPERATOR, listed)
    assert forward.id == "forward" and forward.details["providers"]


def test_derived_only_the_accepting_organisation_forwards_and_hands_over():
    accepted = {"organisation_id": "gfc-talgar", "status": "accepted"}
    assert [a.id for a in application_actions(OPERATOR, accepted)] == ["forward"]
    assert application_actions({**OPERATOR, "organisation_id": "gfc-ile"}, accepted) == []
    received = {**accepted, "status": "result_received"}
    assert [a.id for a in application_actions(OPERATOR, received)] == ["hand_over"]
