"""Which regulations a front-office desk offers: its own channel's, and at a provider's office
only what that organisation provides; every regulation is offered at some desk."""

from datetime import date
from types import SimpleNamespace

import pytest

from contracts.catalogue import load_catalogue
from services.console.pages.front_office import offered

KINDS = ("state_corporation", "district_department", "employment_centre",
         "oblast_department", "rural_akim")


def ids(kind: str) -> set[int]:
    return {r.id for r in offered(SimpleNamespace(principal={"kind": kind}, today=date.today()))}


@pytest.mark.parametrize(("kind", "regulation_id"), [("employment_centre", 14),
                                                     ("oblast_department", 16),
                                                     ("district_department", 1)])
def test_a_provider_accepts_what_it_provides_at_its_office(kind, regulation_id):
    assert regulation_id in ids(kind)


@pytest.mark.parametrize(("kind", "regulation_id"), [("district_department", 14),
                                                     ("district_department", 16),
                                                     ("oblast_department", 1)])
def test_an_office_is_not_offered_another_provider_s_regulation(kind, regulation_id):
    assert regulation_id not in ids(kind)


def test_every_regulation_is_offered_somewhere():
    every = {r.id for r in load_catalogue().versions[-1].regulations}
    assert every == set().union(*(ids(kind) for kind in KINDS))
