"""Commands that need more than the decider: a number taken in the same transaction.

Everything here runs on the caller's connection; `eventkit.decider.handle` does the
load-fold-decide-append, and its transaction nests inside the one that took the number.
"""

import secrets
from datetime import datetime

import asyncpg

from contracts.people import OrganisationRef
from eventkit.decider import Outcome, handle
from eventkit.store import ConcurrencyError, Metadata

from .domain import DECIDER, Command, Holder, Issue, stream_of
from .numbering import take_number


_ATTEMPTS = 5


async def run(
    conn: asyncpg.Connection, holder_id: str, command: Command, meta: Metadata
) -> Outcome[Holder]:
    """handle() with a retry: a concurrent writer of the same file makes us re-read, not fail.

    For system-driven commands (decisions, overdue checks) that carry no If-Match: the
    decider sees the newest state on every attempt, so a retry can never lose an update.
    """
    for attempt in range(_ATTEMPTS):
        try:
            return await handle(conn, DECIDER, stream_of(holder_id), command, meta)
        except ConcurrencyError:
            if attempt == _ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def verification_code() -> str:
    # 16 random bytes = 128 bits, URL-safe (22 characters): unguessable, fits a QR code
    return secrets.token_urlsafe(16)


async def issue_document(
    conn: asyncpg.Connection,
    holder_id: str,
    document_id: str,
    issuer: OrganisationRef,
    meta: Metadata,
    now: datetime,
) -> Outcome[Holder]:
    async with conn.transaction():
        number = await take_number(conn, issuer.organisation_id, now)
        command = Issue(
            document_id=document_id, issuer=issuer, number=number.text, year=number.year,
            sequence=number.sequence, verification_code=verification_code(), now=now,
        )
        return await handle(conn, DECIDER, stream_of(holder_id), command, meta)
