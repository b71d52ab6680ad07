"""Rebuild: events/s folded into a read model vs a raw scan of the same log, at a million events.

The read model counts each stream's events. Kept as rows (`eventkit.rows`), a rebuild folds it
in memory and writes it set-wise; the same model kept as SQL (one upsert per event) is measured
on a smaller log beside it, for the record.
"""


from bench.common import REGISTRY, Env, Figure, Measured, Result, Timer, fill_log, report
from contracts.envelope import Envelope
from eventkit.projections import Projection, Writes, rebuild
from eventkit.rows import Rows, Table

EVENTS = 1_000_000  # the goal: a million events rebuilt in at most GOAL_S
PER_EVENT_EVENTS = 100_000  # the per-event SQL form is slower: a smaller log is enough
PER_STREAM = 100
GOAL_S = 40.0
SCAN_BATCH = 5000
ROUNDS = 2

TOTALS = Table("bench_totals", ("stream_id", "events"), key=("stream_id",))


async def count(rows: Rows, event: Measured, envelope: Envelope) -> None:
    row = await rows.get(TOTALS, envelope.stream_id) or {"stream_id": envelope.stream_id,
                                                         "events": 0}
    row["events"] += 1
    await rows.put(TOTALS, row)


async def count_in_sql(db: Writes, event: Measured, envelope: Envelope) -> None:
    await db.execute(
        "INSERT INTO bench_totals (stream_id, events) VALUES ($1, 1)"
        " ON CONFLICT (stream_id) DO UPDATE SET events = bench_totals.events + 1",
        envelope.stream_id)


AS_ROWS = Projection("bench_totals", [TOTALS.name], REGISTRY, {Measured: count}, rows=[TOTALS])
AS_SQL = Projection("bench_totals_sql", [TOTALS.name], REGISTRY, {Measured: count_in_sql})


async def raw_scan(conn) -> int:
    """Every row of the log in global order, in batches as a rebuild reads it, and nothing else."""
    rows, after = 0, (0, 0)
    while batch := await conn.fetch(
            "SELECT * FROM events WHERE (tx_id, position) > ($1::xid8, $2)"
            " ORDER BY tx_id, position LIMIT $3", *after, SCAN_BATCH):
        rows += len(batch)
        after = (batch[-1]["tx_id"], batch[-1]["position"])
    return rows


async def measure(env: Env, events: int, projection: Projection, name: str,
                  rounds: int) -> tuple[Result, float]:
    """The raw scan and the rebuild take turns for `rounds` rounds and each keeps its best: on a
    shared machine a neighbour's burst would otherwise fall on one of them and decide the ratio."""
    pool = await env.database()
    raw_s, mine_s = float("inf"), float("inf")
    try:
        async with pool.acquire() as conn:
            await conn.execute("CREATE TABLE bench_totals (stream_id text PRIMARY KEY, events int)")
            await fill_log(conn, events, PER_STREAM, "rebuild")
            await raw_scan(conn)  # warm: both read the log from memory
        for _ in range(rounds):
            async with pool.acquire() as conn:
                with Timer() as raw:
                    assert await raw_scan(conn) == events
            with Timer() as mine:
                assert await rebuild(pool, [projection]) == events
            raw_s, mine_s = min(raw_s, raw.seconds), min(mine_s, mine.seconds)
        async with pool.acquire() as conn:
            counted = await conn.fetchval("SELECT sum(events) FROM bench_totals")
            assert counted == events, counted
    finally:
        await pool.close()
    return Result(name, events / mine_s, events / raw_s, 0.5), mine_s


async def run(env: Env) -> list[Figure]:
    rows, seconds = await measure(env, EVENTS, AS_ROWS, "rebuild", ROUNDS)
    figures = [report(rows)]
    print(f"rebuild of {EVENTS:,} events: {seconds:.1f} s, rate {rows.ours:,.0f} events/s"
          f" (goal <= {GOAL_S:.0f} s)", flush=True)
    figures.append(Figure(f"rebuild {EVENTS // 1_000_000}M", f"{seconds:.1f} s",
                          f"<= {GOAL_S:.0f} s", seconds <= GOAL_S))
    per_event, _ = await measure(env, PER_EVENT_EVENTS, AS_SQL, "rebuild per-event SQL", ROUNDS)
    report(per_event)  # for the record: what the same model costs kept as SQL
    return figures


