"""What intake does with other services' events: a provider's result comes back for hand-over."""


from contracts.durations import Duration
from contracts.envelope import Envelope
from contracts.workflow_events import ResultIssued
from eventkit.clock import Clock
from eventkit.db import Connection
from eventkit.inbox import Handlers, Rejected
from eventkit.store import Metadata

from . import commanding
from .domain import IntakeError, NotSubmitted, RecordResult, State


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
            )

        def meta(state: State) -> Metadata:
            return Metadata.reacting_to(envelope, commanding.holder_of(state),
                                        commanding.SYSTEM_ACTOR, now)

        try:
            await commanding.run(conn, event.case_id, build, meta, retries=commanding.RETRIES)
        except IntakeError as error:
            raise Rejected(error.message) from error

    return {ResultIssued: on_result_issued}
