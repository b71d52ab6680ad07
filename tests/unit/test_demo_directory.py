"""The organisation directory the services run with (contracts/directory/almaty_oblast.yaml) and
the demo's organisations and places (qorgau/demo) describe one oblast: every organisation the
demo issues tokens for is in the directory as the same kind at the same place, and the other way
round; every office the place data lists at a place is an organisation of the directory there,
and every organisation of the directory that sits at a place is at a place the data lists."""

from importlib import resources
from typing import Any

import pytest

from contracts.catalogue.places import Places, parse_places
from contracts.directory import Directory, load_directory
from contracts.identity import OrganisationKind
from qorgau.devstack import demo_organisations
from qorgau.tokens import Organisation as DemoOrganisation

# the place data's offices and the kinds of organisation that hold them
OFFICE_KINDS = {"provider_office": OrganisationKind.DISTRICT_DEPARTMENT,
                "employment_centre": OrganisationKind.EMPLOYMENT_CENTRE}


@pytest.fixture(scope="module")
def directory() -> Directory:
    return load_directory()


@pytest.fixture(scope="module")
def demo() -> list[DemoOrganisation]:
    return demo_organisations()


@pytest.fixture(scope="module")
def places() -> Places:
    text = resources.files("qorgau.demo").joinpath("places.yaml").read_text("utf-8")
    return parse_places(text, "qorgau/demo/places.yaml")


def _where(o: Any) -> tuple[object, ...]:
    return (o.kind, o.district, o.rural_district)


def test_every_demo_organisation_is_in_the_directory_as_itself(directory, demo):
    differing = {o.organisation_id: (_where(o), _where(directory.get(o.organisation_id)))
                 for o in demo if directory.get(o.organisation_id) is None
                 or _where(directory.get(o.organisation_id)) != _where(o)}
    assert differing == {}


def test_every_directory_organisation_has_demo_people(directory, demo):
    assert {o.organisation_id for o in directory.organisations} == {
        o.organisation_id for o in demo}
    assert all(o.people for o in demo)


def test_every_office_the_place_data_lists_is_an_organisation_of_the_directory(directory,
                                                                               places):
    missing = [
        f"{place.district}: {office}" for place in places.places for office in place.offices
        if place.rural_district is None and not any(
            o.kind is OFFICE_KINDS[office] and o.district == place.district
            for o in directory.organisations)
    ]
    assert missing == []


def test_no_office_sits_where_the_place_data_says_there_is_none(directory, places):
    """A district department or Employment Centre sits at its district's centre, which the data
    lists with that office; a rural district the data lists has neither."""
    wrong = []
    for o in directory.organisations:
        office = next((name for name, kind in OFFICE_KINDS.items() if kind is o.kind), None)
        if office is None:
            continue
        offices = places.offices_at(o.district, None)
        if offices is None or office not in offices:
            wrong.append(o.organisation_id)
    assert wrong == []


def test_every_placed_organisation_is_at_a_place_the_data_lists(directory, places):
    unlisted = [o.organisation_id for o in directory.organisations if o.district is not None
                and places.offices_at(o.district, o.rural_district) is None]
    assert unlisted == []
