"""Read-model queries: the register, documents, conflicts, public lookups and the overdue watch.
Every list is filtered by the caller's jurisdiction."""

import json
from datetime import datetime
from typing import Any

import asyncpg

from eventkit.authz import Jurisdiction
from eventkit.db import Connection
from eventkit.sql import Where

_DOCUMENT = "SELECT * FROM documents"


async def document(conn: Connection, document_id: str) -> asyncpg.Record | None:
    return await conn.fetchrow(f"{_DOCUMENT} WHERE document_id = $1::uuid", document_id)


async def documents_of(conn: Connection, holder_id: str) -> list[asyncpg.Record]:
    return await conn.fetch(
        f"{_DOCUMENT} WHERE holder_id = $1::uuid ORDER BY requested_at, document_id", holder_id
    )


async def documents(
    conn: Connection, place: Jurisdiction, status: str | None, overdue: bool | None,
    kind: str | None, limit: int, offset: int,
) -> list[asyncpg.Record]:
    where = Where()
    where.add(place.clause(where))
    where.equal_all([("status", status), ("overdue", overdue), ("kind", kind)])
    return await conn.fetch(
        f"{_DOCUMENT} WHERE {where.sql} ORDER BY due_at, document_id {where.page(limit, offset)}",
        *where.args,
    )


async def entry(conn: Connection, holder_id: str) -> asyncpg.Record | None:
    return await conn.fetchrow("SELECT * FROM register_entries WHERE holder_id = $1::uuid",
                               holder_id)


async def entry_by_iin(conn: Connection, iin: str) -> asyncpg.Record | None:
    return await conn.fetchrow("SELECT * FROM register_entries WHERE iin = $1", iin)


async def entries(
    conn: Connection, place: Jurisdiction, status: str | None, limit: int, offset: int
) -> list[asyncpg.Record]:
    where = Where()
    # rural_district: the register is kept by districts; no akim is ever placed in it
    where.add(place.clause(where, rural_column="NULL"))
    where.equal("status", status)
    return await conn.fetch(
        f"SELECT * FROM register_entries WHERE {where.sql}"
        f" ORDER BY decided_at, holder_id {where.page(limit, offset)}",
        *where.args,
    )


async def conflicts(conn: Connection, place: Jurisdiction) -> list[asyncpg.Record]:
    where = Where()
    where.add(place.clause(where))
    return await conn.fetch(
        f"SELECT * FROM register_conflicts WHERE {where.sql} ORDER BY detected_at", *where.args
    )


async def by_code(conn: Connection, code: str) -> asyncpg.Record | None:
    return await conn.fetchrow(f"{_DOCUMENT} WHERE verification_code = $1", code)


async def by_number(conn: Connection, number: str,
                    holder_key: str) -> asyncpg.Record | None:
    return await conn.fetchrow(f"{_DOCUMENT} WHERE number = $1 AND holder_key = $2",
                               number, holder_key)


async def periods_of(conn: Connection, holder_id: str) -> list[dict[str, Any]]:
    row = await entry(conn, holder_id)
    if row is None:
        return []
    periods: list[dict[str, Any]] = json.loads(row["periods"])
    return periods


async def late_documents(conn: Connection, now: datetime,
                         limit: int) -> list[asyncpg.Record]:
    """Documents not issued by their due time and not flagged yet (candidates: each holder's
    file decides on its own). The authority's columns are named as `Producer`'s fields."""
    return await conn.fetch(
        "SELECT holder_id::text, document_id::text, organisation_id, organisation_kind AS kind,"
        " district, rural_district FROM documents"
        " WHERE status = 'requested' AND NOT overdue AND due_at < $1 ORDER BY due_at LIMIT $2",
        now, limit,
    )


async def document_gauges(conn: Connection, now: datetime) -> list[asyncpg.Record]:
    """Documents per district, kind and status, and the requested ones past their due, for the
    operators' metrics."""
    return await conn.fetch(
        "SELECT coalesce(district, 'oblast') AS district, kind, status, count(*) AS documents,"
        " count(*) FILTER (WHERE status = 'requested' AND (overdue OR due_at < $1)) AS overdue"
        " FROM documents GROUP BY 1, 2, 3", now,
    )


async def provider_of_case(conn: Connection, case_id: str) -> str | None:
    """The provider that opened the case, if this service saw it opened (`opened_cases`)."""
    provider: str | None = await conn.fetchval(
        "SELECT provider_id FROM opened_cases WHERE case_id = $1", case_id)
    return provider


# Unicode case folding whatever the database's own collation (Kazakh and Russian names)
_FOLDED = "lower({} COLLATE pg_c_utf8)"


async def search_documents(
    conn: Connection, place: Jurisdiction, words: list[str], number: str | None, limit: int
) -> list[asyncpg.Record]:
    """Documents of the caller's jurisdiction whose holder's names begin with every word given
    (lower-cased by the caller) and whose number is the one given; at least one of them."""
    where = Where()
    where.add(place.clause(where))
    for word in words:
        param = where.param(word)
        where.add("(" + " OR ".join(f"starts_with({_FOLDED.format(column)}, {param})"
                                    for column in ("last_name", "first_name", "middle_name"))
                  + ")")
    if number is not None:
        where.add(f"{_FOLDED.format('number')} = {where.param(number)}")
    return await conn.fetch(
        f"{_DOCUMENT} WHERE {where.sql} ORDER BY last_name, first_name, requested_at,"
        f" document_id {where.page(limit, 0)}", *where.args,
    )
