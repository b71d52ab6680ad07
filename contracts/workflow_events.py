"""What the workflow service tells the others (topic `workflow.cases`).

`DecisionSigned` carries the regulation's payload (reg. 1: recognition with zones, periods and
years; monetary services: the assignment); `ResultIssued` closes the provider's part.
"""

from datetime import datetime
from typing import Any, Literal

from pydantic import Field

from contracts import topics
from contracts.events import Event, EventRegistry
from contracts.identity import OrganisationKind
from contracts.people import Applicant, OrganisationRef

PROVIDER_KINDS = frozenset({
    OrganisationKind.DISTRICT_DEPARTMENT,
    OrganisationKind.RURAL_AKIM,
    OrganisationKind.EMPLOYMENT_CENTRE,
    OrganisationKind.OBLAST_DEPARTMENT,
})


class DecisionSigned(Event):
    event_type = "workflow.DecisionSigned"
    topic = topics.WORKFLOW_CASES
    producers = PROVIDER_KINDS

    case_id: str
    regulation_id: int = Field(ge=1, le=18)
    sub_service: str | None = None
    catalogue_version: str
    outcome: Literal["approved", "refused"]
    reasons: list[str] = Field(default_factory=list)
    decision_reference: str
    applicant: Applicant
    provider: OrganisationRef
    signed_at: datetime
    payload: dict[str, Any] = Field(default_factory=dict)


class ResultIssued(Event):
    event_type = "workflow.ResultIssued"
    topic = topics.WORKFLOW_CASES
    producers = PROVIDER_KINDS

    case_id: str
    regulation_id: int = Field(ge=1, le=18)
    outcome: Literal["approved", "refused"]
    decision_reference: str
    provider: OrganisationRef
    issued_at: datetime
    summary: str = ""


REGISTRY = EventRegistry([DecisionSigned, ResultIssued])
