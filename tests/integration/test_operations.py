"""What an operator reads off a running service: /metrics, liveness and readiness (also while its
PostgreSQL is away), and one trace from a request through the relay, the broker and another
service's inbox."""

import json
import shutil
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi import APIRouter, Request
from prometheus_client.parser import text_string_to_metric_families
from rich.console import Console

from contracts.events import EventRegistry
from eventkit import store
from eventkit.db import ensure_database
from eventkit.metrics import Gauge, ReadModelGauges
from eventkit.service import ServiceSpec, create_service_app, current_correlation_id
from eventkit.store import Metadata
from qorgau import embedded, status
from tests.integration.sample_events import ACTOR, PRODUCER, Counted
from tests.support.polling import eventually

pytestmark = pytest.mark.integration
IIN = "850103300125"
MIGRATIONS = "tests.integration.sample_service.migrations"


async def seen_gauges(conn, now):
    return await conn.fetch("SELECT producer_kind AS kind, count(*) AS seen FROM seen GROUP BY 1")


SEEN = ReadModelGauges(seen_gauges, ["kind"], [Gauge("test_seen", "Streams seen", "seen")])


def specs(topic: str) -> tuple[ServiceSpec, ServiceSpec]:
    class Routed(Counted):
        event_type = f"test.Routed.{topic}"

    Routed.topic = topic
    registry = EventRegistry([Routed])
    router = APIRouter()

    @router.post("/count/{stream_id}")
    async def count(stream_id: str, n: int, request: Request) -> dict:
        meta = Metadata(PRODUCER, ACTOR, datetime.now(UTC), current_correlation_id())
        async with request.app.state.pool.acquire() as conn:
            version = await store.stream_version(conn, stream_id)
            await store.append(conn, stream_id, version, [Routed(n=n)], meta)
        return {"version": version + 1}

    async def remember(conn, event: Routed, envelope) -> None:
        await conn.execute("INSERT INTO seen VALUES ($1, $2, $3)", envelope.stream_id,
                           event.n, envelope.producer.kind.value)

    writer = ServiceSpec(name=f"writer-{topic}", migrations=MIGRATIONS, registry=registry,
                         routers=[router])
    reader = ServiceSpec(name=f"reader-{topic}", migrations=MIGRATIONS, registry=registry,
                         subscriptions=[topic], handlers={Routed: remember}, metrics=[SEEN])
    return writer, reader


async def scrape(service) -> dict[str, list]:
    answer = await service.client.get("/metrics")
    assert answer.status_code == 200
    return {family.name: family.samples for family in text_string_to_metric_families(answer.text)}


def value(samples: dict[str, list], name: str, **labels: str) -> float:
    return sum(s.value for family in samples.values() for s in family
               if s.name == name and labels.items() <= s.labels.items())


async def test_metrics_count_requests_by_route_and_follow_an_event_to_the_other_inbox(
        start_service, unique_topic):
    writer_spec, reader_spec = specs(unique_topic("metrics"))
    writer = await start_service(lambda s: create_service_app(writer_spec, s))
    reader = await start_service(lambda s: create_service_app(reader_spec, s))

    assert (await writer.client.post(f"/count/{IIN}", params={"n": 2})).status_code == 200

    async def applied():
        samples = await scrape(reader)
        done = value(samples, "qorgau_inbox_messages_total", outcome="applied")
        return samples if done == 1 and value(samples, "test_seen") == 1 else None

    read = await eventually(applied, what="the reader's inbox counting the event")
    assert value(read, "qorgau_dead_letters_waiting", consumer=reader_spec.name) == 0
    assert {s.labels["outcome"] for s in read["qorgau_inbox_messages"]} == {
        "applied", "duplicate", "dead_lettered"}
    assert value(read, "qorgau_ready") == 1

    async def published():
        samples = await scrape(writer)
        return samples if value(samples, "qorgau_reader_events_total", reader="relay") else None

    written = await eventually(published, what="the relay counting what it published")
    assert value(written, "qorgau_reader_lag_events", reader="relay") == 0
    assert value(written, "qorgau_http_requests_total", method="POST",
                 route="/count/{stream_id}", status="200") == 1
    assert value(written, "qorgau_http_request_duration_seconds_count",
                 route="/count/{stream_id}") == 1
    # the route's template is the label, never the path that was asked for
    text = (await writer.client.get("/metrics")).text
    assert IIN not in text and IIN not in (await reader.client.get("/metrics")).text

    async def caught_up():
        samples = await scrape(reader)
        lag = samples.get("qorgau_consumer_lag_messages", [])
        return lag and all(s.value == 0 for s in lag)

    await eventually(caught_up, what="the consumer's lag back to zero")


async def test_a_gauge_row_whose_label_looks_like_an_iin_is_left_out(start_service,
                                                                      unique_topic):
    _, reader_spec = specs(unique_topic("labels"))
    reader = await start_service(lambda s: create_service_app(reader_spec, s),
                                 RUN_BACKGROUND=False)
    async with reader.pool.acquire() as conn:
        await conn.execute("INSERT INTO seen VALUES ('a', 1, $1), ('b', 1, 'kind-a')", IIN)
    samples = await scrape(reader)
    assert [s.labels["kind"] for s in samples["test_seen"]] == ["kind-a"]


async def test_liveness_and_readiness_say_what_they_checked(start_service, unique_topic):
    writer_spec, _ = specs(unique_topic("ready"))
    writer = await start_service(lambda s: create_service_app(writer_spec, s))
    live = await writer.client.get("/health/live")
    assert live.status_code == 200 and live.json() == {"status": "live"}
    ready = await writer.client.get("/health/ready")
    assert ready.status_code == 200
    assert ready.json()["checks"] == {"database": "ok", "broker": "ok", "loop relay": "ok",
                                      "relay": "ok"}


