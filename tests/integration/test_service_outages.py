"""A service outlives the servers it depends on: it starts while the broker is away and gets
going once it is back, and while PostgreSQL is away its health says why (503), never 500."""

import shutil
import tempfile
from pathlib import Path

import pytest

from eventkit.db import ensure_database
from eventkit.service import create_service_app
from qorgau import embedded
from tests.integration.test_broker_refill import on_topic_envelopes
from tests.integration.test_service_wiring import specs
from tests.support.polling import eventually

pytestmark = pytest.mark.integration


async def test_a_service_started_while_the_broker_is_away_publishes_once_it_is_back(
        start_service, unique_topic):
    port = embedded.free_port()  # nothing listens there yet
    topic = unique_topic("away")
    writer_spec, _ = specs(topic)
    writer = await start_service(lambda s: create_service_app(writer_spec, s),
                                 KAFKA_BOOTSTRAP_SERVERS=f"127.0.0.1:{port}", READY_TIMEOUT_S=1.0)
    away = await writer.client.get("/health/ready")
    assert away.status_code == 503 and away.json()["checks"]["broker"].startswith("unreachable")
    assert (await writer.client.post("/count/s-1", params={"n": 1})).status_code == 200

    broker = embedded.start_tansu(port=port)
    try:
        async def ready() -> bool:
            return (await writer.client.get("/health/ready")).status_code == 200

        await eventually(ready, timeout=60, what="ready once the broker is there")

        async def published() -> list[int]:
            return [e.payload["n"] for e in await on_topic_envelopes(broker.bootstrap, topic)]

        assert await eventually(published, what="the event published") == [1]
        assert writer.app.state.runtime.failures == {}  # no loop crashed meanwhile
    finally:
        broker.stop()


@pytest.fixture
def own_postgres():
    folder = Path(tempfile.mkdtemp(prefix="qorgau-test-health-"))
    yield folder / "data"
    embedded.stop_postgres(folder / "data")
    shutil.rmtree(folder, ignore_errors=True)


async def test_health_says_503_and_why_while_postgres_is_down(start_service, unique_topic,
                                                              own_postgres, issue_token):
    server = embedded.start_postgres(own_postgres)
    await ensure_database(server, "health")
    writer_spec, _ = specs(unique_topic("pgdown"))
    writer = await start_service(lambda s: create_service_app(writer_spec, s),
                                 DATABASE_URL=embedded.database_uri(server, "health"),
                                 RUN_BACKGROUND=False, READY_TIMEOUT_S=1.0)
    assert (await writer.client.get("/health")).status_code == 200
    embedded.stop_postgres(own_postgres)
    # why it is down is for operations: a system account's token reads it
    operations = {"Authorization": f"Bearer {issue_token('ops', 'oblast_department', 'system')}"}
    down = await writer.client.get("/health", headers=operations)
    assert down.status_code == 503
    assert down.json()["database"].startswith("unreachable")
    embedded.start_postgres(own_postgres)

    async def back() -> bool:
        return (await writer.client.get("/health")).status_code == 200

    await eventually(back, what="health once PostgreSQL is back")
