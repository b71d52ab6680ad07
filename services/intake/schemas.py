"""Request and response bodies of the intake API (the event payloads live in contracts)."""

from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from contracts.identity import Actor
from contracts.iin import IinStr
from contracts.intake_events import DocumentPresented, ListedItem, Representative
from contracts.people import Applicant, ApplicantIn, OrganisationRef


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
_APPLICANT: dict[str, Any] = {
    "iin": "580314300214", "last_name": "Tokhtarov", "first_name": "Serik",
    "middle_name": "Bolatuly", "phone": "+77015550142"}
_PACKAGE: list[Any] = [{"kind": "application", "originals": 1},
            {"kind": "identity_document", "originals": 1, "copies": 1, "pages": 2}]
_SUBMIT_EXAMPLES: list[Any] = [
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


# --- what callers read: an application and its receipts -----------------------------------

class _View(BaseModel):
    model_config = ConfigDict(frozen=True)


# What the State Corporation in Talgar hands out for a reg. 1 package (an invented applicant)
_GFC: dict[str, Any] = {
    "organisation_id": "gfc-talgar", "kind": "state_corporation", "district": "talgar",
    "rural_district": None}
_APPLICATION: dict[str, Any] = {
    "kind": "application", "title": "Application in the form set by the Standard.",
    "originals": 1, "copies": 0, "pages": None}
_IDENTITY: dict[str, Any] = {"id": "identity_document",
             "title": "Document proving the applicant's identity (or the applicant's authority)."}
_RECEIPT: dict[str, Any] = {
    "kind": "receipt", "receipt_number": "gfc-talgar-2026-000142",
    "application_id": "0b8a3c1e-2f6d-4a57-9e1b-7c2d5f4a6b10", "regulation_id": 1,
    "sub_service": "first_registration", "channel": "state_corporation",
    "catalogue_version": "r547_2019_12_03", "issued_at": "2026-03-02T10:05:00+05:00",
    "issued_by": _GFC, "operator": {"person_id": "gfc-talgar-operator", "role": "operator"},
    "district": "talgar", "rural_district": None,
    "applicant": {"iin": "580314300214", "last_name": "Tokhtarov", "first_name": "Serik",
                  "middle_name": "Bolatuly", "phone": "+77015550142", "email": None},
    "representative": None,
    "documents": [_APPLICATION, {"kind": _IDENTITY["id"], "title": _IDENTITY["title"],
                                 "originals": 1, "copies": 1, "pages": 2}],
    "missing_documents": [], "reasons": [], "standard_paragraph": None, "receipt_annex": None,
    "forward_due": "2026-03-02T13:05:00+05:00", "result_due": "2026-04-09T18:00:00+05:00",
}
_REFUSAL: dict[str, Any] = {
    **_RECEIPT, "kind": "refusal", "receipt_number": "gfc-talgar-2026-000143",
    "application_id": "5e2f7a90-1c3b-4d8e-a6f4-93b0c7d1e258",
    "issued_at": "2026-03-02T10:25:00+05:00", "documents": [_APPLICATION],
    "missing_documents": [_IDENTITY],
    "reasons": [{"id": "incomplete_package",
                 "title": "The document package is incomplete against the Standard's list."}],
    "standard_paragraph": 10, "receipt_annex": 3, "forward_due": None, "result_due": None,
}
_ACCEPTED: dict[str, Any] = {
    "application_id": _RECEIPT["application_id"], "status": "accepted", "version": 1,
    "regulation_id": 1, "sub_service": "first_registration", "channel": "state_corporation",
    "organisation_id": "gfc-talgar", "district": "talgar", "rural_district": None,
    "receipt": _RECEIPT,
    "facts": {"periods": [{"zone": "extreme", "from_year": 1958, "to_year": 1963,
                           "place": "Semey", "kind": "residence"},
                          {"zone": "maximum", "from_year": 1964, "to_year": 1971,
                           "place": "Abai district, Karaul", "kind": "work"}],
              "payout": None, "duplicate_reason": None, "replaces": None},
    "forwarded_at": None, "forward_overdue": None, "provider": None, "result": None,
}
_FORWARDED: dict[str, Any] = {
    **_ACCEPTED, "status": "forwarded", "version": 2,
    "forwarded_at": "2026-03-02T11:40:00+05:00", "forward_overdue": False,
    "provider": {"organisation_id": "dd-talgar", "kind": "district_department",
                 "district": "talgar", "rural_district": None},
}


class ReceiptView(_View):
    """A receipt (`kind="receipt"`) or a refusal receipt (`kind="refusal"`), as handed out."""

    model_config = ConfigDict(json_schema_extra={"examples": [_RECEIPT, _REFUSAL]})

    kind: Literal["receipt", "refusal"]
    receipt_number: str
    application_id: str
    regulation_id: int
    sub_service: str | None
    channel: str
    catalogue_version: str
    issued_at: datetime
    issued_by: OrganisationRef
    operator: Actor
    district: str | None
    rural_district: str | None
    applicant: Applicant
    representative: Representative | None
    documents: list[DocumentPresented]
    missing_documents: list[ListedItem] = []
    reasons: list[ListedItem] = []
    standard_paragraph: int | None = None
    receipt_annex: int | None = None
    forward_due: datetime | None = None
    result_due: datetime | None = None


class ResultView(_View):
    outcome: str
    decision_reference: str
    provider: OrganisationRef
    issued_at: datetime
    received_at: datetime
    collect_by: datetime
    handed_over_at: datetime | None = None
    handed_over_by: Actor | None = None
    recipient: str | None = None
    returned_at: datetime | None = None


class ApplicationView(_View):
    model_config = ConfigDict(json_schema_extra={"examples": [_ACCEPTED, _FORWARDED]})

    application_id: str
    status: Literal["accepted", "refused", "forwarded", "result_received", "handed_over",
                    "returned_to_provider"]
    version: int
    regulation_id: int
    sub_service: str | None
    channel: str
    organisation_id: str
    district: str | None
    rural_district: str | None
    receipt: ReceiptView
    facts: dict[str, Any] = {}
    forwarded_at: datetime | None = None
    forward_overdue: bool | None = None
    provider: OrganisationRef | None = None
    result: ResultView | None = None
