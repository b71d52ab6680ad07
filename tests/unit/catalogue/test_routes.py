"""How a generic engine asks for its steps, and the clear refusals when the case is
under-specified."""

import pytest

from contracts.catalogue import RouteNotFound


def test_case_outside_the_regulation_is_refused(cat):
    reg = cat.regulation(2)
    for kwargs in ({"sub_service": "duplicate"}, {"provider": "rural_akim"}, {"channel": "portal"},
                   {"provider": "no_such_org"}):
        with pytest.raises(RouteNotFound):
            reg.steps_for(**kwargs)


def test_ambiguous_case_names_the_routes_to_choose_from(cat):
    with pytest.raises(RouteNotFound, match=r"centre\(providers=\['employment_centre'\]"):
        cat.regulation(4).steps_for()


def test_unconditional_route_is_the_default(cat):
    reg = cat.regulation(14)
    assert reg.route_for().id == "office" and reg.route_for(channel="portal").id == "portal"


def test_extensions_follow_the_route(cat):
    reg = cat.regulation(1)
    assert [e.id for e in reg.extensions_for("first_registration")] == ["extra_checks"]
    assert reg.extensions_for("duplicate") == []
    with pytest.raises(RouteNotFound):
        reg.extensions_for("nope")


def test_plan_wraps_the_route_in_the_channel_legs(cat):
    plan = cat.regulation(2).plan("state_corporation")
    assert [s.id for s in plan] == ["sc_accept", "sc_forward", "register", "assign_executor",
                                    "draft_result", "sign_result", "issue_result",
                                    "sc_collect_result", "sc_hand_over"]
    assert cat.regulation(2).plan("provider_office")[0].id == "register"
