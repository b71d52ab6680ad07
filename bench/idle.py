"""Idle cost: the CPU the whole dev stack uses doing nothing (each service's relay, projections
and inbox, the treasury, PostgreSQL answering them, the broker), read from /proc over IDLE_S, and
the end-to-end latency floor: what one application waits with nothing else going on.

Both are measured twice in the same run: on a stack whose relays and projections poll every
50 ms (WAKE_ON_NOTIFY=false, how they ran before), then on the stack the other benchmarks use,
whose readers wake on PostgreSQL's notification of a commit and poll once a second as a fallback.
"""

import asyncio
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench import e2e
from bench.common import Figure
from bench.system import System, measure_cpu

SETTLE_S, IDLE_S = 15.0, 60.0
FLOOR_RATE, FLOOR_S = 2.0, 30.0
POLLING = {"WAKE_ON_NOTIFY": "false"}


@dataclass
class Idle:
    mode: str
    cpu: float  # CPU-seconds per minute, whole stack
    floor: e2e.Step


@contextmanager
def environment(values: dict[str, str]) -> Iterator[None]:
    """The stack's processes take their settings from the environment they are started in."""
    before = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def observe(system: System, mode: str) -> Idle:
    time.sleep(SETTLE_S)  # start-up work (migrations, consumer groups joining) is not idling
    used = measure_cpu(system.roots(), IDLE_S)
    total = sum(used.values())
    parts = ", ".join(f"{name} {seconds:.2f}" for name, seconds in sorted(used.items()))
    print(f"idle ({mode}): rate {total:.2f} CPU-s per minute for the whole stack ({parts})",
          flush=True)
    low = asyncio.run(e2e.floor(system, FLOOR_RATE, FLOOR_S))
    print(f"idle ({mode}): e2e latency floor at {FLOOR_RATE:g}/s p50 {low.p(50):.0f} ms"
          f" p99 {low.p(99):.0f} ms ({low.describe()})", flush=True)
    return Idle(mode, total, low)


def polling(home: Path) -> Idle:
    """The same measurements on a stack of its own whose readers poll every 50 ms."""
    with environment(POLLING):
        system = System.start(home)
    try:
        return observe(system, "polling every 50 ms")
    finally:
        system.stop()


def measure(system: System, before: Idle | None = None) -> list[Figure]:
    after = observe(system, "woken by NOTIFY")
    figures = [
        Figure("idle CPU", f"{after.cpu:.2f} CPU-s per minute, whole stack", "(baseline)", True),
        Figure("e2e floor", f"p50 {after.floor.p(50):.0f} ms, p99 {after.floor.p(99):.0f} ms at"
               f" {FLOOR_RATE:g}/s", "(baseline)",
               bool(after.floor.latencies) and not after.floor.lost),
    ]
    if before is not None:
        print(f"idle: CPU ratio woken/polling {after.cpu / before.cpu:.2f}"
              f" ({after.cpu:.2f} vs {before.cpu:.2f} CPU-s per minute)", flush=True)
        print(f"idle: e2e floor p50 ratio woken/polling"
              f" {after.floor.p(50) / before.floor.p(50):.2f}, p99 {after.floor.p(99):.0f} ms"
              f" vs {before.floor.p(99):.0f} ms", flush=True)
        figures += [
            Figure("idle CPU, polling", f"{before.cpu:.2f} CPU-s per minute: ratio"
                   f" {after.cpu / before.cpu:.2f}", "less when woken", after.cpu < before.cpu),
            Figure("e2e floor, polling", f"p50 {before.floor.p(50):.0f} ms, p99"
                   f" {before.floor.p(99):.0f} ms", "lower when woken",
                   after.floor.p(50) < before.floor.p(50)),
        ]
    return figures
