"""Reads of the `intake_applications` read model: the list, receipts by number, the sweep."""

from dataclasses import dataclass
from datetime import datetime

import asyncpg

from contracts.identity import OrganisationKind
from eventkit.authz import Jurisdiction
from eventkit.db import Connection
from eventkit.identity import Principal
from eventkit.sql import Where


@dataclass(frozen=True)
class ApplicationFilter:
    status: str | None = None
    channel: str | None = None
    district: str | None = None
    regulation_id: int | None = None
    due_before: datetime | None = None  # result due at or before


# kinds of office that read only what they accepted or were sent, not their whole place
OWN_ONLY = frozenset({OrganisationKind.EMPLOYMENT_CENTRE, OrganisationKind.RURAL_AKIM})


def visible_to(where: Where, who: Principal) -> str:
    """The caller's applications as a WHERE fragment: those it accepted or was sent, and, for
    an office of a whole place, every one of that place (the rule of `api.sees`)."""
    own = where.param(who.organisation_id)
    mine = f"organisation_id = {own} OR provider_id = {own}"
    if who.kind in OWN_ONLY:
        return f"({mine})"
    return f"({mine} OR {Jurisdiction.of(who).clause(where)})"


async def applications(conn: Connection, who: Principal, f: ApplicationFilter,
                       limit: int, offset: int) -> list[asyncpg.Record]:
    """The applications the caller may read, newest first."""
    where = Where()
    where.add(visible_to(where, who))
    where.equal_all([("status", f.status), ("channel", f.channel), ("district", f.district),
                     ("regulation_id", f.regulation_id)])
    if f.due_before is not None:
        where.add(f"result_due <= {where.param(f.due_before)}")
    return await conn.fetch(
        f"SELECT * FROM intake_applications WHERE {where.sql}"
        f" ORDER BY submitted_at DESC, application_id {where.page(limit, offset)}", *where.args)


async def application_by_receipt(conn: Connection, receipt_number: str) -> str | None:
    found: str | None = await conn.fetchval(
        "SELECT application_id FROM intake_applications WHERE receipt_number = $1",
        receipt_number)
    return found


async def due_for_return(conn: Connection, now: datetime, limit: int) -> list[str]:
    """Results whose keeping period is over (candidates: each one decides on its own stream)."""
    rows = await conn.fetch(
        "SELECT application_id FROM intake_applications"
        " WHERE status = 'result_received' AND collect_by <= $1 ORDER BY collect_by LIMIT $2",
        now, limit)
    return [row["application_id"] for row in rows]


async def application_gauges(conn: Connection, now: datetime) -> list[asyncpg.Record]:
    """Applications per district, regulation, channel and status, for the operators' metrics."""
    return await conn.fetch(
        "SELECT coalesce(district, 'oblast') AS district, regulation_id::text AS regulation,"
        " channel, status, count(*) AS applications FROM intake_applications"
        " GROUP BY 1, 2, 3, 4"
    )
