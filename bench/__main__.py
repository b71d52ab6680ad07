"""`make bench` (or `python -m bench [name ...]`): every benchmark, each beside its raw baseline.

The store's benchmarks share one embedded PostgreSQL and broker; the command path, end-to-end
and idle benchmarks start the dev stack's processes as `qorgau dev` does. Every figure is
printed on a line naming its "ratio", "p99" or "rate", and summed up at the end.
"""

import asyncio
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from bench import append, load, rebuild, relay
from bench.common import Env, Figure

STORE: dict[str, Callable[[Env], Awaitable[list[Figure]]]] = {
    "append": append.run,
    "relay": relay.run,
    "rebuild": rebuild.run,
    "load": load.run,
}
NAMES = tuple(STORE)


async def run_store(names: list[str], home: Path) -> list[Figure]:
    figures: list[Figure] = []
    async with Env.start(home) as env:
        for name in names:
            figures += await STORE[name](env)
    return figures


def main(argv: list[str]) -> int:
    names = argv or list(NAMES)
    unknown = [n for n in names if n not in NAMES]
    if unknown:
        print(f"unknown benchmark {', '.join(unknown)}; choose among {', '.join(NAMES)}")
        return 2
    home = Path(tempfile.mkdtemp(prefix="qorgau-bench-"))
    figures = asyncio.run(run_store([n for n in names if n in STORE], home / "store"))
    print()
    print(f"{'figure':<26} {'measured':<52} {'goal':<40} verdict")
    for f in figures:
        print(f"{f.name:<26} {f.value:<52} {f.goal:<40} {'ok' if f.met else 'BELOW'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
