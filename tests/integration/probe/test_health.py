"""`/health` says up or down to anyone; what runs inside and how far the relay is behind only to
an operations token (a system account or an auditor)."""

from datetime import timedelta

import pytest

from contracts.events import EventRegistry
from eventkit.identity import Principal, TokenIssuer, generate_keypair
from eventkit.service import ServiceSpec, create_service_app

pytestmark = pytest.mark.integration

PUBLIC = {"service", "status"}
INSIDE = {"loops", "last_failures", "log_head", "relay_position"}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
async def service(start_service):
    spec = ServiceSpec(name="health-probe", registry=EventRegistry([]),
                       migrations="tests.integration.sample_service.migrations")
    return await start_service(lambda settings: create_service_app(spec, settings))


async def test_anonymous_and_other_callers_see_only_up_or_down(service, issue_token):
    clerk = issue_token("dd-talgar", "district_department", "office_clerk", "talgar")
    foreign = TokenIssuer(generate_keypair()[0], "qorgau", "qorgau").issue(
        Principal(organisation_id="ops", kind="oblast_department", role="system",
                  person_id="ops-1"), timedelta(hours=1))
    for headers in ({}, bearer(clerk), bearer(foreign), bearer("not-a-token"),
                    {"Authorization": "Basic b3BzOm9wcw=="}):
        answer = await service.client.get("/health", headers=headers)
        assert answer.status_code == 200
        assert set(answer.json()) == PUBLIC, headers
        assert answer.json()["status"] == "ok"


@pytest.mark.parametrize("role", ["system", "auditor"])
async def test_an_operations_token_sees_the_loops_and_positions(service, issue_token, role):
    token = issue_token("oblast-dept", "oblast_department", role)
    answer = await service.client.get("/health", headers=bearer(token))
    assert answer.status_code == 200
    assert set(answer.json()) >= PUBLIC | INSIDE
