"""What the registry says of a forwarded package's decision: the document it issued, or that the
person is registered through another case. Either may come before or after the result."""

from contracts.events import Event
from contracts.intake_events import DocumentRecorded, RegisteredElsewhere

from .commands import RecordDocument, RecordRegisteredElsewhere
from .errors import NotAllowedNow, UnknownApplication
from .state import Noted, NotSubmitted, State


def _noted(state: State) -> Noted:
    if isinstance(state, NotSubmitted):
        raise UnknownApplication("no such application")
    if not isinstance(state, Noted):
        raise NotAllowedNow("the package was never forwarded, so nothing was decided")
    return state


def record_document(state: State, command: RecordDocument) -> list[Event]:
    noted = _noted(state)
    if any(d.document_id == command.document_id for d in noted.notes.documents):
        return []  # told twice
    return [DocumentRecorded(
        application_id=noted.receipt.application_id, document_id=command.document_id,
        kind=command.kind, number=command.number, issued_at=command.issued_at,
        recorded_at=command.now,
    )]


def record_registered_elsewhere(state: State, command: RecordRegisteredElsewhere) -> list[Event]:
    noted = _noted(state)
    if noted.notes.elsewhere is not None:
        return []
    return [RegisteredElsewhere(
        application_id=noted.receipt.application_id,
        registered_case_id=command.registered_case_id,
        registered_district=command.registered_district, detected_at=command.now,
    )]
