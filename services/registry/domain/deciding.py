"""decide: what the holder's file says to a command (pure: time and ids come in the command)."""

from collections.abc import Sequence
from typing import assert_never

from contracts.events import Event
from contracts.identity import OrganisationKind
from contracts.registry_events import (
    DocumentIssued,
    DocumentKind,
    DocumentOverdue,
    DocumentReplaced,
    DocumentRequested,
    DocumentRevoked,
    PersonRegistered,
    RegistrationAnnulled,
    RegistrationConflict,
)

from .model import (
    AlreadyIssued,
    Annul,
    Command,
    Doc,
    DocStatus,
    DocumentNotFound,
    Holder,
    Issue,
    MarkOverdue,
    NoLongerValid,
    NotRegistered,
    NotTheAuthority,
    Register,
    RequestDocument,
    Revoke,
)
from .terms import issue_due

_LIVE = (DocStatus.REQUESTED, DocStatus.ISSUED)


def decide(state: Holder, command: Command) -> Sequence[Event]:
    match command:
        case Register():
            return _register(state, command)
        case RequestDocument():
            return _request(state, command)
        case Issue():
            return _issue(state, command)
        case MarkOverdue():
            doc = _doc(state, command.document_id)
            late = doc.status is DocStatus.REQUESTED and not doc.overdue
            if not late or command.now <= doc.due_at:
                return []
            return [DocumentOverdue(document_id=doc.document_id, holder_id=_holder_id(state),
                                    kind=doc.kind, authority=doc.authority, due_at=doc.due_at,
                                    detected_at=command.now)]
        case Revoke():
            doc = _doc(state, command.document_id)
            if doc.status not in _LIVE:
                raise NoLongerValid(f"the document is already {doc.status}")
            return [DocumentRevoked(document_id=doc.document_id, holder_id=_holder_id(state),
                                    reason=command.reason, revoked_at=command.now)]
        case Annul():
            return _annul(state, command)
        case _:
            assert_never(command)


def _register(state: Holder, c: Register) -> list[Event]:
    if state.registration is not None:
        if state.registration.case_id == c.case_id:
            return []  # the same decision again (a retry): entered once already
        return [RegistrationConflict(
            holder_id=c.holder_id, case_id=c.case_id, decision_reference=c.decision_reference,
            provider=c.provider, registered_case_id=state.registration.case_id,
            registered_district=state.registration.district, detected_at=c.now,
        )]
    registered = PersonRegistered(
        holder_id=c.holder_id, iin=c.iin, name=c.name, periods=list(c.periods),
        provider=c.provider, case_id=c.case_id, decision_reference=c.decision_reference,
        decided_at=c.decided_at,
    )
    certificate = RequestDocument(
        holder_id=c.holder_id, holder_key=c.iin, name=c.name,
        kind=DocumentKind.SEMEY_CERTIFICATE, regulation_id=1, case_id=c.case_id,
        decision_reference=c.decision_reference, authority=c.provider, decided_at=c.decided_at,
        document_id=c.certificate_id, term=c.term, now=c.now, registered_at=c.registered_at,
    )
    return [registered, *_request(state, certificate)]


def _request(state: Holder, c: RequestDocument) -> list[Event]:
    if any(d.case_id == c.case_id and d.kind is c.kind for d in state.documents):
        return []  # this case's document was ordered already
    replaced = _to_replace(state, c)
    requested = DocumentRequested(
        document_id=c.document_id, holder_id=c.holder_id, holder_key=c.holder_key,
        holder_name=c.name, kind=c.kind, regulation_id=c.regulation_id, case_id=c.case_id,
        decision_reference=c.decision_reference, authority=c.authority, requested_at=c.now,
        due_at=issue_due(c.term, c.decided_at, c.registered_at,
                         OrganisationKind(c.authority.kind)),
        replaces=replaced.document_id if replaced else None,
        replaces_number=c.replacement.number if c.replacement else None,
        replace_reason=c.replacement.reason if c.replacement else None,
        valid_from=c.valid_from, valid_until=c.valid_until, details=c.details,
    )
    if replaced is None or c.replacement is None:
        return [requested]
    # the old document stops being valid now, not when the new one is printed: a lost
    # certificate must not keep verifying as valid in the meantime
    invalidated = DocumentReplaced(
        document_id=replaced.document_id, holder_id=c.holder_id, replaced_by=c.document_id,
        reason=c.replacement.reason, case_id=c.case_id, replaced_at=c.now,
    )
    return [invalidated, requested]


def _to_replace(state: Holder, c: RequestDocument) -> Doc | None:
    if c.replacement is None:
        return None
    issued = [d for d in state.documents if d.kind is c.kind and d.status is DocStatus.ISSUED]
    if c.replacement.number is not None:
        return next((d for d in issued if d.number == c.replacement.number), None)
    return issued[-1] if issued else None


def _issue(state: Holder, c: Issue) -> list[Event]:
    doc = _doc(state, c.document_id)
    if c.issuer.organisation_id != doc.authority.organisation_id:
        raise NotTheAuthority("only the organisation the document was ordered from issues it")
    if doc.status is DocStatus.ISSUED:
        raise AlreadyIssued(f"the document was issued already as {doc.number}")
    if doc.status is not DocStatus.REQUESTED:
        raise NoLongerValid(f"the document is {doc.status}")
    return [DocumentIssued(
        document_id=doc.document_id, holder_id=_holder_id(state), kind=doc.kind,
        number=c.number, authority_id=c.issuer.organisation_id, year=c.year,
        sequence=c.sequence, verification_code=c.verification_code, issued_at=c.now,
        case_id=doc.case_id,
    )]


def _annul(state: Holder, c: Annul) -> list[Event]:
    if state.registration is None:
        raise NotRegistered("the person is not in the register")
    holder_id = _holder_id(state)
    annulled = RegistrationAnnulled(
        holder_id=holder_id, case_id=state.registration.case_id, reason=c.reason,
        annulment_reference=c.annulment_reference, annulled_at=c.now,
    )
    certificates = [
        d for d in state.documents
        if d.kind is DocumentKind.SEMEY_CERTIFICATE and d.status in _LIVE
    ]
    revoked = [
        DocumentRevoked(document_id=d.document_id, holder_id=holder_id, reason=c.reason,
                        revoked_at=c.now)
        for d in certificates
    ]
    return [annulled, *revoked]


def _doc(state: Holder, document_id: str) -> Doc:
    doc = state.document(document_id)
    if doc is None:
        raise DocumentNotFound("no such document")
    return doc


def _holder_id(state: Holder) -> str:
    if state.holder_id is None:  # only a file with events has documents or a registration
        raise DocumentNotFound("no such holder")
    return state.holder_id
