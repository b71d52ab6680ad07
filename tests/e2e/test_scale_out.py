"""Two instances of every service on the same databases: the services scale by instances.

Each service runs twice (the same database, one consumer group per service over topics of six
partitions, the relay's advisory lock choosing one publisher); users reach either instance, as
behind a load balancer, and a request that got no answer goes to the other. The reg. 1 flow and
a burst of 200 applications give what one instance gives: one case per application, one payment
per person, every event applied once — also when one instance of each service is SIGKILLed in the
middle of the burst.
"""

import asyncio
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from itertools import cycle
from pathlib import Path

import asyncpg
import pytest
from aiokafka import AIOKafkaConsumer

from contracts import topics
from eventkit import relay_state
from qorgau import embedded
from qorgau.chaos.client import Client
from qorgau.chaos.invariants import Figures, check
from qorgau.chaos.load import Ledger, Load
from qorgau.chaos.run import databases
from qorgau.devstack import SERVICES, Stack
from tests.e2e.conftest import run_async
from tests.support.polling import eventually

pytestmark = pytest.mark.e2e

BURST, DECIDED = 200, 10  # applications in the burst; of them, walked to a decision and paid
KILL_AFTER = 70  # receipts given before one instance of each service is killed
DRAIN_S = 240.0


class Spread(Mapping[str, str]):
    """Each service's address, taking turns among its instances at every request."""

    def __init__(self, instances: dict[str, list[str]]) -> None:
        self._turns = {name: cycle(urls) for name, urls in instances.items()}

    def __getitem__(self, service: str) -> str:
        return next(self._turns[service])

    def __iter__(self) -> Iterator[str]:
        return iter(self._turns)

    def __len__(self) -> int:
        return len(self._turns)


@pytest.fixture(scope="module")
def doubled() -> Iterator[Stack]:
    """The four services twice each and the treasury, on a database and broker of their own."""
    home = Path(tempfile.mkdtemp(prefix="qorgau-scale-"))
    stack = Stack(home, ports={name: embedded.free_port() for name in SERVICES},
                  treasury_options=["--return-share", "0", "--delay", "0.2"])
    try:
        stack.start_infrastructure()
        stack.define()
        stack.processes.pop("console")  # nobody clicks here
        for name in SERVICES:
            stack.add_instance(name)
        for process in stack.processes.values():
            process.start()
        stack.wait_healthy(names=tuple(n for n in stack.processes if n != "treasury"))
        stack.write_tokens()
        yield stack
    finally:
        stack.stop()
        if not os.environ.get("POSTGRES_URL"):
            embedded.stop_postgres(home / "pgdata")
        if not os.environ.get("QORGAU_E2E_KEEP"):
            shutil.rmtree(home, ignore_errors=True)


def client_of(stack: Stack) -> Client:
    instances: dict[str, list[str]] = {}
    for name, process in stack.processes.items():
        if name != "treasury":
            instances.setdefault(name.split("#")[0], []).append(process.url)
    assert all(len(urls) == 2 for urls in instances.values())
    tokens = json.loads((stack.home / "tokens.json").read_text())
    return Client(Spread(instances), tokens)


def load_of(stack: Stack, client: Client, district: str, seed: int) -> Load:
    return Load(client, district, seed=seed, signing_keys=stack.signing.people)


async def walk(load: Load, decided: bool) -> None:
    """One application as the front office and, when `decided`, the department walk it."""
    case_id = await load.submit()
    await load.forward(case_id)
    await load.wait_case(case_id)
    if decided:
        await load.decide(case_id)


async def drained(stack: Stack, load: Load, timeout_s: float = DRAIN_S) -> Figures:
    """Release the district's payments until every leg has its downstream (or time is up)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while True:
        await load.release()
        figures = await check(databases(stack), load.ledger)
        if (figures.drained and figures.confirmed == figures.payments) or loop.time() > deadline:
            return figures
        await asyncio.sleep(1.0)


async def applied_once(stack: Stack) -> dict[str, int]:
    """Read models against the logs they are folded from: a row per case and per application,
    a history row per event of every case, every reader at the log's head."""
    found: dict[str, int] = {}
    for name, uri in databases(stack).items():
        conn = await asyncpg.connect(uri)
        try:
            found[f"{name} readers behind"] = await conn.fetchval(
                "SELECT count(*) FROM checkpoints WHERE (tx_id, position) <"
                " (SELECT tx_id, position FROM events ORDER BY tx_id DESC, position DESC"
                " LIMIT 1)")
            if name == "intake":
                found["intake applications missing"] = await conn.fetchval(
                    "SELECT count(*) FROM events e WHERE event_type = 'intake.ApplicationAccepted'"
                    " AND NOT EXISTS (SELECT 1 FROM intake_applications a"
                    " WHERE a.application_id = e.stream_id)")
            if name == "workflow":
                found["workflow cases, rows vs opened"] = await conn.fetchval(
                    "SELECT (SELECT count(*) FROM wf_cases) - (SELECT count(*) FROM events"
                    " WHERE event_type = 'workflow.CaseOpened')")
                found["workflow case histories unlike their logs"] = await conn.fetchval(
                    "SELECT count(*) FROM wf_cases c WHERE c.version <> (SELECT count(*) FROM"
                    " wf_history h WHERE h.case_id = c.case_id) OR c.version <> (SELECT"
                    " max(stream_version) FROM events e WHERE e.stream_id = c.case_id)")
        finally:
            await conn.close()
    return found


