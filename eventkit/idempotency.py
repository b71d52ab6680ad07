"""`Idempotency-Key` for requests that create things: a retry gets the first answer back.

The answer is stored in the same transaction as the effects it reports, so either both exist or
neither does. Duplicates arriving together are serialised on a transaction-scoped advisory lock
on the key: the second waits for the first to commit, then finds its answer and replays it. A
request that fails stores nothing (its effects rolled back too), so it can simply be retried.
"""

import hashlib
import json
import re
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Annotated, Any, NamedTuple

import asyncpg
from fastapi import Depends, Header
from pydantic import BaseModel

from eventkit.db import Connection
from eventkit.problem_docs import answers
from eventkit.problems import Unprocessable

HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"
_KEY = re.compile(r"[\x21-\x7e]{1,128}")  # visible ASCII, as the header draft recommends
PATTERN = r"^[\x21-\x7e]{1,128}$"
_LOCK_CLASS = 7_201_804  # first half of the two-int advisory lock; migrate uses the bigint space

Produce = Callable[[Connection], Awaitable[tuple[int, dict[str, Any]]]]


class Answer(NamedTuple):
    status_code: int
    body: dict[str, Any]
    replayed: bool


def validate_key(key: str) -> str:
    if _KEY.fullmatch(key) is None:
        raise Unprocessable.for_field(HEADER, "must be 1 to 128 visible ASCII characters")
    return key


@answers(422)
async def idempotency_key(
    value: Annotated[str | None, Header(
        alias=HEADER, json_schema_extra={"pattern": PATTERN},
        description="any 1 to 128 visible ASCII characters, new for each request: a retry with "
        "the same key and body gets the first answer again")] = None,
) -> str | None:
    return None if value is None else validate_key(value)


IdempotencyKey = Annotated[str | None, Depends(idempotency_key)]


def request_hash(payload: Any) -> str:
    """sha256 of canonical JSON: the same request hashes the same whatever its key order."""
    if isinstance(payload, BaseModel):
        payload = payload.model_dump(mode="json")
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def scope_of(organisation_id: str, operation: str) -> str:
    """Keys are the caller's: two organisations may pick the same key without colliding."""
    return f"{organisation_id}:{operation}"


async def run_idempotent(
    db: asyncpg.Pool | Connection,
    scope: str,
    key: str | None,
    request_payload: Any,
    produce: Produce,
) -> Answer:
    """Run `produce(conn)` once per (scope, key); a repeat with the same payload replays.

    `produce` must do all its writes on the connection it is given and return a JSON-ready
    body. Without a key the request just runs in one transaction.
    """
    if isinstance(db, asyncpg.Pool):
        async with db.acquire() as conn:
            return await _run(conn, scope, key, request_payload, produce)
    return await _run(db, scope, key, request_payload, produce)


async def _run(
    conn: Connection, scope: str, key: str | None, payload: Any, produce: Produce
) -> Answer:
    if key is None:
        async with conn.transaction():
            status, body = await produce(conn)
        return Answer(status, body, replayed=False)
    validate_key(key)
    digest = request_hash(payload)
    async with conn.transaction():
        await conn.execute(
            "SELECT pg_advisory_xact_lock($1, hashtext($2))", _LOCK_CLASS, f"{scope}\n{key}"
        )
        stored = await conn.fetchrow(
            "SELECT request_hash, status_code, response FROM idempotency_keys"
            " WHERE scope = $1 AND key = $2",
            scope,
            key,
        )
        if stored is not None:
            if stored["request_hash"] != digest:
                raise Unprocessable.for_field(HEADER, "key reused with a different request")
            return Answer(stored["status_code"], json.loads(stored["response"]), replayed=True)
        status, body = await produce(conn)
        raw = json.dumps(body)
        await conn.execute(
            "INSERT INTO idempotency_keys (scope, key, request_hash, status_code, response)"
            " VALUES ($1, $2, $3, $4, $5::jsonb)",
            scope,
            key,
            digest,
            status,
            raw,
        )
    # the first answer goes through the same JSON round trip as every replay will
    return Answer(status, json.loads(raw), replayed=False)


async def purge(conn: Connection, older_than: timedelta) -> int:
    """Forget answers older than `older_than` (clients retry within minutes, not months)."""
    result = await conn.execute(
        "DELETE FROM idempotency_keys WHERE created_at < clock_timestamp() - $1::interval",
        older_than,
    )
    return int(result.split()[-1])
