"""The composition every service shares: pool, migrations, relay, inbox, projections, health,
metrics and traces.

Each service's `app.py` describes itself as a `ServiceSpec`; `create_service_app` wires it.
Background loops (relay, inbox, projections and the service's timers) are supervised: a crash is
logged and the loop restarts after a pause, and `/health` reports each loop's state.
`/health/live` answers while the process runs, `/health/ready` only while the database and the
broker answer and no reader of the log is stalled (503 with the reasons otherwise), and
`/metrics` is the Prometheus exposition (see `eventkit.metrics`).

The service signs what it appends with the keys of SIGNING_KEYS_DIR (its pool's connections
carry the signer) and checks what it consumes against the key set of KEY_SET_FILE, which it
publishes at `GET /v1/keys`.
"""

import asyncio
import re
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import Any
from uuid import UUID

import asyncpg
from aiokafka.errors import KafkaError
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse, Response
from opentelemetry import trace
from prometheus_client.core import GaugeMetricFamily, Metric
from pydantic import BaseModel
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from contracts.events import EventRegistry
from contracts.identity import Role
from eventkit import health as readiness
from eventkit import kafka, metrics, store
from eventkit.bounds import JsonBodyCheck
from eventkit.broker import Broker
from eventkit.clock import Clock, system_clock
from eventkit.db import create_pool
from eventkit.identity import InvalidToken, TokenVerifier
from eventkit.inbox import Handlers, Inbox
from eventkit.logging import configure_logging, correlation_id, get_logger
from eventkit.metrics import Collector
from eventkit.migrate import migrate
from eventkit.periodic import Timer, sleep_or_stop
from eventkit.problem_handlers import BodySizeLimit, install_problem_handlers
from eventkit.problems import MEDIA_TYPE, TYPE_PREFIX
from eventkit.projections import Projection, ProjectionRunner
from eventkit.relay import Relay
from eventkit.settings import ServiceSettings
from eventkit.signing import KeyFolder, KeySet, KeySetFile, PublishedKey, Verifier
from eventkit.tracing import Tracing
from eventkit.wakeup import Wakeup

log = get_logger(__name__)


@dataclass(frozen=True)
class ServiceSpec:
    """What a service is made of; its routes, handlers and timers share `clock`."""

    name: str
    migrations: str
    registry: EventRegistry
    routers: Sequence[APIRouter] = ()
    projections: Sequence[Projection] = ()
    subscriptions: Sequence[str] = ()
    handlers: Handlers = field(default_factory=dict)
    timers: Sequence[Timer] = ()
    # what `/metrics` reads from the service's read models at each scrape
    metrics: Sequence[Collector] = ()
    clock: Clock = system_clock
    title: str = ""
    description: str = ""


