"""Reads of the workflow read models: case detail, the inbox, the SLA report."""

import json
from datetime import datetime
from typing import Any

import asyncpg

from eventkit.authz import Jurisdiction
from eventkit.identity import Principal

_INBOX = """
SELECT i.case_id, i.regulation_id, i.step_id, i.instance, i.role, i.holder_kind, i.district,
       i.rural_district, i.person_id, i.started_at, i.due_at,
       (i.overdue OR (i.due_at IS NOT NULL AND i.due_at < $1)) AS overdue,
       c.case_due, c.applicant->>'last_name' AS applicant_last_name
FROM wf_inbox i JOIN wf_cases c USING (case_id)
WHERE i.holder_kind = $2 AND i.role = $3
  AND (i.district IS NULL OR i.district = $4)
  AND (i.rural_district IS NULL OR i.rural_district = $5)
  AND (i.organisation_id IS NULL OR i.organisation_id = $6)
  AND (i.person_id IS NULL OR i.person_id = $7)
ORDER BY overdue DESC, i.due_at ASC NULLS LAST, i.case_id
LIMIT $8 OFFSET $9
"""


async def inbox(conn: asyncpg.Connection, who: Principal, now: datetime, limit: int,
                offset: int) -> list[dict[str, Any]]:
    """The steps waiting for this person: overdue first, then by due time."""
    rows = await conn.fetch(
        _INBOX, now, who.kind.value, who.role.value, who.district, who.rural_district,
        who.organisation_id, who.person_id, limit, offset,
    )
    return [dict(r) for r in rows]


async def case_row(conn: asyncpg.Connection, case_id: str) -> asyncpg.Record | None:
    return await conn.fetchrow("SELECT * FROM wf_cases WHERE case_id = $1", case_id)


async def history(conn: asyncpg.Connection, case_id: str) -> list[dict[str, Any]]:
    rows = await conn.fetch(
        "SELECT stream_version, event_type, occurred_at, producer, actor, payload"
        " FROM wf_history WHERE case_id = $1 ORDER BY stream_version", case_id,
    )
    return [{**dict(r), "producer": json.loads(r["producer"]), "actor": json.loads(r["actor"]),
             "payload": json.loads(r["payload"])} for r in rows]


async def waiting_step(conn: asyncpg.Connection, case_id: str) -> asyncpg.Record | None:
    return await conn.fetchrow("SELECT * FROM wf_inbox WHERE case_id = $1", case_id)


_SLA = """
SELECT district, regulation_id,
       count(*) FILTER (WHERE closed_at IS NOT NULL AND NOT late) AS on_time,
       count(*) FILTER (WHERE closed_at IS NOT NULL AND late) AS late,
       count(*) FILTER (WHERE closed_at IS NULL) AS open,
       count(*) FILTER (WHERE closed_at IS NULL AND case_due < $1) AS open_overdue,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY working_days_used)
           FILTER (WHERE closed_at IS NOT NULL) AS median_working_days,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY working_days_used)
           FILTER (WHERE closed_at IS NOT NULL) AS p90_working_days
FROM wf_sla
WHERE {where}
GROUP BY district, regulation_id
ORDER BY district NULLS FIRST, regulation_id
"""


async def sla_report(conn: asyncpg.Connection, who: Principal, now: datetime,
                     district: str | None, regulation_id: int | None) -> list[dict[str, Any]]:
    """Per district and regulation: on time, late, open; median and p90 working days used.

    A district's organisations see their district; the oblast department sees them all.
    """
    place = Jurisdiction.of(who)
    filters: list[str] = []
    params: list[Any] = []
    if not place.everywhere:
        params.append(place.district)
        filters.append("district = $2")
    if district is not None:
        params.append(district)
        filters.append(f"district = ${len(params) + 1}")
    if regulation_id is not None:
        params.append(regulation_id)
        filters.append(f"regulation_id = ${len(params) + 1}")
    where = " AND ".join(filters) or "TRUE"
    rows = await conn.fetch(_SLA.format(where=where), now, *params)
    return [dict(r) for r in rows]
