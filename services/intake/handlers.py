"""What intake does with other services' events: a provider's result comes back for hand-over,
and the registry's word on its decision (the document it issued, or that the person is already
registered through another case) is noted on the application."""

from collections.abc import Callable
from datetime import datetime

from contracts.durations import Duration
from contracts.envelope import Envelope
from contracts.registry_events import DocumentIssued, RegistrationConflict
from contracts.workflow_events import ResultIssued
from eventkit.clock import Clock
from eventkit.db import Connection
from eventkit.inbox import Handlers, Rejected
from eventkit.store import Metadata

from . import commanding
from .domain import (
    Command,
    IntakeError,
    NotSubmitted,
    RecordDocument,
    RecordRegisteredElsewhere,
    RecordResult,
    State,
)


def build_handlers(clock: Clock, keep_for: Duration) -> Handlers:
    async def on_result_issued(conn: Connection, event: ResultIssued,
                               envelope: Envelope) -> None:
        if not event.final:
            return  # an intermediate stage (reg. 16's notification); the final result follows
        if envelope.producer.organisation_id != event.provider.organisation_id:
            raise Rejected("a result must come from the provider that issued it")
        now = clock()

        def build(state: State) -> RecordResult:
            if isinstance(state, NotSubmitted):
                raise Rejected("no application with this case id was accepted here")
            return RecordResult(
                now=now, rules=commanding.rules_of(state), outcome=event.outcome,
                decision_reference=event.decision_reference, provider=event.provider,
                issued_at=event.issued_at, keep_for=keep_for,
                awaits_document=commanding.awaits_document(state),
            )

        await _note(conn, event.case_id, build, envelope, now)

    async def on_document_issued(conn: Connection, event: DocumentIssued,
                                 envelope: Envelope) -> None:
        if event.case_id is None:
            return  # issued before documents named their case: nothing to note
        now = clock()
        await _note_if_ours(conn, event.case_id, envelope, now, RecordDocument(
            now=now, document_id=event.document_id, kind=event.kind.value, number=event.number,
            issued_at=event.issued_at))

    async def on_registration_conflict(conn: Connection, event: RegistrationConflict,
                                       envelope: Envelope) -> None:
        now = clock()
        await _note_if_ours(conn, event.case_id, envelope, now, RecordRegisteredElsewhere(
            now=now, registered_case_id=event.registered_case_id,
            registered_district=event.registered_district))

    return {ResultIssued: on_result_issued, DocumentIssued: on_document_issued,
            RegistrationConflict: on_registration_conflict}


class _NotOurs(Exception):
    """A case opened at a provider's own desk has no application here."""


async def _note_if_ours(conn: Connection, application_id: str, envelope: Envelope,
                        now: datetime, command: Command) -> None:
    def build(state: State) -> Command:
        if isinstance(state, NotSubmitted):
            raise _NotOurs
        return command

    try:
        await _note(conn, application_id, build, envelope, now)
    except _NotOurs:
        return


async def _note(conn: Connection, application_id: str, build: Callable[[State], Command],
                envelope: Envelope, now: datetime) -> None:
    def meta(state: State) -> Metadata:
        return Metadata.reacting_to(envelope, commanding.holder_of(state),
                                    commanding.SYSTEM_ACTOR, now)

    try:
        await commanding.run(conn, application_id, build, meta, retries=commanding.RETRIES)
    except IntakeError as error:
        raise Rejected(error.message) from error
