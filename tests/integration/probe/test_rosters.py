"""The directory's staff rosters and the demo's tokens name the same people: the dev stack
issues a token for exactly each person a roster lists, in the same organisation and role."""

from contracts.directory import load_directory
from contracts.identity import Role
from contracts.workflow_events import PROVIDER_KINDS
from qorgau.devstack import demo_organisations


def test_every_demo_token_is_for_a_person_of_the_directorys_roster_and_back():
    directory = load_directory()
    rosters = {(o.organisation_id, m.person_id, m.role) for o in directory.organisations
               for m in o.staff}
    tokens = {(o.organisation_id, p.person_id, p.role) for o in demo_organisations()
              for p in o.people}
    assert tokens - rosters == set()
    assert rosters - tokens == set()


def test_every_provider_has_a_responsible_executor_and_a_head_on_its_roster():
    """Whoever may be sent a case can have it assigned and signed."""
    lacking = [o.organisation_id for o in load_directory().organisations
               if o.kind in PROVIDER_KINDS and not all(
                   any(m.role is role for m in o.staff)
                   for role in (Role.RESPONSIBLE_EXECUTOR, Role.HEAD))]
    assert lacking == []
