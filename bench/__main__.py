"""`make bench` (or `python -m bench [name ...]`): every benchmark, each beside its raw baseline.

The store's benchmarks share one embedded PostgreSQL and broker; the idle, command path and
end-to-end benchmarks start the dev stack's processes as `qorgau dev` does (idle first, while
nothing has happened yet). Every figure is printed on a line naming its "ratio", "p99" or
"rate", summed up at the end, and the latency-vs-load charts are written to docs/.
"""

import asyncio
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from bench import append, command, e2e, idle, load, rebuild, relay, roundtrips, takeover
from bench.common import Env, Figure
from bench.svg import line_chart
from bench.system import System

STORE: dict[str, Callable[[Env], Awaitable[list[Figure]]]] = {
    "append": append.run,
    "relay": relay.run,
    "rebuild": rebuild.run,
    "load": load.run,
    "takeover": takeover.run,
}
SYSTEM = ("idle", "roundtrips", "command", "e2e")
NAMES = (*STORE, *SYSTEM)
CHARTS = Path(__file__).resolve().parent.parent / "docs"


async def run_store(names: list[str], home: Path) -> list[Figure]:
    figures: list[Figure] = []
    async with Env.start(home) as env:
        for name in names:
            figures += await STORE[name](env)
    return figures


def run_system(names: list[str], home: Path) -> list[Figure]:
    figures: list[Figure] = []
    # the readers polling every 50 ms, on a stack of their own first: the baseline of wake-ups
    before = idle.polling(home / "polling") if "idle" in names else None
    system = System.start(home / "woken")
    try:
        if "idle" in names:
            figures += idle.measure(system, before)
        if "roundtrips" in names:
            figures += roundtrips.measure(system)
        if "command" in names:
            raw_port = system.start_raw()
            found, sweep = asyncio.run(command.measure(system, raw_port))
            figures += found
            line_chart(CHARTS / "performance-command.svg",
                       "Command path: POST /v1/applications at intake",
                       "offered load (requests/s, open-loop)", "latency (ms)",
                       {"p50": list(zip(sweep["rate"], sweep["p50"], strict=True)),
                        "p99": list(zip(sweep["rate"], sweep["p99"], strict=True))},
                       goals=[(command.P99_GOAL_MS, f"p99 goal {command.P99_GOAL_MS:.0f} ms")])
        if "e2e" in names:
            found, steps = asyncio.run(e2e.measure(system))
            figures += found
            line_chart(CHARTS / "performance-e2e.svg",
                       "End to end: submitted at intake until readable in workflow",
                       "arrival rate (applications/s, open-loop)", "latency (ms)",
                       {"p50": [(s.rate, s.p(50)) for s in steps],
                        "p99": [(s.rate, s.p(99)) for s in steps]},
                       goals=[(e2e.P99_GOAL_MS, f"p99 goal {e2e.P99_GOAL_MS:.0f} ms")])
    finally:
        system.stop()
    return figures


def machine() -> str:
    """What the figures were measured on, and how busy it was with other work."""
    model = next((line.split(":", 1)[1].strip() for line in
                  Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), "unknown CPU")
    load = " ".join(f"{v:.1f}" for v in os.getloadavg())
    return f"{os.cpu_count()} cores ({model}), load average {load}"


def main(argv: list[str]) -> int:
    names = argv or list(NAMES)
    unknown = [n for n in names if n not in NAMES]
    if unknown:
        print(f"unknown benchmark {', '.join(unknown)}; choose among {', '.join(NAMES)}")
        return 2
    home = Path(tempfile.mkdtemp(prefix="qorgau-bench-"))
    print(f"machine: {machine()}", flush=True)
    figures: list[Figure] = []
    if any(n in STORE for n in names):
        figures += asyncio.run(run_store([n for n in names if n in STORE], home / "store"))
    if any(n in SYSTEM for n in names):
        figures += run_system(names, home / "system")
    print()
    print(f"machine after: {machine()}")
    print(f"{'figure':<24} {'measured':<56} {'goal':<22} verdict")
    for f in figures:
        print(f"{f.name:<24} {f.value:<56} {f.goal:<22} {'ok' if f.met else 'BELOW'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
