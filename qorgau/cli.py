"""`qorgau`: run the stack, rebuild read models, issue tokens."""

import asyncio
import os
import signal
import warnings
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn

from eventkit.projections import rebuild as replay
from qorgau import calendar_year, due_table, embedded, tokens
from qorgau.devstack import Stack
from qorgau.services import NAMES, SERVICES

app = typer.Typer(help="Qorgau: social-protection state services of Almaty oblast.",
                  no_args_is_help=True)
app.add_typer(tokens.app, name="tokens", help="Keys and bearer tokens for development.")
app.add_typer(calendar_year.app, name="calendar", help="Official working-time calendar years.")
app.add_typer(due_table.app, name="dues", help="Due times of one case per regulation and channel.")
console = Console()

HomeOption = Annotated[Path, typer.Option("--home", help="where the dev stack keeps its state")]


@app.command()
def dev(home: HomeOption = Path(".qorgau"), demo: bool = typer.Option(False, help="run the demo"),
        traces: Annotated[bool, typer.Option(help="print each service's spans (JSON lines) to"
                                             " <home>/logs/<service>.spans.jsonl")] = False):
    """Start PostgreSQL, the broker, the four services and the treasury; Ctrl-C stops it all."""
    stack = Stack(home.resolve(), traces=traces)
    console.print("[bold]Starting Qorgau[/] (embedded PostgreSQL + Tansu unless told otherwise)")
    try:
        stack.start()
        print_addresses(stack, stack.write_tokens())
        if demo:
            # imported here: the production image has no demo, and the CLI must import without it
            from qorgau.demo.run import run_demo

            run_demo(stack, console)
        console.print("[green]All healthy.[/] Ctrl-C stops everything.")
        wait_for_stop_signal()
    except KeyboardInterrupt:
        pass
    finally:
        console.print("Stopping…")
        stack.stop()


def print_addresses(stack: Stack, token_file: Path) -> None:
    lines = [f"  {name:<9} {p.url}  (API docs: {p.url}/docs)  log: {p.log_path}"
             for name, p in stack.processes.items() if name in SERVICES]
    console_process = stack.processes["console"]
    lines += [
        f"  console   {console_process.url}  sign in as any demo person there"
        f"  log: {console_process.log_path}",
        f"  treasury  simulator on the broker {stack.bootstrap}"
        f"  log: {stack.processes['treasury'].log_path}",
        f"  PostgreSQL {stack.server_uri}",
        "Every service answers /health/live, /health/ready and /metrics;"
        f" `qorgau status --home {stack.home}` sums them up",
        f"Tokens for every demo organisation and person: {token_file}",
        "  e.g. TOKEN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))"
        f"[\"gfc-talgar/gfc-talgar-operator\"])' {token_file})",
    ]
    for line in lines:
        console.print(line, markup=False, soft_wrap=True)


def wait_for_stop_signal() -> None:
    stop_signals = {signal.SIGINT, signal.SIGTERM}
    signal.pthread_sigmask(signal.SIG_BLOCK, stop_signals)
    signal.sigwait(stop_signals)


@app.command("demo")
def demo_command(home: HomeOption = Path(".qorgau")):
    """Start the stack, drive a handful of applications through it, keep it running."""
    dev(home=home, demo=True)


@app.command()
def rebuild(service: Annotated[str, typer.Argument(help=f"one of {', '.join(NAMES)}")]):
    """Drop a service's read models and replay its event log into them.

    Uses the service's own settings (DATABASE_URL...); its loops do not run meanwhile.
    """
    service_app = _service_app(service)

    async def run() -> int:
        async with service_app.router.lifespan_context(service_app):
            pool, spec = service_app.state.pool, service_app.state.runtime.spec
            async with pool.acquire() as conn:
                total = await conn.fetchval("SELECT count(*) FROM events")
            with Progress(SpinnerColumn(), TextColumn("{task.description}"),
                          *Progress.get_default_columns()[1:], console=console) as progress:
                task = progress.add_task(f"rebuilding {service}", total=total)
                return await replay(pool, spec.projections,
                                    progress=lambda n: progress.advance(task, n))

    count = asyncio.run(run())
    console.print(f"replayed {count} events into the read models of {service}")


