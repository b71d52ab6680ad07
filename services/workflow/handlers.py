"""Reactions to other services' events: a forwarded application opens a case.

A package the provider accepted at its own desk (intake forwards it to the accepting office
itself) opens the case in person, and the clerk who accepted it has registered it too: one step,
where the route begins by registering at that office.
"""

from contracts.envelope import Envelope
from contracts.identity import Producer, Role
from contracts.intake_events import ApplicationForwarded
from eventkit.clock import Clock
from eventkit.commands import command
from eventkit.db import Connection
from eventkit.inbox import Handlers, Rejected
from eventkit.store import Metadata

from .commanding import RECEIVER, RETRIES, Cases
from .domain import Caller, OpenCase, Register, WorkflowError


def build_handlers(cases: Cases, clock: Clock) -> Handlers:
    async def on_forwarded(conn: Connection, event: ApplicationForwarded,
                           envelope: Envelope) -> None:
        in_person = (event.accepted_by is not None
                     and event.accepted_by.organisation_id == event.provider.organisation_id)
        # in person the provider has had the package since the clerk accepted it
        now = event.forwarded_at if in_person else clock()
        opening = OpenCase(
            case_id=event.application_id, application_id=event.application_id,
            regulation_id=event.regulation_id, sub_service=event.sub_service,
            channel=event.channel, catalogue_version=event.catalogue_version,
            provider=event.provider, applicant=event.applicant,
            origin="in_person" if in_person else "forwarded", now=now,
            facts=event.facts, receipt_number=event.receipt_number,
            accepted_at=event.accepted_at,
        )
        # the provider receives the case: it, not the forwarding front office, says so
        provider = Producer(**event.provider.model_dump())
        meta = Metadata.reacting_to(envelope, provider, RECEIVER, now)
        try:
            outcome = await cases.run(conn, event.application_id, command(opening), meta,
                                      retries=RETRIES)
            clerk = envelope.actor
            if in_person and clerk.role is Role.OFFICE_CLERK and cases.registers_first(
                    outcome.state):
                by = Caller(clerk.person_id, clerk.role, provider.kind, provider.organisation_id,
                            provider.district, provider.rural_district)
                registered = Metadata.reacting_to(envelope, provider, clerk, now)
                await cases.run(conn, event.application_id, command(Register(by, None, now)),
                                registered, retries=RETRIES)
        except WorkflowError as error:
            raise Rejected(f"{type(error).__name__}: {error}") from error

    return {ApplicationForwarded: on_forwarded}
