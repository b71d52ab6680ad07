"""Reads of the workflow read models: case detail, the case list, the inbox, the SLA report,
and the candidates of the deadline scheduler."""

import json
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg

from contracts.identity import OrganisationKind, Producer
from eventkit.authz import Jurisdiction
from eventkit.db import Connection
from eventkit.identity import Principal
from eventkit.sql import Where

ALMATY = ZoneInfo("Asia/Almaty")  # where "today" is, for the steps due today

# an applicant notice of the case (alias c) not sent and past its due at $1, said or not yet
NOTICE_LATE = (
    "EXISTS (SELECT 1 FROM wf_notices n WHERE n.case_id = c.case_id AND n.notified_at IS NULL"
    " AND (n.overdue OR n.due_at < $1))"
)
# a late applicant notice makes the case's waiting step count as overdue too: its holder (or
# head) is the one to send it
_INBOX = f"""
SELECT i.case_id, i.regulation_id, i.step_id, i.instance, i.role, i.holder_kind, i.district,
       i.rural_district, i.person_id, i.started_at, i.due_at,
       (i.overdue OR (i.due_at IS NOT NULL AND i.due_at < $1) OR late.notice) AS overdue,
       late.notice AS notice_overdue,
       c.case_due, c.applicant->>'last_name' AS applicant_last_name
FROM wf_inbox i JOIN wf_cases c USING (case_id)
CROSS JOIN LATERAL (SELECT {NOTICE_LATE} AS notice) late
WHERE i.holder_kind = $2 AND i.role = $3
  AND (i.district IS NULL OR i.district = $4)
  AND (i.rural_district IS NULL OR i.rural_district = $5)
  AND (i.organisation_id IS NULL OR i.organisation_id = $6)
  AND (i.person_id IS NULL OR i.person_id = $7)
ORDER BY overdue DESC, i.due_at ASC NULLS LAST, i.case_id
LIMIT $8 OFFSET $9
"""


async def inbox(conn: Connection, who: Principal, now: datetime, limit: int,
                offset: int) -> list[dict[str, Any]]:
    """The steps waiting for this person: overdue first, then by due time."""
    rows = await conn.fetch(
        _INBOX, now, who.kind.value, who.role.value, who.district, who.rural_district,
        who.organisation_id, who.person_id, limit, offset,
    )
    return [dict(r) for r in rows]


async def case_row(conn: Connection, case_id: str) -> asyncpg.Record | None:
    return await conn.fetchrow("SELECT * FROM wf_cases WHERE case_id = $1", case_id)


async def history(conn: Connection, case_id: str) -> list[dict[str, Any]]:
    rows = await conn.fetch(
        "SELECT stream_version, event_type, occurred_at, producer, actor, payload"
        " FROM wf_history WHERE case_id = $1 ORDER BY stream_version", case_id,
    )
    return [{**dict(r), "producer": json.loads(r["producer"]), "actor": json.loads(r["actor"]),
             "payload": json.loads(r["payload"])} for r in rows]


async def notices(conn: Connection, case_id: str,
                  now: datetime) -> list[dict[str, Any]]:
    rows = await conn.fetch(
        "SELECT extension_id, due_at, notified_at,"
        " (overdue OR coalesce(notified_at, $2) > due_at) AS overdue"
        " FROM wf_notices WHERE case_id = $1 ORDER BY due_at, extension_id", case_id, now,
    )
    return [dict(r) for r in rows]


async def waiting_step(conn: Connection, case_id: str) -> asyncpg.Record | None:
    return await conn.fetchrow("SELECT * FROM wf_inbox WHERE case_id = $1", case_id)


# the providers whose report holds their own cases only, not their district's
OWN_FIGURES = frozenset({OrganisationKind.RURAL_AKIM, OrganisationKind.EMPLOYMENT_CENTRE})
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