@app.command("verify-log")
def verify_log(service: Annotated[str, typer.Argument(help=f"one of {', '.join(NAMES)}")]):
    """Check every event of a service's log against the key set it trusts (KEY_SET_FILE): the
    producer's signature of each, and the signatures an event carries (a decision's head).

    Names the first bad event, counts them all, and exits 1 when there is one. Uses the
    service's own settings (DATABASE_URL, KEY_SET_FILE...); it only reads.
    """
    from eventkit.logcheck import check_log

    service_app = _service_app(service)

    async def run() -> Any:
        async with service_app.router.lifespan_context(service_app):
            pool, spec = service_app.state.pool, service_app.state.runtime.spec
            async with pool.acquire() as conn:
                total = await conn.fetchval("SELECT count(*) FROM events")
                with Progress(SpinnerColumn(), TextColumn("{task.description}"),
                              *Progress.get_default_columns()[1:], console=console) as progress:
                    task = progress.add_task(f"verifying {service}", total=total)
                    return await check_log(conn, service_app.state.keys, spec.registry,
                                           progress=lambda n: progress.advance(task, n))

    checked = asyncio.run(run())
    if checked.first is not None:
        console.print(f"first bad event: {checked.first.describe()}", markup=False,
                      soft_wrap=True)
    console.print(f"{service}: {checked.checked} events checked, {checked.bad} bad")
    raise typer.Exit(0 if checked.ok else 1)


@app.command("dead-letters")
def dead_letters(
    service: Annotated[str, typer.Argument(help=f"one of {', '.join(NAMES)}")],
    retry: Annotated[list[int] | None, typer.Option(help="retry this letter (repeatable)")] = None,
    retry_all: Annotated[bool, typer.Option(help="retry every unresolved letter")] = False,
    discard: Annotated[list[int] | None, typer.Option(
        help="resolve this letter without applying it (repeatable; needs --because)")] = None,
    because: Annotated[str, typer.Option(help="why the letters are discarded")] = "",
):
    """List what a service's consumer could not apply; retry letters once their cause is fixed,
    or discard those a review found must never apply (a forged event), saying why.

    Uses the service's own settings (DATABASE_URL...); its loops do not run meanwhile.
    """
    from eventkit import deadletters
    from eventkit.inbox import Inbox

    if discard and not because.strip():
        raise typer.BadParameter("say why with --because", param_hint="--because")
    service_app = _service_app(service)

    async def run() -> list[Any]:
        async with service_app.router.lifespan_context(service_app):
            pool, spec = service_app.state.pool, service_app.state.runtime.spec
            inbox = Inbox(pool, None, spec.name, spec.handlers, spec.registry,
                          keys=service_app.state.keys)
            async with pool.acquire() as conn:
                letters = await deadletters.unresolved(conn, limit=1000)
            chosen = [r["id"] for r in letters] if retry_all else list(retry or [])
            for letter_id in chosen:
                resolved = await deadletters.retry(inbox, letter_id)
                console.print(f"letter {letter_id}: {'resolved' if resolved else 'failed again'}")
            for letter_id in discard or []:
                async with pool.acquire() as conn:
                    done = await deadletters.discard(conn, spec.name, letter_id, because)
                console.print(f"letter {letter_id}: "
                              f"{'discarded' if done else 'not waiting: nothing discarded'}")
            async with pool.acquire() as conn:
                return await deadletters.unresolved(conn)

    letters = asyncio.run(run())
    for r in letters:
        console.print(
            f"{r['id']:>6}  {r['topic']}[{r['partition']}]@{r['offset']}  "
            f"{r['event_type'] or '-'}  x{r['attempts']}  {r['reason'][:120]}",
            markup=False, soft_wrap=True,
        )
    console.print(f"{len(letters)} unresolved dead letters in {service}")


