"""Write-side helpers that share the command's transaction: holder ids and document numbers."""

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID, uuid4
from zoneinfo import ZoneInfo

import asyncpg

# numbers run per calendar year of the oblast's local time, not of UTC
LOCAL = ZoneInfo("Asia/Almaty")


@dataclass(frozen=True)
class Number:
    text: str
    year: int
    sequence: int


async def holder_id_for(conn: asyncpg.Connection, holder_key: str) -> str:
    """The holder id of an IIN/BIN, created on first sight.

    Two transactions creating the same key at once: the second waits on the first's uncommitted
    row, then finds it. Either way both get the same id.
    """
    await conn.execute(
        "INSERT INTO holders (holder_key, holder_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        holder_key, uuid4(),
    )
    found: UUID = await conn.fetchval(
        "SELECT holder_id FROM holders WHERE holder_key = $1", holder_key
    )
    return str(found)


async def take_number(conn: asyncpg.Connection, authority: str, at: datetime) -> Number:
    """The next number of `authority`'s series for the year of `at`.

    Must run inside the transaction that appends DocumentIssued: the counter row stays locked
    until it commits (concurrent issuers queue) and rolls back with it (no hole).
    """
    if not conn.is_in_transaction():
        raise RuntimeError("take_number must share the issuing transaction")
    year = at.astimezone(LOCAL).year
    sequence: int = await conn.fetchval(
        "INSERT INTO document_counters (authority, year, last_number) VALUES ($1, $2, 1)"
        " ON CONFLICT (authority, year)"
        " DO UPDATE SET last_number = document_counters.last_number + 1"
        " RETURNING last_number",
        authority, year,
    )
    return Number(f"{authority}-{year}-{sequence:06d}", year, sequence)
