"""Issue terms come from the catalogue version of the decision, from the step that issues."""

from datetime import UTC, datetime

import pytest

from contracts.calendar import OFFICE_HOURS, due
from contracts.catalogue import Anchor, Produces, load_catalogue
from contracts.durations import Duration, DurationUnit
from contracts.identity import OrganisationKind
from services.registry.domain import (
    KIND_BY_REGULATION,
    CountedFrom,
    UnknownTerm,
    issue_due,
    issue_term,
    regulation_in,
    term_for,
)

from .scenarios import DECIDED, VERSION

DD = OrganisationKind.DISTRICT_DEPARTMENT
AKIM = OrganisationKind.RURAL_AKIM
OBLAST = OrganisationKind.OBLAST_DEPARTMENT
REGISTERED = datetime(2025, 2, 24, 5, 0, tzinfo=UTC)  # Monday 10:00 in Almaty
VERSIONS = [c.version.id for c in load_catalogue().versions]


def _step(version: str, regulation_id: int, sub_service: str | None, provider, step_id: str):
    steps = regulation_in(version, regulation_id).steps_for(sub_service, provider.value)
    return next(s for s in steps if s.id == step_id)


def test_reg1_certificate_is_the_certificate_step_counted_from_the_decision():
    term = term_for(VERSION, 1, "first_registration", DD)
    step = _step(VERSION, 1, "first_registration", DD, term.step_id)
    assert step.produces is Produces.CERTIFICATE and step.counted_from.step == "decide"
    assert term.counted_from is CountedFrom.SIGNATURE
    assert term.duration == step.duration
    assert issue_due(term, DECIDED, REGISTERED, DD) == due(DECIDED, step.duration,
                                                           OFFICE_HOURS[DD.value])


def test_reg1_duplicate_is_counted_from_the_registration_of_its_application():
    term = term_for(VERSION, 1, "duplicate", DD)
    step = _step(VERSION, 1, "duplicate", DD, term.step_id)
    assert step.produces is Produces.DUPLICATE_CERTIFICATE
    assert term.counted_from is CountedFrom.REGISTRATION
    hours = OFFICE_HOURS[DD.value]
    assert issue_due(term, DECIDED, REGISTERED, DD) == due(REGISTERED, step.duration, hours)
    # an event from before `registered_at` existed: the signature is all the registry knows
    assert issue_due(term, DECIDED, None, DD) == due(DECIDED, step.duration, hours)


def test_reg13_is_timed_in_office_minutes_from_the_signature_at_the_akimat():
    term = term_for(VERSION, 13, None, AKIM)
    step = _step(VERSION, 13, None, AKIM, term.step_id)
    assert step.produces is Produces.RESULT_ISSUED and term.route_id == "direct_akim"
    assert term.duration.unit is DurationUnit.MINUTES
    assert term.counted_from is CountedFrom.SIGNATURE
    assert issue_due(term, DECIDED, REGISTERED, AKIM) == due(DECIDED, step.duration,
                                                             OFFICE_HOURS[AKIM.value])


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize(("regulation_id", "provider"), [
    (1, DD), (13, DD), (13, AKIM), (15, OBLAST), (16, OBLAST), (17, DD),
])
def test_every_document_case_of_every_version_has_a_timed_issuing_step(
    version, regulation_id, provider
):
    regulation = regulation_in(version, regulation_id)
    subs = [s.id for s in regulation.sub_services] or [None]
    for sub in subs:
        term = term_for(version, regulation_id, sub, provider)
        step = _step(version, regulation_id, sub, provider, term.step_id)
        assert term.catalogue_version == version and term.duration == step.duration
        assert step.produces in (Produces.CERTIFICATE, Produces.DUPLICATE_CERTIFICATE,
                                 Produces.RESULT_ISSUED)
    assert regulation_id in KIND_BY_REGULATION


def test_the_term_follows_the_catalogue_not_a_constant():
    regulation = regulation_in(VERSION, 1)
    longer = Duration(value=6, unit=DurationUnit.WORKING_DAYS)
    routes = tuple(
        route.model_copy(update={"steps": tuple(
            s.model_copy(update={"duration": longer}) if s.id == "issue_certificate" else s
            for s in route.steps
        )})
        for route in regulation.routes
    )
    edited = regulation.model_copy(update={"routes": routes})
    term = issue_term(edited, "edited", "first_registration", DD)
    assert term.duration == longer and term.catalogue_version == "edited"


def test_a_term_counted_from_a_moment_the_registry_does_not_know_is_refused():
    regulation = regulation_in(VERSION, 1)
    routes = tuple(
        route.model_copy(update={"steps": tuple(
            s.model_copy(update={"counted_from": Anchor(step="assign_executor")})
            if s.id == "issue_certificate" else s
            for s in route.steps
        )})
        for route in regulation.routes
    )
    with pytest.raises(UnknownTerm, match="assign_executor"):
        issue_term(regulation.model_copy(update={"routes": routes}), VERSION,
                   "first_registration", DD)


def test_unknown_version_regulation_or_route_is_refused_not_guessed():
    with pytest.raises(UnknownTerm, match="no catalogue version"):
        term_for("2019-04", 1, "duplicate", DD)
    with pytest.raises(UnknownTerm):
        term_for(VERSION, 16, None, OBLAST)  # reg. 16 has one route per variant
    with pytest.raises(UnknownTerm):
        term_for(VERSION, 1, "first_registration", AKIM)  # reg. 1 is not an akim's


def test_a_route_without_an_issuing_step_is_refused():
    regulation = regulation_in(VERSION, 15)
    routes = tuple(
        route.model_copy(update={"steps": tuple(
            s for s in route.steps if s.produces is not Produces.RESULT_ISSUED
        )})
        for route in regulation.routes
    )
    with pytest.raises(UnknownTerm, match="no step issuing"):
        issue_term(regulation.model_copy(update={"routes": routes}), VERSION, "grant", OBLAST)
