import pytest

from eventkit.migrate import migrate


@pytest.fixture
async def registry_pool(pg_pool):
    """A fresh database with eventkit's and the registry's migrations."""
    async with pg_pool.acquire() as conn:
        await migrate(conn, "services.registry.migrations")
    return pg_pool
