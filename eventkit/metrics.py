"""Prometheus metrics of a service, exposed at `/metrics`.

Requests are counted by method, route template and status, with a latency histogram. At each
scrape the service reads what the plumbing knows (the relay's and each projection's lag behind
the log's head, the consumer's lag per topic and partition, the inbox's outcomes, dead letters
waiting, readiness) and runs the collectors its spec declares: gauges read from its read
models. A label is a route template, a topic, an event type, a status, a district or a
regulation; never a value a person typed, and a label value that looks like an IIN is refused.
"""

import re
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import asyncpg
from prometheus_client import (
    CollectorRegistry,
    Counter,
    GCCollector,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventkit.db import Connection
from eventkit.health import Lag
from eventkit.logging import get_logger

log = get_logger(__name__)

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
# The label names any metric of the system may have: none of them can hold a person's data.
LABELS = frozenset({
    "method", "route", "status", "consumer", "topic", "partition", "outcome", "event_type",
    "reader", "loop", "check", "district", "regulation", "channel", "kind", "currency",
})
_IIN = re.compile(r"\d{12}")
# operations endpoints are scraped and probed all day: counting them would drown the traffic
_NOT_COUNTED = ("/metrics", "/health")


class UnsafeLabel(ValueError):
    """A label name outside `LABELS`: it could carry what no metric may."""


def _check_labels(names: Iterable[str]) -> None:
    unsafe = sorted(set(names) - LABELS)
    if unsafe:
        raise UnsafeLabel(f"labels {unsafe} are not among the allowed {sorted(LABELS)}")


def safe_value(value: object) -> str | None:
    """The label value as text, or None when it looks like it holds an IIN."""
    text = "" if value is None else str(value)
    return None if _IIN.search(text) else text


class Collector(Protocol):
    """Metric families a service reads at each scrape, from its database."""

    async def collect(self, conn: Connection, now: datetime) -> Sequence[Metric]: ...


Rows = Sequence[asyncpg.Record | Mapping[str, Any]]  # one sample per row
Read = Callable[[Connection, datetime], Awaitable[Rows]]


@dataclass(frozen=True)
class Gauge:
    name: str
    help: str
    column: str  # the row's column that holds the value


@dataclass(frozen=True)
class ReadModelGauges:
    """Gauges read from a read-model query at each scrape: one sample per row, labelled by the
    row's `labels` columns (from the allowed label names only)."""

    read: Read
    labels: Sequence[str]
    gauges: Sequence[Gauge]

    def __post_init__(self) -> None:
        _check_labels(self.labels)

    @property
    def names(self) -> list[str]:
        return [gauge.name for gauge in self.gauges]

    async def collect(self, conn: Connection, now: datetime) -> Sequence[Metric]:
        rows = await self.read(conn, now)
        families = [GaugeMetricFamily(g.name, g.help, labels=list(self.labels))
                    for g in self.gauges]
        for row in rows:
            checked = [safe_value(row[label]) for label in self.labels]
            values = [value for value in checked if value is not None]
            if len(values) != len(checked):
                log.warning("metrics.label_refused", metrics=self.names)
                continue
            for gauge, family in zip(self.gauges, families, strict=True):
                family.add_metric(values, float(row[gauge.column] or 0))
        return families


class RequestMetrics:
    """Counts every request by method, route template and status, and times it."""

    def __init__(self, app: ASGIApp, requests: Counter, latency: Histogram) -> None:
        self.app, self.requests, self.latency = app, requests, latency

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(_NOT_COUNTED):
            await self.app(scope, receive, send)
            return
        started, status = time.perf_counter(), 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            # the router put the matched route in the scope: its template, never the raw path
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            self.requests.labels(scope["method"], route, str(status)).inc()
            self.latency.labels(scope["method"], route).observe(time.perf_counter() - started)


class _Families:
    """What `generate_latest` reads: families gathered for this one scrape."""

    def __init__(self, families: Sequence[Metric]) -> None:
        self.families = families

    def collect(self) -> Sequence[Metric]:
        return self.families


class ServiceMetrics:
    """A service's own registry (never the process-wide default: tests run several services in
    one process), with the request metrics and the process's own figures."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        for collector in (ProcessCollector, PlatformCollector, GCCollector):
            collector(registry=self.registry)
        self.requests = Counter(
            "qorgau_http_requests", "HTTP requests answered, by route template and status",
            ["method", "route", "status"], registry=self.registry)
        self.latency = Histogram(
            "qorgau_http_request_duration_seconds", "Time to answer an HTTP request",
            ["method", "route"], registry=self.registry,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0))

    def middleware(self, app: ASGIApp) -> RequestMetrics:
        return RequestMetrics(app, self.requests, self.latency)

    def exposition(self, gathered: Sequence[Metric]) -> bytes:
        for family in gathered:
            for sample in family.samples:
                _check_labels(sample.labels)
        return generate_latest(self.registry) + generate_latest(_Families(gathered))


# --- the plumbing's figures, as families ---------------------------------------------------------


def reader_families(lags: Mapping[str, Lag], applied: Mapping[str, int],
                    published: int | None) -> list[Metric]:
    """The relay's and the projections' lag behind the log's head, and what they moved."""
    events = GaugeMetricFamily("qorgau_reader_lag_events",
                               "Events in the log not yet passed by this reader (relay or"
                               " projection)", labels=["reader"])
    seconds = GaugeMetricFamily("qorgau_reader_lag_seconds",
                                "Age of the oldest event waiting for this reader (0: none waits)",
                                labels=["reader"])
    for reader, lag in sorted(lags.items()):
        events.add_metric([reader], lag.events)
        seconds.add_metric([reader], lag.seconds)
    moved = CounterMetricFamily("qorgau_reader_events",
                                "Events a reader passed since the process started",
                                labels=["reader"])
    for reader, count in sorted(applied.items()):
        moved.add_metric([reader], count)
    if published is not None:
        moved.add_metric(["relay"], published)
    return [events, seconds, moved]


def inbox_families(consumer: str, counts: Mapping[tuple[str, str], int],
                   waiting: Mapping[str, int],
                   consumer_lag: Mapping[tuple[str, int], int]) -> list[Metric]:
    messages = CounterMetricFamily(
        "qorgau_inbox_messages", "Messages the inbox took: applied, duplicate (already applied),"
        " dead_lettered", labels=["consumer", "outcome", "event_type"])
    for (outcome, event_type), count in sorted(counts.items()):
        messages.add_metric([consumer, outcome, event_type], count)
    dead = GaugeMetricFamily("qorgau_dead_letters_waiting",
                             "Dead letters not yet resolved", labels=["consumer"])
    for name, count in sorted({consumer: 0, **waiting}.items()):
        dead.add_metric([name], count)
    lag = GaugeMetricFamily("qorgau_consumer_lag_messages",
                            "Messages on the broker not yet applied and committed by this"
                            " consumer", labels=["consumer", "topic", "partition"])
    for (topic, partition), behind in sorted(consumer_lag.items()):
        lag.add_metric([consumer, topic, str(partition)], behind)
    return [messages, dead, lag]


def readiness_families(ready: bool, checks: Mapping[str, str]) -> list[Metric]:
    gauge = GaugeMetricFamily("qorgau_ready", "1 when the service is ready (see /health/ready)")
    gauge.add_metric([], 1.0 if ready else 0.0)
    each = GaugeMetricFamily("qorgau_check_ok", "1 for each readiness check that passes",
                             labels=["check"])
    for name, value in sorted(checks.items()):
        each.add_metric([name], 1.0 if value in ("ok", "not used") else 0.0)
    return [gauge, each]