@pytest.fixture
def own_postgres():
    """A PostgreSQL server of this test's own, to stop and start again."""
    folder = Path(tempfile.mkdtemp(prefix="qorgau-test-ready-"))
    yield folder / "data"
    embedded.stop_postgres(folder / "data")
    shutil.rmtree(folder, ignore_errors=True)


async def test_readiness_answers_503_with_the_reason_while_postgres_is_down(
        start_service, unique_topic, own_postgres):
    server = embedded.start_postgres(own_postgres)
    await ensure_database(server, "ready")
    writer_spec, _ = specs(unique_topic("down"))
    writer = await start_service(lambda s: create_service_app(writer_spec, s),
                                 DATABASE_URL=embedded.database_uri(server, "ready"),
                                 RUN_BACKGROUND=False, READY_TIMEOUT_S=1.0)
    assert (await writer.client.get("/health/ready")).status_code == 200

    embedded.stop_postgres(own_postgres)
    down = await writer.client.get("/health/ready")
    assert down.status_code == 503
    assert down.headers["content-type"].startswith("application/problem+json")
    problem = down.json()
    assert problem["status"] == 503 and problem["detail"].startswith("database: unreachable")
    assert problem["checks"]["broker"] == "not used"
    assert (await writer.client.get("/health/live")).status_code == 200
    samples = await scrape(writer)  # the scrape still answers, and says why
    assert value(samples, "qorgau_ready") == 0
    assert value(samples, "qorgau_check_ok", check="database") == 0

    embedded.start_postgres(own_postgres)

    async def back():
        return (await writer.client.get("/health/ready")).status_code == 200

    await eventually(back, what="readiness once PostgreSQL is back")


def spans_in(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


async def test_one_trace_from_a_request_through_the_broker_into_the_other_inbox(
        start_service, unique_topic, tmp_path):
    writer_spec, reader_spec = specs(unique_topic("traces"))
    traced = {"TRACE_CONSOLE": True, "TRACE_FLUSH_MS": 50}
    writer = await start_service(lambda s: create_service_app(writer_spec, s),
                                 TRACE_FILE=str(tmp_path / "writer.jsonl"), **traced)
    await start_service(lambda s: create_service_app(reader_spec, s),
                        TRACE_FILE=str(tmp_path / "reader.jsonl"), **traced)
    trace_id = uuid.uuid4().hex
    caller = f"00-{trace_id}-{uuid.uuid4().hex[:16]}-01"
    answer = await writer.client.post(f"/count/{IIN}", params={"n": 1},
                                      headers={"traceparent": caller})
    assert answer.status_code == 200

    async def consumed():
        return [s for s in spans_in(tmp_path / "reader.jsonl") if s["kind"] == "SpanKind.CONSUMER"]

    [consumer] = await eventually(consumed, what="the reader's consumer span")
    assert consumer["context"]["trace_id"] == f"0x{trace_id}"
    assert consumer["resource"]["attributes"]["service.name"] == reader_spec.name

    async def written():
        spans = spans_in(tmp_path / "writer.jsonl")
        kinds = {s["kind"] for s in spans}
        return spans if {"SpanKind.SERVER", "SpanKind.PRODUCER"} <= kinds else None

    spans = await eventually(written, what="the writer's request and publish spans")
    by_kind = {s["kind"]: s for s in spans}
    server, producer = by_kind["SpanKind.SERVER"], by_kind["SpanKind.PRODUCER"]
    assert {s["context"]["trace_id"] for s in (server, producer)} == {f"0x{trace_id}"}
    assert server["name"] == "POST /count/{stream_id}"
    # the consumer continues the publish, which continues what the request appended
    assert consumer["parent_id"] == producer["context"]["span_id"]
    assert IIN not in json.dumps(spans)
    async with writer.pool.acquire() as conn:
        stored = await conn.fetchval("SELECT trace_context FROM events")
    assert stored.split("-")[1] == trace_id


async def test_status_reads_each_service_from_its_database_and_the_broker(
        start_service, unique_topic, kafka_bootstrap):
    writer_spec, reader_spec = specs(unique_topic("status"))
    writer = await start_service(lambda s: create_service_app(writer_spec, s))
    reader = await start_service(lambda s: create_service_app(reader_spec, s))
    await writer.client.post("/count/s-1", params={"n": 1})
    async with reader.pool.acquire() as conn:
        await conn.execute('INSERT INTO dead_letters (consumer, topic, "partition", "offset",'
                           " reason) VALUES ($1, 'elsewhere', 0, 7, 'a test letter')",
                           reader_spec.name)
    targets = [status.Target(writer_spec.name, writer.database_url),
               status.Target(reader_spec.name, reader.database_url),
               status.Target("gone", "postgresql://nobody@127.0.0.1:1/none")]

    async def settled():
        found = {s.name: s for s in await status.gather(targets, kafka_bootstrap)}
        flowed = found[writer_spec.name].relay == "0" and found[reader_spec.name].consumer == "0"
        return found if flowed else None

    found = await eventually(settled, what="the event published and consumed")
    assert found[reader_spec.name].dead_letters == "1"
    assert found[writer_spec.name].dead_letters == "0"
    assert found[writer_spec.name].consumer == "no offsets"  # it consumes nothing
    assert found["gone"].relay == "unreachable" and found["gone"].problems
    console = Console(record=True, width=140)
    console.print(status.table(list(found.values())))
    text = console.export_text()
    assert reader_spec.name in text and "unreachable" in text
