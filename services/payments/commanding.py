"""The command side: the payment and envelope deciders bound to eventkit's one write path, and
the I/O that commits with their events — the person's compensation claim, and the release of an
envelope. Routes, handlers and timers change a stream only through the functions here.
"""

from dataclasses import dataclass, replace
from datetime import date, datetime
from uuid import UUID

from contracts.envelope import Envelope as EventEnvelope
from contracts.identity import Actor, OrganisationKind, Producer, Role
from contracts.iin import mask_iin
from contracts.payments_events import (
    REGISTRY,
    CompensationAssigned,
    EnvelopeReleased,
    PaymentConflict,
    PaymentOrder,
    PaymentOrdered,
)
from contracts.workflow_events import CaseOpened
from eventkit.commands import Outcome, Streams, command
from eventkit.db import Connection, atomic
from eventkit.decider import Decider
from eventkit.logging import get_logger
from eventkit.store import Metadata

from . import queries
from .domain import envelope, payment
from .domain.decisions import AssignBenefit, AssignCompensation, Claim
from .domain.errors import PaymentsError

log = get_logger(__name__)

PAYMENT: Decider[payment.State, payment.Command] = Decider(
    payment.initial_state, payment.decide, payment.evolve, REGISTRY)
ENVELOPE: Decider[envelope.State, envelope.Command] = Decider(
    envelope.initial_state, envelope.decide, envelope.evolve, REGISTRY)

# A reaction (no caller's If-Match) decides again when another writer got to the stream first.
RETRIES = 5
SYSTEM_ACTOR = Actor(person_id="payments-service", role=Role.SYSTEM)
# Releases of one district are serialised by a transaction-scoped advisory lock of this class.
_RELEASE_LOCK = 7_201_808
MAX_ORDERS = 5000


@dataclass(frozen=True)
class Identity:
    """Who the payments service writes as when it acts on its own: the department that plans the
    payments (configured; see PaymentsSettings), as a system actor."""

    producer: Producer
    actor: Actor = SYSTEM_ACTOR

    def reacting_to(self, cause: EventEnvelope, at: datetime) -> Metadata:
        return Metadata.reacting_to(cause, self.producer, self.actor, at)

    def on_time(self, at: datetime) -> Metadata:
        return Metadata.on_time(self.producer, self.actor, at)


OBLAST_PAYMENTS = Identity(
    Producer(organisation_id="oblast-dept", kind=OrganisationKind.OBLAST_DEPARTMENT))


# The two kinds of stream, bound to the write path.
PAYMENTS: Streams[payment.State, payment.Command, UUID] = Streams(PAYMENT, payment.stream_of)
ENVELOPES: Streams[envelope.State, envelope.Command, UUID] = Streams(ENVELOPE, envelope.stream_of)
run_payment = PAYMENTS.run
run_envelope = ENVELOPES.run


# --- assignments --------------------------------------------------------------------------


async def assign_compensation(conn: Connection, assign: AssignCompensation,
                              meta: Metadata) -> Outcome[payment.State]:
    """Reg. 1, once per person ever: the person's row in `compensations` (primary key = IIN) is
    taken in the same transaction as the assignment, so whatever the channel, district or
    redelivery, a second case finds it taken and the decider records a conflict instead."""
    async with atomic(conn):
        held_by = await _claim(conn, assign)
        outcome = await run_payment(conn, assign.payment_id,
                                    command(replace(assign, held_by=held_by)), meta,
                                    retries=RETRIES)
    iin = mask_iin(assign.decision.beneficiary.iin)
    if outcome.first(PaymentConflict):
        log.warning("payments.compensation_conflict", iin=iin, case_id=assign.decision.case_id)
    elif outcome.first(CompensationAssigned):
        log.info("payments.compensation_assigned", iin=iin, payment_id=str(assign.payment_id))
    return outcome


async def _claim(conn: Connection, assign: AssignCompensation) -> Claim | None:
    """None when the person's compensation is (now) this case's; else the other case's claim.

    A concurrent claim for the same IIN waits on the primary key until the first one commits,
    then sees it: the constraint, not a read, is what keeps the payment single."""
    iin, case_id = assign.decision.beneficiary.iin, assign.decision.case_id
    claimed = await conn.fetchval(
        "INSERT INTO compensations (iin, payment_id, case_id) VALUES ($1, $2, $3)"
        " ON CONFLICT (iin) DO NOTHING RETURNING true", iin, assign.payment_id, case_id)
    if claimed:
        return None
    held = await conn.fetchrow("SELECT payment_id, case_id FROM compensations WHERE iin = $1",
                               iin)
    assert held is not None  # the insert met it, and claims are never deleted
    if held["case_id"] == case_id:
        return None  # the same decision again: the decider finds its payment assigned
    return Claim(held["payment_id"], held["case_id"])


async def assign_benefit(conn: Connection, assign: AssignBenefit,
                         meta: Metadata) -> Outcome[payment.State]:
    return await run_payment(conn, assign.payment_id, command(assign), meta, retries=RETRIES)


# --- envelopes ----------------------------------------------------------------------------


async def release(conn: Connection, district: str, schedule_date: date,
                  envelope_id: UUID, meta: Metadata) -> EnvelopeReleased | None:
    """Order every ready payment of `district` into one envelope; None if none is ready.

    One transaction: every PaymentOrdered and the EnvelopeReleased commit together. The read
    model only proposes candidates; each payment's own decider has the last word, so a payment
    ordered meanwhile (or a lagging read model) is skipped, never ordered twice.
    """
    async with atomic(conn):
        await conn.execute("SELECT pg_advisory_xact_lock($1, hashtext($2))", _RELEASE_LOCK,
                           district)
        orders = [line for payment_id in await queries.ready_payments(conn, district, MAX_ORDERS)
                  if (line := await _order(conn, payment_id, envelope_id, schedule_date, meta))]
        if not orders:
            return None
        outcome = await run_envelope(
            conn, envelope_id,
            command(envelope.Release(envelope_id, schedule_date, district, tuple(orders),
                                     meta.occurred_at)),
            meta)
    released = outcome.first(EnvelopeReleased)
    assert released is not None  # a new envelope id: nothing was released under it before
    log.info("payments.envelope_released", envelope_id=str(envelope_id), district=district,
             count=released.control.count, total=str(released.control.sum))
    return released


async def _order(conn: Connection, payment_id: UUID, envelope_id: UUID,
                 schedule_date: date, meta: Metadata) -> PaymentOrder | None:
    try:
        outcome = await run_payment(conn, payment_id,
                                    command(payment.Order(envelope_id, schedule_date)), meta)
    except PaymentsError:
        return None  # no longer ready: the decider knows better than the read model
    ordered = outcome.first(PaymentOrdered)
    if ordered is None or not isinstance(outcome.state, payment.Payment):
        return None
    return envelope.order_of(outcome.state, ordered)


# --- the cases a decision may be about -----------------------------------------------------------


async def remember_case(conn: Connection, opened: CaseOpened, event_id: UUID) -> None:
    """A case the workflow opened (forwarded or accepted in person), in the inbox's transaction:
    from now on a decision of its provider on it may be applied."""
    await conn.execute(
        "INSERT INTO opened_cases (case_id, provider_id, origin, opened_at, event_id)"
        " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (case_id) DO NOTHING",
        opened.case_id, opened.provider.organisation_id, opened.origin, opened.opened_at,
        event_id)
