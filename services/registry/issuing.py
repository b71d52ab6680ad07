"""Commands that need more than the decider: a number taken in the same transaction.

Everything here runs on the caller's connection; `eventkit.decider.handle` does the
load-fold-decide-append, and its transaction nests inside the one that took the number.
"""

import secrets
from datetime import datetime

import asyncpg

from contracts.people import OrganisationRef
from eventkit.decider import Outcome, handle
from eventkit.store import Metadata

from .domain import DECIDER, Holder, Issue, stream_of
from .numbering import take_number


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
