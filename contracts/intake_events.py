"""What the intake service tells the others (topic `intake.applications`).

Only the cross-service event lives here for now; intake's own events join this module.
"""

from datetime import date, datetime
from typing import Any

from pydantic import Field

from contracts import topics
from contracts.events import Event, EventRegistry
from contracts.identity import OrganisationKind
from contracts.people import Applicant, OrganisationRef

ACCEPTING_KINDS = frozenset({
    OrganisationKind.STATE_CORPORATION,
    OrganisationKind.DISTRICT_DEPARTMENT,
    OrganisationKind.RURAL_AKIM,
    OrganisationKind.EMPLOYMENT_CENTRE,
    OrganisationKind.OBLAST_DEPARTMENT,
    OrganisationKind.PORTAL,
})


class ApplicationForwarded(Event):
    """A complete package handed to its provider: the workflow starts a case from it.

    `application_id` is the case id for the whole system (the Kafka key of every later event).
    """

    event_type = "intake.ApplicationForwarded"
    topic = topics.INTAKE_APPLICATIONS
    producers = ACCEPTING_KINDS

    application_id: str
    regulation_id: int = Field(ge=1, le=18)
    sub_service: str | None = None
    channel: str
    catalogue_version: str
    accepted_at: datetime
    receipt_number: str
    applicant: Applicant
    representative: dict[str, Any] | None = None
    documents: list[dict[str, Any]] = Field(default_factory=list)
    facts: dict[str, Any] = Field(default_factory=dict)
    provider: OrganisationRef
    forwarded_at: datetime
    result_due: date | None = None


REGISTRY = EventRegistry([ApplicationForwarded])
