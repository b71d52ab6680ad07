"""Traces: OpenTelemetry spans for requests, database calls, the relay's publishes and the inbox's
messages, one trace across services.

The W3C trace context of whatever appends an event (a request, a consumed message) is kept with
the event's row; the relay continues that trace in a producer span and puts its context in the
Kafka message's headers; the inbox continues it in a consumer span, under which the handler's
own appends are made. Tracing is off unless an exporter is configured: OTLP over HTTP when
`OTEL_EXPORTER_OTLP_ENDPOINT` is set, and JSON lines (`TRACE_CONSOLE`, to stderr or `TRACE_FILE`)
for the dev stack. Span attributes never carry request values: any IIN in a URL is masked.
"""

import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import IO, Any

from fastapi import FastAPI
from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import (
    BatchSpanProcessor,
    ConsoleSpanExporter,
    SpanExporter,
)
from opentelemetry.sdk.trace.sampling import (
    ALWAYS_ON,
    Decision,
    ParentBased,
    Sampler,
    SamplingResult,
)
from opentelemetry.trace import Link, SpanKind, Tracer
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator
from opentelemetry.util.types import Attributes

from eventkit.logging import mask_iins
from eventkit.settings import ServiceSettings

PROPAGATOR = TraceContextTextMapPropagator()  # W3C `traceparent` / `tracestate`
TRACE_HEADERS = ("traceparent", "tracestate")
_NO_TRACER = trace.NoOpTracer()


def current_traceparent() -> str | None:
    """The W3C trace context of the span running now, for the events appended under it."""
    carrier: dict[str, str] = {}
    PROPAGATOR.inject(carrier)
    return carrier.get("traceparent")


def context_of(traceparent: str | None) -> Context | None:
    """The context an event's stored trace continues in (None: a trace of its own)."""
    return PROPAGATOR.extract({"traceparent": traceparent}) if traceparent else None


def inject_headers(headers: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """`headers` plus the current span's trace context, as Kafka message headers."""
    carrier: dict[str, str] = {}
    PROPAGATOR.inject(carrier)
    return [*headers, *((k, v.encode()) for k, v in carrier.items())]


def extract_headers(headers: Iterable[tuple[str, bytes]] | None) -> Context:
    """The trace context a Kafka message carries in its headers (empty when it carries none)."""
    carrier = {key: value.decode("latin-1") for key, value in headers or ()
               if key in TRACE_HEADERS and value is not None}
    return PROPAGATOR.extract(carrier)


class NoBareDatabaseCalls(Sampler):
    """A database call outside any request or message (a loop polling its table every few
    milliseconds) starts no trace; everything else is sampled, children as their parent is."""

    def should_sample(self, parent_context: Context | None, trace_id: int, name: str,
                      kind: SpanKind | None = None, attributes: Attributes = None,
                      links: Sequence[Link] | None = None,
                      trace_state: trace.TraceState | None = None) -> SamplingResult:
        if kind is SpanKind.CLIENT:
            return SamplingResult(Decision.DROP)
        return ALWAYS_ON.should_sample(parent_context, trace_id, name, kind, attributes, links,
                                       trace_state)

    def get_description(self) -> str:
        return "NoBareDatabaseCalls"


def _one_line(span: ReadableSpan) -> str:
    return str(span.to_json(indent=None)) + "\n"


def _mask_request(span: trace.Span, scope: Mapping[str, Any]) -> None:
    # the server span's URL attributes hold the path and query as sent: a lookup by number and
    # IIN would put the IIN into the trace
    attributes = getattr(span, "attributes", None) or {}
    for key, value in list(attributes.items()):
        if isinstance(value, str) and key.startswith(("http.", "url.")):
            masked = mask_iins(value)
            if masked != value:
                span.set_attribute(key, masked)


def _asyncpg() -> Any:
    return AsyncPGInstrumentor()  # type: ignore[no-untyped-call]  # the instrumentor is untyped


# asyncpg is instrumented by patching the driver, once per process whatever the number of apps
_database_users: list["Tracing"] = []


@dataclass
class Tracing:
    """One service's tracer provider (None: tracing off) and the exporters behind it."""

    service: str
    provider: TracerProvider | None = None
    files: list[IO[str]] = field(default_factory=list)

    @classmethod
    def configure(cls, service: str, settings: ServiceSettings) -> "Tracing":
        exporters: list[SpanExporter] = []
        tracing = cls(service)
        if os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT"):
            # imported only when used: it brings protobuf and an HTTP client
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

            exporters.append(OTLPSpanExporter())
        if settings.trace_console:
            out: IO[str] = sys.stderr
            if settings.trace_file:
                out = open(settings.trace_file, "a", encoding="utf-8")  # noqa: SIM115 - closed in shutdown
                tracing.files.append(out)
            exporters.append(ConsoleSpanExporter(out=out, formatter=_one_line))
        if not exporters:
            return tracing
        provider = TracerProvider(resource=Resource.create({"service.name": service}),
                                  sampler=ParentBased(root=NoBareDatabaseCalls()))
        for exporter in exporters:
            provider.add_span_processor(BatchSpanProcessor(
                exporter, schedule_delay_millis=settings.trace_flush_ms))
        tracing.provider = provider
        return tracing

    @property
    def enabled(self) -> bool:
        return self.provider is not None

    @property
    def tracer(self) -> Tracer:
        return self.provider.get_tracer("eventkit") if self.provider else _NO_TRACER

    def instrument(self, app: FastAPI) -> None:
        """Server spans for the app's routes (named by route template), database client spans."""
        if self.provider is None:
            return
        FastAPIInstrumentor.instrument_app(
            app, tracer_provider=self.provider, excluded_urls="/health,/metrics",
            exclude_spans=["receive", "send"], server_request_hook=_mask_request,
        )
        if not _database_users:
            _asyncpg().instrument(tracer_provider=self.provider)
        _database_users.append(self)

    def span(self, name: str, kind: SpanKind, parent: Context | None = None,
             attributes: Attributes = None) -> AbstractContextManager[trace.Span]:
        return self.tracer.start_as_current_span(name, context=parent, kind=kind,
                                                 attributes=attributes)

    def shutdown(self) -> None:
        if self in _database_users:
            instrumented_by_me = _database_users[0] is self
            _database_users.remove(self)
            if instrumented_by_me:
                _asyncpg().uninstrument()
                if _database_users:  # another app of this process goes on tracing its calls
                    _asyncpg().instrument(tracer_provider=_database_users[0].provider)
        if self.provider is not None:
            self.provider.shutdown()  # exports what is still queued
        for file in self.files:
            file.close()
