"""A regulation, a catalogue version, and how a generic engine asks them for its steps."""

from collections.abc import Container, Iterable
from datetime import date

from pydantic import Field, model_validator

from .models import (
    Amendment,
    CarriedOver,
    Checklist,
    Edition,
    Extension,
    Fee,
    Frozen,
    IntakeChannel,
    Item,
    LegalAct,
    Name,
    Provider,
    Repeal,
    Result,
    Route,
    ServiceRefusal,
    Slug,
    Sourced,
    Staff,
    Step,
    SubService,
)
from .vocabulary import Channel, Org, Recipient, ResultForm, ResultKind, ServiceForm, Source


class RouteNotFound(LookupError):
    """No route, or more than one equally specific route, fits the case."""


class Regulation(Frozen):
    id: int = Field(ge=1, le=18)
    code: Slug
    name: Name
    edition: Edition
    carried_over: CarriedOver | None = None  # seed citations point into a later edition
    amendments: tuple[Amendment, ...] = ()
    legal_basis: tuple[LegalAct, ...] = Field(min_length=1)
    provider: Provider
    recipients: Sourced[tuple[Recipient, ...]]
    fee: Fee
    service_forms: Sourced[tuple[ServiceForm, ...]]
    result_forms: Sourced[tuple[ResultForm, ...]]
    result_kind: tuple[ResultKind, ...] = Field(min_length=1)  # our classification of `results`
    results: tuple[Result, ...] = Field(min_length=1)
    channels: tuple[IntakeChannel, ...] = Field(min_length=1)  # in the order the text lists them
    sub_services: tuple[SubService, ...] = ()
    routes: tuple[Route, ...] = Field(min_length=1)
    extensions: tuple[Extension, ...] = ()
    service_refusal: ServiceRefusal | None = None
    documents: Checklist
    acceptance_refusal_reasons: tuple[Item, ...] = Field(min_length=1)
    staff: Staff
    notes: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _references_resolve(self) -> "Regulation":
        _check_unique("channel", [c.kind for c in self.channels])
        _check_unique("route id", [r.id for r in self.routes])
        _check_unique("extension id", [e.id for e in self.extensions])
        _check_unique("sub-service id", [s.id for s in self.sub_services])
        known_subs = {s.id for s in self.sub_services}
        kinds = {c.kind for c in self.channels}
        for route in self.routes:
            _check_route(route, known_subs, kinds)
        step_ids = {s.id for r in self.routes for s in r.steps}
        for channel in self.channels:
            legs = [s.id for s in channel.legs]
            _check_unique(f"leg id in channel {channel.kind}", legs)
            clash = sorted(step_ids & set(legs))
            if clash:
                raise ValueError(f"channel {channel.kind} legs reuse step ids: {', '.join(clash)}")
        for ext in self.extensions:
            self._check_extension(ext)
        if self.service_refusal:
            steps = {s.id for r in self.routes for s in r.steps}
            _check_known("service_refusal.decided_at", self.service_refusal.decided_at, steps)
        for result in self.results:
            _check_known("results.channels", result.channels, kinds)
        if self.carried_over is not None and self.edition.source is not Source.ASSUMED:
            raise ValueError("a file whose wording is carried over from a later edition marks its "
                             "own edition `source: assumed`")
        return self

    def _check_extension(self, ext: Extension) -> None:
        routes = {r.id: r for r in self.routes}
        _check_known(f"extension {ext.id} routes", ext.routes, routes)
        targets = [routes[r] for r in ext.routes] or [r for r in self.routes if ext.step in r.ids]
        if not targets or any(ext.step not in r.ids for r in targets):
            raise ValueError(f"extension {ext.id} targets step {ext.step!r},"
                             " absent from its routes")

    # --- what a generic engine asks ----------------------------------------------------------

    def channel(self, kind: Channel | str) -> IntakeChannel:
        for c in self.channels:
            if c.kind == kind:
                return c
        raise RouteNotFound(f"regulation {self.id} has no channel {kind!r}")

    def results_for(self, channel: Channel | str) -> list[Result]:
        """What an application lodged at `channel` yields (para 3 lists some per channel)."""
        kind = self.channel(channel).kind
        return [r for r in self.results if not r.channels or kind in r.channels]

    def route_for(
        self, sub_service: str | None = None, provider: Org | str | None = None,
        channel: Channel | str | None = None,
    ) -> Route:
        """The most specific route for the case; a None argument means "not known"."""
        self._check_query(sub_service, provider, channel)
        query = (sub_service, provider, channel)
        ranked = sorted(
            (_rank(r, query), r.id, r) for r in self.routes if _fits(r, query)
        )
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            options = ", ".join(_describe(r) for r in self.routes)
            raise RouteNotFound(
                f"regulation {self.id}: no single route for sub_service={sub_service!r}, "
                f"provider={provider!r}, channel={channel!r}; routes: {options}"
            )
        return ranked[0][2]

    def steps_for(
        self, sub_service: str | None = None, provider: Org | str | None = None,
        channel: Channel | str | None = None,
    ) -> list[Step]:
        """The provider's ordered steps (para 5) for the case."""
        return list(self.route_for(sub_service, provider, channel).steps)

    def plan(
        self, channel: Channel | str, sub_service: str | None = None,
        provider: Org | str | None = None,
    ) -> list[Step]:
        """Everything a case lodged at `channel` goes through: inbound legs, steps, outbound."""
        intake = self.channel(channel)
        steps = self.steps_for(sub_service, provider, intake.kind)
        return [*intake.inbound, *steps, *intake.outbound]

    def extensions_for(self, route_id: str) -> list[Extension]:
        route = next((r for r in self.routes if r.id == route_id), None)
        if route is None:
            raise RouteNotFound(f"regulation {self.id} has no route {route_id!r}")
        return [e for e in self.extensions
                if (route_id in e.routes if e.routes else e.step in route.ids)]

    def _check_query(self, sub_service: str | None, provider: str | None,
                     channel: str | None) -> None:
        if sub_service is not None and sub_service not in {s.id for s in self.sub_services}:
            raise RouteNotFound(f"regulation {self.id} has no sub-service {sub_service!r}")
        if channel is not None:
            self.channel(channel)
        if provider is not None and provider not in {k.value for k in self.provider_kinds}:
            raise RouteNotFound(f"regulation {self.id} is not processed by {provider!r}")

    @property
    def provider_kinds(self) -> set[Org]:
        """Every organisation that may run a case of this regulation."""
        return set(self.provider.kinds) | {p for r in self.routes for p in r.providers}


