"""The one generic step engine: `Engine(catalogues).decide(state, command) -> events`.

It reads the case's plan from the catalogue version the case is bound to, checks that the
command finishes the step the case is at and that the caller holds that step, and moves the
case on. What differs between regulations comes from `regulations.RULES`.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache

from contracts.catalogue import Outcome, Regulation, RouteNotFound
from contracts.events import Event
from contracts.identity import OrganisationKind, Role
from contracts.workflow_events import CaseOpened, StepStarted

from . import deciding
from .catalogues import CatalogueSource
from .commands import Caller, Command, OpenCase
from .errors import CaseAlreadyOpen, CaseClosed, CaseNotFound, NotHolder, UnknownCatalogue
from .plan import Action, PlanStep, project_case_due, step_due
from .regulations import RULES, Rules
from .state import Active, CaseFacts, Closed, Holder, NoCase, Opening, State


@dataclass(frozen=True)
class Case:
    """An active case with its plan and rules: what a command handler works with."""

    state: Active
    plan: Sequence[PlanStep]
    rules: Rules
    regulation: Regulation

    @property
    def step(self) -> PlanStep:
        return self.plan[self.state.current.position]

    def holder(self, step: PlanStep) -> Holder:
        return holder_for(self.state.case, step, self.state.executor, self.plan)

    def start(self, position: int, now: datetime) -> StepStarted:
        """The event that enters step `position`; a reworked step keeps the due it had."""
        s, step = self.state, self.plan[position]
        due_at = s.dues[position] if position in s.dues else step_due(step, now, s.times)
        return started(s.case, step, self.holder(step), s.instances + 1, now, due_at)

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

    def may_refuse(self) -> bool:
        reg = self.regulation
        negative = {Outcome.NEGATIVE, Outcome.EITHER}
        return reg.service_refusal is not None or any(r.outcome in negative for r in reg.results)


@dataclass
class Engine:
    catalogues: CatalogueSource
    rules: Mapping[int, Rules] = field(default_factory=lambda: RULES)

    def __post_init__(self) -> None:
        self._plan = lru_cache(maxsize=512)(self._build_plan)

    def decide(self, state: State, command: Command) -> list[Event]:
        match state:
            case NoCase():
                if not isinstance(command, OpenCase):
                    raise CaseNotFound("no such case")
                return self.open(command)
            case Opening():
                raise CaseNotFound("the case is being opened")
            case Closed():
                same = getattr(command, "application_id", None) == state.case.application_id
                if isinstance(command, OpenCase) and same:
                    return []
                raise CaseClosed("the result was issued; the case is closed")
            case Active():
                if isinstance(command, OpenCase):
                    if command.application_id == state.case.application_id:
                        return []  # the same application forwarded again: nothing new
                    raise CaseAlreadyOpen("a case with this id exists for another application")
                return deciding.decide(self.case(state), command)
        raise TypeError(f"unknown state {state!r}")

    def case(self, state: Active) -> Case:
        c = state.case
        regulation = self.catalogues.regulation(c.catalogue_version, c.regulation_id)
        plan = self._plan(c.catalogue_version, c.regulation_id, c.route_id)
        return Case(state, plan, self.rules[c.regulation_id], regulation)

    def plan_of(self, case: CaseFacts) -> Sequence[PlanStep]:
        return self._plan(case.catalogue_version, case.regulation_id, case.route_id)

    def plan(self, version: str, regulation_id: int, route_id: str) -> Sequence[PlanStep]:
        return self._plan(version, regulation_id, route_id)

    def _build_plan(self, version: str, regulation_id: int, route_id: str) -> tuple[PlanStep, ...]:
        regulation = self.catalogues.regulation(version, regulation_id)
        route = next((r for r in regulation.routes if r.id == route_id), None)
        if route is None:
            raise UnknownCatalogue(f"regulation {regulation_id} has no route {route_id!r}")
        return tuple(self.rules[regulation_id].plan(route))

    def open(self, c: OpenCase) -> list[Event]:
        regulation = self.catalogues.regulation(c.catalogue_version, c.regulation_id)
        # a case that names no sub-service gets the regulation's first (its main) one
        sub_service = c.sub_service
        if sub_service is None and regulation.sub_services:
            sub_service = regulation.sub_services[0].id
        c = replace(c, sub_service=sub_service)
        try:
            route = regulation.route_for(c.sub_service, c.provider.kind.value, c.channel)
        except RouteNotFound as error:
            raise UnknownCatalogue(str(error), field="sub_service") from None
        facts = CaseFacts(
            case_id=c.case_id, application_id=c.application_id, regulation_id=c.regulation_id,
            sub_service=c.sub_service, catalogue_version=c.catalogue_version, route_id=route.id,
            channel=c.channel, provider=c.provider, applicant=c.applicant, facts=dict(c.facts),
            opened_at=c.now,
        )
        plan = self.plan_of(facts)
        first = plan[0]
        due_at = step_due(first, c.now, {})
        opened = CaseOpened(
            case_id=c.case_id, application_id=c.application_id, regulation_id=c.regulation_id,
            sub_service=c.sub_service, catalogue_version=c.catalogue_version, route_id=route.id,
            channel=c.channel, origin=c.origin, provider=c.provider, applicant=c.applicant,
            facts=dict(c.facts), receipt_number=c.receipt_number, opened_at=c.now,
            case_due=project_case_due(plan, 0, due_at, {first.step_id: (c.now, None)}),
        )
        return [opened, started(facts, first, holder_for(facts, first, None, plan), 1, c.now,
                                due_at)]


def started(case: CaseFacts, step: PlanStep, holder: Holder, instance: int, now: datetime,
            due_at: datetime | None) -> StepStarted:
    return StepStarted(
        case_id=case.case_id, step_id=step.step_id, instance=instance, position=step.position,
        produces=step.produces, role=holder.role, holder_kind=holder.kind,
        district=holder.district, rural_district=holder.rural_district,
        organisation_id=holder.organisation_id, person_id=holder.person_id, started_at=now,
        due_at=due_at,
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