@dataclass
class Runtime:
    spec: ServiceSpec
    settings: ServiceSettings
    pool: asyncpg.Pool
    tracing: Tracing
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    tasks: dict[str, asyncio.Task[None]] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    components: dict[str, Any] = field(default_factory=dict)
    keys: Verifier = field(default_factory=KeySet)  # what its consumer checks signatures with
    watch: readiness.StallWatch = field(default_factory=lambda: readiness.StallWatch(60.0))
    connected: set[str] = field(default_factory=set)  # the broker clients started

    def topic_of(self, event_type: str) -> str:
        return self.spec.registry.type_of(event_type).topic

    def supervise(self, name: str, loop: Callable[[asyncio.Event], Awaitable[None]]) -> None:
        async def guarded() -> None:
            while not self.stop.is_set():
                try:
                    await loop(self.stop)
                except asyncio.CancelledError:
                    raise
                except Exception as error:
                    self.failures[name] = f"{type(error).__name__}: {error}"
                    log.exception("loop.crashed", loop=name)
                    await sleep_or_stop(self.stop, 1.0)

        self.tasks[name] = asyncio.create_task(guarded(), name=f"{self.spec.name}:{name}")

    @property
    def topics(self) -> list[str]:
        """The topics the service writes and reads."""
        return sorted({e.topic for e in self.spec.registry} | set(self.spec.subscriptions))

    async def ensure_topics(self) -> None:
        settings = self.settings
        await kafka.ensure_topics(
            settings.kafka_bootstrap_servers, self.topics, attempts=1,
            replication_factor=settings.kafka_replication_factor,
            configs={"min.insync.replicas": str(settings.kafka_min_insync_replicas)}
            if settings.kafka_min_insync_replicas > 1 else None)

    async def start(self) -> None:
        settings, spec = self.settings, self.spec
        client = settings.kafka_client_id or spec.name
        bootstrap = settings.kafka_bootstrap_servers
        broker = Broker(bootstrap, client)
        producer = kafka.producer(bootstrap, client)
        self.components.update(broker=broker, producer=producer)
        await self._start_client("producer", producer.start)  # at once when the broker is up
        # one listening connection: the relay and the projections wake when a commit appended
        wakeup = Wakeup(settings.database_url) if settings.wake_on_notify else None
        if wakeup is not None:
            self.components["wakeup"] = wakeup
            self.supervise("wakeup", wakeup.run)
        relay = Relay(self.pool, producer, self.topic_of, batch=settings.relay_batch,
                      idle_sleep=settings.poll_interval_s, tracing=self.tracing, broker=broker,
                      ensure_topics=self.ensure_topics, wakeup=wakeup)
        self.components["relay"] = relay
        self.supervise("relay", self._connected("producer", producer.start, relay.run))
        if spec.projections:
            runner = ProjectionRunner(self.pool, spec.projections,
                                      idle_sleep=settings.poll_interval_s, wakeup=wakeup)
            self.components["projections"] = runner
            self.supervise("projections", runner.run)
        if spec.subscriptions:
            consumer = kafka.consumer(
                bootstrap, spec.name, spec.subscriptions, client,
                settings.kafka_session_timeout_ms, settings.kafka_heartbeat_interval_ms,
                settings.kafka_rebalance_timeout_ms,
            )
            self.components["consumer"] = consumer
            inbox = Inbox(self.pool, consumer, spec.name, spec.handlers, spec.registry,
                          tracing=self.tracing, broker=broker, keys=self.keys)
            self.components["inbox"] = inbox
            await self._start_client("consumer", consumer.start)
            self.supervise("inbox", self._connected("consumer", consumer.start, inbox.run))
        for timer in spec.timers:
            self.supervise(timer.name, partial(timer.run, self.pool, spec.clock))

    async def _start_client(self, client: str, start: Callable[[], Awaitable[None]]) -> bool:
        """Start a broker client once; False (and why, in the log) while the broker is away."""
        if client in self.connected:
            return True
        try:
            await self.ensure_topics()
            await start()
        except (KafkaError, OSError) as error:
            log.warning("broker.unreachable", client=client,
                        error=f"{type(error).__name__}: {error}"[:300])
            return False
        self.connected.add(client)
        return True

    def _connected(self, client: str, start: Callable[[], Awaitable[None]],
                   loop: Callable[[asyncio.Event], Awaitable[None]]
                   ) -> Callable[[asyncio.Event], Awaitable[None]]:
        """`loop`, once its broker client started: while the broker cannot be reached the
        service runs without it (readiness says why), and tries again every second."""

        async def run(stop: asyncio.Event) -> None:
            while not await self._start_client(client, start):
                if await sleep_or_stop(stop, 1.0):
                    return
            await loop(stop)

        return run

    async def close(self) -> None:
        self.stop.set()
        for task in self.tasks.values():
            task.cancel()
        await asyncio.gather(*self.tasks.values(), return_exceptions=True)
        for name in ("consumer", "producer", "broker"):
            if name in self.components:
                await self.components[name].stop()

    @property
    def readers(self) -> list[str]:
        """The checkpoints of the log's readers this service keeps: the relay, each projection."""
        return ["relay", *(p.checkpoint for p in self.spec.projections)]

    async def readiness(self) -> readiness.Readiness:
        producer = self.components.get("producer")
        # the wake-ups only save the readers their polling: without them a service is as ready
        loops = {name: task for name, task in self.tasks.items() if name != "wakeup"}
        return await readiness.check(
            self.pool, self.readers if self.settings.run_background else [], self.watch,
            producer.client.fetch_all_metadata if producer is not None else None,
            loops, self.settings.ready_timeout_s)

    async def metric_families(self) -> list[Metric]:
        """What the plumbing and the service's collectors say now, for one scrape."""
        ready = await self.readiness()
        families = metrics.readiness_families(ready.ready, ready.checks)
        families += _loop_families(self.tasks)
        if ready.checks["database"] != "ok":
            return families  # nothing more can be read; the readiness figures say why
        async with self.pool.acquire() as conn:
            lags = await readiness.reader_lags(conn, self.readers)
            waiting = await readiness.dead_letters_waiting(conn)
            now = self.spec.clock()
            for collector in self.spec.metrics:
                families += await collector.collect(conn, now)
        relay, runner = self.components.get("relay"), self.components.get("projections")
        applied = {f"projection:{name}": count
                   for name, count in (runner.applied.items() if runner else ())}
        families += metrics.reader_families(lags, applied, relay.published if relay else None)
        families += await self._inbox_families(waiting)
        return families

    async def _inbox_families(self, waiting: dict[str, int]) -> list[Metric]:
        inbox, lag = self.components.get("inbox"), {}
        if inbox is not None:
            try:
                async with asyncio.timeout(self.settings.ready_timeout_s):
                    lag = await kafka.consumer_lag(inbox.consumer, inbox.committed)
            except Exception as error:  # the broker is away: the lag is unknown, not zero
                log.warning("metrics.consumer_lag_unknown", error=f"{type(error).__name__}")
        counts = inbox.counts if inbox is not None else {}
        return metrics.inbox_families(self.spec.name, counts, waiting, lag)

    async def health(self) -> dict[str, Any]:
        loops = {
            name: ("failed" if task.done() else "running") for name, task in self.tasks.items()
        }
        report: dict[str, Any] = {
            "service": self.spec.name,
            "status": "ok" if all(s == "running" for s in loops.values()) else "degraded",
            "loops": loops,
            "last_failures": self.failures,
        }
        try:
            async with asyncio.timeout(self.settings.ready_timeout_s):
                async with self.pool.acquire() as conn:
                    relay_at = await store.load_checkpoint(conn, "relay")
                    head = await store.head(conn)
        except Exception as error:  # whatever the driver raises while the server is away
            return {**report, "status": "degraded",
                    "database": f"unreachable ({readiness.describe(error)})"}
        return {**report, "log_head": head.seq, "relay_position": relay_at.seq}


