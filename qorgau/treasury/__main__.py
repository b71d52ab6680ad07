"""`python -m qorgau.treasury [--return-share 0.1] [--delay 0.5] [--seed 0]
[--closed-account IBAN ...] [--group-id treasury-simulator]`

Runs the treasury simulator against the broker in `--bootstrap` (default: the
KAFKA_BOOTSTRAP_SERVERS environment variable) until interrupted. It signs its answers with the
treasury's key of `--signing-keys-dir` (SIGNING_KEYS_DIR) and pays only envelopes whose
signature verifies against `--key-set-file` (KEY_SET_FILE).
"""

import asyncio
import contextlib
import os
import signal
from typing import Annotated

import typer

from eventkit.logging import configure_logging
from qorgau.treasury.simulator import Options, run

app = typer.Typer(add_completion=False, help=__doc__)


@app.command()
def main(
    bootstrap: Annotated[str, typer.Option(envvar="KAFKA_BOOTSTRAP_SERVERS",
                                           help="Kafka bootstrap servers")] = "127.0.0.1:9092",
    return_share: Annotated[float, typer.Option(min=0.0, max=1.0,
                                                help="share of orders returned")] = 0.1,
    delay: Annotated[float, typer.Option(min=0.0, help="seconds before answering orders")] = 0.5,
    seed: Annotated[int, typer.Option(help="seed of the returned-order draw")] = 0,
    group_id: Annotated[str, typer.Option(help="consumer group")] = "treasury-simulator",
    closed_account: Annotated[list[str] | None, typer.Option(
        help="an IBAN whose orders are always returned (account closed); repeatable")] = None,
    session_timeout_ms: Annotated[int, typer.Option(envvar="KAFKA_SESSION_TIMEOUT_MS")] = 10_000,
    heartbeat_interval_ms: Annotated[int, typer.Option(
        envvar="KAFKA_HEARTBEAT_INTERVAL_MS")] = 3_000,
    heartbeat_file: Annotated[str | None, typer.Option(
        envvar="TREASURY_HEARTBEAT_FILE", help="a file touched after every poll")] = None,
    signing_keys_dir: Annotated[str | None, typer.Option(
        envvar="SIGNING_KEYS_DIR", help="the treasury's signing keys")] = None,
    key_set_file: Annotated[str | None, typer.Option(
        envvar="KEY_SET_FILE", help="the published key set envelopes are checked against")] = None,
) -> None:
    flag = os.environ.get("LOG_JSON")
    log_json = None if flag is None else flag.lower() in ("1", "true", "yes")
    configure_logging("treasury", log_json, os.environ.get("LOG_LEVEL", "INFO"))
    options = Options(return_share=return_share, delay_s=delay, seed=seed, group_id=group_id,
                      closed_accounts=frozenset(closed_account or ()),
                      session_timeout_ms=session_timeout_ms,
                      heartbeat_interval_ms=heartbeat_interval_ms,
                      heartbeat_file=heartbeat_file, signing_keys_dir=signing_keys_dir,
                      key_set_file=key_set_file)
    asyncio.run(_serve(bootstrap, options))


async def _serve(bootstrap: str, options: Options) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    await run(bootstrap, options, stop)


if __name__ == "__main__":
    app()
