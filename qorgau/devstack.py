"""The whole system on one machine: embedded PostgreSQL, Tansu, four services, the treasury.

`qorgau dev` and the end-to-end tests both use `Stack`. Each service runs as its own process
with its own database on the shared cluster. `POSTGRES_URL` (a server admin URI) and
`KAFKA_BOOTSTRAP_SERVERS` point the stack at external servers instead of embedded ones.
"""

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import timedelta
from importlib import resources
from pathlib import Path

import httpx
import yaml

from contracts import topics
from contracts.calendar.loading import CALENDAR_DIR_SETTING
from contracts.catalogue import BASIS_SETTING, CONTINUE_SETTING, PLACES_SETTING
from eventkit import kafka
from eventkit.db import ensure_database
from eventkit.identity import TokenIssuer
from qorgau import embedded
from qorgau.keys import DevKeys
from qorgau.services import NAMES
from qorgau.tokens import Organisation, write_keypair

SERVICES = NAMES  # the four services, in the order they start
DEFAULT_PORTS = {"intake": 8101, "workflow": 8102, "registry": 8103, "payments": 8104}
CONSOLE_PORT = 8100  # the web console: people sign in here
# Nobody stands in front of the dev stack: the peer's address is the client's, and an
# X-Forwarded-For it sends is not believed (uvicorn would trust one from 127.0.0.1 by default,
# and every local caller is 127.0.0.1, so each could pick its own address for the rate limit).
UVICORN_OPTIONS = ("--no-access-log", "--no-proxy-headers")
# Shorter Kafka group sessions: the embedded broker settles a group only after a departed
# member's session ends, which would stall a restarted service for the default 10 s and more.
# Still long enough that a busy two-core machine does not miss heartbeats and flap the group.
FAST_GROUPS = {
    "KAFKA_SESSION_TIMEOUT_MS": "5000",
    "KAFKA_HEARTBEAT_INTERVAL_MS": "500",
    "KAFKA_REBALANCE_TIMEOUT_MS": "3000",
}


def deployment_settings() -> dict[str, str]:
    """What the dev and demo deployment says about the acts and places it runs with.

    It runs today, after resolution No. 81 was repealed (No. 56 of 13 February 2020), so it
    keeps running the last version explicitly, and it uses the demo place data for the channel
    conditions of regs 4 and 12. The environment overrides either.
    """
    places = resources.files("qorgau.demo").joinpath("places.yaml")
    return {
        CONTINUE_SETTING: "r547_2019_12_03",
        BASIS_SETTING: "development and demo stack: the rules of resolution No. 81 are kept "
        "running after its repeal to exercise them",
        PLACES_SETTING: str(places),
    }


def demo_organisations() -> list[Organisation]:
    """The demo organisations and people, shipped inside `qorgau.demo` (read when needed)."""
    source = resources.files("qorgau.demo").joinpath("organisations.yaml")
    return [Organisation.model_validate(o) for o in yaml.safe_load(source.read_text("utf-8"))]


