"""Request and response bodies of the intake API (the event payloads live in contracts)."""

from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from contracts.iin import IinStr
from contracts.people import ApplicantIn, OrganisationRef


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)


class RepresentativeIn(_In):
    iin: IinStr
    last_name: str = Field(min_length=1, max_length=100)
    first_name: str = Field(min_length=1, max_length=100)
    middle_name: str | None = Field(default=None, max_length=100)
    authority: str = Field(min_length=1, max_length=200, description="power of attorney etc.")


class DocumentIn(_In):
    kind: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64,
                      description="an id from the regulation's document checklist")
    originals: int = Field(default=0, ge=0, le=100)
    copies: int = Field(default=0, ge=0, le=100)
    pages: int | None = Field(default=None, ge=1, le=10_000)


# Reg. 1 at a State Corporation office: a first registration with the applicant's periods in the
# zones, and a duplicate certificate asked for by a representative (invented people).
_APPLICANT = {"iin": "580314300214", "last_name": "Tokhtarov", "first_name": "Serik",
              "middle_name": "Bolatuly", "phone": "+77015550142"}
_PACKAGE = [{"kind": "application", "originals": 1},
            {"kind": "identity_document", "originals": 1, "copies": 1, "pages": 2}]
_SUBMIT_EXAMPLES = [
    {"regulation_id": 1, "sub_service": "first_registration", "channel": "state_corporation",
     "applicant": _APPLICANT, "documents": _PACKAGE,
     "facts": {"periods": [{"zone": "extreme", "from_year": 1958, "to_year": 1963,
                            "place": "Semey", "kind": "residence"},
                           {"zone": "maximum", "from_year": 1964, "to_year": 1971,
                            "place": "Abai district, Karaul", "kind": "work"}]},
     "package_received_at": "2026-03-02T10:02:00+05:00"},
    {"regulation_id": 1, "sub_service": "duplicate", "applicant": _APPLICANT,
     "representative": {"iin": "870922400356", "last_name": "Tokhtarova", "first_name": "Dana",
                        "authority": "notarised power of attorney No. 218 of 2026-02-17"},
     "documents": _PACKAGE, "facts": {"duplicate_reason": "lost",
                                      "replaces": "dd-talgar-2019-000317"}},
]


class SubmitRequest(_In):
    model_config = ConfigDict(json_schema_extra={"examples": _SUBMIT_EXAMPLES})

    regulation_id: int = Field(ge=1, le=18)
    sub_service: str | None = Field(default=None, max_length=64)
    channel: str | None = Field(default=None, description="must be the caller's own channel")
    district: str | None = Field(default=None, min_length=1, max_length=32,
                                 description="the caller's own; required from the portal")
    rural_district: str | None = Field(default=None, min_length=1, max_length=32)
    applicant: ApplicantIn
    representative: RepresentativeIn | None = None
    documents: list[DocumentIn] = Field(max_length=60)
    facts: dict[str, Any] = Field(default_factory=dict)
    refusal_reasons: list[str] = Field(default_factory=list, max_length=20,
                                       description="grounds found besides missing documents")
    package_received_at: AwareDatetime | None = None


class ForwardRequest(_In):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"provider": {"organisation_id": "dd-talgar", "kind": "district_department",
                      "district": "talgar"}},
    ]})

    provider: OrganisationRef | None = Field(
        default=None, description="the provider; defaults to the caller when it is the provider")


class HandOverRequest(_In):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"recipient": "applicant", "applicant_arrived_at": "2026-04-08T11:20:00+05:00"},
    ]})

    recipient: Literal["applicant", "representative"] = "applicant"
    applicant_arrived_at: AwareDatetime | None = None


class ApplicationSummary(BaseModel):
    application_id: str
    receipt_number: str
    regulation_id: int
    sub_service: str | None
    channel: str
    status: str
    organisation_id: str
    district: str | None
    rural_district: str | None
    submitted_at: datetime
    forward_due: datetime | None
    forwarded_at: datetime | None
    result_due: datetime | None
    collect_by: datetime | None


class ApplicationPage(BaseModel):
    items: list[ApplicationSummary]
    limit: int
    offset: int


class RecordedEvent(BaseModel):
    """An event of the application as the log holds it, for auditors."""

    event_id: UUID
    stream_version: int
    event_type: str
    schema_version: int
    occurred_at: datetime
    recorded_at: datetime | None
    producer: dict[str, Any]
    actor: dict[str, Any]
    correlation_id: UUID
    causation_id: UUID | None
    payload: dict[str, Any]
