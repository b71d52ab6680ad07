"""Reads of the read models (`payments_view`, `envelopes_view`, `envelope_orders`): the lists the
API answers with and the candidates the release proposes to the deciders."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

import asyncpg

from eventkit.authz import Jurisdiction
from eventkit.db import Connection
from eventkit.sql import Where

from .domain.reconciliation import OrderLine


def _inside(where: Where, place: Jurisdiction) -> str:
    # the read models keep no submitting organisation: what a caller sees is a district
    return place.clause(where, district_column="district", organisation_column=None)


@dataclass(frozen=True)
class PaymentFilter:
    district: str | None = None
    status: str | None = None
    regulation_id: int | None = None


async def payments(conn: Connection, place: Jurisdiction, f: PaymentFilter, limit: int,
                   offset: int) -> list[asyncpg.Record]:
    """The payments inside `place`, most recently changed first."""
    where = Where()
    where.add(_inside(where, place))
    where.equal_all([("district", f.district), ("status", f.status),
                     ("regulation_id", f.regulation_id)])
    return await conn.fetch(
        "SELECT payment_id, case_id, regulation_id, decision_reference, district, status, amount,"
        " route, envelope_id, attempts, bank_reference, conflict_with, version"
        f" FROM payments_view WHERE {where.sql} ORDER BY updated_at DESC, payment_id"
        f" {where.page(limit, offset)}", *where.args)


@dataclass(frozen=True)
class EnvelopeFilter:
    envelope_id: UUID | None = None
    date_from: date | None = None
    date_to: date | None = None
    district: str | None = None


async def envelopes(conn: Connection, place: Jurisdiction,
                    f: EnvelopeFilter) -> list[asyncpg.Record]:
    """The envelopes inside `place`, by schedule date and district."""
    where = Where()
    where.equal("envelope_id", f.envelope_id)
    if f.date_from is not None:
        where.add(f"schedule_date >= {where.param(f.date_from)}")
    if f.date_to is not None:
        where.add(f"schedule_date <= {where.param(f.date_to)}")
    where.equal("district", f.district)
    where.add(_inside(where, place))
    return await conn.fetch(f"SELECT * FROM envelopes_view WHERE {where.sql}"
                            " ORDER BY schedule_date, district, released_at", *where.args)


async def order_lines(conn: Connection,
                      envelope_ids: Sequence[UUID]) -> dict[UUID, list[OrderLine]]:
    """Each envelope's orders with their outcome so far, for its reconciliation."""
    rows = await conn.fetch("SELECT envelope_id, payment_id, amount, outcome FROM"
                            " envelope_orders WHERE envelope_id = ANY($1::uuid[])",
                            list(envelope_ids))
    lines: dict[UUID, list[OrderLine]] = {i: [] for i in envelope_ids}
    for row in rows:
        lines[row["envelope_id"]].append(OrderLine(row["payment_id"], row["amount"],
                                                   row["outcome"]))
    return lines


async def ready_districts(conn: Connection) -> list[str]:
    rows = await conn.fetch("SELECT DISTINCT district FROM payments_view WHERE status = 'ready'")
    return sorted(row["district"] for row in rows)


async def ready_payments(conn: Connection, district: str, limit: int) -> list[UUID]:
    """Candidates for the district's next envelope, oldest first (each one's decider decides)."""
    rows = await conn.fetch(
        "SELECT payment_id FROM payments_view WHERE district = $1 AND status = 'ready'"
        " ORDER BY updated_at, payment_id LIMIT $2", district, limit)
    return [row["payment_id"] for row in rows]


async def payment_gauges(conn: Connection, now: datetime) -> list[asyncpg.Record]:
    """Payments and their money per district, regulation, status and currency, for the
    operators' metrics."""
    return await conn.fetch(
        "SELECT district, regulation_id::text AS regulation, status, currency,"
        " count(*) AS payments, coalesce(sum(amount), 0) AS amount FROM payments_view"
        " GROUP BY 1, 2, 3, 4"
    )


async def provider_of_case(conn: Connection, case_id: str) -> str | None:
    """The provider that opened the case, if this service saw it opened (`opened_cases`)."""
    provider: str | None = await conn.fetchval(
        "SELECT provider_id FROM opened_cases WHERE case_id = $1", case_id)
    return provider
