"""An active case with its plan and rules, and who holds which of its steps.

The engine builds a `Case` for every command on an open case; `deciding` works on it. Both
import this module, neither the other.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from contracts.catalogue import Outcome, Regulation, ResultItem
from contracts.events import Event
from contracts.identity import OrganisationKind, Role
from contracts.workflow_events import StepStarted

from .commands import Caller
from .errors import NotHolder
from .plan import Action, PlanStep, project_case_due, step_due
from .regulations import Rules
from .state import Active, CaseFacts, Holder


@dataclass(frozen=True)
class Case:
    """An active case with its plan and rules: what a command works with."""

    state: Active
    plan: Sequence[PlanStep]
    rules: Rules
    regulation: Regulation

    @property
    def step(self) -> PlanStep:
        return self.plan[self.state.current.position]

    @property
    def case_id(self) -> str:
        return self.state.case.case_id

    def holder(self, step: PlanStep) -> Holder:
        return holder_for(self.state.case, step, self.state.executor, self.plan)

    def start(self, position: int, now: datetime) -> StepStarted:
        """The event that enters step `position`; a reworked step keeps the due it had."""
        s, step = self.state, self.plan[position]
        due_at = s.dues[position] if position in s.dues else step_due(step, now, s.times)
        # the case's due follows from the same steps, re-timed from this start (registering
        # early moves every term counted from registration, and so the case's due)
        times = {**s.times, s.current.step_id: (s.times[s.current.step_id][0], now),
                 step.step_id: (now, None)}
        case_due = project_case_due(self.plan, position, due_at, times)
        if case_due is not None and s.case_due is not None:
            # a step done early brings the case's due forward; one done late runs the next steps
            # late, not the case's due: the overall term is the applicant's, and a case that
            # overran it is late
            case_due = min(case_due, s.case_due)
        return started(s.case, step, self.holder(step), s.instances + 1, now, due_at,
                       case_due if due_at is not None else None)

    def advance(self, now: datetime) -> list[Event]:
        following = self.state.current.position + 1
        return [self.start(following, now)] if following < len(self.plan) else []

    def head(self) -> Holder:
        """The head who assigns (and reassigns) the executor; without one, the signing head."""
        step = next((s for s in self.plan if s.action is Action.ASSIGN),
                    next(s for s in self.plan if s.action is Action.SIGN))
        return replace(self.holder(step), person_id=None)

    def ensure_holder(self, caller: Caller, or_head: bool = False) -> None:
        holder = self.state.current.holder
        if holds(caller, holder) or (or_head and holds(caller, self.head())):
            return
        raise NotHolder(f"step {self.step.step_id} is held by the {holder.role} of the "
                        f"{holder.kind}{' or its head' if or_head else ''}")

    def ensure_head(self, caller: Caller) -> None:
        if not holds(caller, self.head()):
            raise NotHolder("only the head who assigns executors may do this")

    def pays_through_its_channel(self) -> bool:
        """Whether the case's channel yields a payment, when the regulation lists one at all
        (a regulation that names no payment result leaves where money goes to its rules)."""
        reg, channel = self.regulation, self.state.case.channel
        payments = [r for r in reg.results if r.item is ResultItem.PAYMENT]
        if not payments or channel not in {c.kind.value for c in reg.channels}:
            return True
        return any(r.item is ResultItem.PAYMENT for r in reg.results_for(channel))

    def may_refuse(self) -> bool:
        reg = self.regulation
        negative = {Outcome.NEGATIVE, Outcome.EITHER}
        return reg.service_refusal is not None or any(r.outcome in negative for r in reg.results)


def started(case: CaseFacts, step: PlanStep, holder: Holder, instance: int, now: datetime,
            due_at: datetime | None, case_due: datetime | None = None) -> StepStarted:
    return StepStarted(
        case_id=case.case_id, step_id=step.step_id, instance=instance, position=step.position,
        produces=step.produces, role=holder.role, holder_kind=holder.kind,
        district=holder.district, rural_district=holder.rural_district,
        organisation_id=holder.organisation_id, person_id=holder.person_id, started_at=now,
        due_at=due_at, case_due=case_due,
    )


def holder_for(case: CaseFacts, step: PlanStep, executor: str | None,
               plan: Sequence[PlanStep]) -> Holder:
    """Who holds `step`: the organisation kind the catalogue names, in the case's place.

    The executor the head assigned holds the executor steps of the assigning organisation.
    """
    provider = case.provider
    assigner = next((s.org for s in plan if s.action is Action.ASSIGN), provider.kind)
    person = executor if step.role is Role.RESPONSIBLE_EXECUTOR and step.org == assigner else None
    return Holder(
        role=step.role,
        kind=step.org,
        district=provider.district if step.org is not OrganisationKind.OBLAST_DEPARTMENT else None,
        rural_district=provider.rural_district if step.org is OrganisationKind.RURAL_AKIM else None,
        organisation_id=provider.organisation_id if step.org == provider.kind else None,
        person_id=person,
    )


def holds(caller: Caller, holder: Holder) -> bool:
    return (
        caller.role == holder.role and caller.kind == holder.kind
        and (holder.district is None or caller.district == holder.district)
        and (holder.rural_district is None or caller.rural_district == holder.rural_district)
        and (holder.organisation_id is None or caller.organisation_id == holder.organisation_id)
        and (holder.person_id is None or caller.person_id == holder.person_id)
    )
