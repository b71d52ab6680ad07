"""Request and response bodies of the registry API (apart from events and tables: they change
apart). Responses never carry more than the caller may see; public answers never an IIN."""

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from contracts.iin import IinStr
from contracts.registry_events import DocumentKind, ReplaceReason, VerificationAnswer
from contracts.text import TextLine

# --- requests ---------------------------------------------------------------------------------


class Reason(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"reason": "the recognition decision was cancelled on appeal"},
    ]})

    reason: TextLine = Field(min_length=3, max_length=500)


class AnnulmentRequest(Reason):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"reason": "the registration decision was cancelled by the district court",
         "annulment_reference": "court ruling No. 2-1187/2026"},
    ]})

    annulment_reference: TextLine = Field(min_length=1, max_length=64)


class IinQuery(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True,
                              json_schema_extra={"examples": [{"iin": "580314300214"}]})

    iin: IinStr


class NumberQuery(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, json_schema_extra={
        "examples": [{"number": "dd-talgar-2026-000041", "holder_iin": "580314300214"}]})

    number: str = Field(min_length=1, max_length=64)
    holder_iin: IinStr


# --- responses --------------------------------------------------------------------------------

# A reg. 1 certificate of the Talgar district department for an invented holder
_VERIFY_URL = "https://registry.qorgau.example/v1/verify/Xq3vN8fW2kPzR7mLcT5yHa"
_DOCUMENT: dict[str, Any] = {
    "document_id": "3d0c6f2e-8a41-4b7f-9c5d-1e2a7b6f0c94",
    "holder_id": "b6e1f9a3-4c27-4d8b-8f05-6a9c2e7d3b18", "kind": "semey_certificate",
    "title": "Certificate of a citizen affected by the nuclear tests at the Semey test site",
    "regulation_id": 1, "status": "issued", "holder_iin": "580314300214",
    "last_name": "Tokhtarov", "first_name": "Serik", "middle_name": "Bolatuly",
    "case_id": "7c1e4b2a-5d3f-4e8a-9b61-2f0c8d4e6a13", "decision_reference": "D-2026-3f9a1c07b2",
    "authority": {"organisation_id": "dd-talgar", "kind": "district_department",
                  "district": "talgar", "rural_district": None},
    "requested_at": "2026-04-02T16:10:00+05:00", "due_at": "2026-04-08T18:30:00+05:00",
    "overdue": False, "number": "dd-talgar-2026-000041",
    "issued_at": "2026-04-03T09:40:00+05:00", "issued_by": "dd-talgar-registry",
    "verification_url": _VERIFY_URL, "valid_from": None, "valid_until": None, "replaces": None,
    "replaces_number": None, "replace_reason": None, "replaced_by": None,
    "invalid_reason": None, "invalidated_by": None, "invalidated_at": None, "details": {},
}


class Authority(BaseModel):
    organisation_id: str
    kind: str
    district: str | None
    rural_district: str | None


class DocumentView(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [_DOCUMENT]})

    document_id: str
    holder_id: str
    kind: DocumentKind
    title: str
    regulation_id: int
    status: str
    holder_iin: str
    last_name: str
    first_name: str
    middle_name: str | None
    case_id: str
    decision_reference: str
    authority: Authority
    requested_at: datetime
    due_at: datetime
    overdue: bool
    number: str | None
    issued_at: datetime | None
    issued_by: str | None
    verification_url: str | None
    valid_from: date | None
    valid_until: date | None
    replaces: str | None
    replaces_number: str | None
    replace_reason: ReplaceReason | None
    replaced_by: str | None
    invalid_reason: str | None
    invalidated_by: str | None
    invalidated_at: datetime | None
    details: dict[str, Any]


class Period(BaseModel):
    zone: str
    from_year: int
    to_year: int
    place: str
    kind: str


class RegisterEntryView(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "holder_id": _DOCUMENT["holder_id"], "iin": "580314300214", "last_name": "Tokhtarov",
        "first_name": "Serik", "middle_name": "Bolatuly",
        "periods": [{"zone": "extreme", "from_year": 1958, "to_year": 1963, "place": "Semey",
                     "kind": "residence"}],
        "district": "talgar", "organisation_id": "dd-talgar", "case_id": _DOCUMENT["case_id"],
        "decision_reference": "D-2026-3f9a1c07b2", "decided_at": "2026-04-02T16:10:00+05:00",
        "status": "registered", "annul_reason": None, "annulled_at": None,
        "documents": [_DOCUMENT],
    }]})

    holder_id: str
    iin: str
    last_name: str
    first_name: str
    middle_name: str | None
    periods: list[Period]
    district: str | None
    organisation_id: str
    case_id: str
    decision_reference: str
    decided_at: datetime
    status: str
    annul_reason: str | None
    annulled_at: datetime | None
    documents: list[DocumentView]  # the chain: every document of the person, oldest first


class RegisterPage(BaseModel):
    items: list[RegisterEntryView]
    limit: int
    offset: int


class DocumentPage(BaseModel):
    items: list[DocumentView]
    limit: int
    offset: int


class ConflictView(BaseModel):
    holder_id: str
    case_id: str
    decision_reference: str
    organisation_id: str
    district: str | None
    registered_case_id: str
    registered_district: str | None
    detected_at: datetime


class IssuedView(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "document_id": _DOCUMENT["document_id"], "number": "dd-talgar-2026-000041",
        "issued_at": "2026-04-03T09:40:00+05:00", "verification_url": _VERIFY_URL,
        "pdf_path": f"/v1/documents/{_DOCUMENT['document_id']}/pdf",
    }]})

    document_id: str
    number: str
    issued_at: datetime
    verification_url: str
    pdf_path: str


class InvalidatedView(BaseModel):
    document_id: str
    status: str
    reason: str
    at: datetime


class AnnulledView(BaseModel):
    holder_id: str
    status: str
    revoked_documents: list[str]


class VerificationView(BaseModel):
    """The minimum a checker needs: never the IIN, never the full name."""

    model_config = ConfigDict(json_schema_extra={"examples": [
        {"status": "valid", "kind": "semey_certificate",
         "title": "Certificate of a citizen affected by the nuclear tests at the Semey test site",
         "number": "dd-talgar-2026-000041", "issue_date": "2026-04-03", "holder": "T*** S***",
         "valid_until": None},
        {"status": "unknown"},
    ]})

    status: VerificationAnswer
    kind: DocumentKind | None = None
    title: str | None = None
    number: str | None = None
    issue_date: date | None = None
    holder: str | None = None  # "A*** B***"
    valid_until: date | None = None


class SearchHit(BaseModel):
    """A document found by its holder's name or its number, as a list shows it: the IIN
    masked (the entry or document itself gives it whole to whoever may see it)."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "document_id": _DOCUMENT["document_id"], "holder_id": _DOCUMENT["holder_id"],
        "kind": "semey_certificate", "regulation_id": 1, "status": "issued",
        "number": "dd-talgar-2026-000041", "holder_iin": "5803******14",
        "last_name": "Tokhtarov", "first_name": "Serik", "middle_name": "Bolatuly",
        "district": "talgar", "organisation_id": "dd-talgar",
    }]})

    document_id: str
    holder_id: str
    kind: DocumentKind
    regulation_id: int
    status: str
    number: str | None
    holder_iin: str = Field(description="masked: the first 4 and the last 2 digits")
    last_name: str
    first_name: str
    middle_name: str | None
    district: str | None
    organisation_id: str


class SearchPage(BaseModel):
    items: list[SearchHit]
    limit: int
    more: bool = Field(description="more documents match than are listed: narrow the search")