Query = tuple[str | None, str | None, str | None]  # (sub-service, provider kind, channel)


def _fits(route: Route, query: Query) -> bool:
    axes = (route.sub_services, route.providers, route.channels)
    return all(not allowed or value is None or value in allowed
               for allowed, value in zip(axes, query, strict=True))


def _rank(route: Route, query: Query) -> tuple[int, int]:
    # Prefer routes whose conditions the query confirms; a condition the query leaves open counts
    # against a route, so the unconditional route is the default when the caller does not say.
    axes = (route.sub_services, route.providers, route.channels)
    pairs = list(zip(axes, query, strict=True))
    unconfirmed = sum(1 for allowed, value in pairs if allowed and value is None)
    confirmed = sum(1 for allowed, value in pairs if allowed and value is not None)
    return unconfirmed, -confirmed


def _describe(route: Route) -> str:
    conditions = [f"{k}={list(map(str, v))}" for k, v in
                  (("sub_services", route.sub_services), ("providers", route.providers),
                   ("channels", route.channels)) if v]
    return f"{route.id}({', '.join(conditions) or 'any'})"


def _check_route(route: Route, known_subs: set[str], kinds: set[Channel]) -> None:
    _check_unique(f"step id in route {route.id}", route.ids)
    _check_known(f"route {route.id} sub_services", route.sub_services, known_subs)
    _check_known(f"route {route.id} channels", route.channels, kinds)
    earlier: set[str] = set()
    for step in route.steps:
        if step.counted_from and step.counted_from.step not in earlier | {step.id}:
            raise ValueError(f"step {step.id} is counted from {step.counted_from.step!r}, "
                             f"which is not an earlier step of route {route.id}")
        earlier.add(step.id)


def _check_unique(what: str, values: Iterable[object]) -> None:
    values = list(values)
    dupes = sorted({str(v) for v in values if values.count(v) > 1})
    if dupes:
        raise ValueError(f"duplicate {what}: {', '.join(dupes)}")


def _check_known(what: str, values: Iterable[object], known: Container[object]) -> None:
    unknown = sorted(str(v) for v in values if v not in known)
    if unknown:
        raise ValueError(f"{what} refers to unknown {', '.join(unknown)}")


class CatalogueVersion(Frozen):
    """The manifest of one version folder: the act that made it and when it is in force.

    Every version has an end: the day before the next version takes effect, or, for the last
    one, the day before the act that repealed the resolution takes effect (`repealed_by`).
    """

    id: Slug
    act: Sourced[str]
    effective_from: Sourced[date]
    in_force_until: Sourced[date]  # the last day this version is in force
    repealed_by: Repeal | None = None
    base: Slug | None = None  # the previous version; regulations not in this folder come from it
    default_documents: tuple[Item, ...] = Field(min_length=1)
    default_acceptance_refusal_reasons: tuple[Item, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _ends_after_it_starts(self) -> "CatalogueVersion":
        if self.in_force_until.value < self.effective_from.value:
            raise ValueError("in_force_until is before effective_from")
        if self.repealed_by is not None and (
                self.in_force_until.value >= self.repealed_by.effective_from.value):
            raise ValueError("in_force_until must be before the repeal takes effect")
        return self

    def covers(self, day: date) -> bool:
        return self.effective_from.value <= day <= self.in_force_until.value


class Catalogue(Frozen):
    version: CatalogueVersion
    regulations: tuple[Regulation, ...]

    @model_validator(mode="after")
    def _all_eighteen_once(self) -> "Catalogue":
        ids = [r.id for r in self.regulations]
        _check_unique("regulation id", ids)
        missing = sorted(set(range(1, 19)) - set(ids))
        if missing:
            raise ValueError(f"regulations missing: {missing}")
        return self

    def regulation(self, reg_id: int) -> Regulation:
        for reg in self.regulations:
            if reg.id == reg_id:
                return reg
        raise KeyError(f"no regulation {reg_id} in catalogue {self.version.id}")
