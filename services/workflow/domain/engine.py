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

from contracts.calendar import OFFICE_HOURS
from contracts.catalogue import ActInForce, Regulation, RouteNotFound, delivery_legs
from contracts.events import Event
from contracts.workflow_events import CaseOpened

from . import deciding
from .case import Case, holder_for, started
from .catalogues import CatalogueSource
from .commands import Command, OpenCase
from .errors import CaseAlreadyOpen, CaseClosed, CaseNotFound, UnknownCatalogue
from .plan import PlanStep, project_case_due, step_due, with_delivery
from .regulations import RULES, Rules
from .state import Active, CaseFacts, Closed, NoCase, Opening, State


@dataclass
class Engine:
    catalogues: CatalogueSource
    rules: Mapping[int, Rules] = field(default_factory=lambda: RULES)

    def __post_init__(self) -> None:
        # a catalogue version never changes: each route's plan is built once per channel
        self._plan = lru_cache(maxsize=1024)(self._build_plan)

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
        return self.plan(case.catalogue_version, case.regulation_id, case.route_id, case.channel)

    def plan(self, version: str, regulation_id: int, route_id: str,
             channel: str | None = None) -> Sequence[PlanStep]:
        """The route's plan; for a case lodged at `channel`, with the legs that still bring the
        package to the provider after it was sent (the provider's clock starts on delivery)."""
        return self._plan(version, regulation_id, route_id, channel)

    def participants(self, case: CaseFacts | CaseOpened) -> frozenset[str]:
        """The organisation kinds that hold a step of the case's plan: who may see it."""
        plan = self.plan(case.catalogue_version, case.regulation_id, case.route_id)
        return frozenset(step.org.value for step in plan)

    def _build_plan(self, version: str, regulation_id: int, route_id: str,
                    channel: str | None) -> tuple[PlanStep, ...]:
        regulation = self.catalogues.regulation(version, regulation_id)
        route = next((r for r in regulation.routes if r.id == route_id), None)
        if route is None:
            raise UnknownCatalogue(f"regulation {regulation_id} has no route {route_id!r}")
        plan = self.rules[regulation_id].plan(route)
        if channel is None or channel not in {c.kind.value for c in regulation.channels}:
            return tuple(plan)
        return with_delivery(plan, delivery_legs(regulation, channel))

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
        act = self.act(c)
        if c.origin == "in_person":
            self._check_place(regulation, c)
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
            act=act,
        )
        return [opened, started(facts, first, holder_for(facts, first, None, plan), 1, c.now,
                                due_at)]

    def act(self, c: OpenCase) -> ActInForce:
        """The act the case runs under: its version's, on the day the application was accepted
        (a case keeps the rules it started under); none in force is refused, never defaulted."""
        started = (c.accepted_at or c.now).astimezone(OFFICE_HOURS["district_department"].zone)
        return self.catalogues.act_of(c.catalogue_version, started.date())

    def _check_place(self, regulation: Regulation, c: OpenCase) -> None:
        """An office accepting in person through a channel open only where the place lacks an
        office (reg. 4 at the rural akim, line 328; reg. 12, line 910) checks the deployment's
        place data, as intake does for the packages it accepts."""
        intake = regulation.channel(c.channel)
        if not intake.requires_absent:
            return
        place = (c.provider.district, c.provider.rural_district)
        places = self.catalogues.places
        offices = places.offices_at(*place) if places is not None else None
        cited = f" (seed line {', '.join(map(str, intake.lines))})"
        if offices is None:
            raise UnknownCatalogue(f"regulation {regulation.id} is accepted through {c.channel} "
                                   f"only under a condition: {intake.condition}{cited}; this "
                                   f"deployment's place data does not list {place}",
                                   field="channel")
        present = sorted(offices & set(intake.requires_absent))
        if present:
            raise UnknownCatalogue(f"regulation {regulation.id} is not accepted through "
                                   f"{c.channel} at {place}: {intake.condition}{cited}; the "
                                   f"place has {', '.join(present)}", field="channel")