async def sla_report(conn: Connection, who: Principal, now: datetime,
                     district: str | None, regulation_id: int | None) -> list[dict[str, Any]]:
    """Per district and regulation: on time, late, open; median and p90 working days used.

    The oblast department sees every district; a district department its district; a rural
    akim or an Employment Centre only the cases it provides (a district's figures are not its
    to read, as the district's cases are not).
    """
    place = Jurisdiction.of(who)
    where = Where(now)  # $1: the request time
    if who.kind in OWN_FIGURES:
        where.add("case_id IN (SELECT case_id FROM wf_cases WHERE provider_id = "
                  f"{where.param(who.organisation_id)})")
    elif not place.everywhere:
        where.add(f"district = {where.param(place.district)}")
    where.equal_all([("district", district), ("regulation_id", regulation_id)])
    rows = await conn.fetch(_SLA.format(where=where.sql), *where.args)
    return [dict(r) for r in rows]


# --- the case list ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None  # open | in_progress | decided | issued | closed
    outcome: str | None = None
    regulation_id: int | None = None
    step: str | None = None  # the current step's id
    overdue: bool = False  # only cases with something past its due time
    due_before: datetime | None = None  # case due at or before
    due_after: datetime | None = None  # case due at or after
    district: str | None = None
    rural_district: str | None = None


# the list's filters on the case phase; "open" is everything not yet issued
_STATUS = {
    "open": "c.status = 'open'",
    "in_progress": "c.status = 'open' AND c.phase = 'in_progress'",
    "decided": "c.status = 'open' AND c.phase = 'decided'",
    "issued": "c.status = 'closed'",
    "closed": "c.status = 'closed'",
}
# every order ends on the case id, so pages never overlap or skip between equal keys
ORDERS = {
    "due": "case_due ASC NULLS LAST, case_id ASC",
    "-due": "case_due DESC NULLS LAST, case_id DESC",
    "opened": "opened_at ASC, case_id ASC",
    "-opened": "opened_at DESC, case_id DESC",
}
# as the inbox counts it: the waiting step flagged overdue or past its due, an applicant notice
# not sent by its due, or the case past its overall due, while still open ($1: request time)
_OVERDUE = (
    "(c.status = 'open' AND (coalesce(i.overdue, false) OR i.due_at < $1 OR c.case_due < $1"
    f" OR {NOTICE_LATE}))"
)
# the count and the page in one statement (one snapshot); past the last page the one row that
# comes back carries the count and no case
_LIST = """
WITH matched AS (
    SELECT c.case_id, c.application_id, c.regulation_id, c.sub_service, c.provider_id,
           c.provider_kind, c.district, c.rural_district, c.registration_number, c.executor,
           c.applicant->>'last_name' AS applicant_last_name, c.status, c.phase, c.outcome,
           c.decision_reference, c.current_step, c.current_due, {overdue} AS overdue,
           {notice_late} AS notice_overdue, c.case_due, c.opened_at, c.closed_at, c.version
    FROM wf_cases c LEFT JOIN wf_inbox i USING (case_id)
    WHERE {where}
)
SELECT t.total, p.*
FROM (SELECT count(*) AS total FROM matched) t
LEFT JOIN LATERAL (
    SELECT * FROM matched ORDER BY {order} {page}
) p ON true
"""


def _where(who: Principal, now: datetime, f: CaseFilter) -> Where:
    """Jurisdiction, then the filters; $1 is the request time (the overdue clauses read it).

    Jurisdiction as the case detail checks it: the oblast department sees every case; any other
    organisation sees the cases of its place (or its own) in whose plan its kind holds a step.
    """
    where = Where(now)
    place = Jurisdiction.of(who)
    if not place.everywhere:
        where.add(place.clause(where, "c.district", "c.rural_district", "c.provider_id"))
        where.add(f"{where.param(who.kind.value)} = ANY(c.participants)")
    if f.status is not None:
        where.add(_STATUS[f.status])
    where.equal_all([("c.outcome", f.outcome), ("c.regulation_id", f.regulation_id),
                     ("c.current_step", f.step), ("c.district", f.district),
                     ("c.rural_district", f.rural_district)])
    if f.due_before is not None:
        where.add(f"c.case_due <= {where.param(f.due_before)}")
    if f.due_after is not None:
        where.add(f"c.case_due >= {where.param(f.due_after)}")
    if f.overdue:
        where.add(_OVERDUE)
    return where


