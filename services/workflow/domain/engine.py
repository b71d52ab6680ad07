"""The one generic step engine: `Engine(catalogues).decide(state, command) -> events`.

It reads the case's plan from the catalogue version the case is bound to, opens cases, and hands
every other command on an open case to `deciding` (which checks that it finishes the step the
case is at and that the caller holds that step). What differs between regulations comes from
`regulations.RULES`.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import assert_never

from contracts.catalogue import RouteNotFound
from contracts.events import Event
from contracts.workflow_events import CaseOpened

from . import deciding
from .case import Case, holder_for, started
from .catalogues import CatalogueSource
from .commands import Command, OpenCase
from .errors import CaseAlreadyOpen, CaseClosed, CaseNotFound, UnknownCatalogue
from .plan import PlanStep, project_case_due, step_due
from .regulations import RULES, Rules
from .state import Active, CaseFacts, Closed, NoCase, Opening, State


@dataclass
class Engine:
    catalogues: CatalogueSource
    rules: Mapping[int, Rules] = field(default_factory=lambda: RULES)

    def __post_init__(self) -> None:
        # a catalogue version never changes: each route's plan is built once
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
                if isinstance(command, OpenCase) and (
                        command.application_id == state.case.application_id):
                    return []
                raise CaseClosed("the result was issued; the case is closed")
            case Active():
                if isinstance(command, OpenCase):
                    if command.application_id == state.case.application_id:
                        return []  # the same application forwarded again: nothing new
                    raise CaseAlreadyOpen("a case with this id exists for another application")
                return deciding.decide(self.case(state), command)
            case _:
                assert_never(state)

    def case(self, state: Active) -> Case:
        c = state.case
        regulation = self.catalogues.regulation(c.catalogue_version, c.regulation_id)
        return Case(state, self.plan_of(c), self.rules[c.regulation_id], regulation)

    def plan_of(self, case: CaseFacts) -> Sequence[PlanStep]:
        return self.plan(case.catalogue_version, case.regulation_id, case.route_id)

    def plan(self, version: str, regulation_id: int, route_id: str) -> Sequence[PlanStep]:
        return self._plan(version, regulation_id, route_id)

    def participants(self, case: CaseFacts | CaseOpened) -> frozenset[str]:
        """The organisation kinds that hold a step of the case's plan: who may see it."""
        plan = self.plan(case.catalogue_version, case.regulation_id, case.route_id)
        return frozenset(step.org.value for step in plan)

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
