"""asyncpg pools with the session settings a gap-free log reader depends on."""

from typing import TypeAlias

import asyncpg
from asyncpg.pool import PoolConnectionProxy

# What code is handed: a connection of its own, or one a pool lends (`async with pool.acquire()`).
Connection: TypeAlias = asyncpg.Connection | PoolConnectionProxy


async def _init(conn: asyncpg.Connection) -> None:
    # An idle open transaction anywhere in the cluster holds back every log reader's horizon.
    await conn.execute("SET idle_in_transaction_session_timeout = '60s'")
    await conn.execute("SET TIME ZONE 'UTC'")


async def create_pool(dsn: str, min_size: int = 1, max_size: int = 10) -> asyncpg.Pool:
    return await asyncpg.create_pool(dsn, min_size=min_size, max_size=max_size, init=_init)


async def ensure_database(server_dsn: str, name: str) -> None:
    """Create database `name` on the server behind `server_dsn` if it does not exist."""
    conn = await asyncpg.connect(server_dsn)
    try:
        exists = await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name)
        if not exists:
            await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
