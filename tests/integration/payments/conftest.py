from datetime import UTC, datetime, timedelta

import httpx
import pytest

from contracts.identity import OrganisationKind, Role
from eventkit.clock import FrozenClock
from eventkit.identity import Principal, TokenIssuer, generate_keypair
from eventkit.migrate import migrate
from eventkit.projections import ProjectionRunner
from eventkit.settings import ServiceSettings
from services.payments.app import PaymentsSettings, create_app
from services.payments.projections import PAYMENTS
from tests.support.keys import TEST_KEYS

# Wednesday 5 March 2025, 10:00 in Almaty: a payment day after the release hour
NOW = datetime(2025, 3, 5, 5, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def keypair():
    return generate_keypair()


@pytest.fixture(scope="session")
def token(keypair):
    issuer = TokenIssuer(keypair[0], "qorgau", "qorgau")

    def make(kind: OrganisationKind = OrganisationKind.OBLAST_DEPARTMENT,
             role: Role = Role.PAYMENTS_OFFICER, district: str | None = None) -> dict[str, str]:
        principal = Principal(organisation_id=f"{kind.value}-{district or 'oblast'}", kind=kind,
                              district=district, role=role, person_id=f"{role.value}-1",
                              rural_district="village" if kind is OrganisationKind.RURAL_AKIM
                              else None)
        TEST_KEYS.ensure(principal.organisation_id)  # it signs what it writes
        return {"Authorization": f"Bearer {issuer.issue(principal, timedelta(hours=1))}"}

    return make


@pytest.fixture
async def payments_pool(pg_pool):
    async with pg_pool.acquire() as conn:
        await migrate(conn, "services.payments.migrations")
    return pg_pool


@pytest.fixture
def project(payments_pool):
    async def catch_up() -> int:
        return await ProjectionRunner(payments_pool, [PAYMENTS]).catch_up()

    return catch_up


@pytest.fixture
async def client(fresh_database, kafka_bootstrap, keypair):
    """The real app on a fresh database, background loops off (tests drive the projection)."""
    settings = ServiceSettings(DATABASE_URL=fresh_database, KAFKA_BOOTSTRAP_SERVERS=kafka_bootstrap,
                               JWT_PUBLIC_KEY=keypair[1], RUN_BACKGROUND=False)
    app = create_app(settings, clock=FrozenClock(NOW), options=PaymentsSettings(
        PAYMENTS_AUTO_RELEASE=False))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
            http.app = app  # type: ignore[attr-defined]
            yield http