async def case_list(conn: Connection, who: Principal, now: datetime, f: CaseFilter,
                    order: str, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
    """(total matching, one page) in the order named (a key of ORDERS)."""
    where = _where(who, now, f)
    query = _LIST.format(overdue=_OVERDUE, notice_late=NOTICE_LATE, where=where.sql,
                         order=ORDERS[order], page=where.page(limit, offset))
    rows = await conn.fetch(query, *where.args)
    total = rows[0]["total"] if rows else 0
    return total, [{k: v for k, v in r.items() if k != "total"} for r in rows
                   if r["case_id"] is not None]


# --- the deadline scheduler's candidates --------------------------------------------------------

# the provider speaks for what the scheduler says of its case: its columns named as a Producer's
_PRODUCER = ("c.provider_id AS organisation_id, c.provider_kind AS kind, c.district,"
             " c.rural_district")
_LATE_STEPS = f"""
SELECT i.case_id, i.instance, {_PRODUCER}
FROM wf_inbox i JOIN wf_cases c USING (case_id)
WHERE NOT i.overdue AND i.due_at < $1
ORDER BY i.due_at LIMIT $2
"""
_LATE_NOTICES = f"""
SELECT n.case_id, n.extension_id, {_PRODUCER}
FROM wf_notices n JOIN wf_cases c USING (case_id)
WHERE n.notified_at IS NULL AND NOT n.overdue AND n.due_at < $1 AND c.status = 'open'
ORDER BY n.due_at LIMIT $2
"""


@dataclass(frozen=True)
class LateStep:
    """A waiting step instance the read model shows past its due (the decider has the last
    word: the step may have finished or been extended meanwhile)."""

    case_id: str
    instance: int
    producer: Producer


@dataclass(frozen=True)
class LateNotice:
    """An applicant notice the read model shows unsent past its due."""

    case_id: str
    extension_id: str
    producer: Producer


def _producer(row: asyncpg.Record) -> Producer:
    return Producer.model_validate({name: row[name] for name in Producer.model_fields})


async def late_steps(conn: Connection, now: datetime, limit: int) -> list[LateStep]:
    rows = await conn.fetch(_LATE_STEPS, now, limit)
    return [LateStep(r["case_id"], r["instance"], _producer(r)) for r in rows]


async def late_notices(conn: Connection, now: datetime, limit: int) -> list[LateNotice]:
    rows = await conn.fetch(_LATE_NOTICES, now, limit)
    return [LateNotice(r["case_id"], r["extension_id"], _producer(r)) for r in rows]


# --- the operators' gauges (read at each scrape of /metrics) ----------------------------------

_STEP_GAUGES = f"""
SELECT coalesce(i.district, 'oblast') AS district, i.regulation_id::text AS regulation,
       count(*) AS open,
       count(*) FILTER (WHERE late.overdue) AS overdue,
       count(*) FILTER (WHERE NOT late.overdue AND i.due_at < $2) AS due_today
FROM wf_inbox i JOIN wf_cases c USING (case_id)
CROSS JOIN LATERAL (SELECT (i.overdue OR coalesce(i.due_at < $1, false) OR {NOTICE_LATE})
                    AS overdue) late
GROUP BY 1, 2
"""


async def step_gauges(conn: Connection, now: datetime) -> list[asyncpg.Record]:
    """Per district and regulation: the steps waiting, those overdue as the inbox counts them,
    and those still due before the end of today (Almaty time)."""
    local = now.astimezone(ALMATY)
    end_of_day = datetime.combine(local.date() + timedelta(days=1), time(0), ALMATY)
    return await conn.fetch(_STEP_GAUGES, now, end_of_day)


async def case_gauges(conn: Connection, now: datetime) -> list[asyncpg.Record]:
    """Cases per district, regulation and status (open, closed)."""
    return await conn.fetch(
        "SELECT coalesce(district, 'oblast') AS district, regulation_id::text AS regulation,"
        " status, count(*) AS cases FROM wf_cases GROUP BY 1, 2, 3"
    )
