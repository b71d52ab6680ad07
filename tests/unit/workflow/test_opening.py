"""Opening a case: bound to the catalogue version, on the route the case's facts select."""

from contracts.identity import OrganisationKind
from contracts.workflow_events import CaseOpened, StepStarted
from services.workflow.domain import (
    CaseAlreadyOpen,
    CaseClosed,
    CaseNotFound,
    Register,
    UnknownCatalogue,
    in_person_channel,
)
from services.workflow.domain.commands import Caller

from .support import MONDAY, given, open_command, provider, regulation, walk
from .test_golden_walks import walk_to_the_end

DISTRICT = provider(OrganisationKind.DISTRICT_DEPARTMENT)


def test_forwarded_application_opens_a_case_at_its_first_step():
    opened, first = given().when(
        open_command(1, "first_registration", DISTRICT, "state_corporation")
    ).then(CaseOpened, StepStarted)

    assert opened.route_id == "first_registration" and opened.origin == "forwarded"
    assert first.step_id == "register" and first.instance == 1
    assert first.holder_kind is OrganisationKind.DISTRICT_DEPARTMENT
    assert first.organisation_id == DISTRICT.organisation_id
    assert first.due_at is not None and opened.case_due > first.due_at


def test_a_case_without_sub_service_takes_the_regulations_first():
    opened, _ = given().when(open_command(1, None, DISTRICT, "provider_office")).then(
        CaseOpened, StepStarted)

    assert opened.sub_service == "first_registration"


def test_the_same_application_forwarded_again_opens_nothing():
    w = walk(1)
    again = open_command(1, "first_registration", DISTRICT, "state_corporation")
    given(*w.events).when(again).then()


def test_another_application_under_an_existing_case_id_is_refused():
    w = walk(1)
    command = open_command(1, "first_registration", DISTRICT, "state_corporation")
    other = command.__class__(**{**command.__dict__, "application_id": "another"})
    given(*w.events).when(other).raises(CaseAlreadyOpen)


def test_the_same_application_after_closing_opens_nothing_and_another_is_refused():
    w = walk_to_the_end(2, "main")
    command = open_command(2, None, DISTRICT, "state_corporation")
    given(*w.events).when(command).then()
    other = command.__class__(**{**command.__dict__, "application_id": "another"})
    given(*w.events).when(other).raises(CaseClosed)


def test_a_regulation_without_that_channel_is_refused():
    given().when(open_command(4, None, provider(OrganisationKind.EMPLOYMENT_CENTRE),
                              "state_corporation")).raises(UnknownCatalogue)


def test_an_unknown_catalogue_version_is_refused():
    command = open_command(1, "first_registration", DISTRICT, "provider_office")
    stale = command.__class__(**{**command.__dict__, "catalogue_version": "r000"})
    given().when(stale).raises(UnknownCatalogue, field="catalogue_version")


def test_a_provider_the_regulation_does_not_name_is_refused():
    given().when(open_command(15, "grant", DISTRICT, "provider_office")).raises(UnknownCatalogue)


def test_commands_on_a_case_that_does_not_exist_are_refused():
    clerk = Caller("p", "office_clerk", OrganisationKind.DISTRICT_DEPARTMENT, "o", "talgar")
    given().when(Register(clerk, "R", MONDAY)).raises(CaseNotFound)


def test_reg4_at_a_rural_akim_is_held_by_that_akims_office():
    akim = provider(OrganisationKind.RURAL_AKIM)
    _, first = given().when(open_command(4, None, akim, "rural_akim")).then(CaseOpened, StepStarted)

    assert first.holder_kind is OrganisationKind.RURAL_AKIM
    assert (first.district, first.rural_district) == (akim.district, akim.rural_district)


def test_in_person_the_provider_accepts_at_its_own_office_and_others_through_their_channel():
    centre, district = OrganisationKind.EMPLOYMENT_CENTRE, OrganisationKind.DISTRICT_DEPARTMENT
    assert in_person_channel(regulation(14), centre) == "provider_office"  # the Centre provides
    assert in_person_channel(regulation(4), centre) == "employment_centre"  # it forwards reg. 4
    assert in_person_channel(regulation(1), district) == "provider_office"
