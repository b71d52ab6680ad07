"""The registry decider's test fixtures: authorities, a person, terms, and the shared grammar
bound to the decider."""

from datetime import UTC, datetime

from contracts.identity import OrganisationKind
from contracts.people import OrganisationRef
from contracts.registry_events import HolderName, ZonePeriod
from services.registry.commanding import DECIDER
from services.registry.domain import Register, term_for
from tests.support.deciders import Scenarios

DECIDED = datetime(2025, 3, 3, 6, 0, tzinfo=UTC)  # Monday 11:00 in Almaty
NOW = datetime(2025, 3, 3, 7, 0, tzinfo=UTC)
TALGAR = OrganisationRef(organisation_id="dd-talgar", kind=OrganisationKind.DISTRICT_DEPARTMENT,
                         district="talgar")
KARASAI = OrganisationRef(organisation_id="dd-karasai",
                          kind=OrganisationKind.DISTRICT_DEPARTMENT, district="karasai")
# the version reg. 1 and 17 were re-issued in (resolution No. 104); every term below is read from it
VERSION = "r104_2019_03_29"
CERTIFICATE_TERM = term_for(VERSION, 1, "first_registration", OrganisationKind.DISTRICT_DEPARTMENT)
DUPLICATE_TERM = term_for(VERSION, 1, "duplicate", OrganisationKind.DISTRICT_DEPARTMENT)
NAME = HolderName(last_name="Абаев", first_name="Берик")
PERIOD = ZonePeriod(zone="extreme", from_year=1949, to_year=1965, place="Semey", kind="residence")

SCENARIOS = Scenarios(DECIDER)
given = SCENARIOS.given
history = SCENARIOS.history  # the events a sequence of commands produces, for `given(...)`


def register(case_id="case-1", provider=TALGAR, certificate_id="doc-1", holder_id="h-1"):
    return Register(
        holder_id=holder_id, iin="850101300126", name=NAME, periods=(PERIOD,), provider=provider,
        case_id=case_id, decision_reference=f"dec-{case_id}", decided_at=DECIDED,
        certificate_id=certificate_id, term=CERTIFICATE_TERM, now=NOW,
    )
