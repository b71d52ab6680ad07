"""What intake needs from a regulation, read once from the catalogue into small frozen data.

The decider never reads the catalogue itself: the API resolves the regulation in force and hands
the decider an `IntakeRules` in the command, so the rules are data and the decider stays pure.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

from contracts.calendar import OFFICE_HOURS, due
from contracts.catalogue import Produces, Regulation, RouteNotFound, Step
from contracts.durations import Duration
from contracts.identity import OrganisationKind

# The channel a caller's organisation accepts through: the token decides, never the body.
CHANNEL_OF_KIND: Mapping[OrganisationKind, str] = MappingProxyType({
    OrganisationKind.STATE_CORPORATION: "state_corporation",
    OrganisationKind.DISTRICT_DEPARTMENT: "provider_office",
    OrganisationKind.OBLAST_DEPARTMENT: "provider_office",
    OrganisationKind.RURAL_AKIM: "rural_akim",
    OrganisationKind.EMPLOYMENT_CENTRE: "employment_centre",
    OrganisationKind.PORTAL: "portal",
})

_HANDING_OVER = frozenset({Produces.RESULT_HANDED_OVER, Produces.RESULT_DELIVERED})


@dataclass(frozen=True)
class Listed:
    id: str
    title: str


@dataclass(frozen=True)
class Term:
    """A timed step: its duration, whose office hours count it, and what it is counted from."""

    duration: Duration
    office: str = "state_corporation"
    anchor: int | None = None  # index of an earlier term it is counted from; None: the previous
    edge: str = "end"


@dataclass(frozen=True)
class ChannelRules:
    kind: str
    receipt: Term | None = None
    forward: Term | None = None
    collect: Term | None = None
    hand_over: Term | None = None
    # sub-service ("" for none) -> the chain of terms from the receipt to the result being ready
    to_result: Mapping[str, tuple[Term | None, ...]] = field(default_factory=dict)
    refusal_paragraph: int | None = None
    refusal_annex: int | None = None


@dataclass(frozen=True)
class IntakeRules:
    regulation_id: int
    catalogue_version: str
    channels: Mapping[str, ChannelRules]
    documents: tuple[Listed, ...]
    refusal_reasons: tuple[Listed, ...]
    incomplete_reason: str  # the reason id a refusal for missing documents cites
    sub_services: tuple[str, ...] = ()
    provider_kinds: frozenset[str] = frozenset()

    def document(self, kind: str) -> Listed | None:
        return next((d for d in self.documents if d.id == kind), None)

    def reason(self, reason_id: str) -> Listed | None:
        return next((r for r in self.refusal_reasons if r.id == reason_id), None)


def due_after(start: datetime, term: Term | None) -> datetime | None:
    return None if term is None else due(start, term.duration, OFFICE_HOURS[term.office])


def chain_due(start: datetime, terms: Sequence[Term | None]) -> datetime | None:
    """End of the last step of a chain; a step runs from its anchor or from the previous end.

    An untimed step (None, e.g. a schedule-driven payment) takes no time in the count.
    """
    starts: list[datetime] = []
    ends: list[datetime] = []
    cursor, last = start, None
    for term in terms:
        begin = cursor
        if term is not None and term.anchor is not None:
            begin = (starts if term.edge == "start" else ends)[term.anchor]
        end = begin if term is None else due(begin, term.duration, OFFICE_HOURS[term.office])
        starts.append(begin)
        ends.append(end)
        cursor = end
        last = end if term is not None else last
    return last


# --- from the catalogue -------------------------------------------------------------------------


def rules_from_regulation(reg: Regulation, catalogue_version: str) -> IntakeRules:
    reasons = tuple(Listed(r.id, r.en) for r in reg.acceptance_refusal_reasons)
    return IntakeRules(
        regulation_id=reg.id,
        catalogue_version=catalogue_version,
        channels=MappingProxyType({c.kind.value: _channel(reg, c.kind.value)
                                   for c in reg.channels}),
        documents=tuple(Listed(d.id, d.en) for d in reg.documents.items),
        refusal_reasons=reasons,
        incomplete_reason=_incomplete_reason(reasons),
        sub_services=tuple(s.id for s in reg.sub_services),
        provider_kinds=frozenset(k.value for k in reg.provider_kinds),
    )


def _incomplete_reason(reasons: tuple[Listed, ...]) -> str:
    # The configured list names the grounds; the one about an incomplete package is the one a
    # missing document falls under. A list without such an entry still refuses, on its first.
    for reason in reasons:
        if any(word in reason.id for word in ("incomplete", "missing", "not_full")):
            return reason.id
    return reasons[0].id


def _channel(reg: Regulation, kind: str) -> ChannelRules:
    intake = reg.channel(kind)
    office = kind if kind in OFFICE_HOURS else "district_department"

    def leg(legs: Sequence[Step], produces: set[Produces]) -> Term | None:
        step = next((s for s in legs if s.produces in produces), None)
        return _term(step, office) if step is not None and step.duration is not None else None

    refusal = intake.refusal_to_accept
    return ChannelRules(
        kind=kind,
        receipt=leg(intake.inbound, {Produces.RECEIPT}),
        forward=leg(intake.inbound, {Produces.DOCUMENTS_FORWARDED, Produces.DOCUMENTS_DELIVERED}),
        collect=leg(intake.outbound, {Produces.RESULT_COLLECTED}),
        hand_over=leg(intake.outbound, set(_HANDING_OVER)),
        to_result=MappingProxyType(_to_result(reg, kind, office)),
        refusal_paragraph=refusal.standard_paragraph if refusal else None,
        refusal_annex=refusal.receipt_annex if refusal else None,
    )


def _to_result(reg: Regulation, kind: str, office: str) -> dict[str, tuple[Term | None, ...]]:
    chains: dict[str, tuple[Term | None, ...]] = {}
    subs: list[str | None] = [s.id for s in reg.sub_services] or [None]
    for sub in subs:
        try:
            plan = reg.plan(kind, sub_service=sub)
        except RouteNotFound:
            continue  # this sub-service is not offered through this channel
        plan = [s for s in plan if s.produces is not Produces.RECEIPT]
        while plan and plan[-1].produces in _HANDING_OVER:
            plan.pop()
        chains[sub or ""] = _terms(plan, office)
    return chains


def _terms(plan: Sequence[Step], office: str) -> tuple[Term | None, ...]:
    index: dict[str, int] = {}
    terms: list[Term | None] = []
    for i, step in enumerate(plan):
        term = _term(step, office)
        if term is not None and step.counted_from is not None:
            named = step.counted_from.step
            anchor = index.get(named, i if named == step.id else None)
            if anchor is not None and anchor < i:
                term = Term(term.duration, term.office, anchor, step.counted_from.edge)
        terms.append(term)
        index.setdefault(step.id, i)
    return tuple(terms)


def _term(step: Step, fallback_office: str) -> Term | None:
    if step.duration is None:
        return None
    org = step.actor.org.value if step.actor.org is not None else fallback_office
    return Term(step.duration, org if org in OFFICE_HOURS else fallback_office)
