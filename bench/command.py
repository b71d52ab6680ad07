"""Command path: `POST /v1/applications` at intake over real HTTP (the dev stack's uvicorn, a
real token, an Idempotency-Key, a complete reg. 1 package) vs a raw FastAPI route on the same
server settings that does one INSERT of the same body.

The most each takes is measured closed-loop (CONCURRENCY clients, each sending its next request
when the last is answered); then the latency at 70 % of our most, open-loop, and a sweep of
arrival rates for the latency-vs-load chart. The generator's own ceiling is measured too.
Before each phase intake's relay and projections catch up with what the last one appended, so
no phase pays for another's background work; the closed loop lasts long enough to pay its own.
"""

import random
import uuid
from typing import Any

from bench.common import Figure
from bench.loadgen import Run, Target, ceiling
from bench.system import System, submission

CONCURRENCY, MAX_S, AT_LOAD_S, SWEEP_S = 32, 20.0, 15.0, 8.0
LOAD, RATIO_GOAL, P99_GOAL_MS = 0.7, 0.5, 50.0
SWEEP = (0.1, 0.3, 0.5, 0.7, 0.9, 1.1)  # shares of our most, for the chart


def ours(system: System):
    rng, bearer = random.Random(1), system.bearer()

    def make(i: int) -> tuple[str, str, dict[str, str], Any]:
        return ("POST", "/v1/applications",
                {"Authorization": bearer, "Idempotency-Key": str(uuid.uuid4())},
                submission(rng))
    return make


def raw() -> Any:
    rng = random.Random(1)

    def make(i: int) -> tuple[str, str, dict[str, str], Any]:
        return "POST", "/raw", {}, submission(rng)
    return make


async def measure(system: System, raw_port: int) -> tuple[list[Figure], dict[str, list]]:
    intake = Target(system.port("intake"), expect=201)
    baseline = Target(raw_port, expect=201)
    await intake.closed_loop(ours(system), 4, 3.0)  # warm: connections, caches, JIT-less paths
    await baseline.closed_loop(raw(), 4, 3.0)
    generator = await ceiling(raw(), CONCURRENCY, 5.0)
    print(f"command path: load generator ceiling rate {generator.rate:,.0f}/s against a server"
          " that does nothing", flush=True)
    await system.settle("intake")
    most = await intake.closed_loop(ours(system), CONCURRENCY, MAX_S)
    most_raw = await baseline.closed_loop(raw(), CONCURRENCY, MAX_S)
    ratio = most.rate / most_raw.rate
    print(f"command path: max rate ours {most.rate:,.0f}/s ({most.describe()}),"
          f" raw {most_raw.rate:,.0f}/s ({most_raw.describe()}), ratio {ratio:.2f}x"
          f" (goal {RATIO_GOAL}x)", flush=True)
    await system.settle("intake")
    at_load = await intake.open_loop(ours(system), LOAD * most.rate, AT_LOAD_S)
    raw_at_load = await baseline.open_loop(raw(), LOAD * most_raw.rate, AT_LOAD_S)
    print(f"command path: at {LOAD:.0%} of max ({LOAD * most.rate:,.0f}/s open-loop)"
          f" p50 {at_load.p(50):.1f} ms p99 {at_load.p(99):.1f} ms (goal p99 <= {P99_GOAL_MS:.0f}"
          f" ms); {at_load.describe()}", flush=True)
    print(f"command path: raw at {LOAD:.0%} of its max ({LOAD * most_raw.rate:,.0f}/s)"
          f" p50 {raw_at_load.p(50):.1f} ms p99 {raw_at_load.p(99):.1f} ms", flush=True)
    sweep: dict[str, list] = {"rate": [], "p50": [], "p99": [], "failed": []}
    for share in SWEEP:
        await system.settle("intake")
        run: Run = await intake.open_loop(ours(system), share * most.rate, SWEEP_S)
        print(f"command path sweep: offered {share * most.rate:,.0f}/s: {run.describe()}",
              flush=True)
        sweep["rate"].append(share * most.rate)
        sweep["p50"].append(run.p(50))
        sweep["p99"].append(run.p(99))
        sweep["failed"].append(sum(run.unexpected.values()))
    await intake.close()
    await baseline.close()
    failed = sum(at_load.unexpected.values())
    return [
        Figure("command path", f"{most.rate:,.0f}/s vs {most_raw.rate:,.0f}/s raw,"
               f" ratio {ratio:.2f}x", f">= {RATIO_GOAL}x", ratio >= RATIO_GOAL),
        Figure("command path p99 @70%", f"{at_load.p(99):.1f} ms at {LOAD * most.rate:,.0f}/s"
               + (f", {failed} failed" if failed else ""), f"<= {P99_GOAL_MS:.0f} ms",
               at_load.p(99) <= P99_GOAL_MS and not failed),
    ], sweep
