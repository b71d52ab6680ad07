"""The case as the rules need it: which step it is at, who holds it, the drafts, the flags.

Names, addresses and histories belong to the read models; this stays slim.
"""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from contracts.identity import OrganisationKind, Role
from contracts.people import Applicant, OrganisationRef


@dataclass(frozen=True)
class Holder:
    role: Role
    kind: OrganisationKind
    district: str | None
    rural_district: str | None
    organisation_id: str | None  # known when the provider itself holds the step
    person_id: str | None = None  # known once a person is assigned (the executor)


@dataclass(frozen=True)
class StepInstance:
    step_id: str
    position: int
    instance: int
    holder: Holder
    started_at: datetime
    due_at: datetime | None
    overdue: bool = False


@dataclass(frozen=True)
class Draft:
    number: int
    outcome: str
    reasons: tuple[str, ...]
    payload: dict[str, Any]
    stage: int | None


@dataclass(frozen=True)
class Signed:
    outcome: str
    reference: str
    stage: int | None


@dataclass(frozen=True)
class PendingNotice:
    """An applicant notice an extension owes (reg. 4), not yet sent."""

    due_at: datetime
    overdue: bool = False  # NoticeOverdue was said for it


@dataclass(frozen=True)
class CaseFacts:
    """What the case was opened with; fixed for its life."""

    case_id: str
    application_id: str
    regulation_id: int
    sub_service: str | None
    catalogue_version: str
    route_id: str
    channel: str
    provider: OrganisationRef
    applicant: Applicant
    facts: dict[str, Any]
    opened_at: datetime


@dataclass(frozen=True)
class NoCase:
    pass


@dataclass(frozen=True)
class Opening:
    """Between CaseOpened and its first StepStarted (both appended by one command)."""

    case: CaseFacts
    case_due: datetime | None


@dataclass(frozen=True)
class Active:
    case: CaseFacts
    current: StepInstance
    case_due: datetime | None
    instances: int = 1
    # step id -> (started, finished) of its latest instance: the anchors of later terms
    times: dict[str, tuple[datetime, datetime | None]] = field(default_factory=dict)
    # position -> latest due time: a reworked step keeps the term it had
    dues: dict[int, datetime | None] = field(default_factory=dict)
    executor: str | None = None
    registered: bool = False
    registered_at: datetime | None = None  # CaseRegistered: some terms run from it
    extensions: dict[str, int] = field(default_factory=dict)  # extension id -> times used
    # extension id -> the applicant notice it owes, while not yet sent
    notices: dict[str, PendingNotice] = field(default_factory=dict)
    requests: int = 0  # information requests and checks made
    first_request_at: datetime | None = None  # reg. 4's notice is due from this day
    drafts: int = 0
    draft: Draft | None = None
    signed: Signed | None = None
    fee_paid: bool = False


@dataclass(frozen=True)
class Closed:
    case: CaseFacts
    outcome: str
    decision_reference: str
    closed_at: datetime


State = NoCase | Opening | Active | Closed
