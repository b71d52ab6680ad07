"""A case's plan: the route's provider steps as the engine runs them, and their due times.

The steps and their terms are the case's one plan (`contracts.catalogue.plan`), the same the
receipt is timed by. Each catalogue step says what finishing it `produces`; the engine turns that
into the one action (command) that finishes it. A certificate or a payment that follows the
decision is made by registry and payments in reaction to DecisionSigned, so no one in the
workflow acts on it, but its term still runs: it becomes the `lead` of the next step the engine
runs (reg. 1: the certificate "within 4 working days" of the decision comes before the
signature, seed lines 133-143). A certificate step that comes before any drafting (reg. 1
duplicate) is where the executor draws the result up. The legs that bring the package to the
provider after it was sent (reg. 15's courier, line 1181) lead the first step: the provider's
clock starts on delivery.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from contracts.catalogue import Anchor, Planned, Produces, Route, Term, provider_plan
from contracts.catalogue import Role as CatalogueRole
from contracts.catalogue.plan import begins, ends
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
    # terms that run before this step's own and that no one in the workflow finishes: a
    # downstream certificate, a courier's delivery (see the module docstring)
    lead: tuple[Term, ...] = ()

    @property
    def term(self) -> Term:
        return Term(id=self.step_id, duration=self.duration, office=self.org.value,
                    counted_from=self.counted_from)


def action_of(step: Planned, drafted_before: bool) -> Action:
    produces = step.produces
    action = Action.DRAFT if produces in DOWNSTREAM else _ACTIONS.get(produces)
    if action is None:
        raise UnknownCatalogue(f"step {step.id} produces {produces}, no workflow action")
    if action is Action.SEND and not drafted_before:
        return Action.DRAFT
    return action


def default_plan(route: Route) -> list[PlanStep]:
    """The route's steps in order, each with its action, holder role and organisation kind."""
    plan: list[PlanStep] = []
    drafted = decided = False
    lead: list[Term] = []
    for entry in provider_plan(route):
        if entry.produces in DOWNSTREAM and decided:
            lead.append(entry.term)  # made downstream; its term still runs before the next step
            continue
        action = action_of(entry, drafted)
        drafted = action is Action.DRAFT or (drafted and action is Action.SEND)
        decided = decided or action is Action.DRAFT
        plan.append(plan_step(len(plan), entry, action, lead=tuple(lead)))
        lead = []
        if action is Action.ISSUE:
            drafted = False  # an issued result closes the round (reg. 16's stage 1)
    if any(term.duration is not None for term in lead):
        raise UnknownCatalogue(f"route {route.id} ends in a timed step no one in the workflow "
                               f"finishes: {', '.join(t.id for t in lead)}")
    return plan


def plan_step(position: int, entry: Planned, action: Action, **changes: Any) -> PlanStep:
    step = entry.step
    if step.actor.org is None or step.actor.role not in _ROLES:
        raise UnknownCatalogue(f"step {step.id} is not held by a provider's staff")
    window = step.applicant_window.what if step.applicant_window else None
    made = PlanStep(
        position=position, step_id=entry.id, action=action, produces=step.produces.value,
        role=_ROLES[step.actor.role], org=OrganisationKind(step.actor.org.value),
        duration=step.duration, counted_from=entry.term.counted_from, stage=entry.stage,
        awaits_applicant=window,
    )
    return replace(made, **changes)


def with_delivery(plan: Sequence[PlanStep], legs: Iterable[Planned]) -> tuple[PlanStep, ...]:
    """The plan of a case whose package still travels to the provider when it opens."""
    delivery = tuple(leg.term for leg in legs)
    if not plan or not delivery:
        return tuple(plan)
    first = plan[0]
    return (replace(first, lead=(*delivery, *first.lead)), *plan[1:])


# --- due times ----------------------------------------------------------------------------------

Times = Mapping[str, tuple[datetime, datetime | None]]  # step id -> (started, finished)


def own_start(step: PlanStep, start: datetime, times: Times) -> datetime:
    """Where the step's own term starts: after its lead, or from the anchor the text names."""
    known, cursor = dict(times), start
    for term in step.lead:
        began, cursor = begins(term, cursor, known), ends(term, cursor, known)
        known.setdefault(term.id, (began, cursor))
    return begins(step.term, cursor, known)


def step_due(step: PlanStep, start: datetime, times: Times) -> datetime | None:
    """The step's due time: its lead, then its own term (from the anchor the regulation names)."""
    if step.duration is None:
        return None
    return ends(replace(step.term, counted_from=None), own_start(step, start, times), times)


def base_of(step: PlanStep, start: datetime, times: Times) -> datetime:
    return own_start(step, start, times)


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
        ends_at = step_due(step, cursor, known)
        if ends_at is not None:
            known[step.step_id] = (cursor, ends_at)
            cursor = last = max(cursor, ends_at)
    return last


def positions_of(plan: Iterable[PlanStep], action: Action) -> list[int]:
    return [s.position for s in plan if s.action is action]
