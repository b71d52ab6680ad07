"""`qorgau status`: every service at a glance, as an operator asks "do events flow, are cases
late?" — up and ready, the relay's lag, the consumer's lag, dead letters waiting, projections
behind, overdue steps.

The figures come from where they live: each service's own database (the same queries as its
`/metrics`), the broker (the consumer group's committed offsets against the partitions' ends)
and, where its address is known, the service's health endpoints. So a service that is down
still shows what its database and the broker say of it.
"""

import asyncio
import importlib
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from rich.console import Console
from rich.table import Table
from rich.text import Text

from eventkit import health, kafka
from eventkit.clock import system_clock
from eventkit.metrics import Collector
from qorgau.services import NAMES

TIMEOUT_S = 3.0


@dataclass(frozen=True)
class Target:
    """Where one service is found; any of these may be unknown."""

    name: str
    database_url: str | None = None
    url: str | None = None


@dataclass
class Status:
    name: str
    live: str = "?"
    ready: str = "?"
    relay: str = "?"
    consumer: str = "?"
    dead_letters: str = "?"
    projections: str = "?"
    overdue: str = "-"
    problems: list[str] = field(default_factory=list)


def targets_of_home(home: Path) -> tuple[list[Target], str]:
    """The dev stack's services and broker, as `qorgau dev` wrote them in its home."""
    described = home / "stack.json"
    if not described.exists():
        raise FileNotFoundError(f"{described} not found: is `qorgau dev --home {home}` running?")
    stack = json.loads(described.read_text())
    return ([Target(name, s.get("database_url"), s.get("url"))
             for name, s in stack["services"].items()], stack["bootstrap"])


def collectors(name: str) -> Sequence[Collector]:
    """The gauges the service declares (its app module's METRICS), for the overdue figure;
    none for a service this system does not know."""
    if name not in NAMES:
        return ()
    found: Sequence[Collector] = getattr(importlib.import_module(f"services.{name}.app"),
                                         "METRICS", ())
    return found


async def probe(target: Target, status: Status, client: httpx.AsyncClient) -> None:
    if target.url is None:
        status.live = status.ready = "-"
        return
    try:
        live = await client.get(f"{target.url}/health/live")
        status.live = "up" if live.status_code == 200 else f"HTTP {live.status_code}"
        ready = await client.get(f"{target.url}/health/ready")
    except httpx.HTTPError:
        status.live, status.ready = "down", "-"
        return
    if ready.status_code == 200:
        status.ready = "ready"
    else:
        status.ready = "not ready"
        status.problems.append(ready.json().get("detail", f"HTTP {ready.status_code}"))


async def read_database(target: Target, status: Status) -> None:
    if target.database_url is None:
        status.relay = status.dead_letters = status.projections = "-"
        return
    try:
        conn = await asyncio.wait_for(asyncpg.connect(target.database_url), TIMEOUT_S)
    except (OSError, asyncpg.PostgresError, TimeoutError) as error:
        status.relay = status.dead_letters = status.projections = "unreachable"
        status.problems.append(f"database: {type(error).__name__}")
        return
    try:
        names = [r["name"] for r in await conn.fetch(
            "SELECT name FROM checkpoints WHERE name LIKE 'projection:%' ORDER BY name")]
        lags = await health.reader_lags(conn, ["relay", *names])
        waiting = sum((await health.dead_letters_waiting(conn)).values())
        overdue = await overdue_of(conn, collectors(target.name))
    finally:
        await conn.close()
    status.relay = describe_lag(lags["relay"])
    behind = [lag for name, lag in lags.items() if name != "relay" and lag.events]
    status.projections = (f"{len(behind)} of {len(names)}" + (
        f" (up to {max(lag.events for lag in behind)} ev)" if behind else ""))
    status.dead_letters = str(waiting)
    status.overdue = "-" if overdue is None else str(int(overdue))


async def overdue_of(conn: asyncpg.Connection, declared: Sequence[Collector]) -> float | None:
    """The sum of the service's `*_overdue` gauges; None when it keeps none."""
    total, found = 0.0, False
    now = system_clock()
    for collector in declared:
        for family in await collector.collect(conn, now):
            if family.name.endswith("_overdue"):
                found = True
                total += sum(sample.value for sample in family.samples)
    return total if found else None


