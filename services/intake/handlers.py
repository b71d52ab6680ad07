"""What intake does with other services' events and with time.

A provider's result comes back for hand-over; a result nobody collects goes back to the provider.
"""

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from uuid import uuid4

import asyncpg

from contracts.durations import Duration
from contracts.envelope import Envelope
from contracts.workflow_events import REGISTRY as WORKFLOW, ResultIssued
from eventkit.decider import handle, load_state
from eventkit.inbox import Handler, Rejected
from eventkit.service import Runtime
from eventkit.store import ConcurrencyError, Metadata

from .commanding import DECIDER, SYSTEM_ACTOR, Clock, holder_of, rules_for
from .domain import (
    AwaitingPickup,
    IntakeError,
    NotSubmitted,
    RecordResult,
    ReturnResultToProvider,
)


def result_issued(clock: Clock, keep_for: Duration) -> Handler:
    async def apply(conn: asyncpg.Connection, envelope: Envelope) -> None:
        event = WORKFLOW.decode(envelope)
        assert isinstance(event, ResultIssued)
        if not event.final:
            return  # an intermediate stage (reg. 16's notification); the final result follows
        if envelope.producer.organisation_id != event.provider.organisation_id:
            raise Rejected("a result must come from the provider that issued it")
        state, version = await load_state(conn, DECIDER, event.case_id)
        if isinstance(state, NotSubmitted):
            raise Rejected("no application with this case id was accepted here")
        now = clock()
        command = RecordResult(
            now=now, rules=rules_for(state.receipt.regulation_id, state.receipt.catalogue_version),
            outcome=event.outcome, decision_reference=event.decision_reference,
            provider=event.provider, issued_at=event.issued_at, keep_for=keep_for,
        )
        meta = Metadata(producer=holder_of(state), actor=SYSTEM_ACTOR, occurred_at=now,
                        correlation_id=envelope.correlation_id or uuid4(),
                        causation_id=envelope.event_id)
        try:
            await handle(conn, DECIDER, event.case_id, command, meta, expected_version=version)
        except IntakeError as error:
            raise Rejected(error.message) from error

    return apply


def build_handlers(clock: Clock, keep_for: Duration) -> Mapping[str, Handler]:
    return {ResultIssued.event_type: result_issued(clock, keep_for)}


# --- reactions to time --------------------------------------------------------------------------

_DUE_FOR_RETURN = (
    "SELECT application_id FROM intake_applications"
    " WHERE status = 'result_received' AND collect_by <= $1 ORDER BY collect_by LIMIT $2"
)


async def return_uncollected(pool: asyncpg.Pool, clock: Clock, batch: int = 100) -> int:
    """Send back every result whose keeping period is over; returns how many went back.

    The read model only points at candidates; each one is decided on its own stream, so a result
    handed over meanwhile is simply skipped.
    """
    now = clock()
    async with pool.acquire() as conn:
        ids = [row["application_id"] for row in await conn.fetch(_DUE_FOR_RETURN, now, batch)]
        returned = 0
        for application_id in ids:
            returned += await _return_one(conn, application_id, now)
    return returned


async def _return_one(conn: asyncpg.Connection, application_id: str, now) -> int:
    state, version = await load_state(conn, DECIDER, application_id)
    if not isinstance(state, AwaitingPickup):
        return 0
    meta = Metadata(producer=holder_of(state), actor=SYSTEM_ACTOR, occurred_at=now,
                    correlation_id=uuid4())
    try:
        outcome = await handle(conn, DECIDER, application_id, ReturnResultToProvider(now=now),
                               meta, expected_version=version)
    except (IntakeError, ConcurrencyError):
        return 0  # handed over or changed meanwhile: the next sweep sees the new state
    return len(outcome.appended)


Loop = Callable[[Runtime, asyncio.Event], Awaitable[None]]


def return_loop(clock: Clock, every_s: float) -> Loop:
    async def loop(runtime: Runtime, stop: asyncio.Event) -> None:
        while not stop.is_set():
            await return_uncollected(runtime.pool, clock)
            try:
                await asyncio.wait_for(stop.wait(), every_s)
            except TimeoutError:
                pass

    return loop
