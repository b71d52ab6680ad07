"""The registry app on a fresh database, real signed tokens, and a pool with its migrations."""

import asyncio
from contextlib import asynccontextmanager
from datetime import timedelta

import httpx
import pytest

from contracts.identity import OrganisationKind, Role
from eventkit.clock import Clock, system_clock
from eventkit.identity import Principal, TokenIssuer, generate_keypair
from eventkit.migrate import migrate
from eventkit.projections import ProjectionRunner
from services.registry.app import create_app
from services.registry.projections import PROJECTIONS
from services.registry.settings import RegistrySettings
from tests.support.keys import TEST_KEYS


@pytest.fixture
async def registry_pool(pg_pool):
    """A fresh database with eventkit's and the registry's migrations."""
    async with pg_pool.acquire() as conn:
        await migrate(conn, "services.registry.migrations")
    return pg_pool


@pytest.fixture(scope="session")
def keypair():
    return generate_keypair()


@pytest.fixture(scope="session")
def token_for(keypair):
    """A real signed token for an organisation kind, role and place."""
    issuer = TokenIssuer(keypair[0], "qorgau", "qorgau")

    def make(kind: OrganisationKind, role: Role, district: str | None = None,
             rural_district: str | None = None, organisation_id: str | None = None) -> dict:
        org = organisation_id or {
            OrganisationKind.DISTRICT_DEPARTMENT: f"dd-{district}",
            OrganisationKind.STATE_CORPORATION: f"sc-{district}",
            OrganisationKind.RURAL_AKIM: f"akim-{rural_district}",
            OrganisationKind.OBLAST_DEPARTMENT: "oblast-dept",
        }.get(kind, kind.value)
        principal = Principal(organisation_id=org, kind=kind, district=district,
                              rural_district=rural_district, role=role, person_id=f"{role}-1")
        TEST_KEYS.ensure(org)  # it signs what it writes
        return {"Authorization": f"Bearer {issuer.issue(principal, timedelta(hours=1))}"}

    return make


def settings_for(database: str, kafka: str, public_key: str, background: bool):
    return RegistrySettings(
        DATABASE_URL=database, KAFKA_BOOTSTRAP_SERVERS=kafka, JWT_PUBLIC_KEY=public_key,
        POLL_INTERVAL_S=0.02, REGISTRY_OVERDUE_INTERVAL_S=0.05, DB_POOL_MAX=20,
        REGISTRY_PUBLIC_URL="https://verify.example.kz", RUN_BACKGROUND=background,
    )


@asynccontextmanager
async def running(settings: RegistrySettings, clock: Clock = system_clock):
    app = create_app(settings, clock=clock)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            app.state.client = client
            yield app


@pytest.fixture
async def registry_app(fresh_database, keypair):
    """The real app on a fresh database, with its projections running but no broker work:
    decisions are fed through the real inbox by hand (test_kafka.py covers the broker path)."""
    settings = settings_for(fresh_database, "127.0.0.1:9", keypair[1], background=False)
    async with running(settings) as app:
        stop = asyncio.Event()
        runner = ProjectionRunner(app.state.pool, PROJECTIONS, idle_sleep=0.02)
        task = asyncio.create_task(runner.run(stop))
        try:
            yield app
        finally:
            stop.set()
            await task