@app.command()
def republish(
    service: Annotated[str, typer.Argument(help=f"one of {', '.join(NAMES)}")],
    from_position: Annotated[int, typer.Option(
        "--from", min=0, help="the log position to publish again from (default: the beginning)")
    ] = 0,
    timeout: Annotated[float, typer.Option(help="seconds to wait for the log's head")] = 120.0,
):
    """Publish a service's log to the broker again, from a log position on.

    Uses the service's own settings (DATABASE_URL, KAFKA_BOOTSTRAP_SERVERS...). A running
    instance of the service does the publishing; with none running, this command does.
    """
    from qorgau.republish import republish as again

    service_app = _service_app(service)

    async def run() -> Any:
        async with service_app.router.lifespan_context(service_app):
            return await again(service_app, from_position, timeout)

    try:
        done = asyncio.run(run())
    except TimeoutError as error:
        console.print(f"[red]{error}[/]")
        raise typer.Exit(1) from error
    if done.set_back_to is None:
        console.print(f"no event of {service} at or after position {from_position}")
        return
    who = "this command" if done.by_this_command else f"the running {service} relay"
    console.print(f"{service}: the log from position {done.set_back_to.seq + 1} up to"
                  f" {done.head.seq} published again by {who} in {done.seconds:.1f} s")


@app.command()
def chaos(
    minutes: Annotated[float, typer.Option(help="from the first request to the last fault")] = 20,
    rate: Annotated[float, typer.Option(help="new applications a second")] = 1.0,
    kills: Annotated[int, typer.Option(help="SIGKILLs of a service or the treasury")] = 30,
    broker_restarts: Annotated[int, typer.Option(help="broker restarts (all it held lost)")] = 3,
    postgres_restarts: Annotated[int, typer.Option(help="PostgreSQL restarts")] = 3,
    seed: Annotated[int, typer.Option(help="seed of the faults' order and timing")] = 0,
    drain_goal: Annotated[float, typer.Option(help="seconds to drain after the last fault")] = 30,
    home: Annotated[Path | None, typer.Option(help="keep the stack's state and logs here")] = None,
):
    """Steady reg. 1 load on a stack of its own while its parts are killed and restarted; the
    invariants over the four logs at the end (lost, doubled, stuck) and the time to drain."""
    import shutil
    import tempfile

    from qorgau.chaos.run import Plan, start_stack
    from qorgau.chaos.run import run as run_chaos

    folder = home.resolve() if home else Path(tempfile.mkdtemp(prefix="qorgau-chaos-"))
    plan = Plan(seconds=minutes * 60, rate_per_s=rate, kills=kills,
                broker_restarts=broker_restarts, postgres_restarts=postgres_restarts, seed=seed)
    console.print(f"Starting a stack in {folder}")
    stack = start_stack(folder)
    try:
        report = asyncio.run(run_chaos(stack, plan, lambda line: console.print(
            line, markup=False, soft_wrap=True)))
    finally:
        stack.stop()
        embedded.stop_postgres(folder / "pgdata")
        if home is None:
            shutil.rmtree(folder, ignore_errors=True)
    for line in report.lines():
        console.print(line, markup=False, soft_wrap=True)
    fast = report.drain_s is not None and report.drain_s <= drain_goal
    raise typer.Exit(0 if report.ok and fast else 1)


@app.command()
def status(
    home: HomeOption = Path(".qorgau"),
    database_url: Annotated[list[str] | None, typer.Option(
        "--database-url", help="SERVICE=URL (repeatable): read that service's database")] = None,
    url: Annotated[list[str] | None, typer.Option(
        "--url", help="SERVICE=URL (repeatable): probe that service's health")] = None,
    bootstrap: Annotated[str | None, typer.Option(
        help="Kafka bootstrap servers (default: KAFKA_BOOTSTRAP_SERVERS)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="the figures as JSON")] = False,
):
    """Every service at a glance: up, ready, relay lag, consumer lag, dead letters, projections
    behind, overdue steps. Reads the dev stack in --home, or the services given by options."""
    from qorgau import status as board

    try:
        code = board.run(console, home, database_url, url, bootstrap, as_json)
    except (ValueError, FileNotFoundError) as error:
        raise typer.BadParameter(str(error)) from error
    raise typer.Exit(code)


def _service_app(service: str) -> Any:
    if service not in SERVICES:
        raise typer.BadParameter(f"unknown service {service!r}")
    os.environ["RUN_BACKGROUND"] = "false"
    return SERVICES[service]()


def main() -> None:
    # the embedded PostgreSQL wheel falls back to /tmp for its lock file: expected, not news
    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
    app()
