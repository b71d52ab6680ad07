"""Given events / when a command / then events or an error: the decider's test grammar."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import reduce
from types import MappingProxyType
from zoneinfo import ZoneInfo

import pytest

from contracts.durations import Duration, DurationUnit
from contracts.events import Event
from contracts.identity import OrganisationKind
from contracts.intake_events import DocumentPresented, Representative
from contracts.people import Applicant, OrganisationRef
from services.intake.domain import decide, evolve, initial_state
from services.intake.domain.commands import Command, SubmitApplication
from services.intake.domain.rules import ChannelRules, IntakeRules, Listed, Term

ALMATY = ZoneInfo("Asia/Almaty")
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=ALMATY)  # a Tuesday, an ordinary working day
APP_ID = "0b8a3c1e-2f6d-4a57-9e1b-7c2d5f4a6b10"
IIN = "850101300025"  # a valid IIN: born 1 Jan 1985, male

MIN = DurationUnit.MINUTES
HOURS = DurationUnit.HOURS
WD = DurationUnit.WORKING_DAYS

SC = OrganisationRef(organisation_id="sc-talgar", kind=OrganisationKind.STATE_CORPORATION,
                     district="talgar")
PROVIDER = OrganisationRef(organisation_id="dep-talgar", kind=OrganisationKind.DISTRICT_DEPARTMENT,
                           district="talgar")


def term(value: int, unit: DurationUnit, office: str = "state_corporation", **kw) -> Term:
    return Term(Duration(value=value, unit=unit), office, **kw)


SC_CHANNEL = ChannelRules(
    kind="state_corporation",
    receipt=term(15, MIN),
    forward=term(3, HOURS),
    collect=term(3, HOURS),
    hand_over=term(15, MIN),
    to_result=MappingProxyType({
        "first_registration": (term(3, HOURS), term(30, MIN, "district_department"),
                               term(19, WD, "district_department"), term(3, HOURS)),
        "duplicate": (term(3, HOURS), term(4, WD, "district_department"), term(3, HOURS)),
    }),
    refusal_paragraph=10,
    refusal_annex=3,
)

REG1 = IntakeRules(
    regulation_id=1,
    catalogue_version="r104_2019_03_29",
    channels=MappingProxyType({
        "state_corporation": SC_CHANNEL,
        "provider_office": ChannelRules(kind="provider_office"),
    }),
    documents=(Listed("application", "Application"), Listed("identity_document", "Identity card"),
               Listed("residence_proof", "Proof of residence in the zone")),
    refusal_reasons=(Listed("incomplete_package", "The package is incomplete"),
                     Listed("expired_documents", "Documents have expired")),
    incomplete_reason="incomplete_package",
    sub_services=("first_registration", "duplicate"),
    provider_kinds=frozenset({"district_department"}),
)

APPLICANT = Applicant(iin=IIN, last_name="Abenov", first_name="Arman", phone="+77010000000")
REPRESENTATIVE = Representative(iin="900202400032", last_name="Abenova", first_name="Aliya",
                                authority="power of attorney No. 7 of 2026-11-20")
FULL_PACKAGE = (
    DocumentPresented(kind="application", originals=1),
    DocumentPresented(kind="identity_document", originals=1, copies=1, pages=2),
    DocumentPresented(kind="residence_proof", copies=1, pages=3),
)
PERIODS = {"periods": [{"zone": "extreme", "from_year": 1949, "to_year": 1962,
                        "place": "Semey", "kind": "residence"}]}


def submission(**changes) -> SubmitApplication:
    values = dict(
        application_id=APP_ID, receipt_number="sc-talgar/2026/000001", now=NOW, rules=REG1,
        channel="state_corporation", accepted_by=SC, applicant=APPLICANT, documents=FULL_PACKAGE,
        district="talgar", sub_service="first_registration", facts=PERIODS,
    )
    values.update(changes)
    return SubmitApplication(**values)


def later(**delta) -> datetime:
    return NOW + timedelta(**delta)


@dataclass
class Scenario:
    history: list[Event] = field(default_factory=list)

    def when(self, command: Command) -> "Outcome":
        state = reduce(evolve, self.history, initial_state)
        try:
            return Outcome(decide(state, command), None)
        except Exception as error:  # the Outcome asserts which error, or re-raises
            return Outcome(None, error)


@dataclass
class Outcome:
    events: list[Event] | None
    error: Exception | None

    def then(self, *expected_types: type[Event]) -> list[Event]:
        if self.error is not None:
            raise self.error
        assert [type(e) for e in self.events] == list(expected_types)
        return self.events

    def then_nothing(self) -> None:
        self.then()

    def then_error(self, kind: type[Exception], field: str | None = None) -> Exception:
        if self.error is None:
            pytest.fail(f"expected {kind.__name__}, got events {self.events}")
        assert isinstance(self.error, kind), self.error
        if field is not None:
            assert self.error.field == field
        return self.error


def given(*events: Event) -> Scenario:
    return Scenario(list(events))


def history_of(*commands: Command) -> list[Event]:
    """The events a sequence of commands produces, for `given(...)`."""
    events: list[Event] = []
    for command in commands:
        state = reduce(evolve, events, initial_state)
        events.extend(decide(state, command))
    return events
