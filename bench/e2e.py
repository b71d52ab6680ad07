"""End to end: a package submitted and forwarded at intake until its case is readable in
workflow (intake's relay, the broker, workflow's inbox, the case opened, its projection), at
fixed arrival rates (open-loop), stepping up until the p99 passes P99_GOAL_MS or anything is
lost. Each arrival is a front office's two requests: the receipt, then the forward.

"Readable" is the case's row in workflow's read model, which every case route reads: a watcher
queries it every WATCH_S for the applications still on their way.
"""

import asyncio
import random
import time
import uuid
from dataclasses import dataclass, field

import asyncpg

from bench.common import Figure, percentile
from bench.loadgen import Target, at_rate
from bench.system import FORWARD, System, submission

RATES = (5, 10, 20, 30, 40, 60, 80, 100, 130, 160, 200, 250, 300)  # applications per second
STEP_S, DRAIN_S, WATCH_S = 10.0, 30.0, 0.005
P99_GOAL_MS, RATE_GOAL = 250.0, 200


@dataclass
class Step:
    rate: float
    latencies: list[float] = field(default_factory=list)  # ms, due -> readable in workflow
    refused: int = 0  # a request answered otherwise than a working system answers
    lost: int = 0  # forwarded, never readable within DRAIN_S

    def p(self, q: float) -> float:
        return percentile(self.latencies, q)

    @property
    def holds(self) -> bool:
        return bool(self.latencies) and self.p(99) <= P99_GOAL_MS and not self.refused \
            and not self.lost

    def describe(self) -> str:
        return (f"rate {self.rate:g}/s: {len(self.latencies)} readable, p50 {self.p(50):.0f} ms"
                f" p99 {self.p(99):.0f} ms, {self.refused} refused, {self.lost} lost")


async def step(system: System, workflow: asyncpg.Connection, rate: float,
               seconds: float) -> Step:
    result, rng, bearer = Step(rate), random.Random(int(rate)), system.bearer()
    intake = Target(system.port("intake"), expect=201)
    on_the_way: dict[str, float] = {}  # application id -> when its submission was due
    sending = True

    async def arrival(i: int, due: float) -> None:
        answer = await intake.send("POST", "/v1/applications",
                                   {"Authorization": bearer,
                                    "Idempotency-Key": str(uuid.uuid4())}, submission(rng))
        if answer.status != 201:
            result.refused += 1
            return
        application_id = answer.json()["application_id"]
        forwarded = await intake.send("POST", f"/v1/applications/{application_id}/forward",
                                      {"Authorization": bearer,
                                       "If-Match": answer.headers["etag"]}, FORWARD)
        if forwarded.status != 200:
            result.refused += 1
            return
        on_the_way[application_id] = due

    async def watch() -> None:
        deadline: float | None = None
        while True:
            if not sending:  # every arrival is answered: wait DRAIN_S at most for the rest
                deadline = deadline or time.perf_counter() + DRAIN_S
                if not on_the_way or time.perf_counter() > deadline:
                    return
            if on_the_way:
                found = await workflow.fetch(
                    "SELECT application_id FROM wf_cases WHERE application_id = ANY($1)",
                    list(on_the_way))
                now = time.perf_counter()
                for row in found:
                    result.latencies.append((now - on_the_way.pop(row["application_id"])) * 1000)
            await asyncio.sleep(WATCH_S)

    watcher = asyncio.create_task(watch())
    try:
        await at_rate(rate, seconds, arrival)
    finally:
        sending = False
        await watcher
        await intake.close()
    result.lost = len(on_the_way)
    return result


async def measure(system: System) -> tuple[list[Figure], list[Step]]:
    workflow = await asyncpg.connect(system.database("workflow"))
    steps: list[Step] = []
    try:
        await step(system, workflow, 5, 2.0)  # warm
        for rate in RATES:
            await system.settle("intake", "workflow")
            steps.append(await step(system, workflow, rate, STEP_S))
            print(f"e2e: {steps[-1].describe()}", flush=True)
            if not steps[-1].holds:
                break
    finally:
        await workflow.close()
    held = [s for s in steps if s.holds]
    best = held[-1].rate if held else 0
    broke = next((s for s in steps if not s.holds), None)
    print(f"e2e: highest rate holding p99 <= {P99_GOAL_MS:.0f} ms with nothing lost: {best:g}/s"
          f" (goal {RATE_GOAL}/s)" + (f"; at {broke.rate:g}/s p99 {broke.p(99):.0f} ms,"
                                      f" {broke.lost} lost, {broke.refused} refused"
                                      if broke else ""), flush=True)
    return [Figure("e2e rate", f"{best:g}/s with p99 <= {P99_GOAL_MS:.0f} ms, none lost",
                   f">= {RATE_GOAL}/s", best >= RATE_GOAL)], steps


async def floor(system: System, rate: float, seconds: float) -> Step:
    """The latency an application sees when the system has nothing else to do."""
    workflow = await asyncpg.connect(system.database("workflow"))
    try:
        return await step(system, workflow, rate, seconds)
    finally:
        await workflow.close()
