"""Small event types for exercising eventkit without any service's domain."""

from datetime import UTC, datetime
from uuid import uuid4

from contracts.events import Event, EventRegistry
from contracts.identity import Actor, OrganisationKind, Producer, Role
from eventkit.store import Metadata


class Counted(Event):
    event_type = "test.Counted"
    topic = "test.counted"
    producers = frozenset({OrganisationKind.DISTRICT_DEPARTMENT})

    n: int


REGISTRY = EventRegistry([Counted])

PRODUCER = Producer(organisation_id="dd-talgar", kind=OrganisationKind.DISTRICT_DEPARTMENT,
                    district="talgar")
ACTOR = Actor(person_id="clerk-1", role=Role.OFFICE_CLERK)


def meta() -> Metadata:
    return Metadata(PRODUCER, ACTOR, datetime(2026, 3, 2, 9, 0, tzinfo=UTC), uuid4())
