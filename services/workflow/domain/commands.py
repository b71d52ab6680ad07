"""Commands: what someone asks the case to do. Time and new ids arrive in the command."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from contracts.identity import OrganisationKind, Role
from contracts.people import Applicant, OrganisationRef


@dataclass(frozen=True)
class Caller:
    """Who asks (from the token): the decider checks that this person holds the step."""

    person_id: str
    role: Role
    kind: OrganisationKind
    organisation_id: str
    district: str | None = None
    rural_district: str | None = None


@dataclass(frozen=True)
class OpenCase:
    """A provider received the application: forwarded by intake or accepted in person."""

    case_id: str
    application_id: str
    regulation_id: int
    sub_service: str | None
    channel: str
    catalogue_version: str
    provider: OrganisationRef
    applicant: Applicant
    origin: Literal["forwarded", "in_person"]
    now: datetime
    facts: dict[str, Any] = field(default_factory=dict)
    receipt_number: str | None = None
    # when the application was accepted (a forwarded case): the act it runs under is that day's
    accepted_at: datetime | None = None


@dataclass(frozen=True)
class Register:
    """`registration_number` is the caller's, or None for the default the decider composes."""

    by: Caller
    registration_number: str | None
    now: datetime


@dataclass(frozen=True)
class AssignExecutor:
    by: Caller
    executor_person_id: str
    now: datetime


@dataclass(frozen=True)
class ReassignExecutor:
    by: Caller
    executor_person_id: str
    reason: str
    now: datetime


@dataclass(frozen=True)
class RequestInformation:
    by: Caller
    request_id: str
    addressed_to: str
    subject: str
    now: datetime


@dataclass(frozen=True)
class ExtendTerm:
    by: Caller
    extension_id: str
    reason: str
    now: datetime


@dataclass(frozen=True)
class NotifyApplicant:
    by: Caller
    extension_id: str
    form: str
    now: datetime


@dataclass(frozen=True)
class DraftDecision:
    by: Caller
    outcome: Literal["approved", "refused"]
    reasons: tuple[str, ...]
    payload: dict[str, Any]
    now: datetime


@dataclass(frozen=True)
class SendForSignature:
    by: Caller
    now: datetime


@dataclass(frozen=True)
class ReturnDraft:
    by: Caller
    comment: str
    now: datetime


@dataclass(frozen=True)
class SignDecision:
    """`decision_reference` is the caller's, or None: the decider then composes one from `fresh`,
    a new random hex id the caller generated (the domain makes no randomness of its own).

    `head_signature` is the head's own signature of the decision document (`decision_document`),
    checked against the head's published key before the command is built: the decision carries
    it, and is refused without it."""

    by: Caller
    decision_reference: str | None
    now: datetime
    fresh: str | None = None
    head_signature: str | None = None


@dataclass(frozen=True)
class IssueResult:
    by: Caller
    now: datetime
    summary: str = ""


@dataclass(frozen=True)
class RecordFeePaid:
    by: Caller
    reference: str
    now: datetime


@dataclass(frozen=True)
class MarkOverdue:
    """Said by the deadline scheduler for one step instance it found past due."""

    instance: int
    now: datetime


@dataclass(frozen=True)
class MarkNoticeOverdue:
    """Said by the deadline scheduler for an applicant notice it found not sent by its due."""

    extension_id: str
    now: datetime


# what an open case is asked to do (`deciding.decide`); opening is the engine's own
CaseCommand = (
    Register | AssignExecutor | ReassignExecutor | RequestInformation | ExtendTerm
    | NotifyApplicant | DraftDecision | SendForSignature | ReturnDraft | SignDecision
    | IssueResult | RecordFeePaid | MarkOverdue | MarkNoticeOverdue
)
Command = OpenCase | CaseCommand
