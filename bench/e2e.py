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
from itertools import pairwise

import asyncpg

from bench.common import Figure, percentile
from bench.loadgen import Target, at_rate
from bench.system import FORWARD, System, cpu_seconds, submission

RATES = (2, 5, 10, 20, 30, 40, 60, 80, 100, 130, 160, 200, 250, 300)  # applications per second
STEP_S, DRAIN_S, WATCH_S = 10.0, 30.0, 0.005
P99_GOAL_MS, RATE_GOAL = 250.0, 200
# past the goal's p99 the steps go on while the system keeps up (nothing lost, p99 under this),
# to show where its throughput ends and what each application costs in CPU there
KEEPS_UP_MS = 2000.0


# Where an application's time goes, each leg from the database's own clock (one machine):
LEGS = ("receipt", "forward", "relay, broker, inbox", "projection")


@dataclass
class Step:
    rate: float
    latencies: list[float] = field(default_factory=list)  # ms, due -> readable in workflow
    refused: int = 0  # a request answered otherwise than a working system answers
    lost: int = 0  # forwarded, never readable within DRAIN_S
    # application id -> (wall-clock time it was due, wall-clock time it was seen readable)
    times: dict[str, tuple[float, float]] = field(default_factory=dict)
    legs: dict[str, float] = field(default_factory=dict)  # leg -> median ms
    cpu_ms: dict[str, float] = field(default_factory=dict)  # process -> CPU ms per application

    def p(self, q: float) -> float:
        return percentile(self.latencies, q)

    def within(self, p99_ms: float) -> bool:
        return bool(self.latencies) and self.p(99) <= p99_ms and not self.refused \
            and not self.lost

    @property
    def holds(self) -> bool:
        return self.within(P99_GOAL_MS)

    def describe(self) -> str:
        legs = ", ".join(f"{leg} {ms:.0f}" for leg, ms in self.legs.items())
        cpu = ", ".join(f"{name} {ms:.1f}" for name, ms in sorted(self.cpu_ms.items()))
        return (f"rate {self.rate:g}/s: {len(self.latencies)} readable, p50 {self.p(50):.0f} ms"
                f" p99 {self.p(99):.0f} ms, {self.refused} refused, {self.lost} lost"
                + (f"; median ms by leg: {legs}" if legs else "")
                + (f"; CPU ms per application {sum(self.cpu_ms.values()):.1f} ({cpu})"
                   if cpu else ""))


async def step(system: System, workflow: asyncpg.Connection, rate: float,
               seconds: float) -> Step:
    result, rng, bearer = Step(rate), random.Random(int(rate)), system.bearer()
    intake = Target(system.port("intake"), expect=201)
    on_the_way: dict[str, float] = {}  # application id -> when its submission was due
    walls: dict[str, float] = {}  # the same on the wall clock, the databases' clock
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
        walls[application_id] = time.time() - (time.perf_counter() - due)

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
                    application_id = row["application_id"]
                    result.latencies.append((now - on_the_way.pop(application_id)) * 1000)
                    result.times[application_id] = (walls[application_id],
                                                    time.time() - (time.perf_counter() - now))
            await asyncio.sleep(WATCH_S)

    roots = system.roots()
    cpu_before = cpu_seconds(roots)
    watcher = asyncio.create_task(watch())
    try:
        await at_rate(rate, seconds, arrival)
    finally:
        sending = False
        await watcher
        await intake.close()
    result.lost = len(on_the_way)
    if result.latencies:
        cpu_after = cpu_seconds(roots)
        result.cpu_ms = {name: (cpu_after[name] - cpu_before.get(name, 0.0)) * 1000
                         / len(result.latencies) for name in cpu_after}
    await legs(system, workflow, result)
    return result


async def legs(system: System, workflow: asyncpg.Connection, result: Step) -> None:
    """The median of each leg over the step's applications, read from both services' logs."""
    ids = list(result.times)
    intake = await asyncpg.connect(system.database("intake"))
    try:
        rows = await intake.fetch(
            "SELECT stream_id, event_type, extract(epoch FROM recorded_at) AS at FROM events"
            " WHERE stream_id = ANY($1) AND event_type = ANY($2)",
            ids, ["intake.ApplicationAccepted", "intake.ApplicationForwarded"])
    finally:
        await intake.close()
    opened = await workflow.fetch(
        "SELECT stream_id, extract(epoch FROM recorded_at) AS at FROM events"
        " WHERE stream_id = ANY($1) AND event_type = 'workflow.CaseOpened'", ids)
    at: dict[tuple[str, str], float] = {(r["stream_id"], r["event_type"]): float(r["at"])
                                        for r in rows}
    at |= {(r["stream_id"], "workflow.CaseOpened"): float(r["at"]) for r in opened}
    spans: dict[str, list[float]] = {leg: [] for leg in LEGS}
    for application_id, (due, seen) in result.times.items():
        marks = [due, *(at.get((application_id, kind)) for kind in (
            "intake.ApplicationAccepted", "intake.ApplicationForwarded", "workflow.CaseOpened")),
            seen]
        if None in marks:
            continue
        for leg, (start, end) in zip(LEGS, pairwise(marks), strict=True):
            spans[leg].append((end - start) * 1000)
    result.legs = {leg: percentile(values, 50) for leg, values in spans.items()}


async def measure(system: System) -> tuple[list[Figure], list[Step]]:
    workflow = await asyncpg.connect(system.database("workflow"))
    steps: list[Step] = []
    try:
        await step(system, workflow, 5, 2.0)  # warm
        for rate in RATES:
            await system.settle("intake", "workflow")
            steps.append(await step(system, workflow, rate, STEP_S))
            print(f"e2e: {steps[-1].describe()}", flush=True)
            if not steps[-1].within(KEEPS_UP_MS):
                break
    finally:
        await workflow.close()
    held = [s for s in steps if s.holds]
    best = held[-1].rate if held else 0
    broke = next((s for s in steps if not s.holds), None)
    kept = [s for s in steps if s.within(KEEPS_UP_MS)]
    if kept:
        print(f"e2e: highest rate keeping up (nothing lost, p99 <= {KEEPS_UP_MS:.0f} ms):"
              f" {kept[-1].rate:g}/s, p99 {kept[-1].p(99):.0f} ms", flush=True)
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