@dataclass
class Process:
    name: str
    command: list[str]
    env: dict[str, str]
    log_path: Path
    port: int | None = None
    popen: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = open(self.log_path, "ab")  # noqa: SIM115 - the child owns it for its whole life
        self.popen = subprocess.Popen(
            self.command, env=self.env, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def stop(self, timeout: float = 10.0) -> None:
        if self.popen is None or self.popen.poll() is not None:
            return
        self.popen.send_signal(signal.SIGTERM)
        try:
            self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait()

    def kill(self) -> None:
        """Stop without a clean shutdown, as a crash would."""
        if self.popen is not None and self.popen.poll() is None:
            self.popen.kill()
            self.popen.wait()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class Stack:
    home: Path
    ports: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_PORTS))
    treasury_options: list[str] = field(default_factory=list)
    # each service writes its spans as JSON lines to logs/<name>.spans.jsonl
    traces: bool = False
    processes: dict[str, Process] = field(default_factory=dict)
    broker: embedded.Broker | None = None
    server_uri: str = ""
    bootstrap: str = ""

    @property
    def keys(self) -> Path:
        return self.home / "keys"

    @property
    def signing(self) -> DevKeys:
        """The organisations' and heads' signing keys and the key set (`qorgau.keys`)."""
        return DevKeys(self.keys / "signing")

    def signing_env(self, holder: str) -> dict[str, str]:
        """What a service (or the treasury) signs with and the key set it trusts."""
        return {"SIGNING_KEYS_DIR": str(self.signing.folder_of(holder)),
                "KEY_SET_FILE": str(self.signing.key_set_file)}

    def ensure_keys(self) -> None:
        if not (self.keys / "private.pem").exists():
            write_keypair(self.keys)
        self.signing.ensure(demo_organisations())

    def issuer(self) -> TokenIssuer:
        return TokenIssuer((self.keys / "private.pem").read_text(), "qorgau", "qorgau")

    def start_infrastructure(self) -> None:
        (self.home / "logs").mkdir(parents=True, exist_ok=True)
        self.ensure_keys()
        self.server_uri = os.environ.get("POSTGRES_URL") or embedded.start_postgres(
            self.home / "pgdata"
        )
        self.bootstrap = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "")
        if not self.bootstrap:
            self.broker = embedded.start_tansu(log_file=self.home / "logs" / "tansu.log")
            self.bootstrap = self.broker.bootstrap

        async def prepare() -> None:
            for name in SERVICES:
                await ensure_database(self.server_uri, f"qorgau_{name}")
            await kafka.ensure_topics(self.bootstrap, topics.ALL_TOPICS)

        asyncio.run(prepare())

    def service_env(self, name: str) -> dict[str, str]:
        return {
            **deployment_settings(),
            CALENDAR_DIR_SETTING: str(self.home / "calendar"),  # `qorgau calendar load --into`
            **os.environ,
            "SERVICE_NAME": name,
            "DATABASE_URL": embedded.database_uri(self.server_uri, f"qorgau_{name}"),
            "KAFKA_BOOTSTRAP_SERVERS": self.bootstrap,
            "JWT_PUBLIC_KEY_FILE": str(self.keys / "public.pem"),
            "REGISTRY_PUBLIC_URL": f"http://127.0.0.1:{self.ports['registry']}",
            "LOG_JSON": "true",
            **self.signing_env(name),
            **FAST_GROUPS,
            **self.trace_env(name),
        }

    def trace_env(self, name: str) -> dict[str, str]:
        if not self.traces:
            return {}
        return {"TRACE_CONSOLE": "true", "TRACE_FLUSH_MS": "200",
                "TRACE_FILE": str(self.spans_path(name))}

    def spans_path(self, name: str) -> Path:
        return self.home / "logs" / f"{name}.spans.jsonl"

    def write_description(self) -> Path:
        """Where everything runs, for `qorgau status` and other tools (no secrets in it)."""
        path = self.home / "stack.json"
        path.write_text(json.dumps({
            "bootstrap": self.bootstrap,
            "services": {name: {"url": self.processes[name].url,
                                "database_url": self.processes[name].env["DATABASE_URL"]}
                         for name in SERVICES},
        }, indent=2) + "\n")
        return path

    @property
    def console_port(self) -> int:
        if "console" not in self.ports:
            self.ports["console"] = CONSOLE_PORT if self.ports == DEFAULT_PORTS else \
                embedded.free_port()
        return self.ports["console"]

    def console_env(self) -> dict[str, str]:
        """The console reaches the four services over HTTP only, lists the demo people of the
        tokens file on its sign-in page and signs decisions with the demo heads' own keys (a
        development convenience it refuses in production)."""
        people = resources.files("qorgau.demo").joinpath("organisations.yaml")
        return {
            **os.environ,
            **{f"{name.upper()}_URL": f"http://127.0.0.1:{self.ports[name]}"
               for name in SERVICES},
            "JWT_PUBLIC_KEY_FILE": str(self.keys / "public.pem"),
            "CONSOLE_DEV_TOKENS_FILE": str(self.home / "tokens.json"),
            "CONSOLE_DEV_SIGNING_KEYS_DIR": str(self.signing.people),
            "CONSOLE_DIRECTORY_FILE": str(people),
            "CONSOLE_PUBLIC_URL": f"http://127.0.0.1:{self.console_port}",
            "LOG_JSON": "true",
        }

    def define(self) -> None:
        logs = self.home / "logs"
        for name in SERVICES:
            port = self.ports[name]
            self.processes[name] = Process(
                name,
                [sys.executable, "-m", "uvicorn", "--factory", f"services.{name}.app:create_app",
                 "--host", "127.0.0.1", "--port", str(port), *UVICORN_OPTIONS],
                self.service_env(name), logs / f"{name}.log", port,
            )
        self.processes["console"] = Process(
            "console",
            [sys.executable, "-m", "uvicorn", "--factory", "services.console.app:create_app",
             "--host", "127.0.0.1", "--port", str(self.console_port), *UVICORN_OPTIONS],
            self.console_env(), logs / "console.log", self.console_port,
        )
        self.processes["treasury"] = Process(
            "treasury", [sys.executable, "-m", "qorgau.treasury", *self.treasury_options],
            {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": self.bootstrap, "LOG_JSON": "true",
             **self.signing_env("treasury"), **FAST_GROUPS},
            logs / "treasury.log",
        )

    def add_instance(self, name: str) -> Process:
        """Another instance of service `name` (defined already): the same database, consumer
        group and settings, its own port, client id and log. Started by the caller."""
        first = self.processes[name]
        number = 1 + sum(1 for other in self.processes if other.split("#")[0] == name)
        port = embedded.free_port()
        command = list(first.command)
        command[command.index("--port") + 1] = str(port)
        process = Process(f"{name}#{number}", command,
                          {**first.env, "KAFKA_CLIENT_ID": f"{name}-{number}"},
                          self.home / "logs" / f"{name}-{number}.log", port)
        self.processes[process.name] = process
        return process

    def start(self) -> None:
        self.start_infrastructure()
        self.define()
        self.write_description()
        for process in self.processes.values():
            process.start()
        self.wait_healthy()
        self.wait_healthy(names=("console",))

    def wait_healthy(self, timeout: float = 90.0, names: tuple[str, ...] = SERVICES) -> None:
        deadline = time.monotonic() + timeout
        for name in names:
            process = self.processes[name]
            while True:
                if process.popen is not None and process.popen.poll() is not None:
                    raise RuntimeError(f"{name} exited; see {process.log_path}")
                try:
                    if httpx.get(f"{process.url}/health/ready", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{name} is not healthy; see {process.log_path}")
                time.sleep(0.2)

    def restart(self, name: str, crash: bool = False) -> None:
        process = self.processes[name]
        process.kill() if crash else process.stop()
        process.start()
        if name in SERVICES:
            self.wait_healthy(names=(name,))

    def stop(self) -> None:
        for process in reversed(list(self.processes.values())):
            process.stop()
        if self.broker is not None:
            self.broker.stop()

    def write_tokens(self, ttl_hours: int = 12) -> Path:
        organisations = demo_organisations()
        signer = self.issuer()
        tokens = {
            f"{p.organisation_id}/{p.person_id}": signer.issue(p, timedelta(hours=ttl_hours))
            for o in organisations for p in o.principals()
        }
        path = self.home / "tokens.json"
        path.write_text(json.dumps(tokens, indent=2) + "\n")
        return path
