"""An operator discards a dead letter a review found must never apply: resolved, on record with
why, never applied, no longer waiting."""

import pytest

from eventkit import deadletters
from eventkit.health import dead_letters_waiting


async def letter(conn, consumer: str = "registry") -> int:
    return await conn.fetchval(
        'INSERT INTO dead_letters (consumer, topic, "partition", "offset", reason, raw_value)'
        " VALUES ($1, 'workflow.cases', 0, 7, 'SignatureRefused: unknown key', 'x'::bytea)"
        " RETURNING id", consumer)


async def test_a_discarded_letter_is_resolved_with_why_and_no_longer_waits(pg_pool):
    async with pg_pool.acquire() as conn:
        letter_id = await letter(conn)
        assert await dead_letters_waiting(conn) == {"registry": 1}
        assert await deadletters.discard(conn, "registry", letter_id, " forged ")
        row = await conn.fetchrow("SELECT resolved_at, resolution FROM dead_letters"
                                  " WHERE id = $1", letter_id)
        assert row["resolved_at"] is not None and row["resolution"] == "discarded: forged"
        assert await dead_letters_waiting(conn) == {}
        assert [r["id"] for r in await deadletters.unresolved(conn)] == []


async def test_only_a_waiting_letter_of_that_consumer_is_discarded(pg_pool):
    async with pg_pool.acquire() as conn:
        letter_id = await letter(conn)
        assert not await deadletters.discard(conn, "payments", letter_id, "forged")
        assert await deadletters.discard(conn, "registry", letter_id, "forged")
        assert not await deadletters.discard(conn, "registry", letter_id, "again")
        assert not await deadletters.discard(conn, "registry", 10**9, "forged")
        with pytest.raises(ValueError):
            await deadletters.discard(conn, "registry", letter_id, "  ")