def create_service_app(spec: ServiceSpec, settings: ServiceSettings | None = None) -> FastAPI:
    settings = settings or ServiceSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(spec.name, settings.log_json, settings.log_level)
        # read now: a key folder or key set that cannot be read stops the start, not a request
        signer = KeyFolder(settings.signing_keys_dir) if settings.signing_keys_dir else None
        keys.current()
        pool = await create_pool(settings.database_url, settings.db_pool_min, settings.db_pool_max,
                                 signer=signer)
        async with pool.acquire() as conn:
            await migrate(conn, spec.migrations)
        runtime = Runtime(spec, settings, pool, tracing, keys=keys,
                          watch=readiness.StallWatch(settings.stall_after_s))
        app.state.runtime, app.state.pool, app.state.settings = runtime, pool, settings
        app.state.clock = spec.clock
        install_verifier(app, settings)
        if settings.run_background:
            await runtime.start()
        log.info("service.started", service=spec.name)
        try:
            yield
        finally:
            await runtime.close()
            await pool.close()
            tracing.shutdown()
            log.info("service.stopped", service=spec.name)

    app = FastAPI(title=spec.title or f"Qorgau {spec.name}", description=spec.description,
                  version="0.1.0", lifespan=lifespan)
    keys = trusted_keys(settings)
    app.state.clock, app.state.spec, app.state.keys = spec.clock, spec, keys
    tracing = Tracing.configure(spec.name, settings)
    service_metrics = metrics.ServiceMetrics()
    app.state.tracing, app.state.metrics = tracing, service_metrics
    install_edge(app, settings)
    app.add_middleware(metrics.RequestMetrics, requests=service_metrics.requests,
                       latency=service_metrics.latency)
    tracing.instrument(app)  # outermost: the server span covers everything the request does
    install_operations(app, service_metrics)

    @app.get("/health", tags=["operations"])
    async def health(request: Request) -> JSONResponse:
        """Up or down for anyone; the loops, their failures and the log positions only for an
        operations token (a system account or an auditor): they tell an outsider what runs
        and how far behind it is."""
        if not hasattr(app.state, "runtime"):
            return JSONResponse({"status": "starting"}, status_code=503)
        report = await app.state.runtime.health()
        status = 200 if report["status"] == "ok" else 503
        if not _operations_caller(request):
            report = {k: report[k] for k in ("service", "status")}
        return JSONResponse(report, status_code=status)

    for router in spec.routers:
        app.include_router(router)
    app.include_router(keys_router)
    return app


# who reads /health in full: the accounts that run the system and those that audit it
OPERATIONS_ROLES = frozenset({Role.SYSTEM, Role.AUDITOR})


def _operations_caller(request: Request) -> bool:
    """A bearer token that verifies and names an operations role; anything else (none, a bad
    one, another role) reads /health as the public does."""
    verifier: TokenVerifier | None = getattr(request.app.state, "token_verifier", None)
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if verifier is None or scheme.lower() != "bearer" or not token.strip():
        return False
    try:
        return verifier.verify(token.strip()).role in OPERATIONS_ROLES
    except InvalidToken:
        return False


