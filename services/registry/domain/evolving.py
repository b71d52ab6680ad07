"""evolve: the holder's state after one more event."""

from collections.abc import Callable
from dataclasses import replace

from contracts.events import Event
from contracts.registry_events import (
    DocumentIssued,
    DocumentOverdue,
    DocumentReplaced,
    DocumentRequested,
    DocumentRevoked,
    PersonRegistered,
    RegistrationAnnulled,
    RegistrationConflict,
    VerificationLookedUp,
)

from .model import Doc, DocStatus, Holder, Registration


def _with_doc(state: Holder, document_id: str, change: Callable[[Doc], Doc]) -> Holder:
    documents = tuple(change(d) if d.document_id == document_id else d for d in state.documents)
    return replace(state, documents=documents)


def evolve(state: Holder, event: Event) -> Holder:
    match event:
        case PersonRegistered():
            registration = Registration(event.case_id, event.provider.district)
            return replace(state, holder_id=event.holder_id, registration=registration)
        case RegistrationAnnulled():
            return replace(state, registration=None)
        case DocumentRequested():
            doc = Doc(
                document_id=event.document_id,
                kind=event.kind,
                case_id=event.case_id,
                authority=event.authority,
                due_at=event.due_at,
            )
            return replace(state, holder_id=event.holder_id, documents=(*state.documents, doc))
        case DocumentIssued():
            number = event.number
            return _with_doc(state, event.document_id,
                             lambda d: replace(d, status=DocStatus.ISSUED, number=number))
        case DocumentReplaced():
            return _with_doc(state, event.document_id,
                             lambda d: replace(d, status=DocStatus.REPLACED))
        case DocumentRevoked():
            return _with_doc(state, event.document_id,
                             lambda d: replace(d, status=DocStatus.REVOKED))
        case DocumentOverdue():
            return _with_doc(state, event.document_id, lambda d: replace(d, overdue=True))
        case RegistrationConflict() | VerificationLookedUp():
            return state  # recorded for people to see; no rule depends on them
    raise TypeError(f"unexpected event {type(event).__name__}")
