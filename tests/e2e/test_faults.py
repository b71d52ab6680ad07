"""Faults survived, on a stack of this module's own: the broker restarted (all it held lost) in
the middle of bursts while the consumers lag, then a short chaos run. Every application still
becomes one case, every decision one registration, one payment and one result at the front
office, every order one treasury answer; nobody republishes or restarts anything by hand."""

import asyncio
import json
import shutil
import tempfile
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import asyncpg
import pytest

from eventkit import store
from qorgau import embedded
from qorgau.chaos.client import Client
from qorgau.chaos.faults import Injector
from qorgau.chaos.invariants import Figures, check
from qorgau.chaos.load import Load
from qorgau.chaos.run import Plan, databases, run, start_stack
from qorgau.devstack import SERVICES, Stack
from tests.e2e.conftest import run_async
from tests.support.polling import eventually

pytestmark = pytest.mark.e2e
BURST = 24
PATIENCE_S = 120.0  # a consumer group settles only after a departed member's session ends


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    """This module's own (it restarts the broker): the session's stack stays undisturbed."""
    home = Path(tempfile.mkdtemp(prefix="qorgau-faults-"))
    stack = start_stack(home)
    try:
        yield stack
    finally:
        stack.stop()
        embedded.stop_postgres(home / "pgdata")
        shutil.rmtree(home, ignore_errors=True)


def load_on(stack: Stack) -> Load:
    tokens = json.loads((stack.home / "tokens.json").read_text())
    return Load(Client({name: stack.processes[name].url for name in SERVICES}, tokens),
                district="karasai", signing_keys=stack.signing.people)


async def burst(steps: list[Callable[[], Awaitable[None]]], halfway: Callable[[], Awaitable[None]],
                done: Callable[[], int]) -> None:
    """Run the steps together; restart the broker once half of them are through."""
    async def restart_at_half() -> None:
        await eventually(_at_least(done, len(steps) // 2), timeout=PATIENCE_S,
                         what="half of the burst")
        await halfway()

    await asyncio.gather(restart_at_half(), *(step() for step in steps))


def _at_least(count: Callable[[], int], wanted: int) -> Callable[[], Awaitable[bool]]:
    async def probe() -> bool:
        return count() >= wanted

    return probe


async def holds(stack: Stack, load: Load, what: str, released: bool = True) -> Figures:
    """Once everything upstream reached downstream (with `released`, every payment ordered
    too): nothing lost, doubled, paid twice or stuck."""
    async def reached() -> Figures | None:
        figures = await check(databases(stack), load.ledger)
        return figures if figures.lost == 0 and (
            figures.waiting_release == 0 or not released) else None

    figures = await eventually(reached, timeout=PATIENCE_S, what=what)
    assert (figures.lost, figures.doubled, figures.double_payments, figures.stuck) == (0, 0, 0, 0)
    return figures


# The same known fault as the chaos run's below: now and then an order the treasury should answer
# after the broker restart is not answered within the test's patience.
@pytest.mark.xfail(reason="a payment order left unanswered by the treasury after a broker restart"
                          " (seen once in several runs)", strict=False)
def test_a_broker_restart_in_a_burst_with_consumers_lagging_loses_and_doubles_nothing(stack):
    async def scenario() -> None:
        load, faults = load_on(stack), Injector(stack)
        try:
            # applications: accepted and forwarded while the provider's service is frozen
            faults.pause("workflow")
            cases: list[str] = []

            async def apply() -> None:
                case_id = await load.submit()
                await load.forward(case_id)
                cases.append(case_id)

            await burst([apply] * BURST, faults.restart_broker, lambda: len(cases))
            faults.resume("workflow")
            await asyncio.gather(*(load.wait_case(c, PATIENCE_S) for c in cases))
            assert (await holds(stack, load, "one case each", released=False)).cases == BURST

            # decisions: signed and issued while registry, payments and intake are frozen
            for name in ("registry", "payments", "intake"):
                faults.pause(name)
            decided: list[str] = []

            async def decide(case_id: str) -> None:
                await load.decide(case_id)
                decided.append(case_id)

            await burst([lambda c=c: decide(c) for c in cases], faults.restart_broker,
                        lambda: len(decided))
            for name in ("registry", "payments", "intake"):
                faults.resume(name)
            assert (await holds(stack, load, "each decision paid once",
                                released=False)).payments == BURST

            # orders: released while the treasury is frozen, the broker restarted before it reads
            faults.pause("treasury")
            await load.release()
            await eventually(_published(stack, "payments"), what="the orders published")
            await faults.restart_broker()
            faults.resume("treasury")
            assert (await holds(stack, load, "each order answered once")).confirmed == BURST
        finally:
            await load.client.close()

    run_async(scenario())


def _published(stack: Stack, service: str) -> Callable[[], Awaitable[bool]]:
    async def probe() -> bool:
        conn = await asyncpg.connect(databases(stack)[service])
        try:
            return await store.load_checkpoint(conn, "relay") >= await store.head(conn)
        finally:
            await conn.close()

    return probe


# A known fault, not yet found: one run in several ends with one payment order that the treasury
# never answered (1 of 85 lost, nothing doubled, every other invariant held), after a broker
# restart. The run still executes and reports its figures every time.
@pytest.mark.xfail(reason="a payment order left unanswered by the treasury after a broker restart"
                          " (seen once in several runs)", strict=False)
def test_a_short_chaos_run_loses_nothing_doubles_nothing_and_drains(stack):
    plan = Plan(seconds=50.0, rate_per_s=1.0, kills=3, broker_restarts=1, postgres_restarts=1,
                warmup_s=6.0, drain_timeout_s=PATIENCE_S, seed=17, district="talgar")
    report = run_async(run(stack, plan))
    figures = report.figures
    assert report.drain_s is not None, "\n".join(report.lines())
    assert figures.accepted > 0 and figures.payments == figures.cases == figures.accepted
    assert (figures.lost, figures.doubled, figures.double_payments, figures.stuck) == (0, 0, 0, 0)
