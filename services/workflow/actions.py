"""What the caller may do with a case at its step: the next actions an answer lists, with the
ids each needs (extension ids, the decision model and what the facts already decide, who holds
the next step). Built from the same plan and rules the decider uses, so what is offered is what
the decider accepts."""

from contracts.decisions import EXAMPLES, decision_model
from contracts.workflow_events import DECISION_KEYS

from . import domain as d
from .domain.case import Case, holds
from .domain.plan import Action
from .domain.prefill import payload_from_facts
from .schemas import CaseAction, ExtensionOption

_STEP_ACTIONS = {
    Action.REGISTER: ("register", "registration", "Register the case"),
    Action.ASSIGN: ("assign", "executor", "Assign the responsible executor"),
    Action.DRAFT: ("draft", "draft", "Draft the result: approve or refuse"),
    Action.SEND: ("send", "draft/sending", "Send the draft for signature"),
    Action.SIGN: ("sign", "signature", "Sign the decision"),
    Action.ISSUE: ("issue", "result", "Issue the signed result"),
}


def actions_of(cases: d.Engine, state: d.State, caller: d.Caller) -> list[CaseAction]:
    if not isinstance(state, d.Active):
        return []
    case = cases.case(state)
    href, step = f"/v1/cases/{case.case_id}", case.step
    holder = holds(caller, state.current.holder)
    head = holds(caller, case.head())
    following = case.plan[step.position + 1] if step.position + 1 < len(case.plan) else None
    found: list[CaseAction] = []
    # a step waiting for the applicant (reg. 16's fee) takes nothing but that until it comes
    waiting = bool(step.awaits_applicant) and not case.state.fee_paid
    if holder and not waiting:
        name, path, title = _STEP_ACTIONS[step.action]
        found.append(CaseAction(action=name, title=title, href=f"{href}/{path}",
                                step_id=step.step_id,
                                next_role=following.role.value if following else None,
                                **_draft_details(case) if step.action is Action.DRAFT else {}))
        if step.action is Action.DRAFT:
            found.append(CaseAction(action="request_information",
                                    title="Record a request to another body, or a check",
                                    href=f"{href}/information-requests", step_id=step.step_id))
        if step.action is Action.SIGN:
            found.append(CaseAction(action="return", title="Return the draft for rework",
                                    href=f"{href}/draft/return", step_id=step.step_id))
    if holder or head:
        found += _term_actions(case, href)
    if head and state.executor is not None:
        found.append(CaseAction(action="reassign", title="Hand the case to another executor",
                                href=f"{href}/executor/reassignment", step_id=step.step_id))
    return found


def _draft_details(case: Case) -> dict[str, object]:
    facts = case.state.case
    key = (facts.regulation_id, facts.sub_service)
    model = decision_model(*key)
    prefilled = payload_from_facts(facts, {})
    return {
        "outcomes": ["approved", "refused"] if case.may_refuse() else ["approved"],
        "payload_model": model.__name__ if model else None,
        "payload_from_facts": {k: v for k, v in prefilled.items()
                               if k in DECISION_KEYS or k == "payout"} or None,
        "payload_example": EXAMPLES.get(key),
    }


def _term_actions(case: Case, href: str) -> list[CaseAction]:
    s, step, found = case.state, case.step, []
    open_now = []
    for ext in case.regulation.extensions_for(s.case.route_id):
        used = s.extensions.get(ext.id, 0)
        if ext.step == step.step_id and used < ext.max_times:
            open_now.append(ExtensionOption(
                extension_id=ext.id, reason=ext.reason,
                adds=f"{ext.duration.value} {ext.duration.unit.value}",
                remaining=ext.max_times - used))
    if open_now:
        found.append(CaseAction(action="extend", title="Extend the term as the regulation allows",
                                href=f"{href}/extensions", step_id=step.step_id,
                                extensions=open_now))
    if s.notices:
        found.append(CaseAction(action="notify", title="Record that the applicant was told",
                                href=f"{href}/notices", step_id=step.step_id,
                                notices=sorted(s.notices)))
    if step.awaits_applicant and not s.fee_paid:
        found.append(CaseAction(action="fee", title=f"Record: {step.awaits_applicant}",
                                href=f"{href}/fee", step_id=step.step_id))
    return found
