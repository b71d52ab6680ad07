"""A case's plan: the route's provider steps as the engine runs them, and their due times.

Each catalogue step says what finishing it `produces`; the engine turns that into the one action
(command) that finishes it. A certificate or a payment that follows the decision is made by
registry and payments in reaction to DecisionSigned, so such a step stays out of the plan; a
certificate step that comes before any drafting (reg. 1 duplicate) is where the executor draws
the result up.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from contracts.calendar import OFFICE_HOURS, due
from contracts.catalogue import Anchor, Produces, Route, Step
from contracts.catalogue import Role as CatalogueRole
from contracts.durations import Duration
from contracts.identity import OrganisationKind, Role

from .errors import UnknownCatalogue


class Action(StrEnum):
    REGISTER = "register"
    ASSIGN = "assign"
    DRAFT = "draft"
    SEND = "send"
    SIGN = "sign"
    ISSUE = "issue"


# RESULT_DRAFTED / DECISION / STAGE_1_NOTIFICATION: the executor draws up the result;
# SENT_FOR_SIGNATURE is "draw up and send" unless a drafting step came just before it.
_ACTIONS: Mapping[Produces, Action] = {
    Produces.REGISTERED: Action.REGISTER,
    Produces.EXECUTOR_ASSIGNED: Action.ASSIGN,
    Produces.RESULT_DRAFTED: Action.DRAFT,
    Produces.DECISION: Action.DRAFT,
    Produces.STAGE_1_NOTIFICATION: Action.DRAFT,
    Produces.SENT_FOR_SIGNATURE: Action.SEND,
    Produces.RESULT_SIGNED: Action.SIGN,
    Produces.RESULT_ISSUED: Action.ISSUE,
}
# made by registry and payments in reaction to DecisionSigned once a decision is drafted
DOWNSTREAM = frozenset({Produces.CERTIFICATE, Produces.DUPLICATE_CERTIFICATE, Produces.PAYMENT})

_ROLES: Mapping[CatalogueRole, Role] = {
    CatalogueRole.OFFICE_CLERK: Role.OFFICE_CLERK,
    CatalogueRole.HEAD: Role.HEAD,
    CatalogueRole.AKIM: Role.HEAD,  # the rural akim heads his office and signs as its head
    CatalogueRole.RESPONSIBLE_EXECUTOR: Role.RESPONSIBLE_EXECUTOR,
    CatalogueRole.OPERATOR: Role.OPERATOR,
    CatalogueRole.SYSTEM: Role.SYSTEM,
}


@dataclass(frozen=True)
class PlanStep:
    position: int
    step_id: str
    action: Action
    produces: str
    role: Role
    org: OrganisationKind
    duration: Duration | None
    counted_from: Anchor | None = None
    stage: int | None = None
    awaits_applicant: str | None = None  # something the applicant must do first (reg. 16 fee)


def action_of(step: Step, drafted_before: bool) -> Action:
    action = Action.DRAFT if step.produces in DOWNSTREAM else _ACTIONS.get(step.produces)
    if action is None:
        raise UnknownCatalogue(f"step {step.id} produces {step.produces}, no workflow action")
    if action is Action.SEND and not drafted_before:
        return Action.DRAFT
    return action


def default_plan(route: Route) -> list[PlanStep]:
    """The route's steps in order, each with its action, holder role and organisation kind."""
    plan: list[PlanStep] = []
    drafted = decided = False
    for step in route.steps:
        if step.produces in DOWNSTREAM and decided:
            continue
        action = action_of(step, drafted)
        drafted = action is Action.DRAFT or (drafted and action is Action.SEND)
        decided = decided or action is Action.DRAFT
        plan.append(plan_step(len(plan), step, action))
    return plan


def plan_step(position: int, step: Step, action: Action, **changes: Any) -> PlanStep:
    if step.actor.org is None or step.actor.role not in _ROLES:
        raise UnknownCatalogue(f"step {step.id} is not held by a provider's staff")
    window = step.applicant_window.what if step.applicant_window else None
    made = PlanStep(
        position=position, step_id=step.id, action=action, produces=step.produces.value,
        role=_ROLES[step.actor.role], org=OrganisationKind(step.actor.org.value),
        duration=step.duration, counted_from=step.counted_from, awaits_applicant=window,
    )
    return replace(made, **changes)


# --- due times ----------------------------------------------------------------------------------

Times = Mapping[str, tuple[datetime, datetime | None]]  # step id -> (started, finished)


def step_due(step: PlanStep, start: datetime, times: Times) -> datetime | None:
    """The step's due time: its term from `start`, or from the anchor the regulation names."""
    if step.duration is None:
        return None
    return due(base_of(step, start, times), step.duration, OFFICE_HOURS[step.org.value])


def base_of(step: PlanStep, start: datetime, times: Times) -> datetime:
    anchor = step.counted_from
    if anchor is None or anchor.step not in times:
        return start
    began, ended = times[anchor.step]
    return began if anchor.edge == "start" else (ended or start)


def project_case_due(
    plan: Sequence[PlanStep], position: int, step_due_at: datetime | None, times: Times
) -> datetime | None:
    """The case's overall due: every later step assumed to take its full term."""
    cursor, last = step_due_at, step_due_at
    known = dict(times)
    if cursor is None:
        return None
    known[plan[position].step_id] = (known.get(plan[position].step_id, (cursor, None))[0], cursor)
    for step in plan[position + 1:]:
        ends = step_due(step, cursor, known)
        if ends is not None:
            known[step.step_id] = (cursor, ends)
            cursor = last = max(cursor, ends)
    return last


def positions_of(plan: Iterable[PlanStep], action: Action) -> list[int]:
    return [s.position for s in plan if s.action is action]
