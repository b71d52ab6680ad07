"""A service built from a ServiceSpec: route → log → relay → Kafka → another service's inbox."""

import json
import uuid
from datetime import UTC, datetime

import pytest
from fastapi import APIRouter, Request

from contracts.events import EventRegistry
from eventkit import store
from eventkit.service import ServiceSpec, create_service_app, current_correlation_id
from eventkit.store import Metadata
from tests.integration.sample_events import ACTOR, PRODUCER, Counted
from tests.support.polling import eventually

pytestmark = pytest.mark.integration


def specs(topic: str) -> tuple[ServiceSpec, ServiceSpec]:
    class Routed(Counted):
        event_type = f"test.Routed.{topic}"

    Routed.topic = topic  # one topic per test, so tests never read each other's messages
    registry = EventRegistry([Routed])
    router = APIRouter()

    @router.post("/count/{stream_id}")
    async def count(stream_id: str, n: int, request: Request) -> dict:
        meta = Metadata(PRODUCER, ACTOR, datetime.now(UTC), current_correlation_id())
        async with request.app.state.pool.acquire() as conn:
            version = await store.stream_version(conn, stream_id)
            appended = await store.append(conn, stream_id, version, [Routed(n=n)], meta)
        return {"version": appended[-1].stream_version,
                "correlation_id": str(appended[-1].correlation_id)}

    async def remember(conn, event: Routed, envelope) -> None:
        await conn.execute("INSERT INTO seen VALUES ($1, $2, $3)", envelope.stream_id,
                           event.n, envelope.producer.kind.value)

    migrations = "tests.integration.sample_service.migrations"
    writer = ServiceSpec(name=f"writer-{topic}", migrations=migrations,
                         registry=registry, routers=[router])
    reader = ServiceSpec(name=f"reader-{topic}", migrations=migrations,
                         registry=registry, subscriptions=[topic],
                         handlers={Routed: remember})
    return writer, reader


async def test_a_written_event_reaches_the_other_service_once(start_service, unique_topic,
                                                              issue_token):
    writer_spec, reader_spec = specs(unique_topic("wiring"))
    writer = await start_service(lambda s: create_service_app(writer_spec, s))
    reader = await start_service(lambda s: create_service_app(reader_spec, s))
    assert (await writer.client.get("/health")).json()["status"] == "ok"

    cid = str(uuid.uuid4())
    answer = await writer.client.post("/count/case-7", params={"n": 5},
                                      headers={"X-Correlation-Id": cid})
    assert answer.status_code == 200
    assert answer.headers["x-correlation-id"] == cid
    assert answer.json()["correlation_id"] == cid

    async def seen():
        async with reader.pool.acquire() as conn:
            return await conn.fetch("SELECT * FROM seen")

    rows = await eventually(seen, what="the reader's effect")
    assert [tuple(r) for r in rows] == [("case-7", 5, "district_department")]
    operations = {"Authorization": f"Bearer {issue_token('ops', 'oblast_department', 'system')}"}
    health = (await writer.client.get("/health", headers=operations)).json()
    assert health["relay_position"] == health["log_head"]


async def test_unknown_routes_and_bad_input_answer_with_problem_details(start_service,
                                                                        unique_topic):
    writer_spec, _ = specs(unique_topic("problems"))
    writer = await start_service(lambda s: create_service_app(writer_spec, s),
                                 RUN_BACKGROUND=False)
    missing = await writer.client.get("/nowhere")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")
    bad = await writer.client.post("/count/x", params={"n": "many"})
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"].endswith("n")


async def test_each_request_is_logged_once_with_its_correlation_id_and_no_iin(
        start_service, unique_topic, capfd):
    writer_spec, _ = specs(unique_topic("logs"))
    writer = await start_service(lambda s: create_service_app(writer_spec, s),
                                 RUN_BACKGROUND=False)
    cid = str(uuid.uuid4())
    await writer.client.post("/count/850103300125", params={"n": 1},
                             headers={"X-Correlation-Id": cid})
    lines = [json.loads(line) for line in capfd.readouterr().err.splitlines()
             if line.startswith("{")]
    [request] = [line for line in lines if line["event"] == "http.request"]
    assert request["correlation_id"] == cid and request["status"] == 200
    assert request["path"] == "/count/8501******25"