def trusted_keys(settings: ServiceSettings) -> Verifier:
    """The key set of KEY_SET_FILE (read when first used, and again when it changes); without
    one, no key at all: every event consumed is refused as signed by an unknown key."""
    return KeySetFile(settings.key_set_file) if settings.key_set_file else KeySet()


class KeySetOut(BaseModel):
    keys: list[PublishedKey]


keys_router = APIRouter(prefix="/v1", tags=["keys"])


@keys_router.get("/keys", response_model=KeySetOut, summary="The public keys this service trusts")
async def published_keys(request: Request) -> KeySetOut:
    """Every organisation's and signing person's public key this service checks events and
    decisions against: key id, owner, validity, revocation. Public: anyone may check a
    signature with it (`qorgau verify-log` does it offline)."""
    verifier: Verifier = request.app.state.keys
    return KeySetOut(keys=list(verifier.current()))


def install_operations(app: FastAPI, service_metrics: metrics.ServiceMetrics) -> None:
    """Liveness, readiness and metrics: for probes and scrapers, not in the API's document."""

    @app.get("/health/live", tags=["operations"], include_in_schema=False)
    async def live() -> JSONResponse:
        return JSONResponse({"status": "live"})

    @app.get("/health/ready", tags=["operations"], include_in_schema=False)
    async def ready() -> JSONResponse:
        runtime: Runtime | None = getattr(app.state, "runtime", None)
        if runtime is None:
            return _not_ready(app, ["starting"], {})
        report = await runtime.readiness()
        if not report.ready:
            return _not_ready(app, report.reasons, report.checks)
        return JSONResponse({"status": "ready", "service": runtime.spec.name,
                             "checks": dict(report.checks)})

    @app.get("/metrics", tags=["operations"], include_in_schema=False)
    async def exposition() -> Response:
        runtime: Runtime | None = getattr(app.state, "runtime", None)
        gathered = await runtime.metric_families() if runtime is not None else []
        return Response(service_metrics.exposition(gathered),
                        media_type=metrics.CONTENT_TYPE)


def _not_ready(app: FastAPI, reasons: list[str], checks: Mapping[str, str]) -> JSONResponse:
    body = {"type": f"{TYPE_PREFIX}not-ready", "title": "Not ready", "status": 503,
            "detail": "; ".join(reasons), "service": app.state.spec.name,
            "checks": dict(checks)}
    return JSONResponse(body, status_code=503, media_type=MEDIA_TYPE)


def _loop_families(tasks: Mapping[str, "asyncio.Task[None]"]) -> list[Metric]:
    running = GaugeMetricFamily("qorgau_loop_running", "1 while a background loop runs",
                                labels=["loop"])
    for name, task in sorted(tasks.items()):
        running.add_metric([name], 0.0 if task.done() else 1.0)
    return [running]


def install_verifier(app: FastAPI, settings: ServiceSettings) -> None:
    """Routes that need a caller answer 401 when no key is configured (e.g. a bare test app)."""
    configured = settings.jwt_public_key or settings.jwt_public_key_file
    app.state.token_verifier = (
        TokenVerifier.from_config(
            public_key=settings.jwt_public_key,
            public_key_file=None if settings.jwt_public_key else settings.jwt_public_key_file,
            issuer=settings.jwt_issuer,
            audience=settings.jwt_audience,
        )
        if configured else None
    )


def install_edge(app: FastAPI, settings: ServiceSettings) -> None:
    install_problem_handlers(app)
    app.add_middleware(JsonBodyCheck)  # inside the size limit: the body is bounded already
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(CorrelationId)


class CorrelationId:
    """Takes the caller's X-Correlation-Id (or makes one) for logs, events and the answer, and
    logs one line per request with its outcome (the path only: bodies may hold an IIN)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope["headers"]).get(b"x-correlation-id", b"").decode("latin-1")
        value = given if _UUID.fullmatch(given) else str(uuid.uuid4())
        token = correlation_id.set(value)
        started, status = time.perf_counter(), 500
        span = trace.get_current_span()  # the request's server span, when tracing is on
        span.set_attribute("qorgau.correlation_id", value)
        trace_id = span.get_span_context().trace_id

        async def send_with_header(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-correlation-id", value.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_header)
        finally:
            if not scope["path"].startswith(("/health", "/metrics")):  # probes and scrapes
                log.info("http.request", method=scope["method"], path=scope["path"],
                         status=status, ms=round((time.perf_counter() - started) * 1000, 1),
                         **({"trace_id": f"{trace_id:032x}"} if trace_id else {}))
            correlation_id.reset(token)


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def current_correlation_id() -> UUID:
    """The request's correlation id as a UUID, for the events a command appends."""
    value = correlation_id.get()
    return UUID(value) if value else uuid.uuid4()
