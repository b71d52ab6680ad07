"""Commands: what a caller asks intake to do. Time, ids and numbers come in, never from inside."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from contracts.durations import Duration
from contracts.intake_events import DocumentPresented, Representative
from contracts.people import Applicant, OrganisationRef

from .rules import IntakeRules


@dataclass(frozen=True)
class SubmitApplication:
    application_id: str
    receipt_number: str
    now: datetime
    rules: IntakeRules
    channel: str
    accepted_by: OrganisationRef
    applicant: Applicant
    documents: tuple[DocumentPresented, ...]
    district: str | None = None
    rural_district: str | None = None
    sub_service: str | None = None
    representative: Representative | None = None
    facts: dict[str, Any] = field(default_factory=dict)
    refusal_reasons: tuple[str, ...] = ()  # grounds the operator found besides missing documents
    package_received_at: datetime | None = None  # when the applicant handed the package in


@dataclass(frozen=True)
class ForwardApplication:
    now: datetime
    rules: IntakeRules
    provider: OrganisationRef


@dataclass(frozen=True)
class RecordResult:
    now: datetime
    rules: IntakeRules
    outcome: Literal["approved", "refused"]
    decision_reference: str
    provider: OrganisationRef
    issued_at: datetime
    keep_for: Duration  # how long an uncollected result waits before going back
    awaits_document: bool = False  # not handed over before the registry issued its document


@dataclass(frozen=True)
class HandOverResult:
    now: datetime
    rules: IntakeRules
    recipient: Literal["applicant", "representative"] = "applicant"
    applicant_arrived_at: datetime | None = None


@dataclass(frozen=True)
class ReturnResultToProvider:
    now: datetime


@dataclass(frozen=True)
class RecordDocument:
    """The registry issued the document the decision ordered."""

    now: datetime
    document_id: str
    kind: str
    number: str
    issued_at: datetime


@dataclass(frozen=True)
class RecordRegisteredElsewhere:
    """The registry made no entry: the person is registered through another case."""

    now: datetime
    registered_case_id: str
    registered_district: str | None = None


Command = (
    SubmitApplication | ForwardApplication | RecordResult | HandOverResult | ReturnResultToProvider
    | RecordDocument | RecordRegisteredElsewhere
)
