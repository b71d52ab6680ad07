"""What intake needs from a regulation, read once from the catalogue into small frozen data.

The decider never reads the catalogue itself: the API resolves the regulation in force and hands
the decider an `IntakeRules` in the command, so the rules are data and the decider stays pure.
Every due time comes from the case's one plan (`contracts.catalogue.plan`), the same the
workflow times the case by, so the receipt and the case show the same dates.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

from contracts.catalogue import (
    ActInForce,
    Places,
    Planned,
    Produces,
    Regulation,
    RouteNotFound,
    Term,
    case_plan,
    chain_end,
)
from contracts.catalogue.plan import channel_legs, ends
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


@dataclass(frozen=True)
class Listed:
    id: str
    title: str


@dataclass(frozen=True)
class Condition:
    """Who may use a channel: only where the applicant's place lacks some offices."""

    text: str
    absent: frozenset[str]  # PlaceService values the place must not have
    lines: tuple[int, ...] = ()


@dataclass(frozen=True)
class ChannelRules:
    kind: str
    receipt: Term | None = None
    forward: Term | None = None
    collect: Term | None = None
    hand_over: Term | None = None
    # sub-service ("" for none) -> the chain of terms from the receipt to the result being ready
    to_result: Mapping[str, tuple[Term, ...]] = field(default_factory=dict)
    refusal_paragraph: int | None = None
    refusal_annex: int | None = None
    condition: Condition | None = None


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
    recipients: frozenset[str] = frozenset({"individuals"})
    # per submission: the act the application runs under, and the deployment's place data
    act: ActInForce | None = None
    places: Places | None = None

    def document(self, kind: str) -> Listed | None:
        return next((d for d in self.documents if d.id == kind), None)

    def reason(self, reason_id: str) -> Listed | None:
        return next((r for r in self.refusal_reasons if r.id == reason_id), None)


def due_after(start: datetime, term: Term | None) -> datetime | None:
    return None if term is None or term.duration is None else ends(term, start, {})


def chain_due(start: datetime, terms: Sequence[Term]) -> datetime | None:
    """End of the last timed term of a chain (the plan's own counting, `schedule`)."""
    return chain_end(terms, start)


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
        recipients=frozenset(r.value for r in reg.recipients.value),
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
    legs = channel_legs(reg, kind)

    def leg(produces: Produces) -> Term | None:
        found = next((e.term for e in legs if e.produces is produces), None)
        return found if found is not None and found.duration is not None else None

    refusal = intake.refusal_to_accept
    condition = None
    if intake.requires_absent:
        condition = Condition(intake.condition or "", frozenset(s.value for s in
                                                                 intake.requires_absent),
                              intake.lines)
    return ChannelRules(
        kind=kind,
        receipt=leg(Produces.RECEIPT),
        forward=leg(Produces.DOCUMENTS_FORWARDED),
        collect=leg(Produces.RESULT_COLLECTED),
        hand_over=leg(Produces.RESULT_HANDED_OVER),
        to_result=MappingProxyType({sub: tuple(e.term for e in _ready(plan))
                                    for sub, plan in _to_result(reg, kind).items()}),
        refusal_paragraph=refusal.standard_paragraph if refusal else None,
        refusal_annex=refusal.receipt_annex if refusal else None,
        condition=condition,
    )


def _to_result(reg: Regulation, kind: str) -> dict[str, tuple[Planned, ...]]:
    chains: dict[str, tuple[Planned, ...]] = {}
    subs: list[str | None] = [s.id for s in reg.sub_services] or [None]
    for sub in subs:
        plan = _first_plan(reg, kind, sub)
        if plan is not None:
            chains[sub or ""] = plan
    return chains


def _first_plan(reg: Regulation, kind: str, sub: str | None) -> tuple[Planned, ...] | None:
    """The plan through the channel; where the provider decides the route (reg. 13 at a district
    department or a rural akim, reg. 10 on the portal) and is not known at the receipt, the plan
    of the first provider the regulation names, whom the package goes to by default."""
    for provider in (None, *reg.provider.kinds):
        try:
            return case_plan(reg, kind, sub_service=sub, provider=provider)
        except RouteNotFound:
            continue  # not this provider; or the sub-service is not offered here
    return None


def _ready(plan: Sequence[Planned]) -> list[Planned]:
    """From after the receipt to the result being ready at the channel: the hand-over to the
    applicant is counted from when they come, not part of the date on the receipt."""
    chain = [e for e in plan if e.produces is not Produces.RECEIPT]
    while chain and chain[-1].produces is Produces.RESULT_HANDED_OVER:
        chain.pop()
    return chain
