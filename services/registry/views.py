"""Read-model rows as API bodies: a document, a register entry (with its chain), a conflict, and
the public answer of a verification."""

import json
from collections.abc import Callable
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg

from contracts.registry_events import DocumentKind

from .domain import TITLES
from .schemas import (
    Authority,
    ConflictView,
    DocumentView,
    Period,
    RegisterEntryView,
    VerificationView,
)

LOCAL = ZoneInfo("Asia/Almaty")


def document_view(row: asyncpg.Record, url_of: Callable[[str], str]) -> DocumentView:
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


def conflict_view(row: asyncpg.Record) -> ConflictView:
    return ConflictView(**{**dict(row), "holder_id": str(row["holder_id"])})


def mask_name(last_name: str, first_name: str) -> str:
    return f"{last_name[:1]}*** {first_name[:1]}***"


def answer_of(row: asyncpg.Record | None, today: date) -> VerificationView:
    """What a public checker is told: the minimum, and `unknown` for anything not issued."""
    if row is None or row["status"] == "requested":
        return VerificationView(status="unknown")
    status = {"issued": "valid", "replaced": "replaced", "revoked": "revoked"}[row["status"]]
    if status == "valid" and row["valid_until"] is not None and row["valid_until"] < today:
        status = "expired"
    kind = DocumentKind(row["kind"])
    return VerificationView(
        status=status, kind=kind, title=TITLES[kind], number=row["number"],
        issue_date=row["issued_at"].astimezone(LOCAL).date(),
        holder=mask_name(row["last_name"], row["first_name"]), valid_until=row["valid_until"],
    )
