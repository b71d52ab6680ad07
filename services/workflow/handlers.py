"""Reactions to other services' events: a forwarded application opens a case."""

from collections.abc import Callable, Mapping
from datetime import datetime

import asyncpg

from contracts.envelope import Envelope
from contracts.identity import Actor, Producer, Role
from contracts.intake_events import REGISTRY as INTAKE
from contracts.intake_events import ApplicationForwarded
from eventkit.decider import Decider, handle
from eventkit.inbox import Handler, Rejected
from eventkit.store import Metadata

from .domain import OpenCase, WorkflowError

SYSTEM = Actor(person_id="workflow", role=Role.SYSTEM)


def build_handlers(decider: Decider, clock: Callable[[], datetime]) -> Mapping[str, Handler]:
    async def on_forwarded(conn: asyncpg.Connection, envelope: Envelope) -> None:
        e = INTAKE.decode(envelope)
        assert isinstance(e, ApplicationForwarded)
        command = OpenCase(
            case_id=e.application_id, application_id=e.application_id,
            regulation_id=e.regulation_id, sub_service=e.sub_service, channel=e.channel,
            catalogue_version=e.catalogue_version, provider=e.provider, applicant=e.applicant,
            origin="forwarded", now=clock(), facts=e.facts, receipt_number=e.receipt_number,
        )
        # the provider receives the case: it, not the forwarding front office, says so
        meta = Metadata(Producer(**e.provider.model_dump()), SYSTEM, command.now,
                        envelope.correlation_id, envelope.event_id)
        try:
            await handle(conn, decider, e.application_id, command, meta)
        except WorkflowError as error:
            raise Rejected(f"{type(error).__name__}: {error}") from error

    return {ApplicationForwarded.event_type: on_forwarded}
