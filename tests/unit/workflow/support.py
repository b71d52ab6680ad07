"""Shared pieces of the workflow unit tests: the packaged catalogue, callers, payloads, the
Given/When/Then grammar bound to the service's decider, and a walker that drives a case along
its golden path."""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from contracts.catalogue import Regulation, Route
from contracts.events import Event
from contracts.identity import OrganisationKind
from contracts.people import Applicant, OrganisationRef
from services.workflow.commanding import Cases
from services.workflow.domain import (
    Action,
    Active,
    AssignExecutor,
    Caller,
    Catalogues,
    DraftDecision,
    IssueResult,
    OpenCase,
    RecordFeePaid,
    Register,
    SendForSignature,
    SignDecision,
    State,
    initial_state,
)
from services.workflow.domain.state import Holder
from tests.support.deciders import Scenarios

CATALOGUES = Catalogues.packaged()
CASES = Cases(CATALOGUES)
ENGINE, DECIDER = CASES.engine, CASES.decider
given = Scenarios(DECIDER).given
# a Monday, 09:00 in Almaty: office hours are open
MONDAY = datetime(2025, 3, 3, 4, 0, tzinfo=UTC)
VERSION = CATALOGUES.version_for(MONDAY.date())
EXECUTOR = "exec-1"
# what a head's signing client sends; the domain records it (the API checks it against the key)
HEAD_SIGNATURE = "ed25519:dd-talgar.head-1.dev:c2lnbmVk"
APPLICANT = Applicant(iin="850101300124", last_name="Seitkali", first_name="Aigerim")

PERIODS = [{"zone": "extreme", "from_year": 1949, "to_year": 1965, "place": "Semey",
            "kind": "residence"}]
FAMILY = [{"relation": "applicant", "iin": "850101300124"},
          {"relation": "child", "birth_date": "2015-05-01", "disabled": True}]
QUARTER = {"start": "2025-04-01", "end": "2025-06-30"}


def regulation(reg_id: int) -> Regulation:
    return CATALOGUES.regulation(VERSION, reg_id)


def payload_for(reg_id: int, sub_service: str | None, stage: int | None,
                channel: str = "state_corporation") -> dict[str, Any]:
    """An approving decision payload each regulation accepts through `channel`."""
    assignment = {"assigned_period": QUARTER}
    match reg_id, sub_service:
        case 1, "duplicate":
            return {"duplicate": {"reason": "lost", "replaces": "SEM-2019-000017"}}
        case 1, _:
            # reg. 1 pays only through the State Corporation (seed lines 112-120)
            payout = {"kind": "bank_account", "iban": "KZ86125KZT5004100100"}
            return {"recognition": {"periods": PERIODS},
                    **({"payout": payout} if channel == "state_corporation" else {})}
        case 4, _:
            income = {"member": 0, "kind": "salary", "amount": "210000.00"}
            return {"assignment": {**assignment, "family_members": FAMILY,
                                   "income_period": {"start": "2024-10-01", "end": "2024-12-31"},
                                   "incomes": [income]}}
        case 10 | 12, _:
            return {"assignment": {**assignment, "category": "teacher"}}
        case 11, "information":
            return {"service": {"summary": "compensation assigned from 2025-01-01"}}
        case 11, _:
            return {"assignment": {**assignment, "family_members": FAMILY,
                                   "costs": [{"kind": "tuition", "amount": "45000.00"}]}}
        case 18, _:
            return {"assignment": {**assignment, "family_members": FAMILY,
                                   "costs": [{"kind": "utilities", "amount": "38000.50"}]}}
        case 13, _:
            return {"document": {"belongs": True, "as_of": "2025-03-03"}}
        case 14, _:
            return {"referral": {"kind": "public_works"}}
        case 15, _:
            return {"document": {"action": sub_service or "grant"}}
        case 16, _:
            return {"document": {"stage": stage, "workers": 3, "employer_bin": "050140000656",
                                 **({"fee_reference": "FEE-1"} if stage == 2 else {})}}
        case 17, "duplicate":
            return {"document": {"duplicate": {"reason": "damaged"}}}
        case 17, _:
            return {"document": {}}
    return {"service": {"summary": "documents drawn up", "provision_until": "2025-12-31"}}


def provider(kind: OrganisationKind, district: str | None = "talgar",
             rural: str | None = None) -> OrganisationRef:
    if kind is OrganisationKind.OBLAST_DEPARTMENT:
        district = None
    if kind is OrganisationKind.RURAL_AKIM:
        rural = rural or "tuzdybastau"
    return OrganisationRef(organisation_id=f"{kind.value}-{district or 'oblast'}-{rural or 0}",
                           kind=kind, district=district, rural_district=rural)