async def totals(stack: Stack) -> Figures:
    """What the logs hold before a scenario, to count what it added."""
    return await check(databases(stack), Ledger())


def assert_as_one_instance(before: Figures, figures: Figures, expected_cases: int,
                           paid: int) -> None:
    assert figures.failed_flows == []
    assert [(leg.name, leg.lost, leg.doubled) for leg in figures.legs
            if leg.lost or leg.doubled] == []
    # one case per application
    assert figures.accepted - before.accepted == figures.cases - before.cases == expected_cases
    # one payment per person, each confirmed once
    assert figures.payments - before.payments == paid
    assert figures.confirmed - before.confirmed == paid
    assert figures.double_payments == 0
    assert figures.dead_letters == {name: 0 for name in SERVICES}


def test_topics_have_six_partitions_and_one_relay_publishes_per_service(doubled):
    async def look() -> tuple[dict[str, int], dict[str, bool]]:
        reader = AIOKafkaConsumer(bootstrap_servers=doubled.bootstrap)
        await reader.start()
        try:
            await reader.topics()
            partitions = {t: len(reader.partitions_for_topic(t) or ()) for t in topics.ALL_TOPICS}
        finally:
            await reader.stop()
        held = {}
        for name, uri in databases(doubled).items():
            conn = await asyncpg.connect(uri)
            try:  # the relay's lock is taken (by one instance: a session lock has one holder)
                held[name] = not await relay_state.try_lock(conn, "relay")
            finally:
                await conn.close()
        return partitions, held

    partitions, held = run_async(look())
    assert partitions == {t: 6 for t in topics.ALL_TOPICS}
    assert held == {name: True for name in SERVICES}


def test_the_reg_1_flow_on_two_instances_of_everything(doubled):
    async def scenario() -> tuple[Figures, Figures, dict[str, int]]:
        client = client_of(doubled)
        try:
            before = await totals(doubled)
            load = load_of(doubled, client, "talgar", seed=1)
            await asyncio.gather(*(walk(load, decided=True) for _ in range(3)))
            return before, await drained(doubled, load), await applied_once(doubled)
        finally:
            await client.close()

    before, figures, once = run_async(scenario())
    assert_as_one_instance(before, figures, expected_cases=3, paid=3)
    assert set(once.values()) == {0}, once


def test_a_burst_of_200_while_one_instance_of_each_service_is_killed(doubled):
    async def scenario() -> tuple[Figures, Figures, dict[str, int], int]:
        client = client_of(doubled)
        try:
            before = await totals(doubled)
            load = load_of(doubled, client, "talgar", seed=2)
            slots = asyncio.Semaphore(24)

            async def one(number: int) -> None:
                async with slots:
                    await walk(load, decided=number % (BURST // DECIDED) == 0)

            burst = [asyncio.create_task(one(n)) for n in range(BURST)]

            async def in_the_middle() -> bool:
                return len(load.ledger.accepted) >= KILL_AFTER or all(t.done() for t in burst)

            await eventually(in_the_middle, timeout=DRAIN_S, what="the burst under way")
            killed = 0
            for name in SERVICES:  # the first instance of each: its relay held the lock
                doubled.processes[name].kill()
                killed += 1
            await asyncio.gather(*burst)
            return before, await drained(doubled, load), await applied_once(doubled), killed
        finally:
            await client.close()

    before, figures, once, killed = run_async(scenario())
    assert killed == len(SERVICES)
    assert_as_one_instance(before, figures, expected_cases=BURST, paid=DECIDED)
    assert set(once.values()) == {0}, once
