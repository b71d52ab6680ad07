"""Read-model queries for the API; every list is filtered by the caller's jurisdiction."""

import json

import asyncpg

from eventkit.authz import Jurisdiction

_DOCUMENT = "SELECT * FROM documents"


async def document(conn: asyncpg.Connection, document_id: str) -> asyncpg.Record | None:
    return await conn.fetchrow(f"{_DOCUMENT} WHERE document_id = $1::uuid", document_id)


async def documents_of(conn: asyncpg.Connection, holder_id: str) -> list[asyncpg.Record]:
    return await conn.fetch(
        f"{_DOCUMENT} WHERE holder_id = $1::uuid ORDER BY requested_at, document_id", holder_id
    )


async def documents(
    conn: asyncpg.Connection, where: Jurisdiction, status: str | None, overdue: bool | None,
    kind: str | None, limit: int, offset: int,
) -> list[asyncpg.Record]:
    clause, args = where.sql(first_param=1)
    filters = [clause]
    for column, value in (("status", status), ("overdue", overdue), ("kind", kind)):
        if value is not None:
            args.append(value)
            filters.append(f"{column} = ${len(args)}")
    args += [limit, offset]
    return await conn.fetch(
        f"{_DOCUMENT} WHERE {' AND '.join(filters)} ORDER BY due_at, document_id"
        f" LIMIT ${len(args) - 1} OFFSET ${len(args)}",
        *args,
    )


async def entry(conn: asyncpg.Connection, holder_id: str) -> asyncpg.Record | None:
    return await conn.fetchrow("SELECT * FROM register_entries WHERE holder_id = $1::uuid",
                               holder_id)


async def entry_by_iin(conn: asyncpg.Connection, iin: str) -> asyncpg.Record | None:
    return await conn.fetchrow("SELECT * FROM register_entries WHERE iin = $1", iin)


async def entries(
    conn: asyncpg.Connection, where: Jurisdiction, status: str | None, limit: int, offset: int
) -> list[asyncpg.Record]:
    # rural_district: the register is kept by districts; no akim is ever placed in it
    clause, args = where.sql(rural_column="NULL", first_param=1)
    if status is not None:
        args.append(status)
        clause += f" AND status = ${len(args)}"
    args += [limit, offset]
    return await conn.fetch(
        f"SELECT * FROM register_entries WHERE {clause} ORDER BY decided_at, holder_id"
        f" LIMIT ${len(args) - 1} OFFSET ${len(args)}",
        *args,
    )


async def conflicts(conn: asyncpg.Connection, where: Jurisdiction) -> list[asyncpg.Record]:
    clause, args = where.sql()
    return await conn.fetch(
        f"SELECT * FROM register_conflicts WHERE {clause} ORDER BY detected_at", *args
    )


async def by_code(conn: asyncpg.Connection, code: str) -> asyncpg.Record | None:
    return await conn.fetchrow(f"{_DOCUMENT} WHERE verification_code = $1", code)


async def by_number(conn: asyncpg.Connection, number: str, holder_key: str):
    return await conn.fetchrow(f"{_DOCUMENT} WHERE number = $1 AND holder_key = $2",
                               number, holder_key)


async def periods_of(conn: asyncpg.Connection, holder_id: str) -> list[dict]:
    row = await entry(conn, holder_id)
    if row is None:
        return []
    return json.loads(row["periods"])
