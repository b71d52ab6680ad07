"""One running system per test session: the four services and the treasury simulator as separate
processes on their own free ports, so a `make dev` on the same machine is never in the way.

Tests reach it only as its users do (HTTP, and the treasury topic); they read the services'
databases afterwards, to check what each log holds.
"""

import asyncio
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from contracts.envelope import Envelope
from qorgau import embedded, scenarios
from qorgau.devstack import SERVICES, Stack

T = TypeVar("T")


def run_async(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run on a private loop: the tests' own session loop stays untouched (asyncio.run would
    clear the current loop when it finishes)."""
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(coroutine)
    finally:
        loop.close()


# the treasury returns every order to this account (closed): returned payments are corrected
CLOSED_ACCOUNT = "KZ32125KZT5004100199"


@pytest.fixture(scope="session")
def stack() -> Iterator[Stack]:
    home = Path(tempfile.mkdtemp(prefix="qorgau-e2e-"))
    stack = Stack(home, ports={name: embedded.free_port() for name in SERVICES},
                  # every order is paid (returns have their own tests); answers come quickly
                  treasury_options=["--return-share", "0", "--delay", "0.2",
                                    "--closed-account", CLOSED_ACCOUNT],
                  traces=True)  # spans to logs/<service>.spans.jsonl, read by test_operations
    try:
        stack.start()
        stack.write_tokens()
        yield stack
    except BaseException:
        _print_logs(stack)
        raise
    finally:
        stack.stop()
        if not os.environ.get("POSTGRES_URL"):
            embedded.stop_postgres(home / "pgdata")
        if not os.environ.get("QORGAU_E2E_KEEP"):
            shutil.rmtree(home, ignore_errors=True)


def _print_logs(stack: Stack, lines: int = 60) -> None:
    # the services' own doings, not the test's polling requests, say what went wrong
    for path in sorted((stack.home / "logs").glob("*.log")):
        kept = [line for line in path.read_text(errors="replace").splitlines()
                if '"event": "http.request"' not in line or '"status": 5' in line]
        sys.stderr.write(f"--- {path.name}\n" + "\n".join(kept[-lines:]) + "\n")


@pytest.fixture(scope="session")
def system(stack: Stack) -> Iterator[scenarios.System]:
    tokens = json.loads((stack.home / "tokens.json").read_text())
    urls = {name: stack.processes[name].url for name in SERVICES}
    system = scenarios.System(urls, tokens, stack.signing.people)
    yield system
    system.close()


@pytest.fixture(autouse=True)
def on_failure_logs(request, stack: Stack):
    """Print the services' last log lines when the test fails (they say why)."""
    yield
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        _print_logs(stack)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


class Logs:
    """Direct reads of each service's own database (the event log, inbox, dead letters)."""

    def __init__(self, stack: Stack) -> None:
        self.stack = stack

    def fetch(self, service: str, query: str, *args: Any) -> list[dict[str, Any]]:
        async def run() -> list[dict[str, Any]]:
            uri = embedded.database_uri(self.stack.server_uri, f"qorgau_{service}")
            conn = await asyncpg.connect(uri)
            try:
                return [dict(r) for r in await conn.fetch(query, *args)]
            finally:
                await conn.close()

        return run_async(run())

    def events(self, service: str, where: str = "TRUE", *args: Any) -> list[Envelope]:
        rows = self.fetch(service, f"SELECT * FROM events WHERE {where} ORDER BY position",
                          *args)
        return [Envelope.model_validate({
            **{k: row[k] for k in ("event_id", "stream_id", "stream_version", "event_type",
                                   "schema_version", "occurred_at", "recorded_at",
                                   "correlation_id", "causation_id", "signature")},
            **{k: json.loads(row[k]) for k in ("producer", "actor", "payload")},
        }) for row in rows]

    def dead_letters(self) -> dict[str, list[dict[str, Any]]]:
        """The letters waiting for an operator (not those resolved or discarded on review)."""
        return {s: self.fetch(s, "SELECT consumer, event_type, reason FROM dead_letters"
                                 " WHERE resolved_at IS NULL")
                for s in SERVICES}


@pytest.fixture(scope="session")
def logs(stack: Stack) -> Logs:
    return Logs(stack)


def read_topic(bootstrap: str, topic: str) -> list[Envelope]:
    """Everything on a topic so far, read without joining a consumer group."""
    async def run() -> list[Envelope]:
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
        await consumer.start()
        try:
            partitions = [TopicPartition(topic, p)
                          for p in sorted(consumer.partitions_for_topic(topic) or ())]
            if not partitions:
                await consumer.force_metadata_update()
                partitions = [TopicPartition(topic, p)
                              for p in sorted(consumer.partitions_for_topic(topic) or ())]
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            ends = await consumer.end_offsets(partitions)
            found: list[Envelope] = []
            while [tp for tp in partitions if await consumer.position(tp) < ends[tp]]:
                batch = await consumer.getmany(timeout_ms=1000)
                for records in batch.values():
                    found += [Envelope.from_json(r.value) for r in records]
            return found
        finally:
            await consumer.stop()

    return run_async(run())
