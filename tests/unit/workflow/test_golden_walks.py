"""Every route of every one of the 18 regulations, walked from opening to the issued result,
driven only by the catalogue."""

import pytest

from contracts.workflow_events import (
    DECISION_KEYS,
    CaseOpened,
    DecisionPayload,
    DecisionSigned,
    ResultIssued,
    StepStarted,
)
from services.workflow.domain import Closed

from .support import ENGINE, VERSION, Walk, open_command, regulation, route_case

ROUTES = [(reg_id, route.id) for reg_id in range(1, 19) for route in regulation(reg_id).routes]


def walk_to_the_end(reg_id: int, route_id: str, outcome: str = "approved") -> Walk:
    reg = regulation(reg_id)
    route = next(r for r in reg.routes if r.id == route_id)
    sub, prov, channel = route_case(reg, route)
    w = Walk()
    w.run(open_command(reg_id, sub, prov, channel))
    for _ in range(40):
        if isinstance(w.state, Closed):
            return w
        w.run(w.next_command(outcome))
    raise AssertionError(f"reg {reg_id}/{route_id} did not close in 40 commands")


def test_all_eighteen_regulations_have_a_walked_route():
    assert {reg_id for reg_id, _ in ROUTES} == set(range(1, 19))


@pytest.mark.parametrize(("reg_id", "route_id"), ROUTES)
def test_golden_path_closes_with_a_signed_decision_and_an_issued_result(reg_id, route_id):
    w = walk_to_the_end(reg_id, route_id)

    opened = w.events[0]
    assert isinstance(opened, CaseOpened) and opened.route_id == route_id
    assert opened.catalogue_version == VERSION
    signed = [e for e in w.events if isinstance(e, DecisionSigned)]
    assert signed and all(s.outcome == "approved" for s in signed)
    decided = DecisionPayload.model_validate(signed[-1].payload)
    assert sum(getattr(decided, key) is not None for key in DECISION_KEYS) == 1
    issued = [e for e in w.events if isinstance(e, ResultIssued)]
    assert issued[-1].final and all(not i.final for i in issued[:-1])
    assert isinstance(w.state, Closed) and w.state.outcome == "approved"


@pytest.mark.parametrize(("reg_id", "route_id"), ROUTES)
def test_every_planned_step_is_entered_once_with_its_due_time(reg_id, route_id):
    w = walk_to_the_end(reg_id, route_id)
    facts = w.state.case
    plan = ENGINE.plan_of(facts)

    starts = [e for e in w.events if isinstance(e, StepStarted)]
    assert [s.step_id for s in starts] == [p.step_id for p in plan]
    assert [s.instance for s in starts] == list(range(1, len(plan) + 1))
    for start, step in zip(starts, plan, strict=True):
        assert (start.due_at is None) == (step.duration is None)
        assert start.due_at is None or start.due_at > start.started_at
        assert start.role == step.role and start.holder_kind == step.org


def refusable_routes():
    for reg_id, route_id in ROUTES:
        reg = regulation(reg_id)
        negative = any(r.outcome.value != "positive" for r in reg.results)
        if reg.service_refusal is not None or negative:
            yield reg_id, route_id


@pytest.mark.parametrize(("reg_id", "route_id"), list(refusable_routes()))
def test_a_refusal_closes_the_case_with_reasons_and_no_payload(reg_id, route_id):
    w = walk_to_the_end(reg_id, route_id, outcome="refused")

    signed = [e for e in w.events if isinstance(e, DecisionSigned)]
    assert len(signed) == 1 and signed[0].outcome == "refused"
    assert signed[0].payload == {} and signed[0].reasons
    assert w.state.outcome == "refused"


def test_regulation_16_issuance_decides_in_two_stages_with_the_fee_between():
    w = walk_to_the_end(16, "issuance")

    signed = [e for e in w.events if isinstance(e, DecisionSigned)]
    assert [s.stage for s in signed] == [1, 2]
    assert [s.payload["document"]["stage"] for s in signed] == [1, 2]
    issued = [e for e in w.events if isinstance(e, ResultIssued)]
    assert [(i.stage, i.final) for i in issued] == [(1, False), (2, True)]
    names = [type(e).__name__ for e in w.events]
    assert names.index("FeePaid") > names.index("ResultIssued")


def test_regulation_13_through_an_intermediary_hands_the_result_over_on_signing():
    w = walk_to_the_end(13, "intermediary_district")

    assert [type(e).__name__ for e in w.events[-2:]] == ["DecisionSigned", "ResultIssued"]
