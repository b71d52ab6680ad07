"""Loading a case: the same cost with 10 thousand and with a million events in the log.

A command loads its stream once (`store.load`), so what it costs must not grow with the log:
the (stream_id, stream_version) key answers it, which the plan is checked to use. Cases of a
typical length advance side by side (a case's events are spread over the log, as in life); the
log is grown a hundredfold and the same measured again, two ways:

- the cases at work: a set of HOT open cases loaded over and over, as the offices work on them
  while the closed ones only add history. This is the goal's figure.
- any case at random, over the whole log: what a cache smaller than the log costs (recorded,
  with the buffers PostgreSQL found in its cache and had to read in).
"""

import json
import random

from bench.common import Env, Figure, Timer, fill_log, percentile
from eventkit import store

SMALL, LARGE = 10_000, 1_000_000
PER_CASE = 12  # events in a case's stream: a regulation's steps, decisions and notices
LOADS, ROUNDS = 1000, 5
HOT = 500  # open cases being worked on
GOAL = 0.10  # the larger log costs the same, within this much either way
INDEX = "events_stream_id_stream_version_key"


async def plan(conn, stream: str) -> tuple[str, int, int]:
    """The index `store.load`'s plan reads through (empty: a table scan) and the buffers one
    load of `stream` found in PostgreSQL's cache and had to read in."""
    explained = await conn.fetchval(
        "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT * FROM events WHERE stream_id = $1"
        " ORDER BY stream_version", stream)
    top = json.loads(explained)[0]["Plan"]
    found: list[str] = []

    def walk(node: dict) -> None:
        if "Index Name" in node:
            found.append(node["Index Name"])
        for child in node.get("Plans", []):
            walk(child)

    walk(top)
    return ",".join(found), top.get("Shared Hit Blocks", 0), top.get("Shared Read Blocks", 0)


async def p50(conn, cases: list[str], rng: random.Random) -> float:
    """The median milliseconds of LOADS loads of cases drawn from `cases`."""
    took = []
    for _ in range(LOADS):
        stream = rng.choice(cases)
        with Timer() as t:
            assert len(await store.load(conn, stream)) == PER_CASE
        took.append(t.seconds * 1000)
    return percentile(took, 50)


async def compare(small, large, cases: tuple[list[str], list[str]]) -> tuple[float, float, float]:
    """(small p50, large p50, ratio): the two logs take turns for ROUNDS rounds after a warm-up,
    so that a neighbour's burst on this shared machine falls on both; the median of the rounds'
    ratios is the figure."""
    rng = random.Random(7)
    ratios, pairs = [], []
    for round_ in range(ROUNDS + 1):
        pair = (await p50(small, cases[0], rng), await p50(large, cases[1], rng))
        if round_:
            ratios.append(pair[1] / pair[0])
            pairs.append(pair)
    middle = sorted(range(ROUNDS), key=lambda r: ratios[r])[ROUNDS // 2]
    return (*pairs[middle], ratios[middle])


def case_ids(events: int) -> list[str]:
    return [f"case-{k}" for k in range(events // PER_CASE)]


async def run(env: Env) -> list[Figure]:
    small_pool, large_pool = await env.database(), await env.database()
    hot = random.Random(11).sample(case_ids(SMALL), HOT)  # at work in both logs
    try:
        async with small_pool.acquire() as small, large_pool.acquire() as large:
            await fill_log(small, SMALL, PER_CASE, "case", interleave=True)
            await fill_log(large, SMALL, PER_CASE, "case", interleave=True)
            await fill_log(large, LARGE - SMALL, PER_CASE, "case", first=SMALL, interleave=True)
            at_work = await compare(small, large, (hot, hot))
            anyone = await compare(small, large, (case_ids(SMALL), case_ids(LARGE)))
            plans = (await plan(small, hot[0]), await plan(large, case_ids(LARGE)[-1]))
    finally:
        await small_pool.close()
        await large_pool.close()
    for what, (a, b, ratio) in (("cases at work", at_work), ("any case", anyone)):
        print(f"load a case ({what}): {SMALL:,} events p50 {a:.3f} ms, {LARGE:,} events p50"
              f" {b:.3f} ms, ratio {ratio:.2f}x", flush=True)
    for events, (index, hit, read) in zip((SMALL, LARGE), plans, strict=True):
        print(f"load a case, {events:,} events: index {index or 'none (a table scan)'},"
              f" buffers {hit} cached + {read} read for a case not loaded before", flush=True)
    used = plans[0][0] == plans[1][0] == INDEX
    print(f"load a case: 1M vs 10k events ratio {at_work[2]:.2f}x for the {HOT} cases at work"
          f" (goal within {GOAL:.0%}); index used: {used}", flush=True)
    return [
        Figure("load a case", f"{at_work[2]:.2f}x at 1M vs 10k events"
               + ("" if used else f", plan: {plans[1][0] or 'scan'}"),
               f"{1 - GOAL:.2f}x to {1 + GOAL:.2f}x",
               abs(at_work[2] - 1) <= GOAL and used),
        Figure("load any case", f"{anyone[2]:.2f}x at 1M vs 10k events", "(recorded)", True),
    ]
