"""Idle cost: the CPU the whole dev stack uses doing nothing (each service's relay, projections
and inbox poll, the treasury, PostgreSQL answering them, the broker), read from /proc over
IDLE_S, and the end-to-end latency floor: what one application waits with nothing else going on.
"""

import asyncio
import time

from bench import e2e
from bench.common import Figure
from bench.system import System, measure_cpu

SETTLE_S, IDLE_S = 15.0, 60.0
FLOOR_RATE, FLOOR_S = 2.0, 15.0


def measure(system: System) -> list[Figure]:
    time.sleep(SETTLE_S)  # start-up work (migrations, consumer groups joining) is not idling
    used = measure_cpu(system.roots(), IDLE_S)
    total = sum(used.values())
    parts = ", ".join(f"{name} {seconds:.2f}" for name, seconds in sorted(used.items()))
    print(f"idle: rate {total:.2f} CPU-s per minute for the whole stack ({parts})", flush=True)
    low = asyncio.run(e2e.floor(system, FLOOR_RATE, FLOOR_S))
    print(f"idle: e2e latency floor at {FLOOR_RATE:g}/s p50 {low.p(50):.0f} ms"
          f" p99 {low.p(99):.0f} ms ({low.describe()})", flush=True)
    return [
        Figure("idle CPU", f"{total:.2f} CPU-s per minute, whole stack", "(baseline)", True),
        Figure("e2e floor", f"p50 {low.p(50):.0f} ms, p99 {low.p(99):.0f} ms at"
               f" {FLOOR_RATE:g}/s", "(baseline)", bool(low.latencies) and not low.lost),
    ]