def caller_for(holder: Holder, person: str | None = None, **changes: Any) -> Caller:
    """The person who holds `holder` (or someone like them, changed by `changes`)."""
    base = dict(
        person_id=holder.person_id or person or f"{holder.role.value}-1", role=holder.role,
        kind=holder.kind, organisation_id=holder.organisation_id or f"{holder.kind.value}-org",
        district=holder.district, rural_district=holder.rural_district,
    )
    return Caller(**{**base, **changes})


def fold(events: list[Event], state: State = initial_state) -> State:
    return DECIDER.fold(events, state)


def route_case(reg: Regulation, route: Route) -> tuple[str | None, OrganisationRef, str]:
    """(sub_service, provider, channel) for which the catalogue picks `route`."""
    sub = route.sub_services[0] if route.sub_services else (
        reg.sub_services[0].id if reg.sub_services else None)
    kind = route.providers[0] if route.providers else reg.provider.kinds[0]
    channels = [c.value for c in route.channels] or [c.kind.value for c in reg.channels]
    for channel in channels:
        if reg.route_for(sub, kind, channel).id == route.id:
            return sub, provider(OrganisationKind(kind.value)), channel
    raise AssertionError(f"no query selects route {reg.id}/{route.id}")


def open_command(reg_id: int, sub: str | None, prov: OrganisationRef, channel: str,
                 case_id: str = "case-1", now: datetime = MONDAY) -> OpenCase:
    return OpenCase(case_id=case_id, application_id=case_id, regulation_id=reg_id,
                    sub_service=sub, channel=channel, catalogue_version=VERSION, provider=prov,
                    applicant=APPLICANT, origin="forwarded", now=now, receipt_number="R-1")


@dataclass
class Walk:
    """A case driven step by step; `events` is everything it appended, in order."""

    state: State = initial_state
    events: list[Event] = field(default_factory=list)
    now: datetime = MONDAY

    def run(self, command: Any) -> list[Event]:
        produced = list(DECIDER.decide(self.state, command))
        self.events.extend(produced)
        self.state = fold(produced, self.state)
        return produced

    @property
    def active(self) -> Active:
        assert isinstance(self.state, Active), self.state
        return self.state

    def holder(self, person: str | None = None, **changes: Any) -> Caller:
        return caller_for(self.active.current.holder, person, **changes)

    def tick(self, minutes: int = 10) -> datetime:
        self.now += timedelta(minutes=minutes)
        return self.now

    def next_command(self, outcome: str = "approved") -> Any:
        """The command that finishes the current step on the golden path."""
        case = ENGINE.case(self.active)
        step, by, now = case.step, self.holder(), self.tick()
        match step.action:
            case Action.REGISTER:
                return Register(by, f"REG-{len(self.events)}", now)
            case Action.ASSIGN:
                return AssignExecutor(by, EXECUTOR, now)
            case Action.DRAFT if step.awaits_applicant and not self.active.fee_paid:
                return RecordFeePaid(by, "FEE-1", now)
            case Action.DRAFT:
                facts = self.active.case
                payload = ({} if outcome == "refused"
                           else payload_for(facts.regulation_id, facts.sub_service, step.stage,
                                            facts.channel))
                reasons = ("documents contradict each other",) if outcome == "refused" else ()
                return DraftDecision(by, outcome, reasons, payload, now)
            case Action.SEND:
                return SendForSignature(by, now)
            case Action.SIGN:
                return SignDecision(by, f"DEC-{len(self.events)}", now,
                                    head_signature=HEAD_SIGNATURE)
            case Action.ISSUE:
                return IssueResult(by, now, "result handed to the front office")
        raise AssertionError(step)

    def to(self, action: Action) -> "Walk":
        """Drive the golden path until the case is at a step to `action`."""
        while ENGINE.case(self.active).step.action is not action:
            self.run(self.next_command())
        return self


def walk(reg_id: int = 1, route_id: str | None = None, channel: str | None = None) -> Walk:
    reg = regulation(reg_id)
    route = next(r for r in reg.routes if route_id in (None, r.id))
    sub, prov, default_channel = route_case(reg, route)
    channel = channel or default_channel
    w = Walk()
    w.run(open_command(reg_id, sub, prov, channel))
    return w
