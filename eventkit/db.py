"""asyncpg pools with the session settings a gap-free log reader depends on, and the signer of
what their connections append."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TypeAlias

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from eventkit.signing import Signer

# What code is handed: a connection of its own, or one a pool lends (`async with pool.acquire()`).
Connection: TypeAlias = asyncpg.Connection | PoolConnectionProxy


class SigningConnection(asyncpg.Connection):
    """A connection of a service's pool: it carries the signer of the organisations the
    service acts for, so every append signs, whichever route, handler or timer runs it."""

    __slots__ = ("signer",)
    signer: Signer | None


def signer_of(conn: Connection) -> Signer | None:
    """The signer of the pool the connection came from (a pool lends its connections' own)."""
    return getattr(conn, "signer", None)


# Session settings as connection parameters, so that they are each connection's defaults: the
# pool's RESET ALL on every release would undo a SET. An idle open transaction anywhere in the
# cluster holds back every log reader's horizon.
SESSION = {"idle_in_transaction_session_timeout": "60s", "TimeZone": "UTC"}


async def create_pool(dsn: str, min_size: int = 1, max_size: int = 10,
                      signer: Signer | None = None) -> asyncpg.Pool:
    """A pool whose connections sign what they append with `signer` (without one they append
    nothing: an event is never stored unsigned)."""

    async def carry_signer(conn: asyncpg.Connection) -> None:
        assert isinstance(conn, SigningConnection)  # the pool makes only these
        conn.signer = signer

    return await asyncpg.create_pool(dsn, min_size=min_size, max_size=max_size,
                                     server_settings=SESSION, connection_class=SigningConnection,
                                     init=carry_signer)


@asynccontextmanager
async def atomic(conn: Connection) -> AsyncIterator[None]:
    """One transaction: the caller's, when it is in one already. No savepoint then: a failure
    aborts the caller's transaction too, which is what a command that commits whole wants (and
    it saves two round trips per nesting)."""
    if conn.is_in_transaction():
        yield
    else:
        async with conn.transaction():
            yield


async def ensure_database(server_dsn: str, name: str) -> None:
    """Create database `name` on the server behind `server_dsn` if it does not exist."""
    conn = await asyncpg.connect(server_dsn)
    try:
        exists = await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name)
        if not exists:
            await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
