"""Request and response bodies of the workflow API (separate from events and tables)."""

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from contracts.people import ApplicantIn


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)


class AcceptInPerson(_In):
    """An application accepted at the provider's own office (no front office in between)."""

    regulation_id: int = Field(ge=1, le=18)
    sub_service: str | None = Field(default=None, max_length=64)
    applicant: ApplicantIn
    facts: dict[str, Any] = Field(default_factory=dict)


class RegisterIn(_In):
    registration_number: str | None = Field(default=None, min_length=1, max_length=64)


class ExecutorIn(_In):
    person_id: str = Field(min_length=1, max_length=64)


class ReassignIn(ExecutorIn):
    reason: str = Field(min_length=1, max_length=500)


class InformationRequestIn(_In):
    addressed_to: str = Field(min_length=1, max_length=200)
    subject: str = Field(min_length=1, max_length=1000)


class ExtensionIn(_In):
    extension_id: str = Field(min_length=1, max_length=64)
    reason: str = Field(min_length=1, max_length=1000)


class NoticeIn(_In):
    extension_id: str = Field(min_length=1, max_length=64)
    form: str = Field(default="written notification", min_length=1, max_length=100)


class DraftIn(_In):
    outcome: Literal["approved", "refused"]
    reasons: list[str] = Field(default_factory=list, max_length=20)
    payload: dict[str, Any] = Field(default_factory=dict)


class ReturnIn(_In):
    comment: str = Field(min_length=1, max_length=2000)


class SignIn(_In):
    decision_reference: str | None = Field(default=None, min_length=1, max_length=64)


class IssueIn(_In):
    summary: str = Field(default="", max_length=2000)


class FeeIn(_In):
    reference: str = Field(min_length=1, max_length=64)


class StepOut(BaseModel):
    step_id: str
    instance: int
    role: str
    holder_kind: str
    district: str | None
    rural_district: str | None
    person_id: str | None
    started_at: datetime
    due_at: datetime | None
    overdue: bool = False


class CaseStatus(BaseModel):
    """What a command answers: where the case is now and its new version (also the ETag)."""

    case_id: str
    version: int
    status: Literal["open", "closed"]
    current_step: StepOut | None
    case_due: datetime | None
    outcome: str | None = None
    appended: list[str] = Field(default_factory=list, description="event types appended")


class HistoryItem(BaseModel):
    stream_version: int
    event_type: str
    occurred_at: datetime
    producer: dict[str, Any]
    actor: dict[str, Any]
    payload: dict[str, Any]


class CaseDetail(BaseModel):
    case_id: str
    application_id: str
    regulation_id: int
    sub_service: str | None
    route_id: str
    catalogue_version: str
    channel: str
    origin: str
    provider_id: str
    provider_kind: str
    district: str | None
    rural_district: str | None
    applicant: dict[str, Any]
    status: str
    outcome: str | None
    decision_reference: str | None
    registration_number: str | None
    executor: str | None
    opened_at: datetime
    case_due: datetime | None
    closed_at: datetime | None
    version: int
    current_step: StepOut | None
    history: list[HistoryItem]


class InboxItem(BaseModel):
    case_id: str
    regulation_id: int
    step_id: str
    instance: int
    role: str
    holder_kind: str
    district: str | None
    rural_district: str | None
    person_id: str | None
    started_at: datetime
    due_at: datetime | None
    overdue: bool
    case_due: datetime | None
    applicant_last_name: str | None


class SlaRow(BaseModel):
    district: str | None
    regulation_id: int
    on_time: int
    late: int
    open: int
    open_overdue: int
    median_working_days: float | None
    p90_working_days: float | None
