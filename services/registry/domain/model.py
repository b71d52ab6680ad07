"""The holder's file: state, commands and domain errors.

A holder is a person (or, for reg. 16, an employer) known to the registry under a pseudonymous
`holder_id`. The write state keeps only what the rules need: whether the person is in the
register (and from which case), and each document's kind, status and due time.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from contracts.people import OrganisationRef
from contracts.registry_events import (
    DocumentKind,
    HolderName,
    ReplaceReason,
    ZonePeriod,
)

from .terms import IssueTerm


class DocStatus(StrEnum):
    REQUESTED = "requested"
    ISSUED = "issued"
    REPLACED = "replaced"
    REVOKED = "revoked"


@dataclass(frozen=True)
class Doc:
    document_id: str
    kind: DocumentKind
    case_id: str
    authority: OrganisationRef
    due_at: datetime
    status: DocStatus = DocStatus.REQUESTED
    number: str | None = None
    overdue: bool = False


@dataclass(frozen=True)
class Registration:
    case_id: str
    district: str | None


@dataclass(frozen=True)
class Holder:
    holder_id: str | None = None  # known from the first event of the file
    registration: Registration | None = None
    documents: tuple[Doc, ...] = ()

    def document(self, document_id: str) -> Doc | None:
        return next((d for d in self.documents if d.document_id == document_id), None)


INITIAL = Holder()


# --- commands ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Register:
    """Reg. 1 positive decision: enter the person and order the certificate."""

    holder_id: str
    iin: str
    name: HolderName
    periods: tuple[ZonePeriod, ...]
    provider: OrganisationRef
    case_id: str
    decision_reference: str
    decided_at: datetime
    certificate_id: str
    term: IssueTerm  # the certificate's, from the decision's catalogue version
    now: datetime
    registered_at: datetime | None = None  # when the provider registered the application


@dataclass(frozen=True)
class Replacement:
    reason: ReplaceReason
    number: str | None = None  # the number the applicant named; None: the current document


@dataclass(frozen=True)
class RequestDocument:
    holder_id: str
    holder_key: str
    name: HolderName
    kind: DocumentKind
    regulation_id: int
    case_id: str
    decision_reference: str
    authority: OrganisationRef
    decided_at: datetime
    document_id: str
    term: IssueTerm  # the issuing step's, from the decision's catalogue version
    now: datetime
    registered_at: datetime | None = None  # when the provider registered the application
    replacement: Replacement | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Issue:
    """Issue a requested document; number and code were taken by the caller's transaction."""

    document_id: str
    issuer: OrganisationRef
    number: str
    year: int
    sequence: int
    verification_code: str
    now: datetime


@dataclass(frozen=True)
class MarkOverdue:
    document_id: str
    now: datetime


@dataclass(frozen=True)
class Revoke:
    document_id: str
    reason: str
    now: datetime


@dataclass(frozen=True)
class Annul:
    """The registration decision was annulled: close the entry, revoke its certificates."""

    reason: str
    annulment_reference: str
    now: datetime


Command = Register | RequestDocument | Issue | MarkOverdue | Revoke | Annul


# --- errors -----------------------------------------------------------------------------------


class RegistryError(Exception):
    """A command the rules forbid; api.py maps each kind to a problem."""


class DocumentNotFound(RegistryError):
    pass


class NotRegistered(RegistryError):
    pass


class AlreadyIssued(RegistryError):
    pass


class NoLongerValid(RegistryError):
    """The document was replaced or revoked: it cannot be issued or revoked again."""


class NotTheAuthority(RegistryError):
    """Only the organisation the document was ordered from may issue it (its number series)."""
