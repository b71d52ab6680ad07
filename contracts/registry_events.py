"""What the registry service says (topic `registry.documents`).

The registry keeps one file per holder (a person, or an employer for reg. 16 permits), keyed by
a pseudonymous `holder_id`, never by IIN: the register entry of reg. 1 and every document issued
to the holder live in that file, so the chain of documents of one person stays in order.

One document model serves every regulation whose result is a document; `DocumentKind` says
which. A document is requested (with its due time), then issued (number, verification code),
and may later be replaced by a duplicate or revoked.
"""

from datetime import date, datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from contracts import topics
from contracts.bounds import JsonObject
from contracts.events import Event, EventRegistry
from contracts.identity import OrganisationKind
from contracts.people import OrganisationRef

# the organisations whose registry officers issue documents: district departments (regs 1, 13,
# 17), rural akims (co-providers of reg. 13) and the oblast department (regs 15, 16)
ISSUING_KINDS = frozenset({
    OrganisationKind.DISTRICT_DEPARTMENT,
    OrganisationKind.RURAL_AKIM,
    OrganisationKind.OBLAST_DEPARTMENT,
})


class DocumentKind(StrEnum):
    SEMEY_CERTIFICATE = "semey_certificate"  # reg. 1: certificate of a nuclear-test victim
    TSA_MEMBERSHIP_CERTIFICATE = "tsa_membership_certificate"  # reg. 13
    ORALMAN_CERTIFICATE = "oralman_certificate"  # reg. 15
    FOREIGN_LABOUR_PERMIT = "foreign_labour_permit"  # reg. 16
    REHABILITATED_CERTIFICATE = "rehabilitated_certificate"  # reg. 17


class ReplaceReason(StrEnum):
    LOST = "lost"
    DAMAGED = "damaged"
    RE_ISSUED = "re_issued"  # reg. 16 re-registration of a permit
    EXTENDED = "extended"  # reg. 16 extension of a permit


class _Fact(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ZonePeriod(_Fact):
    """A recognised period of residence, work or service in a zone of the Semey test site."""

    zone: str = Field(min_length=1, max_length=64)
    from_year: int = Field(ge=1949, le=2100)
    to_year: int = Field(ge=1949, le=2100)
    place: str = Field(default="", max_length=200)
    kind: str = Field(default="", max_length=64)


class HolderName(_Fact):
    last_name: str = Field(min_length=1, max_length=100)
    first_name: str = Field(min_length=1, max_length=100)
    middle_name: str | None = Field(default=None, max_length=100)


class PersonRegistered(Event):
    """Reg. 1: the person entered in the register of citizens affected by the nuclear tests."""

    event_type = "registry.PersonRegistered"
    topic = topics.REGISTRY_DOCUMENTS
    producers = ISSUING_KINDS

    holder_id: str
    iin: str = Field(pattern=r"^\d{12}$")
    name: HolderName
    periods: list[ZonePeriod]
    provider: OrganisationRef  # the deciding department; its district is the entry's district
    case_id: str
    decision_reference: str
    decided_at: datetime


class RegistrationConflict(Event):
    """A second positive decision for a person already in the register: no second entry."""

    event_type = "registry.RegistrationConflict"
    topic = topics.REGISTRY_DOCUMENTS
    producers = ISSUING_KINDS

    holder_id: str
    case_id: str
    decision_reference: str
    provider: OrganisationRef  # the department whose decision was not entered
    registered_case_id: str
    registered_district: str | None
    detected_at: datetime


class RegistrationAnnulled(Event):
    """The registration decision was annulled: the entry is closed, its certificates revoked."""

    event_type = "registry.RegistrationAnnulled"
    topic = topics.REGISTRY_DOCUMENTS
    producers = ISSUING_KINDS

    holder_id: str
    case_id: str
    reason: str
    annulment_reference: str
    annulled_at: datetime


class DocumentRequested(Event):
    """A document to be issued by `authority` before `due_at` (computed by the calendar)."""

    event_type = "registry.DocumentRequested"
    topic = topics.REGISTRY_DOCUMENTS
    producers = ISSUING_KINDS

    document_id: str
    holder_id: str
    holder_key: str = Field(pattern=r"^\d{12}$")  # IIN (or BIN of an employer, reg. 16)
    holder_name: HolderName
    kind: DocumentKind
    regulation_id: int = Field(ge=1, le=18)
    case_id: str
    decision_reference: str
    authority: OrganisationRef
    requested_at: datetime
    due_at: datetime
    replaces: str | None = None  # document id of the one this duplicate replaces
    replaces_number: str | None = None  # as the applicant named it, when not in the registry
    replace_reason: ReplaceReason | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    details: JsonObject = Field(default_factory=dict)


class DocumentIssued(Event):
    event_type = "registry.DocumentIssued"
    topic = topics.REGISTRY_DOCUMENTS
    producers = ISSUING_KINDS

    document_id: str
    holder_id: str
    kind: DocumentKind
    number: str
    authority_id: str
    year: int
    sequence: int = Field(ge=1)
    verification_code: str = Field(min_length=22)  # >= 128 bits of randomness, URL-safe
    issued_at: datetime
    # added later (optional, so earlier payloads still read): the case whose decision ordered it
    case_id: str | None = None


class DocumentReplaced(Event):
    """The document is no longer valid: a duplicate (or re-issued permit) replaces it."""

    event_type = "registry.DocumentReplaced"
    topic = topics.REGISTRY_DOCUMENTS
    producers = ISSUING_KINDS

    document_id: str
    holder_id: str
    replaced_by: str
    reason: ReplaceReason
    case_id: str
    replaced_at: datetime


class DocumentRevoked(Event):
    """Revoked with a reason; who revoked it is the envelope's actor."""

    event_type = "registry.DocumentRevoked"
    topic = topics.REGISTRY_DOCUMENTS
    producers = ISSUING_KINDS

    document_id: str
    holder_id: str
    reason: str
    revoked_at: datetime


class DocumentOverdue(Event):
    event_type = "registry.DocumentOverdue"
    topic = topics.REGISTRY_DOCUMENTS
    producers = ISSUING_KINDS

    document_id: str
    holder_id: str
    kind: DocumentKind
    authority: OrganisationRef
    due_at: datetime
    detected_at: datetime


VerificationAnswer = Literal["valid", "expired", "replaced", "revoked", "unknown"]


class VerificationLookedUp(Event):
    """Audit of one public verification: what was asked, by whom (client), what was answered.

    Never the full IIN: a lookup by number records only the masked IIN it was given.
    """

    event_type = "registry.VerificationLookedUp"
    topic = topics.REGISTRY_DOCUMENTS
    producers = frozenset({OrganisationKind.PUBLIC})

    lookup_id: str
    method: Literal["code", "number"]
    answer: VerificationAnswer
    document_id: str | None = None
    number_asked: str | None = None
    holder_iin_masked: str | None = None
    client: str
    looked_up_at: datetime


REGISTRY = EventRegistry([
    PersonRegistered,
    RegistrationConflict,
    RegistrationAnnulled,
    DocumentRequested,
    DocumentIssued,
    DocumentReplaced,
    DocumentRevoked,
    DocumentOverdue,
    VerificationLookedUp,
])
