"""Releasing an envelope: the district's ready payments are ordered into one envelope with control
totals, all in one transaction (every PaymentOrdered and the EnvelopeReleased commit together).

The read model only proposes candidates; each payment's own decider has the last word, so a
payment ordered meanwhile (or a lagging read model) is skipped, never ordered twice. Releases of
one district are serialised by a transaction-scoped advisory lock.
"""

import asyncio
import json
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from uuid import UUID, uuid4

import asyncpg

from contracts.identity import Actor, Producer
from contracts.payments_events import EnvelopeReleased, PaymentOrder, Totals
from eventkit.decider import handle
from eventkit.logging import get_logger
from eventkit.store import Metadata
from services.payments import schedule
from services.payments.deciders import ENVELOPE, PAYMENT
from services.payments.domain import envelope as envelopes
from services.payments.domain import payment as payments
from services.payments.domain.errors import PaymentsError

log = get_logger(__name__)

_LOCK_CLASS = 7_201_808
MAX_ORDERS = 5000
_PURPOSES = {
    1: "One-time state compensation (Law 1787-XII art. 12)",
    4: "Targeted social assistance",
    10: "Social assistance by maslikhat decision",
    11: "Compensation of home schooling costs",
    12: "Social assistance for fuel",
    18: "Housing assistance",
}


async def release(
    conn: asyncpg.Connection,
    district: str,
    schedule_date: date,
    envelope_id: UUID,
    meta: Metadata,
) -> EnvelopeReleased | None:
    """Order every ready payment of `district` into one envelope; None if none is ready."""
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock($1, hashtext($2))", _LOCK_CLASS, district)
        candidates = await conn.fetch(
            "SELECT payment_id, case_id, regulation_id, decision_reference, beneficiary"
            " FROM payments_view WHERE district = $1 AND status = 'ready'"
            " ORDER BY updated_at, payment_id LIMIT $2", district, MAX_ORDERS,
        )
        orders = [order for row in candidates
                  if (order := await _order(conn, row, envelope_id, schedule_date, meta))]
        if not orders:
            return None
        counted = Totals(count=len(orders), sum=sum((o.amount for o in orders), Decimal(0)))
        released = EnvelopeReleased(
            envelope_id=envelope_id, schedule_date=schedule_date, district=district,
            control=counted, orders=orders, released_at=meta.occurred_at,
        )
        await handle(conn, ENVELOPE, envelopes.stream_of(envelope_id),
                     envelopes.Release(released), meta)
    log.info("payments.envelope_released", envelope_id=str(envelope_id), district=district,
             count=counted.count, total=str(counted.sum))
    return released


async def _order(conn, row, envelope_id: UUID, schedule_date: date, meta) -> PaymentOrder | None:
    stream = payments.stream_of(row["payment_id"])
    try:
        outcome = await handle(conn, PAYMENT, stream, payments.Order(envelope_id, schedule_date),
                               meta)
    except PaymentsError:
        return None  # no longer ready: the decider knows better than the read model
    if not outcome.appended:
        return None
    ordered = outcome.appended[0].payload
    return PaymentOrder(
        payment_id=row["payment_id"], case_id=row["case_id"], regulation_id=row["regulation_id"],
        beneficiary=json.loads(row["beneficiary"]), amount=Decimal(ordered["amount"]),
        route=ordered["route"],
        purpose=f"{_PURPOSES.get(row['regulation_id'], 'Social payment')},"
                f" decision {row['decision_reference']}"[:210],
    )


async def ready_districts(conn: asyncpg.Connection) -> list[str]:
    rows = await conn.fetch("SELECT DISTINCT district FROM payments_view WHERE status = 'ready'")
    return sorted(r["district"] for r in rows)


def release_loop(
    clock: Callable[[], datetime],
    producer: Producer,
    actor: Actor,
    interval_s: float,
):
    """A ServiceSpec loop: on a payment day, after the release hour, every district with ready
    payments gets an envelope; it keeps checking, so corrected payments leave the same day."""

    async def loop(runtime, stop: asyncio.Event) -> None:
        while not stop.is_set():
            await release_due(runtime.pool, clock(), producer, actor)
            try:
                await asyncio.wait_for(stop.wait(), interval_s)
            except TimeoutError:
                pass

    return loop


async def release_due(pool: asyncpg.Pool, now: datetime, producer: Producer,
                      actor: Actor) -> list[EnvelopeReleased]:
    day = schedule.release_due(now)
    if day is None:
        return []
    released = []
    async with pool.acquire() as conn:
        for district in await ready_districts(conn):
            meta = Metadata(producer, actor, now, uuid4())
            envelope = await release(conn, district, day, uuid4(), meta)
            if envelope is not None:
                released.append(envelope)
    return released
