"""The dev stack as the HTTP benchmarks run it: every service its own uvicorn process on a free
port (as `qorgau dev`), demo tokens, the raw baseline's server, and CPU read from /proc."""

import asyncio
import json
import os
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg

from eventkit.db import ensure_database
from qorgau import embedded
from qorgau.devstack import SERVICES, Process, Stack
from qorgau.scenarios.system import FULL_PACKAGE, SEMEY_PERIODS, department_ref, new_applicant

DISTRICT = "ile"
FRONT_OFFICE = f"gfc-{DISTRICT}/gfc-{DISTRICT}-operator"
TICK = os.sysconf("SC_CLK_TCK")


def submission(rng: random.Random) -> dict[str, Any]:
    """A complete reg. 1 package at the district's front office: it gets a receipt."""
    return {"regulation_id": 1, "sub_service": "first_registration",
            "applicant": new_applicant(rng), "documents": FULL_PACKAGE,
            "facts": {"periods": SEMEY_PERIODS}}


FORWARD = {"provider": department_ref(DISTRICT)}


@dataclass
class System:
    stack: Stack
    tokens: dict[str, str]
    raw: Process | None = None
    extra: list[Process] = field(default_factory=list)

    @classmethod
    def start(cls, home: Path) -> "System":
        stack = Stack(home, ports={name: embedded.free_port() for name in SERVICES})
        stack.start()
        tokens = json.loads(stack.write_tokens().read_text())
        return cls(stack, tokens)

    def port(self, service: str) -> int:
        port = self.stack.processes[service].port
        assert port is not None
        return port

    def bearer(self, who: str = FRONT_OFFICE) -> str:
        return f"Bearer {self.tokens[who]}"

    def database(self, service: str) -> str:
        return embedded.database_uri(self.stack.server_uri, f"qorgau_{service}")

    def start_raw(self) -> int:
        """The raw baseline's FastAPI app, on the uvicorn command line the services run with."""
        asyncio.run(ensure_database(self.stack.server_uri, "qorgau_raw"))
        port = embedded.free_port()
        env = {**self.stack.service_env("intake"), "SERVICE_NAME": "raw",
               "DATABASE_URL": embedded.database_uri(self.stack.server_uri, "qorgau_raw"),
               "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
        intake = self.stack.processes["intake"].command
        command = [*intake[:intake.index("--factory") + 1], "bench.rawapp:create_app",
                   *intake[intake.index("--factory") + 2:]]
        command[command.index("--port") + 1] = str(port)
        self.raw = Process("raw", command, env, self.stack.home / "logs" / "raw.log", port)
        self.raw.start()
        embedded.wait_for_port(port)
        return port

    async def settle(self, *services: str, timeout: float = 120.0) -> None:
        """Wait until every reader of each service's log (its relay, its projections) has
        reached the log's head: work a burst left behind must not run into the next figure."""
        deadline = time.monotonic() + timeout
        for service in services:
            conn = await asyncpg.connect(self.database(service))
            try:
                while await conn.fetchval(
                        "SELECT count(*) FROM checkpoints WHERE (tx_id, position) <"
                        " (SELECT tx_id, position FROM events ORDER BY tx_id DESC,"
                        " position DESC LIMIT 1)"):
                    if time.monotonic() > deadline:
                        raise TimeoutError(f"{service}'s readers did not catch up")
                    await asyncio.sleep(0.1)
            finally:
                await conn.close()

    def stop(self) -> None:
        if self.raw is not None:
            self.raw.stop()
        self.stack.stop()
        if not os.environ.get("POSTGRES_URL"):  # the embedded cluster is the bench's own
            embedded.stop_postgres(self.stack.home / "pgdata")

    # --- CPU from /proc ------------------------------------------------------------------------

    def roots(self) -> dict[str, int]:
        """The stack's processes by name: the services, the treasury, PostgreSQL, the broker."""
        found = {name: p.popen.pid for name, p in self.stack.processes.items()
                 if p.popen is not None}
        postmaster = self.stack.home / "pgdata" / "postmaster.pid"
        if postmaster.exists():
            found["postgres"] = int(postmaster.read_text().split()[0])
        if self.stack.broker is not None:
            found["broker"] = self.stack.broker.process.pid
        return found


def _stat(pid: int) -> tuple[int, int] | None:
    """(parent pid, CPU ticks of the process and of its children it has waited for)."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2:].split()  # after the command, which may hold spaces
    # fields[1] is ppid; utime, stime, cutime, cstime are fields 14-17 of the whole line
    return int(fields[1]), sum(int(v) for v in fields[11:15])


def cpu_seconds(roots: dict[str, int]) -> dict[str, float]:
    """CPU seconds used so far by each root and every process under it (PostgreSQL's
    backends under the postmaster); exited children are in their parent's waited-for time."""
    stats = {int(p): s for p in os.listdir("/proc") if p.isdigit() and (s := _stat(int(p)))}
    children: dict[int, list[int]] = {}
    for pid, (parent, _) in stats.items():
        children.setdefault(parent, []).append(pid)
    used = {}
    for name, root in roots.items():
        ticks, todo = 0, [root]
        while todo:
            pid = todo.pop()
            if pid in stats:
                ticks += stats[pid][1]
                todo += children.get(pid, [])
        used[name] = ticks / TICK
    return used


def measure_cpu(roots: dict[str, int], seconds: float) -> dict[str, float]:
    """CPU seconds per minute of each root over `seconds` of wall time."""
    before = cpu_seconds(roots)
    time.sleep(seconds)
    after = cpu_seconds(roots)
    return {name: (after[name] - before.get(name, 0.0)) * 60 / seconds for name in after}
