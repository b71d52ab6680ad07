"""Laws of the engine under random command sequences (hypothesis).

Whatever valid or invalid commands arrive in whatever order, a case is only ever at a step of
its own plan, held by whom that step names, and folding its events gives the state it has.
"""

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from contracts.identity import Role
from services.workflow.domain import (
    Active,
    Closed,
    ExtendTerm,
    MarkNoticeOverdue,
    MarkOverdue,
    NotifyApplicant,
    ReassignExecutor,
    RequestInformation,
    ReturnDraft,
    WorkflowError,
)
from services.workflow.domain.case import holder_for

from .support import ENGINE, fold, regulation, walk

ROUTES = [(reg_id, r.id) for reg_id in range(1, 19) for r in regulation(reg_id).routes]
MOVES = ("next", "refuse", "return", "request", "extend", "reassign", "overdue", "notify",
         "notice_overdue", "stranger", "wait")


def move(w, name: str, data):
    """One command; some are wrong on purpose (an outsider, the wrong step)."""
    if not isinstance(w.state, Active):
        return None
    s = w.active
    head = w.holder(role=Role.HEAD, person_id="head-1")
    match name:
        case "next":
            return w.next_command()
        case "refuse":
            return w.next_command("refused")
        case "return":
            return ReturnDraft(w.holder(), "redo", w.tick())
        case "request":
            return RequestInformation(w.holder(), f"q{len(w.events)}", "body", "why", w.tick())
        case "extend":
            exts = ENGINE.case(s).regulation.extensions_for(s.case.route_id)
            ext = data.draw(st.sampled_from([e.id for e in exts] or ["none"]))
            return ExtendTerm(head if data.draw(st.booleans()) else w.holder(), ext, "r", w.tick())
        case "reassign":
            return ReassignExecutor(head, data.draw(st.sampled_from(["exec-1", "exec-2"])), "r",
                                    w.tick())
        case "overdue":
            return MarkOverdue(s.current.instance, w.tick(data.draw(st.integers(0, 60 * 24 * 60))))
        case "notify":
            ext = data.draw(st.sampled_from(sorted(s.notices) or ["none"]))
            return NotifyApplicant(head if data.draw(st.booleans()) else w.holder(), ext,
                                   "letter", w.tick())
        case "notice_overdue":
            ext = data.draw(st.sampled_from(sorted(s.notices) or ["none"]))
            return MarkNoticeOverdue(ext, w.tick(data.draw(st.integers(0, 60 * 24 * 5))))
        case "stranger":
            return replace(w.next_command(), by=w.holder(district="elsewhere"))
        case "wait":
            w.tick(data.draw(st.integers(1, 60 * 24 * 5)))
            return None


@settings(max_examples=150, deadline=None)
@given(route=st.sampled_from(ROUTES), data=st.data())
def test_random_commands_keep_the_case_inside_its_regulation(route, data):
    reg_id, route_id = route
    w = walk(reg_id, route_id)
    plan = ENGINE.plan_of(w.active.case)
    appended = len(w.events)
    for name in data.draw(st.lists(st.sampled_from(MOVES), max_size=40)):
        before = w.state
        command = move(w, name, data)
        if command is None:
            continue
        try:
            produced = w.run(command)
        except WorkflowError:
            assert w.state == before  # a refusal changes nothing
            continue
        appended += len(produced)
        assert len(w.events) == appended  # nothing dropped, nothing doubled
        assert fold(w.events) == w.state  # the log alone rebuilds the case
        if isinstance(w.state, Active):
            current = w.state.current
            step = plan[current.position]
            assert current.step_id == step.step_id  # a step of this regulation's plan
            expected = holder_for(w.state.case, step, w.state.executor, plan)
            assert replace(current.holder, person_id=None) == replace(expected, person_id=None)
            assert current.instance == w.state.instances
        else:
            assert isinstance(w.state, Closed)
            assert type(w.events[-1]).__name__ == "ResultIssued"
    instances = [e.instance for e in w.events if type(e).__name__ == "StepStarted"]
    assert instances == list(range(1, len(instances) + 1))
    overdue = [(e.step_id, e.instance) for e in w.events if type(e).__name__ == "StepOverdue"]
    assert len(overdue) == len(set(overdue))  # once per step instance
    late = [(e.extension_id, e.notice_due) for e in w.events
            if type(e).__name__ == "NoticeOverdue"]
    assert len(late) == len(set(late))  # once per notice
