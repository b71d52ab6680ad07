"""Round trips to PostgreSQL per `POST /v1/applications`, counted in PostgreSQL's own statement
log: an intake of its own (the dev stack's command line, its background loops off, so only
requests talk to the database) whose sessions log every statement they execute. WARM submissions
first (each pooled connection prepares its statements once, a round trip of its own that steady
state does not pay), then COUNTED ones one after another. The raw route's are two: its INSERT and
the pool's reset when the connection goes back."""

import random
import re
import uuid
from collections import Counter
from pathlib import Path

import httpx

from bench.common import Figure
from bench.system import System, submission
from qorgau import embedded
from qorgau.devstack import Process

WARM, COUNTED = 30, 20
RAW = 2
STATEMENT = re.compile(r"LOG:\s+(?:statement|execute [^:]*): (.*)")


def _statements(log: Path, offset: int) -> list[str]:
    """The statements logged after `offset`, each with its continuation lines (tab-indented)."""
    with log.open("rb") as text:
        text.seek(offset)
        lines = text.read().decode(errors="replace").splitlines()
    found: list[str] = []
    for line in lines:
        if m := STATEMENT.search(line):
            found.append(m.group(1))
        elif line.startswith("\t") and found:
            found[-1] += " " + line.strip()
    return [" ".join(statement.split()) for statement in found]


def measure(system: System) -> list[Figure]:
    port = embedded.free_port()
    database = system.database("intake")
    logged = database + ("&" if "?" in database else "?") + "log_statement=all"
    env = {**system.stack.service_env("intake"), "DATABASE_URL": logged,
           "RUN_BACKGROUND": "false"}
    command = list(system.stack.processes["intake"].command)
    command[command.index("--port") + 1] = str(port)
    counted = Process("intake-counted", command, env,
                      system.stack.home / "logs" / "intake-counted.log", port)
    counted.start()
    log = system.stack.home / "pgdata" / "log"
    rng = random.Random(3)
    try:
        embedded.wait_for_port(port)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            def submit() -> None:
                answer = http.post("/v1/applications", json=submission(rng), headers={
                    "Authorization": system.bearer(), "Idempotency-Key": str(uuid.uuid4())})
                answer.raise_for_status()

            for _ in range(WARM):
                submit()
            offset = log.stat().st_size
            for _ in range(COUNTED):
                submit()
        statements = _statements(log, offset)
    finally:
        counted.stop()
    per_post = len(statements) / COUNTED
    kinds = Counter(" ".join(s.split()[:5])[:70] for s in statements)
    print(f"command path: {per_post:.1f} round trips per POST (PostgreSQL's statement log,"
          f" {COUNTED} submissions), raw route {RAW}: ratio {RAW / per_post:.2f}", flush=True)
    for kind, n in kinds.most_common():
        print(f"command path: statement {n / COUNTED:.1f} per POST: {kind}", flush=True)
    return [Figure("command path round trips", f"{per_post:.1f} per POST vs {RAW} raw",
                   "(recorded)", True)]
