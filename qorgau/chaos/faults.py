"""Faults injected into a running `Stack`: a process killed without warning and started again, the
broker killed and started empty on its port, PostgreSQL stopped and started on its data folder.
Each returns when the part is back (a service answers `/health/live`), timed."""

import asyncio
import os
import random
import signal
import time
from dataclasses import dataclass

import httpx

from qorgau import embedded
from qorgau.devstack import SERVICES, Stack

KILLED = (*SERVICES, "treasury")  # the processes a kill picks from


@dataclass(frozen=True)
class Fault:
    kind: str  # kill, broker, postgres
    target: str
    started: float  # time.monotonic()
    recovered: float

    def line(self, since: float) -> str:
        what = f"kill -9 {self.target}" if self.kind == "kill" else f"restart {self.kind}"
        return (f"{self.started - since:7.1f} s  {what:<22} back after"
                f" {self.recovered - self.started:4.1f} s")


def plan(kills: int, broker_restarts: int, postgres_restarts: int,
         rng: random.Random) -> list[tuple[str, str]]:
    """(kind, target) in a random order; kills go round every process before one comes twice
    (the restarts are put among them, not shuffled with them: that would break the rounds)."""
    targets: list[str] = []
    while len(targets) < kills:
        targets += rng.sample(KILLED, len(KILLED))
    faults = [("kill", t) for t in targets[:kills]]
    for restart in rng.sample([("broker", "tansu")] * broker_restarts
                              + [("postgres", "postgresql")] * postgres_restarts,
                              broker_restarts + postgres_restarts):
        faults.insert(rng.randint(0, len(faults)), restart)
    return faults


class Injector:
    def __init__(self, stack: Stack, down_s: float = 1.0) -> None:
        if stack.broker is None or os.environ.get("POSTGRES_URL"):
            raise ValueError("the broker and PostgreSQL must be the stack's own, to restart them")
        self.stack, self.down_s = stack, down_s

    async def inject(self, kind: str, target: str) -> Fault:
        started = time.monotonic()
        if kind == "kill":
            await self.kill(target)
        elif kind == "broker":
            await self.restart_broker()
        elif kind == "postgres":
            await self.restart_postgres()
        else:
            raise ValueError(f"no fault {kind!r}")
        return Fault(kind, target, started, time.monotonic())

    async def kill(self, name: str) -> None:
        process = self.stack.processes[name]
        await asyncio.to_thread(process.kill)  # SIGKILL: no shutdown, no goodbye to the group
        await asyncio.to_thread(process.start)
        if process.port is not None:
            await self._live(process.url)

    def pause(self, name: str) -> None:
        """Freeze a process (SIGSTOP): a consumer that lags, with its positions in memory."""
        self._signal(name, signal.SIGSTOP)

    def resume(self, name: str) -> None:
        self._signal(name, signal.SIGCONT)

    def _signal(self, name: str, number: signal.Signals) -> None:
        popen = self.stack.processes[name].popen
        if popen is None or popen.poll() is not None:
            raise RuntimeError(f"{name} is not running")
        os.kill(popen.pid, number)

    async def restart_broker(self) -> None:
        broker = self.stack.broker
        assert broker is not None
        broker.process.kill()  # everything it held is gone: it keeps it in memory only
        await asyncio.to_thread(broker.process.wait)
        await asyncio.sleep(self.down_s)
        self.stack.broker = await asyncio.to_thread(
            embedded.start_tansu, broker.port, self.stack.home / "logs" / "tansu.log")

    async def restart_postgres(self) -> None:
        data = self.stack.home / "pgdata"
        await asyncio.to_thread(embedded.stop_postgres, data)
        await asyncio.sleep(self.down_s)
        uri = await asyncio.to_thread(embedded.start_postgres, data)
        if uri != self.stack.server_uri:
            raise RuntimeError("PostgreSQL came back at another address than the services use")

    async def _live(self, url: str, timeout_s: float = 90.0) -> None:
        deadline = time.monotonic() + timeout_s
        async with httpx.AsyncClient(timeout=2.0) as http:
            while time.monotonic() < deadline:
                try:
                    if (await http.get(f"{url}/health/live")).status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.2)
        raise TimeoutError(f"{url} did not come back in {timeout_s:.0f} s")
