"""The intake decider's test fixtures (rules, people, packages) and the grammar bound to it."""

from datetime import datetime, timedelta
from types import MappingProxyType
from zoneinfo import ZoneInfo

from contracts.catalogue import Term
from contracts.durations import Duration, DurationUnit
from contracts.events import Event
from contracts.identity import OrganisationKind
from contracts.intake_events import DocumentPresented, Representative
from contracts.people import Applicant, OrganisationRef
from services.intake.commanding import DECIDER
from services.intake.domain.commands import Command, SubmitApplication
from services.intake.domain.rules import ChannelRules, IntakeRules, Listed
from tests.support.deciders import Scenarios

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
    step_id = kw.pop("id", f"{office}_{value}_{unit.value}")
    return Term(id=step_id, duration=Duration(value=value, unit=unit), office=office, **kw)


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


SCENARIOS = Scenarios(DECIDER)
given = SCENARIOS.given


def history_of(*commands: Command) -> list[Event]:
    """The events a sequence of commands produces, for `given(...)`."""
    return SCENARIOS.history(*commands)
