"""The case's due follows its steps whenever they are re-timed: a case registered earlier than
its plan assumed at opening is due earlier too, as its own steps say."""

from datetime import datetime
from functools import reduce
from zoneinfo import ZoneInfo

from contracts.identity import OrganisationKind, Role
from contracts.people import Applicant, OrganisationRef
from services.workflow import domain as d
from services.workflow.domain.plan import project_case_due

ALMATY = ZoneInfo("Asia/Almaty")
ENGINE = d.Engine(d.Catalogues.packaged())
PROVIDER = OrganisationRef(organisation_id="dd-talgar", kind=OrganisationKind.DISTRICT_DEPARTMENT,
                           district="talgar")
CLERK = d.Caller("dd-talgar-clerk", Role.OFFICE_CLERK, OrganisationKind.DISTRICT_DEPARTMENT,
                 "dd-talgar", "talgar")
PERIODS = [{"zone": "extreme", "from_year": 1958, "to_year": 1963, "place": "Semey",
            "kind": "residence"}]


def run(state: d.State, command: d.Command) -> d.State:
    return reduce(d.evolve, ENGINE.decide(state, command), state)


def opened(sub_service: str, at: datetime) -> d.State:
    version = ENGINE.catalogues.version_for(at.date())
    return run(d.initial_state, d.OpenCase(
        case_id="c-1", application_id="c-1", regulation_id=1, sub_service=sub_service,
        channel="state_corporation", catalogue_version=version, provider=PROVIDER,
        applicant=Applicant(iin="580314300214", last_name="T", first_name="S"),
        origin="forwarded", now=at, facts={"periods": PERIODS}))


def own_projection(state: d.Active) -> datetime | None:
    plan = ENGINE.plan_of(state.case)
    return project_case_due(plan, state.current.position, state.current.due_at, state.times)


def test_a_case_registered_late_in_the_evening_is_due_as_its_steps_say():
    # opened at 18:30 on Monday 1 December: the plan at opening expects registration next morning
    opening = opened("first_registration", datetime(2025, 12, 1, 18, 30, tzinfo=ALMATY))
    assert isinstance(opening, d.Active)
    registered = run(opening, d.Register(CLERK, None, datetime(2025, 12, 1, 23, 59,
                                                                  tzinfo=ALMATY)))
    assert isinstance(registered, d.Active)
    assert registered.case_due == own_projection(registered)
    assert registered.case_due is not None and opening.case_due is not None
    assert registered.case_due < opening.case_due


def test_a_duplicate_registered_early_is_due_as_its_steps_say():
    opening = opened("duplicate", datetime(2025, 12, 1, 18, 30, tzinfo=ALMATY))
    registered = run(opening, d.Register(CLERK, None, datetime(2025, 12, 1, 23, 59,
                                                                  tzinfo=ALMATY)))
    assert isinstance(registered, d.Active) and isinstance(opening, d.Active)
    assert registered.case_due == own_projection(registered)
    assert registered.case_due is not None and opening.case_due is not None
    assert registered.case_due < opening.case_due
