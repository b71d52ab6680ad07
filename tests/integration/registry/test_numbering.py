"""Certificate numbers: one series per authority and year, no gaps and no duplicates, whatever
fails and whoever issues at the same time."""

import asyncio
from datetime import UTC, datetime
from uuid import uuid4

import pytest

from contracts.identity import Actor, Producer, Role
from eventkit.store import Metadata
from services.registry import commanding
from services.registry.commanding import take_number
from services.registry.domain import AlreadyIssued

from .factories import decision, department, iin, inbox, record

pytestmark = pytest.mark.integration

TALGAR = department("talgar")
NOW = datetime(2025, 3, 4, 5, 0, tzinfo=UTC)


class Injected(Exception):
    pass


def meta() -> Metadata:
    return Metadata(producer=Producer(**TALGAR.model_dump()),
                    actor=Actor(person_id="officer-1", role=Role.REGISTRY_OFFICER),
                    occurred_at=NOW, correlation_id=uuid4())


async def ordered_certificates(pool, how_many: int) -> list[tuple[str, str]]:
    """(holder id, document id) of `how_many` reg. 1 certificates waiting to be issued."""
    box = inbox(pool)
    for n in range(how_many):
        await box.process(record(decision(iin(100 + n), TALGAR), offset=n))
    async with pool.acquire() as conn:
        rows = await conn.fetch(
            "SELECT stream_id, payload->>'document_id' AS doc FROM events"
            " WHERE event_type = 'registry.DocumentRequested'"
        )
    return [(r["stream_id"].removeprefix("holder-"), r["doc"]) for r in rows]


async def issued_sequences(pool) -> list[int]:
    async with pool.acquire() as conn:
        rows = await conn.fetch(
            "SELECT (payload->>'sequence')::int AS s FROM events"
            " WHERE event_type = 'registry.DocumentIssued' ORDER BY 1"
        )
    return [r["s"] for r in rows]


async def test_numbers_run_from_one_per_authority_and_year(registry_pool):
    async with registry_pool.acquire() as conn, conn.transaction():
        first = await take_number(conn, "dd-talgar", NOW)
        second = await take_number(conn, "dd-talgar", NOW)
        other = await take_number(conn, "dd-ili", NOW)
        next_year = await take_number(conn, "dd-talgar", datetime(2026, 1, 1, tzinfo=UTC))
    assert (first.text, second.sequence, other.sequence) == ("dd-talgar-2025-000001", 2, 1)
    # 1 January 00:00 UTC is already 05:00 local: the new year's series
    assert (next_year.year, next_year.sequence) == (2026, 1)


async def test_a_number_is_taken_only_inside_a_transaction(registry_pool):
    async with registry_pool.acquire() as conn:
        with pytest.raises(RuntimeError):
            await take_number(conn, "dd-talgar", NOW)


async def test_concurrent_issuing_with_failures_leaves_no_gap_and_no_duplicate(
    registry_pool, monkeypatch
):
    documents = await ordered_certificates(registry_pool, 24)
    real_run = commanding.run
    calls = 0

    async def flaky_run(conn, *args, **kwargs):
        nonlocal calls
        calls += 1
        if calls % 4 == 1:
            raise Injected("crash after the number was taken, before the append")
        outcome = await real_run(conn, *args, **kwargs)
        if calls % 4 == 2:
            raise Injected("crash after the append, before the commit")
        return outcome

    monkeypatch.setattr(commanding, "run", flaky_run)

    async def issue(holder_id: str, document_id: str) -> bool:
        async with registry_pool.acquire() as conn:
            try:
                await commanding.issue_document(conn, holder_id, document_id, TALGAR, meta(),
                                                NOW)
                return True
            except Injected:
                return False

    outcomes = await asyncio.gather(*(issue(h, d) for h, d in documents))
    issued = sum(outcomes)
    assert 0 < issued < len(documents)
    assert await issued_sequences(registry_pool) == list(range(1, issued + 1))

    # the failed ones are issued on a retry and simply continue the series
    monkeypatch.setattr(commanding, "run", real_run)
    retried = [doc for doc, ok in zip(documents, outcomes, strict=True) if not ok]
    await asyncio.gather(*(issue(h, d) for h, d in retried))
    assert await issued_sequences(registry_pool) == list(range(1, len(documents) + 1))
    async with registry_pool.acquire() as conn:
        last = await conn.fetchval("SELECT last_number FROM document_counters")
    assert last == len(documents)


async def test_issuing_the_same_document_twice_at_once_gives_one_number(registry_pool):
    [(holder_id, document_id)] = await ordered_certificates(registry_pool, 1)

    async def issue():
        async with registry_pool.acquire() as conn:
            return await commanding.issue_document(conn, holder_id, document_id, TALGAR, meta(),
                                                   NOW)

    results = await asyncio.gather(issue(), issue(), issue(), return_exceptions=True)
    assert sum(not isinstance(r, Exception) for r in results) == 1
    assert all(isinstance(r, AlreadyIssued) for r in results if isinstance(r, Exception))
    assert await issued_sequences(registry_pool) == [1]


async def test_verification_codes_are_long_and_distinct():
    codes = {commanding.verification_code() for _ in range(1000)}
    assert len(codes) == 1000
    assert all(len(code) >= 22 for code in codes)  # 16 bytes base64url = 128 bits
