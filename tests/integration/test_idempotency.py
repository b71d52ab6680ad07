"""Idempotency-Key on a real PostgreSQL: replays, reuse with another body, racing duplicates."""

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

import asyncpg
import pytest

from contracts.events import Event
from contracts.identity import OrganisationKind, Role
from eventkit import store
from eventkit.idempotency import purge, run_idempotent, scope_of
from eventkit.identity import Principal
from eventkit.problems import Unprocessable

pytestmark = pytest.mark.integration

OPERATOR = Principal(
    organisation_id="sc-talgar",
    kind=OrganisationKind.STATE_CORPORATION,
    district="talgar",
    role=Role.OPERATOR,
    person_id="op-1",
)
SCOPE = scope_of(OPERATOR.organisation_id, "submit-application")
BODY = {"regulation": 1, "applicant": {"iin": "860101300123"}}


class Submitted(Event):
    event_type: ClassVar[str] = "test.Submitted"
    topic: ClassVar[str] = "test.applications"
    producers: ClassVar[frozenset[OrganisationKind]] = frozenset(OrganisationKind)

    regulation: int


def submit(pause: float = 0.0):
    """A route's effect: one new stream per call, its id in the answer."""

    async def produce(conn: asyncpg.Connection) -> tuple[int, dict[str, Any]]:
        stream_id = f"application-{uuid.uuid4()}"
        meta = store.Metadata(
            OPERATOR.producer(), OPERATOR.actor(), datetime.now(UTC), uuid.uuid4()
        )
        await store.append(conn, stream_id, 0, [Submitted(regulation=1)], meta)
        await asyncio.sleep(pause)  # hold the transaction open so duplicates pile up behind it
        return 201, {"application_id": stream_id}

    return produce


async def count_events(pool: asyncpg.Pool) -> int:
    return await pool.fetchval("SELECT count(*) FROM events")


async def test_replay_returns_the_first_answer_and_creates_nothing(pg_pool: asyncpg.Pool) -> None:
    first = await run_idempotent(pg_pool, SCOPE, "k-1", BODY, submit())
    again = await run_idempotent(pg_pool, SCOPE, "k-1", dict(reversed(BODY.items())), submit())
    assert (first.status_code, first.replayed) == (201, False)
    assert (again.status_code, again.body, again.replayed) == (201, first.body, True)
    assert await count_events(pg_pool) == 1


async def test_same_key_with_another_body_is_refused(pg_pool: asyncpg.Pool) -> None:
    await run_idempotent(pg_pool, SCOPE, "k-1", BODY, submit())
    with pytest.raises(Unprocessable) as refused:
        await run_idempotent(pg_pool, SCOPE, "k-1", {**BODY, "regulation": 2}, submit())
    assert refused.value.status == 422
    assert [e.field for e in refused.value.errors] == ["Idempotency-Key"]
    assert await count_events(pg_pool) == 1


async def test_the_same_key_in_another_scope_is_another_request(pg_pool: asyncpg.Pool) -> None:
    other = scope_of("sc-almaty", "submit-application")
    await run_idempotent(pg_pool, SCOPE, "k-1", BODY, submit())
    assert not (await run_idempotent(pg_pool, other, "k-1", BODY, submit())).replayed
    assert await count_events(pg_pool) == 2


async def test_concurrent_duplicates_make_one_effect(pg_pool: asyncpg.Pool) -> None:
    answers = await asyncio.gather(
        *(run_idempotent(pg_pool, SCOPE, "k-race", BODY, submit(pause=0.2)) for _ in range(5))
    )
    assert sorted(a.replayed for a in answers) == [False, True, True, True, True]
    assert len({a.body["application_id"] for a in answers}) == 1
    assert await count_events(pg_pool) == 1


async def test_a_failed_request_stores_nothing_and_can_be_retried(pg_pool: asyncpg.Pool) -> None:
    async def failing(conn: asyncpg.Connection) -> tuple[int, dict[str, Any]]:
        await submit()(conn)
        raise RuntimeError("the broker of this test fell over")

    with pytest.raises(RuntimeError):
        await run_idempotent(pg_pool, SCOPE, "k-1", BODY, failing)
    assert await count_events(pg_pool) == 0
    retried = await run_idempotent(pg_pool, SCOPE, "k-1", BODY, submit())
    assert not retried.replayed and await count_events(pg_pool) == 1


async def test_the_answer_commits_with_the_caller_transaction(pg_pool: asyncpg.Pool) -> None:
    async with pg_pool.acquire() as conn:
        with pytest.raises(RuntimeError):
            async with conn.transaction():
                await run_idempotent(conn, SCOPE, "k-1", BODY, submit())
                raise RuntimeError("the caller rolls back")
    assert await pg_pool.fetchval("SELECT count(*) FROM idempotency_keys") == 0
    assert await count_events(pg_pool) == 0


async def test_without_a_key_every_request_runs(pg_pool: asyncpg.Pool) -> None:
    for _ in range(2):
        assert not (await run_idempotent(pg_pool, SCOPE, None, BODY, submit())).replayed
    assert await count_events(pg_pool) == 2


async def test_purged_answers_are_forgotten(pg_pool: asyncpg.Pool) -> None:
    await run_idempotent(pg_pool, SCOPE, "k-1", BODY, submit())
    async with pg_pool.acquire() as conn:
        assert await purge(conn, older_than=timedelta(days=1)) == 0
        assert await purge(conn, older_than=timedelta(0)) == 1
    assert not (await run_idempotent(pg_pool, SCOPE, "k-1", BODY, submit())).replayed


@pytest.mark.parametrize("key", ["", "x" * 129, "has space", "ключ"])
async def test_malformed_key_is_refused_naming_the_header(pg_pool: asyncpg.Pool, key: str) -> None:
    with pytest.raises(Unprocessable) as refused:
        await run_idempotent(pg_pool, SCOPE, key, BODY, submit())
    assert refused.value.errors[0].field == "Idempotency-Key"
