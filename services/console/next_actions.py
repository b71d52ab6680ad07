"""What the signed-in person may do next, on a case and on an application.

The workflow and intake APIs list the next actions in their answers (`next_actions`, with the
ids each needs: extensions, outcomes, the payload the facts already decide, the providers to
forward to, who may receive the result); the console offers exactly those, so an illegal
transition is never offered. Where an answer does not carry the list (a service of an older
version during a rolling upgrade), the console derives it from the current step, the caller's
token and the case's history, as those services' rules say. Either way the console keeps the
maker-checker rule visible: whoever drafted a decision is not offered to sign it. The API still
decides: a refused write is shown as it answered.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from contracts.catalogue import RouteNotFound

from .i18n import N_
from .payloads import drafted
from .vocabulary import regulation

DECIDING_STEPS = frozenset({"decide", "draft_result", "accept_and_draft", "issue_certificate",
                            "issue_duplicate", "stage_1_notify", "stage_2_permit"})
ACCEPTING_ROLES = frozenset({"operator", "office_clerk", "system"})


@dataclass(frozen=True)
class Action:
    id: str  # the console's form for it (templates/cases/action.html)
    label: str
    path: str  # the workflow or intake route, after the case or application id
    primary: bool = True
    details: Mapping[str, Any] = field(default_factory=dict)  # what the API said it needs


REGISTER = Action("register", N_("Register the case"), "/registration")
ASSIGN = Action("assign", N_("Assign the responsible executor"), "/executor")
REASSIGN = Action("reassign", N_("Hand to another executor"), "/executor/reassignment", False)
DRAFT = Action("draft", N_("Draft the decision"), "/draft")
REQUEST = Action("request_information", N_("Request information"), "/information-requests",
                 False)
EXTEND = Action("extend", N_("Extend the term"), "/extensions", False)
NOTIFY = Action("notify", N_("Record the notice to the applicant"), "/notices", False)
FEE = Action("fee", N_("Record that the fee is paid"), "/fee", False)
SEND = Action("send", N_("Send for signature"), "/draft/sending")
SIGN = Action("sign", N_("Sign the decision"), "/signature")
RETURN = Action("return", N_("Return for rework"), "/draft/return", False)
ISSUE = Action("issue", N_("Issue the result"), "/result")
CASE_ACTIONS = {a.id: a for a in (REGISTER, ASSIGN, REASSIGN, DRAFT, REQUEST, EXTEND, NOTIFY,
                                  FEE, SEND, SIGN, RETURN, ISSUE)}

FORWARD = Action("forward", N_("Forward to the provider"), "/forward")
HAND_OVER = Action("hand_over", N_("Hand the result over"), "/hand-over")
APPLICATION_ACTIONS = {a.id: a for a in (FORWARD, HAND_OVER)}


def _listed(answer: Mapping[str, Any], known: Mapping[str, Action]) -> list[Action] | None:
    listed = answer.get("next_actions")
    if not isinstance(listed, list):
        return None
    return [replace(known[a["action"]], details=a) for a in listed if a.get("action") in known]


def case_actions(principal: Mapping[str, Any], case: Mapping[str, Any],
                 today: date) -> list[Action]:
    found = _listed(case, CASE_ACTIONS)
    if found is None:
        found = _derived(principal, case, today)
    draft = drafted(case.get("history", []))
    if draft is not None and draft.get("actor", {}).get("person_id") == principal["person_id"]:
        found = [a for a in found if a.id != "sign"]  # maker and checker are different people
    return found


def application_actions(principal: Mapping[str, Any],
                        application: Mapping[str, Any]) -> list[Action]:
    found = _listed(application, APPLICATION_ACTIONS)
    if found is not None:
        return found
    # only the organisation that accepted a package forwards it and hands its result over
    if principal["role"] not in ACCEPTING_ROLES or \
            principal["organisation_id"] != application.get("organisation_id"):
        return []
    match application.get("status"):
        case "accepted":
            return [FORWARD]
        case "result_received":
            return [HAND_OVER]
    return []


# --- derived, for answers that do not list them ----------------------------------------------


def holds(principal: Mapping[str, Any], step: Mapping[str, Any]) -> bool:
    """The caller holds the waiting step: its role, its kind of organisation, its place and,
    once the step names a person, that person."""
    if principal["role"] != step["role"] or principal["kind"] != step["holder_kind"]:
        return False
    if principal["kind"] != "oblast_department" and (
            principal.get("district") != step.get("district")
            or (step.get("rural_district") and
                principal.get("rural_district") != step.get("rural_district"))):
        return False
    return step.get("person_id") in (None, principal["person_id"])


def _derived(principal: Mapping[str, Any], case: Mapping[str, Any], today: date) -> list[Action]:
    step = case.get("current_step")
    if case.get("status") != "open" or not step:
        return []
    found: list[Action] = []
    if holds(principal, step):
        found += _step_actions(case, step, today)
    same_place = principal.get("district") == case.get("district")
    if principal["role"] == "head" and case.get("executor") and same_place and \
            step["step_id"] in DECIDING_STEPS:
        found.append(REASSIGN)
    if any(n.get("notified_at") is None for n in case.get("notices", [])) and same_place and \
            principal["role"] in ("office_clerk", "head", "responsible_executor"):
        found.append(NOTIFY)
    return found


def _step_actions(case: Mapping[str, Any], step: Mapping[str, Any], today: date) -> list[Action]:
    match step["step_id"]:
        case "register":
            return [REGISTER]
        case "assign_executor":
            return [ASSIGN]
        case "send_for_signature":
            return [SEND]
        case "sign_result":
            return [SIGN, RETURN]
        case "issue_result":
            return [ISSUE]
        case step_id if step_id in DECIDING_STEPS:
            left = extensions_left(case, step_id, today)
            extend = [replace(EXTEND, details={"extensions": [
                {"extension_id": e.id, "reason": e.reason} for e in left]})] if left else []
            return [DRAFT, REQUEST, *extend]
    return []


def extensions_left(case: Mapping[str, Any], step_id: str, today: date) -> list[Any]:
    """The regulation's extensions of this step that the case has not used up."""
    try:
        reg = regulation(int(case["regulation_id"]), today, case.get("catalogue_version"))
        offered = [e for e in reg.extensions_for(case["route_id"]) if e.step == step_id]
    except (KeyError, RouteNotFound):
        return []
    used: dict[str, int] = {}
    for item in case.get("history", []):
        if item.get("event_type") == "workflow.TermExtended":
            ext = item.get("payload", {}).get("extension_id")
            used[ext] = used.get(ext, 0) + 1
    return [e for e in offered if used.get(e.id, 0) < e.max_times]
