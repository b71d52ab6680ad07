"""`make bench`: append, relay and rebuild, each against its raw baseline, on the embedded stack."""

import asyncio
import tempfile
from pathlib import Path

from bench import append, rebuild, relay
from bench.common import Env


async def main() -> None:
    async with Env.start(Path(tempfile.mkdtemp(prefix="qorgau-bench-"))) as env:
        results = [await append.run(env), await relay.run(env), await rebuild.run(env)]
    print()
    print(f"{'benchmark':<10} {'qorgau/s':>12} {'baseline/s':>12} {'ratio':>7} {'goal':>6}")
    for r in results:
        verdict = "ok" if r.ratio >= r.goal else "BELOW"
        print(f"{r.name:<10} {r.ours:>12,.0f} {r.baseline:>12,.0f} {r.ratio:>6.2f}x"
              f" {r.goal:>5.1f}x {verdict}")


if __name__ == "__main__":
    asyncio.run(main())
