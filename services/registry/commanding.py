"""The registry's command side: the deciders bound to eventkit's one write path, and the I/O that
commits with their events (holder ids, gap-free document numbers). Routes, the decision handler,
the overdue timer and public verification write only through the functions here.
"""

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID, uuid4
from zoneinfo import ZoneInfo

from contracts.identity import Actor, OrganisationKind, Producer, Role
from contracts.people import OrganisationRef
from contracts.registry_events import REGISTRY
from contracts.workflow_events import CaseOpened
from eventkit import store
from eventkit.commands import Outcome, Streams, command, execute
from eventkit.db import Connection, atomic
from eventkit.decider import Decider
from eventkit.store import Metadata

from .domain import (
    INITIAL,
    Command,
    Holder,
    Issue,
    MarkOverdue,
    RecordLookup,
    decide,
    decide_lookup,
    evolve,
    evolve_lookup,
)

DECIDER: Decider[Holder, Command] = Decider(INITIAL, decide, evolve, REGISTRY)
LOOKUPS: Decider[bool, RecordLookup] = Decider(False, decide_lookup, evolve_lookup, REGISTRY)

# Who acts when the registry reacts on its own (a signed decision, a missed due time).
SYSTEM_ACTOR = Actor(person_id="registry", role=Role.SYSTEM)
# Who a public lookup is recorded under: nobody logs in to verify a document.
PUBLIC = Producer(organisation_id="public", kind=OrganisationKind.PUBLIC)
ANONYMOUS = Actor(person_id="anonymous", role=Role.SYSTEM)
# A reaction (no caller's If-Match) decides again when another writer got to the file first.
RETRIES = 5
# numbers run per calendar year of the oblast's local time, not of UTC
LOCAL = ZoneInfo("Asia/Almaty")


def stream_of(holder_id: str) -> str:
    return f"holder-{holder_id}"


HOLDERS: Streams[Holder, Command, str] = Streams(DECIDER, stream_of)
run = HOLDERS.run


async def version_of(conn: Connection, holder_id: str) -> int:
    """The file's version, for the register entry's ETag."""
    return await store.stream_version(conn, stream_of(holder_id))


# --- reactions ------------------------------------------------------------------------------------


async def record_decision(
    conn: Connection, holder_key: str, build: Callable[[str], Command], meta: Metadata
) -> Outcome[Holder]:
    """A signed decision on the file of `holder_key` (created on first sight); `build(holder_id)`
    makes the command. Runs in the inbox's transaction, so the holder id commits with it."""
    holder_id = await holder_id_for(conn, holder_key)
    return await run(conn, holder_id, command(build(holder_id)), meta, retries=RETRIES)


async def mark_overdue(conn: Connection, holder_id: str, document_id: str,
                       authority: Producer, now: datetime) -> int:
    """Flag a document not issued by its due time; 0 when it was issued or flagged meanwhile
    (the file decides, whatever the read model proposed)."""
    outcome = await run(conn, holder_id, command(MarkOverdue(document_id, now)),
                        Metadata.on_time(authority, SYSTEM_ACTOR, now), retries=RETRIES)
    return len(outcome.events)


async def record_lookup(conn: Connection, lookup: RecordLookup) -> None:
    # a correlation of its own: an anonymous caller's X-Correlation-Id stays out of the audit
    meta = Metadata(PUBLIC, ANONYMOUS, lookup.now, uuid4())
    await execute(conn, LOOKUPS, f"verification-{lookup.lookup_id}", command(lookup), meta,
                  expected_version=0)


# --- issuing ----------------------------------------------------------------------------------


async def issue_document(
    conn: Connection,
    holder_id: str,
    document_id: str,
    issuer: OrganisationRef,
    meta: Metadata,
    now: datetime,
) -> Outcome[Holder]:
    """Issue with the next number of the issuer's series and a fresh verification code.

    The number is taken in the transaction that appends DocumentIssued (eventkit's transaction
    nests inside it): a refusal or a crash rolls both back, so the series has no hole.
    """
    async with atomic(conn):
        number = await take_number(conn, issuer.organisation_id, now)
        issue = Issue(
            document_id=document_id, issuer=issuer, number=number.text, year=number.year,
            sequence=number.sequence, verification_code=verification_code(), now=now,
        )
        return await run(conn, holder_id, command(issue), meta)


def verification_code() -> str:
    # 16 random bytes = 128 bits, URL-safe (22 characters): unguessable, fits a QR code
    return secrets.token_urlsafe(16)


@dataclass(frozen=True)
class Number:
    text: str
    year: int
    sequence: int


async def take_number(conn: Connection, authority: str, at: datetime) -> Number:
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


async def holder_id_for(conn: Connection, holder_key: str) -> str:
    """The pseudonymous holder id of an IIN/BIN, created on first sight.

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


# --- the cases a decision may be about -----------------------------------------------------------


async def remember_case(conn: Connection, opened: CaseOpened, event_id: UUID) -> None:
    """A case the workflow opened (forwarded or accepted in person), in the inbox's transaction:
    from now on a decision of its provider on it may be applied."""
    await conn.execute(
        "INSERT INTO opened_cases (case_id, provider_id, origin, opened_at, event_id)"
        " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (case_id) DO NOTHING",
        opened.case_id, opened.provider.organisation_id, opened.origin, opened.opened_at,
        event_id)
