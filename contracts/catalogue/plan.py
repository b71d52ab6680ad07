"""The one plan of a case: every timed step in the order it runs, and its due times.

Intake's receipt and the workflow's case both read their due times from here, so a receipt and
the case it opens show the same dates for the same steps:

    entries = case_plan(regulation, "state_corporation", sub_service="first_registration")
    times = schedule([e.term for e in entries], accepted_at)   # (begins, ends) of each entry

What the plan holds, beyond the route's steps in the catalogue:

- the channel's legs around the route: the inbound legs (receipt, forwarding, a courier's
  delivery) before it and the outbound legs (collecting the result, a courier, hand-over) after;
- a step no one in the workflow finishes still takes its term: reg. 1's certificate, "within 4
  working days" of the registration decision and before the signature (seed lines 133-143);
- reg. 16's stage-1 notification is signed and issued like a result before stage 2 starts (the
  text does not say so, audit 16.1). Those two steps are ours, so stage 2 is counted from the end
  of stage 1 (line 1229): the assumed steps lengthen no term of the text.

A step's term runs from the end of the entry before it unless the catalogue counts it from an
earlier step (`counted_from`); an untimed entry (a payment by schedule, a portal status) takes no
time.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal

from contracts.calendar import OFFICE_HOURS, due
from contracts.durations import Duration

from .models import Anchor, Route, Step
from .regulation import Regulation
from .vocabulary import Org, Produces

Phase = Literal["inbound", "provider", "outbound"]
# step id -> (began, ended) of the entries known so far: what later anchors are counted from
Times = Mapping[str, tuple[datetime, datetime | None]]

STAGE_1_SUFFIX = "_stage_1"
_CLOSING = (Produces.RESULT_SIGNED, Produces.RESULT_ISSUED)
# what the sending organisation does itself: the legs after these bring the package to the provider
_SENT = frozenset({Produces.RECEIPT, Produces.DOCUMENTS_FORWARDED, Produces.REQUEST_SUBMITTED,
                   Produces.STATUS_SHOWN})


@dataclass(frozen=True)
class Term:
    """One entry's term: how long, in whose office hours, counted from what."""

    id: str
    duration: Duration | None  # None: untimed, takes no time
    office: str  # a key of contracts.calendar.OFFICE_HOURS
    counted_from: Anchor | None = None


@dataclass(frozen=True)
class Planned:
    """A channel leg or a provider step as the case runs it."""

    step: Step
    phase: Phase
    term: Term
    stage: int | None = None

    @property
    def id(self) -> str:
        return self.term.id

    @property
    def produces(self) -> Produces:
        return self.step.produces


def provider_plan(route: Route) -> tuple[Planned, ...]:
    """The route's steps in order, with reg. 16's stage-1 signing and issue (see the module)."""
    first = next((s for s in route.steps if s.produces is Produces.STAGE_1_NOTIFICATION), None)
    if first is None:
        return tuple(_planned(s, "provider") for s in route.steps)
    closing = [s for s in route.steps if s.produces in _CLOSING]
    plan: list[Planned] = []
    stage = 1
    for step in route.steps:
        entry = _planned(step, "provider", stage=stage)
        if stage == 2 and plan[-1].stage == 1 and step.counted_from is None:
            entry = replace(entry, term=replace(entry.term, counted_from=Anchor(step=first.id)))
        plan.append(entry)
        if step is first:
            plan.extend(_planned(s, "provider", stage=1, suffix=STAGE_1_SUFFIX) for s in closing)
            stage = 2
    return tuple(plan)


def case_plan(regulation: Regulation, channel: str, sub_service: str | None = None,
              provider: Org | str | None = None) -> tuple[Planned, ...]:
    """Everything a case lodged at `channel` goes through: inbound legs, steps, outbound legs."""
    intake = regulation.channel(channel)
    route = regulation.route_for(sub_service, provider, intake.kind)
    office = _channel_office(regulation, channel)
    return (*(_planned(s, "inbound", office) for s in intake.inbound), *provider_plan(route),
            *(_planned(s, "outbound", office) for s in intake.outbound))


def channel_legs(regulation: Regulation, channel: str) -> tuple[Planned, ...]:
    """The channel's own legs, inbound then outbound."""
    intake, office = regulation.channel(channel), _channel_office(regulation, channel)
    return (*(_planned(s, "inbound", office) for s in intake.inbound),
            *(_planned(s, "outbound", office) for s in intake.outbound))


def delivery_legs(regulation: Regulation, channel: str) -> tuple[Planned, ...]:
    """The inbound legs between the sender and the provider (reg. 15: the courier's 2 working
    days, line 1181): the provider's clock starts once they are over."""
    office = _channel_office(regulation, channel)
    legs = regulation.channel(channel).inbound
    sent = max((i for i, s in enumerate(legs) if s.produces in _SENT), default=-1)
    return tuple(_planned(s, "inbound", office) for s in legs[sent + 1:])


def ends(term: Term, cursor: datetime, times: Times) -> datetime:
    """When `term` is due: from its anchor when it names a known one, else from `cursor`."""
    begin = begins(term, cursor, times)
    if term.duration is None:
        return begin
    return due(begin, term.duration, OFFICE_HOURS[term.office])


def begins(term: Term, cursor: datetime, times: Times) -> datetime:
    anchor = term.counted_from
    if anchor is None or anchor.step not in times:
        return cursor
    began, ended = times[anchor.step]
    return began if anchor.edge == "start" else (ended or cursor)


def schedule(terms: Sequence[Term], start: datetime,
             times: Times | None = None) -> list[tuple[datetime, datetime]]:
    """(begins, ends) of each term when every one takes its full term, from `start`."""
    known = dict(times or {})
    out: list[tuple[datetime, datetime]] = []
    cursor = start
    for term in terms:
        began, ended = begins(term, cursor, known), ends(term, cursor, known)
        known.setdefault(term.id, (began, ended))
        out.append((began, ended))
        cursor = ended
    return out


def chain_end(terms: Sequence[Term], start: datetime,
              times: Times | None = None) -> datetime | None:
    """The end of the last timed term of a chain; None when none is timed."""
    planned = schedule(terms, start, times)
    timed = [end for term, (_, end) in zip(terms, planned, strict=True) if term.duration]
    return timed[-1] if timed else None


def _planned(step: Step, phase: Phase, fallback: str = "district_department",
             stage: int | None = None, suffix: str = "") -> Planned:
    org = step.actor.org.value if step.actor.org is not None else fallback
    office = org if org in OFFICE_HOURS else fallback
    term = Term(id=step.id + suffix, duration=step.duration, office=office,
                counted_from=step.counted_from)
    return Planned(step=step, phase=phase, term=term, stage=stage)


def _channel_office(regulation: Regulation, channel: str) -> str:
    kind = regulation.channel(channel).kind.value
    return kind if kind in OFFICE_HOURS else regulation.provider.kinds[0].value
