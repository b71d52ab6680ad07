"""`qorgau dues`: the due times of one case of each regulation through every channel, as the
receipt (intake's decider) and the case (the workflow's engine) both show them.

One application per regulation and channel is accepted at the given moment (the package handed
in at that minute); the receipt is what intake's decider gives. The case opens when the package
reaches the provider (the receipt's forwarding due, or at once at the provider's own desk) and is
timed by the workflow's engine as every step takes its full term. `agree` compares the receipt's
result date with the case's last due time followed by the channel's own legs back.
"""

import os
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Annotated
from zoneinfo import ZoneInfo

import typer
from rich.console import Console

from contracts.calendar import CalendarWarning
from contracts.catalogue import (
    PLACES_SETTING,
    Regulation,
    RouteNotFound,
    continuation_from,
    load_catalogue,
    load_places,
    schedule,
)
from contracts.catalogue.plan import channel_legs
from contracts.identity import OrganisationKind
from contracts.intake_events import ApplicationAccepted, DocumentPresented
from contracts.people import Applicant, OrganisationRef
from contracts.workflow_events import CaseOpened, StepStarted
from qorgau.devstack import deployment_settings
from services.intake.domain import SubmitApplication, decide, initial_state
from services.intake.domain.rules import IntakeRules, rules_from_regulation
from services.workflow.domain import Catalogues, Engine, OpenCase
from services.workflow.domain import initial_state as no_case
from services.workflow.domain.plan import PlanStep, step_due

ALMATY = ZoneInfo("Asia/Almaty")
ACCEPTING: dict[str, OrganisationKind] = {
    "state_corporation": OrganisationKind.STATE_CORPORATION,
    "rural_akim": OrganisationKind.RURAL_AKIM,
    "employment_centre": OrganisationKind.EMPLOYMENT_CENTRE,
    "portal": OrganisationKind.PORTAL,
}
APPLICANT = Applicant(iin="850101300025", last_name="Abenov", first_name="Arman")
FACTS = {10: {"category": "disability"}, 12: {"category": "education"}}


@dataclass(frozen=True)
class Row:
    regulation_id: int
    sub_service: str | None
    channel: str
    provider: str
    receipt_due: datetime | None
    forward_due: datetime | None
    result_due: datetime | None
    opened_at: datetime
    first_step: str
    first_due: datetime | None
    case_due: datetime | None
    step_dues: tuple[tuple[str, datetime | None], ...]
    ready_after_case: datetime | None
    provisional: tuple[int, ...]

    @property
    def agree(self) -> bool:
        return self.result_due == self.ready_after_case


def rows(accepted_at: datetime) -> Iterator[Row]:
    """One case of every regulation through every channel it lists."""
    history = load_catalogue()
    settings = {**deployment_settings(), **os.environ}  # the demo deployment's, unless overridden
    continuation = continuation_from(settings)
    catalogue, _ = history.in_force(accepted_at.astimezone(ALMATY).date(), continuation)
    places = load_places(settings[PLACES_SETTING])
    engine = Engine(Catalogues(history.versions, continuation, places))
    for regulation in catalogue.regulations:
        for channel in regulation.channels:
            row = _row(engine, regulation, catalogue.version.id, channel.kind.value,
                       accepted_at)
            if row is not None:
                yield row


def _row(engine: Engine, reg: Regulation, version: str, channel: str,
         accepted_at: datetime) -> Row | None:
    sub = reg.sub_services[0].id if reg.sub_services else None
    kind = _provider(reg, sub, channel)
    if kind is None:
        return None
    provider = _org(kind)
    accepting = provider if channel == "provider_office" else _org(ACCEPTING[channel])
    rules = replace(rules_from_regulation(reg, version), places=engine.catalogues.places)
    receipt = _receipt(rules, channel, accepting, sub, reg.id, accepted_at)
    opened_at = receipt.forward_due or accepted_at
    opening = OpenCase(
        case_id="case", application_id="case", regulation_id=reg.id, sub_service=sub,
        channel=channel, catalogue_version=version, provider=provider, applicant=APPLICANT,
        origin="forwarded" if receipt.forward_due else "in_person", now=opened_at,
        accepted_at=accepted_at, receipt_number=receipt.receipt_number,
        facts=FACTS.get(reg.id, {}))
    opened, first = engine.decide(no_case, opening)
    assert isinstance(opened, CaseOpened) and isinstance(first, StepStarted)
    plan = engine.plan(version, reg.id, opened.route_id, channel)
    return Row(
        regulation_id=reg.id, sub_service=sub, channel=channel, provider=kind.value,
        receipt_due=receipt.receipt_due, forward_due=receipt.forward_due,
        result_due=receipt.result_due, opened_at=opened_at, first_step=first.step_id,
        first_due=first.due_at, case_due=opened.case_due,
        step_dues=tuple(_step_dues(plan, opened_at)),
        ready_after_case=_ready(reg, channel, opened.case_due),
        provisional=tuple(receipt.provisional_calendar),
    )


