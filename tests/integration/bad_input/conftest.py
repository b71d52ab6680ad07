"""The four APIs in process, each on a real PostgreSQL database of its own and a clock standing
still, with a caller each route admits (its role and organisation kind read from the route's own
`require`), and a look at everything each service has stored.

Background loops do not run: what a request writes stays where it wrote it (the log, which is
the relay's outbox, and every other table), so a test can prove a refused request wrote none.
"""

import uuid
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from eventkit.db import ensure_database
from eventkit.identity import TokenIssuer
from qorgau import embedded
from tests.integration.test_openapi_truth import NOW, SERVICES, build_app, callers
from tests.support.keys import TEST_KEYS

__all__ = ["NOW", "SERVICES"]

PROBLEM = "application/problem+json"


@dataclass
class Api:
    """One service: its app, a client, and a token for each (method, path template)."""

    name: str
    app: FastAPI
    client: httpx.AsyncClient
    tokens: dict[tuple[str, str], str] = field(default_factory=dict)

    def headers(self, method: str, path: str, **extra: str) -> dict[str, str]:
        token = self.tokens.get((method.upper(), path))
        return {**({"Authorization": f"Bearer {token}"} if token else {}), **extra}

    async def call(self, method: str, template: str, path: str | None = None,
                   **kwargs: Any) -> httpx.Response:
        """Calls `path` (default: the template itself) as the template's admitted caller."""
        headers = {**self.headers(method, template), **kwargs.pop("headers", {})}
        return await self.client.request(method, path or template, headers=headers, **kwargs)

    async def stored(self) -> dict[str, Any]:
        """Every table's rows, counted, and the log's head: what a refused request must leave.

        Read models are left out: a read brings them up to the log's head, so they may move
        during any request, refused or not, and follow only what the log already holds."""
        followers = {table for projection in self.app.state.spec.projections
                     for table in projection.tables} | {"checkpoints"}
        async with self.app.state.pool.acquire() as conn:
            tables = await conn.fetch(
                "SELECT table_name FROM information_schema.tables"
                " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
            found: dict[str, Any] = {}
            for row in tables:
                name = row["table_name"]
                if name not in followers:
                    found[name] = await conn.fetchval(f'SELECT count(*) FROM "{name}"')
            found["events.head"] = await conn.fetchval("SELECT max(position) FROM events")
        return found


async def start_api(stack: AsyncExitStack, name: str, server: str,
                    keypair: tuple[str, str]) -> Api:
    database = f"bi_{uuid.uuid4().hex[:12]}"
    await ensure_database(server, database)
    app = build_app(name, embedded.database_uri(server, database), keypair[1])
    await stack.enter_async_context(app.router.lifespan_context(app))
    client = await stack.enter_async_context(httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"))
    issuer = TokenIssuer(keypair[0], "qorgau", "qorgau")
    admitted = callers(app)
    for who in admitted.values():  # whoever gets a token has keys: its office signs its events
        TEST_KEYS.ensure(who.organisation_id)
        if who.role == "head":
            TEST_KEYS.ensure(who.organisation_id, who.person_id)
    tokens = {key: issuer.issue(who, timedelta(hours=2)) for key, who in admitted.items()}
    return Api(name, app, client, tokens)


@pytest.fixture(scope="package")
async def apis(pg_server_uri: str, keypair: tuple[str, str]) -> AsyncIterator[dict[str, Api]]:
    """The four services, by name, started once for all the tests here (what they write is
    compared within each test, before and after)."""
    async with AsyncExitStack() as stack:
        yield {name: await start_api(stack, name, pg_server_uri, keypair) for name in SERVICES}


def fields_of(answer: httpx.Response) -> list[str]:
    """The fields a problem answer names."""
    return [error["field"] for error in answer.json().get("errors", [])]


def refused(answer: httpx.Response, status: int, *fields: str) -> None:
    """The answer is a problem document of `status` naming exactly `fields` (in any order)."""
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith(PROBLEM), answer.headers
    if fields:
        assert sorted(set(fields_of(answer))) == sorted(fields), answer.text
