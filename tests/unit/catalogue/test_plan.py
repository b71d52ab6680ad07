"""The one plan of a case (what the receipt and the case are both timed by), the channel
conditions as data, the place data they are checked against, and results per channel."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from contracts.catalogue import (
    Anchor,
    PlacesError,
    PlaceService,
    ResultItem,
    case_plan,
    catalogue_for,
    delivery_legs,
    parse_places,
    provider_plan,
    schedule,
)

ALMATY = ZoneInfo("Asia/Almaty")
R104 = catalogue_for(date(2019, 6, 3))


def test_reg1_certificate_runs_between_the_decision_and_the_signature():
    # lines 133-143: decision within 19 wd of registration; certificate within 4 wd of the
    # decision; then the head signs (4 h) and the result is issued (30 min)
    plan = provider_plan(R104.regulation(1).route_for("first_registration"))
    ids = [e.id for e in plan]
    assert ids[:6] == ["register", "assign_executor", "decide", "issue_certificate",
                       "sign_result", "issue_result"]
    assert plan[3].term.counted_from == Anchor(step="decide")
    times = schedule([e.term for e in plan], datetime(2019, 6, 3, 10, 0, tzinfo=ALMATY))
    ends = {e.id: end for e, (_, end) in zip(plan, times, strict=True)}
    assert ends["decide"] == datetime(2019, 6, 28, 18, 30, tzinfo=ALMATY)
    assert ends["issue_certificate"] == datetime(2019, 7, 4, 18, 30, tzinfo=ALMATY)
    assert ends["issue_result"] == datetime(2019, 7, 5, 15, 0, tzinfo=ALMATY)


def test_reg16_stage_1_is_signed_and_issued_and_stage_2_counts_from_its_end():
    # lines 1227-1229: stage 1 within 7 wd, stage 2 within 11 wd; the stage-1 signing and
    # issue are the plan's own (audit 16.1), inside stage 2's term
    plan = provider_plan(R104.regulation(16).route_for("issuance"))
    assert [(e.id, e.stage) for e in plan] == [
        ("register", 1), ("assign_executor", 1), ("stage_1_notify", 1),
        ("sign_result_stage_1", 1), ("issue_result_stage_1", 1), ("stage_2_permit", 2),
        ("sign_result", 2), ("issue_result", 2)]
    assert plan[5].term.counted_from == Anchor(step="stage_1_notify")
    # a variant without stage 1 is the route as it stands
    single = provider_plan(R104.regulation(16).route_for("re_issuance"))
    assert all(e.stage is None for e in single)


def test_reg15_courier_delivery_stands_between_forwarding_and_the_provider():
    # line 1181: the courier's 2 working days come after the 3-hour sending (line 1179)
    reg = R104.regulation(15)
    assert [e.id for e in delivery_legs(reg, "state_corporation")] == ["sc_courier_documents"]
    assert delivery_legs(reg, "provider_office") == ()
    plan = case_plan(reg, "state_corporation", "grant")
    assert [e.id for e in plan if e.phase != "provider"] == [
        "sc_accept", "sc_forward", "sc_courier_documents", "sc_collect_result",
        "sc_courier_result", "sc_hand_over"]


def test_the_rural_akim_conditions_are_data_that_can_be_checked():
    latest = catalogue_for(date(2020, 1, 6))
    reg4, reg12 = latest.regulation(4), latest.regulation(12)
    assert reg4.channel("rural_akim").requires_absent == (PlaceService.EMPLOYMENT_CENTRE,)
    assert reg4.channel("rural_akim").lines == (328,)
    assert reg12.channel("rural_akim").requires_absent == (PlaceService.PROVIDER_OFFICE,)
    assert reg12.channel("rural_akim").lines == (910,)
    # no other channel of the 18 carries such a condition
    conditioned = {(r.id, c.kind.value) for r in latest.regulations for c in r.channels
                   if c.requires_absent}
    assert conditioned == {(4, "rural_akim"), (12, "rural_akim")}


def test_place_data_knows_only_the_places_it_lists():
    places = parse_places("places: [{district: talgar, rural_district: panfilov, offices: []},"
                          " {district: talgar, offices: [employment_centre]}]")
    assert places.offices_at("talgar", "panfilov") == frozenset()
    assert places.offices_at("talgar", None) == {PlaceService.EMPLOYMENT_CENTRE}
    assert places.offices_at("talgar", "saty") is None
    with pytest.raises(PlacesError, match="listed twice"):
        parse_places("places: [{district: a}, {district: a}]")
    with pytest.raises(PlacesError, match="offices"):
        parse_places("places: [{district: a, offices: [school]}]")


def test_reg1_lists_the_payment_only_through_the_state_corporation():
    # lines 106-110 (at the provider) and 112-120 (at the State Corporation)
    reg = R104.regulation(1)
    at_office = {r.item for r in reg.results_for("provider_office")}
    through_sc = {r.item for r in reg.results_for("state_corporation")}
    assert ResultItem.PAYMENT not in at_office and ResultItem.PAYMENT in through_sc
    assert {ResultItem.DECISION, ResultItem.CERTIFICATE} <= at_office