def _receipt(rules: IntakeRules, channel: str, accepting: OrganisationRef, sub: str | None,
             reg_id: int, at: datetime) -> ApplicationAccepted:
    command = SubmitApplication(
        application_id="app", receipt_number="R-1", now=at, rules=rules, channel=channel,
        accepted_by=accepting, applicant=APPLICANT,
        documents=tuple(DocumentPresented(kind=d.id, originals=1) for d in rules.documents),
        district=accepting.district, rural_district=accepting.rural_district, sub_service=sub,
        facts=FACTS.get(reg_id, {}), package_received_at=at)
    (event,) = decide(initial_state, command)
    assert isinstance(event, ApplicationAccepted)
    return event


def _step_dues(plan: Sequence[PlanStep],
               start: datetime) -> Iterator[tuple[str, datetime | None]]:
    """Each step's due as the case shows it when the step starts, every step taking its term."""
    times: dict[str, tuple[datetime, datetime | None]] = {}
    cursor = start
    for step in plan:
        due_at = step_due(step, cursor, times)
        times[step.step_id] = (cursor, due_at)
        yield step.step_id, due_at
        cursor = due_at or cursor


def _ready(reg: Regulation, channel: str, case_due: datetime | None) -> datetime | None:
    """The case's last due, then the channel's legs back until the result waits for the
    applicant (the hand-over itself is counted from when they come)."""
    if case_due is None:
        return None
    back = [e.term for e in channel_legs(reg, channel) if e.phase == "outbound"
            and e.produces.value != "result_handed_over"]
    planned = schedule(back, case_due)
    timed = [end for term, (_, end) in zip(back, planned, strict=True) if term.duration]
    return timed[-1] if timed else case_due


def _provider(reg: Regulation, sub: str | None, channel: str) -> OrganisationKind | None:
    for kind in (None, *reg.provider.kinds):
        try:
            route = reg.route_for(sub, kind, channel)
        except RouteNotFound:
            continue
        chosen = kind or (route.providers[0] if route.providers else reg.provider.kinds[0])
        return OrganisationKind(chosen.value)
    return None


def _org(kind: OrganisationKind) -> OrganisationRef:
    district = None if kind in (OrganisationKind.OBLAST_DEPARTMENT,
                                OrganisationKind.PORTAL) else "talgar"
    rural = "panfilov" if kind is OrganisationKind.RURAL_AKIM else None
    return OrganisationRef(organisation_id=f"{kind.value}-{rural or district or 'oblast'}",
                           kind=kind, district=district, rural_district=rural)


def _when(moment: datetime | None) -> str:
    return moment.astimezone(ALMATY).strftime("%d.%m.%Y %H:%M") if moment else "-"


app = typer.Typer(help=__doc__)
console = Console(width=200)


@app.callback(invoke_without_command=True)
def dues(
    at: Annotated[str, typer.Option(help="when the packages are accepted (ISO, Almaty time)")]
    = "2019-06-03T10:00",
    steps: Annotated[bool, typer.Option(help="also list each step's due")] = False,
) -> None:
    """Print the receipt's and the case's due times of one case of each regulation."""
    accepted_at = datetime.fromisoformat(at).replace(tzinfo=ALMATY)
    # a row in a provisional calendar year says so itself
    warnings.simplefilter("ignore", CalendarWarning)
    console.print(f"accepted {_when(accepted_at)}; receipt: receipt due / forward due / result "
                  "ready; case: opened / first step due / case due / result ready after the "
                  "case", markup=False)
    header = (f"{'reg':>3} {'sub-service':<19} {'channel':<18} {'provider':<19} "
              f"{'receipt due':<17}{'forward due':<17}{'result ready':<17}| "
              f"{'case opened':<17}{'first step due':<17}{'case due':<17}"
              f"{'ready (case)':<17}agree")
    console.print(header, markup=False, soft_wrap=True)
    for row in rows(accepted_at):
        mark = "yes" if row.agree else "NO"
        note = f" (calendar {', '.join(map(str, row.provisional))} provisional)" \
            if row.provisional else ""
        console.print(
            f"{row.regulation_id:>3} {row.sub_service or '-':<19} {row.channel:<18} "
            f"{row.provider:<19} {_when(row.receipt_due):<17}{_when(row.forward_due):<17}"
            f"{_when(row.result_due):<17}| {_when(row.opened_at):<17}"
            f"{_when(row.first_due):<17}{_when(row.case_due):<17}"
            f"{_when(row.ready_after_case):<17}{mark}{note}", markup=False, soft_wrap=True)
        if steps:
            console.print("      " + ", ".join(f"{s} {_when(d)}" for s, d in row.step_dues),
                          markup=False, soft_wrap=True)


__all__ = ["Row", "app", "rows"]
