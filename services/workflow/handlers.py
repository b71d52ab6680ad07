"""Reactions to other services' events: a forwarded application opens a case."""

from contracts.envelope import Envelope
from contracts.identity import Producer
from contracts.intake_events import ApplicationForwarded
from eventkit.clock import Clock
from eventkit.commands import command
from eventkit.db import Connection
from eventkit.inbox import Handlers, Rejected
from eventkit.store import Metadata

from .commanding import RECEIVER, RETRIES, Cases
from .domain import OpenCase, WorkflowError


def build_handlers(cases: Cases, clock: Clock) -> Handlers:
    async def on_forwarded(conn: Connection, event: ApplicationForwarded,
                           envelope: Envelope) -> None:
        now = clock()
        opening = OpenCase(
            case_id=event.application_id, application_id=event.application_id,
            regulation_id=event.regulation_id, sub_service=event.sub_service,
            channel=event.channel, catalogue_version=event.catalogue_version,
            provider=event.provider, applicant=event.applicant, origin="forwarded", now=now,
            facts=event.facts, receipt_number=event.receipt_number,
        )
        # the provider receives the case: it, not the forwarding front office, says so
        provider = Producer(**event.provider.model_dump())
        meta = Metadata.reacting_to(envelope, provider, RECEIVER, now)
        try:
            await cases.run(conn, event.application_id, command(opening), meta, retries=RETRIES)
        except WorkflowError as error:
            raise Rejected(f"{type(error).__name__}: {error}") from error

    return {ApplicationForwarded: on_forwarded}