async def read_broker(bootstrap: str | None, status: Status) -> None:
    if not bootstrap:
        status.consumer = "-"
        return
    try:
        lag = await asyncio.wait_for(kafka.group_lag(bootstrap, status.name), TIMEOUT_S * 2)
    except Exception as error:  # the broker is away or refuses: say so, do not fail the table
        status.consumer = "unreachable"
        status.problems.append(f"broker: {type(error).__name__}")
        return
    behind = sum(lag.values())
    status.consumer = str(behind) if lag else "no offsets"


def describe_lag(lag: health.Lag) -> str:
    return "0" if lag.events == 0 else f"{lag.events} ev / {lag.seconds:.0f} s"


async def gather(targets: Sequence[Target], bootstrap: str | None) -> list[Status]:
    statuses = [Status(target.name) for target in targets]
    async with httpx.AsyncClient(timeout=TIMEOUT_S) as client:
        await asyncio.gather(*(part for target, status in zip(targets, statuses, strict=True)
                               for part in (probe(target, status, client),
                                            read_database(target, status),
                                            read_broker(bootstrap, status))))
    return statuses


GOOD = {"up", "ready", "0", "-"}


def table(statuses: Sequence[Status]) -> Table:
    view = Table(title="Qorgau", title_justify="left")
    for heading in ("service", "up", "ready", "relay lag", "consumer lag", "dead letters",
                    "projections behind", "overdue"):
        view.add_column(heading, justify="left" if heading == "service" else "right")
    for s in statuses:
        cells = [s.live, s.ready, s.relay, s.consumer, s.dead_letters, s.projections]
        view.add_row(s.name, *(_coloured(c) for c in cells), _coloured(s.overdue, warn=True))
    return view


def _coloured(value: str, warn: bool = False) -> Text:
    good = value in GOOD or value.startswith("0 of ")
    return Text(value, style="green" if good else ("yellow" if warn else "red"))


def problems(statuses: Sequence[Status]) -> list[str]:
    return [f"{s.name}: {problem}" for s in statuses for problem in s.problems]


def parse_pairs(values: Sequence[str] | None, what: str) -> Mapping[str, str]:
    """`name=value` options, each name a service."""
    pairs: dict[str, str] = {}
    for value in values or ():
        name, sep, rest = value.partition("=")
        if not sep or name not in NAMES:
            raise ValueError(f"{what} takes SERVICE=VALUE with SERVICE one of {', '.join(NAMES)}")
        pairs[name] = rest
    return pairs


def targets_of(databases: Mapping[str, str], urls: Mapping[str, str]) -> list[Target]:
    named = [name for name in NAMES if name in databases or name in urls]
    return [Target(name, databases.get(name), urls.get(name)) for name in named]


def describe(statuses: Sequence[Status]) -> dict[str, Any]:
    """The same figures as data (`--json`)."""
    return {s.name: {k: v for k, v in vars(s).items() if k != "name"} for s in statuses}


def run(console: Console, home: Path, database_urls: Sequence[str] | None,
        urls: Sequence[str] | None, bootstrap: str | None, as_json: bool = False) -> int:
    """Print the table (or JSON); 0 when every service is up, ready and has nothing waiting."""
    databases, addresses = parse_pairs(database_urls, "--database-url"), parse_pairs(urls, "--url")
    if databases or addresses:
        targets = targets_of(databases, addresses)
        bootstrap = bootstrap or os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    else:
        targets, found = targets_of_home(home)
        bootstrap = bootstrap or found
    statuses = asyncio.run(gather(targets, bootstrap))
    if as_json:
        console.print_json(json.dumps(describe(statuses)))
    else:
        console.print(table(statuses))
        for line in problems(statuses):
            console.print(f"  {line}", markup=False, soft_wrap=True)
    healthy = all(s.live in ("up", "-") and s.ready in ("ready", "-") and not s.problems
                  and s.dead_letters in ("0", "-") for s in statuses)
    return 0 if healthy else 1
