"""Response models of the registry API (separate from events and tables: they change apart)."""

from datetime import date, datetime
import json
from typing import Any

import asyncpg
from pydantic import BaseModel

from contracts.registry_events import DocumentKind, ReplaceReason, VerificationAnswer

from .domain import TITLES


class Authority(BaseModel):
    organisation_id: str
    kind: str
    district: str | None
    rural_district: str | None


class DocumentView(BaseModel):
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

    status: VerificationAnswer
    kind: DocumentKind | None = None
    title: str | None = None
    number: str | None = None
    issue_date: date | None = None
    holder: str | None = None  # "A*** B***"
    valid_until: date | None = None


def document_view(row: asyncpg.Record, url_of) -> DocumentView:
    code = row["verification_code"]
    kind = DocumentKind(row["kind"])
    return DocumentView(
        document_id=str(row["document_id"]), holder_id=str(row["holder_id"]), kind=kind,
        title=TITLES[kind], regulation_id=row["regulation_id"], status=row["status"],
        holder_iin=row["holder_key"], last_name=row["last_name"], first_name=row["first_name"],
        middle_name=row["middle_name"], case_id=row["case_id"],
        decision_reference=row["decision_reference"],
        authority=Authority(organisation_id=row["organisation_id"],
                            kind=row["organisation_kind"], district=row["district"],
                            rural_district=row["rural_district"]),
        requested_at=row["requested_at"], due_at=row["due_at"], overdue=row["overdue"],
        number=row["number"], issued_at=row["issued_at"], issued_by=row["issued_by"],
        verification_url=url_of(code) if code else None, valid_from=row["valid_from"],
        valid_until=row["valid_until"],
        replaces=str(row["replaces"]) if row["replaces"] else None,
        replaces_number=row["replaces_number"], replace_reason=row["replace_reason"],
        replaced_by=str(row["replaced_by"]) if row["replaced_by"] else None,
        invalid_reason=row["invalid_reason"], invalidated_by=row["invalidated_by"],
        invalidated_at=row["invalidated_at"], details=_json(row["details"]),
    )


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def entry_view(row: asyncpg.Record, documents: list[DocumentView]) -> RegisterEntryView:
    return RegisterEntryView(
        holder_id=str(row["holder_id"]), iin=row["iin"], last_name=row["last_name"],
        first_name=row["first_name"], middle_name=row["middle_name"],
        periods=[Period(**p) for p in _json(row["periods"])], district=row["district"],
        organisation_id=row["organisation_id"], case_id=row["case_id"],
        decision_reference=row["decision_reference"], decided_at=row["decided_at"],
        status=row["status"], annul_reason=row["annul_reason"], annulled_at=row["annulled_at"],
        documents=documents,
    )


def mask_name(last_name: str, first_name: str) -> str:
    return f"{last_name[:1]}*** {first_name[:1]}***"
