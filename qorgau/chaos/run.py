"""The chaos run: steady load while faults hit the stack one after another, then the drain.

The load runs from the start; the faults are spread over the run after a warm-up, each waiting
for the last one's part to be back. After the last fault no new flow starts; the drain is the
time from the last fault's part being back until every invariant holds (the flows in flight
finished, every decision paid and every order answered), read every second.
"""

import asyncio
import json
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from qorgau import embedded
from qorgau.chaos.client import Client
from qorgau.chaos.faults import Fault, Injector, plan
from qorgau.chaos.invariants import Figures, check
from qorgau.chaos.load import Load
from qorgau.devstack import SERVICES, Stack


@dataclass(frozen=True)
class Plan:
    seconds: float = 1200.0  # from the first request to the last fault
    rate_per_s: float = 1.0  # new applications a second
    kills: int = 30
    broker_restarts: int = 3
    postgres_restarts: int = 3
    warmup_s: float = 15.0
    drain_timeout_s: float = 180.0
    release_every_s: float = 3.0
    seed: int = 0
    district: str = "talgar"


@dataclass
class Report:
    figures: Figures
    faults: list[Fault]
    drain_s: float | None  # None: not drained within the timeout
    retried: int  # requests sent again
    started: float
    load_s: float  # from the first request to the last fault's part back
    flows: int  # flows started
    skipped: int  # flows due while the load's limit of flows in flight was reached
    # the machine's load average (1, 5, 15 min) once drained: what else wanted its cores
    load_average: tuple[float, float, float] = (0.0, 0.0, 0.0)

    @property
    def ok(self) -> bool:
        return self.figures.ok and self.drain_s is not None

    def lines(self) -> list[str]:
        kinds = [f.kind for f in self.faults]
        drained = f"{self.drain_s:.1f} s" if self.drain_s is not None else "not drained"
        return [f"load: {self.flows} flows started in {self.load_s:.0f} s, {self.skipped} due"
                f" but not started (too many in flight); requests retried {self.retried}",
                f"faults: {kinds.count('kill')} kills, {kinds.count('broker')} broker restarts,"
                f" {kinds.count('postgres')} PostgreSQL restarts", *self.figures.lines(),
                f"time to drain after the last fault: {drained}",
                f"machine: {os.cpu_count()} cores, load average"
                f" {'/'.join(f'{n:.1f}' for n in self.load_average)} (1/5/15 min) at the end"]


def start_stack(home: Path) -> Stack:
    """The four services and the treasury (no console: nobody clicks here), on free ports."""
    stack = Stack(home, ports={name: embedded.free_port() for name in SERVICES},
                  treasury_options=["--return-share", "0", "--delay", "0.2"])
    stack.start_infrastructure()
    stack.define()
    stack.processes.pop("console", None)
    for process in stack.processes.values():
        process.start()
    stack.wait_healthy()
    stack.write_tokens()
    return stack


def databases(stack: Stack) -> dict[str, str]:
    return {name: embedded.database_uri(stack.server_uri, f"qorgau_{name}") for name in SERVICES}


async def run(stack: Stack, chosen: Plan, say: Callable[[str], None] = print) -> Report:
    rng = random.Random(chosen.seed)
    tokens = json.loads((stack.home / "tokens.json").read_text())
    client = Client({name: stack.processes[name].url for name in SERVICES}, tokens)
    load = Load(client, chosen.district, chosen.rate_per_s, seed=chosen.seed,
                signing_keys=stack.signing.people)
    injector, done, stop_load, stop_release = Injector(stack), [], asyncio.Event(), asyncio.Event()
    started = time.monotonic()
    flows = asyncio.create_task(load.run(stop_load))
    releases = asyncio.create_task(load.release_every(chosen.release_every_s, stop_release))
    try:
        faults = plan(chosen.kills, chosen.broker_restarts, chosen.postgres_restarts, rng)
        spacing = (chosen.seconds - chosen.warmup_s) / max(len(faults), 1)
        for number, (kind, target) in enumerate(faults):
            at = started + chosen.warmup_s + spacing * number + rng.uniform(0, spacing / 2)
            await asyncio.sleep(max(at - time.monotonic(), 0))
            done.append(await injector.inject(kind, target))
            say(done[-1].line(started))
        last = done[-1].recovered if done else time.monotonic()
        stop_load.set()
        figures, drain_s = await _drain(stack, load, flows, last, chosen.drain_timeout_s)
    finally:
        stop_load.set()
        stop_release.set()
        await asyncio.gather(flows, releases, return_exceptions=True)
        await client.close()
    return Report(figures, done, drain_s, client.retries, started, last - started,
                  load.ledger.started, load.ledger.skipped, os.getloadavg())


async def _drain(stack: Stack, load: Load, flows: "asyncio.Task[None]", last: float,
                 timeout_s: float) -> tuple[Figures, float | None]:
    """Wait for the flows in flight, then until the invariants hold; the figures at the end."""
    deadline = last + timeout_s
    await asyncio.wait([flows], timeout=max(deadline - time.monotonic(), 0))
    while True:
        figures = await check(databases(stack), load.ledger)
        if flows.done() and figures.drained:
            return figures, time.monotonic() - last
        if time.monotonic() > deadline:
            return figures, None
        await asyncio.sleep(1.0)
