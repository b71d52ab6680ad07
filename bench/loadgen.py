"""An HTTP/1.1 load generator on bare asyncio streams: closed-loop for the most a server takes,
open-loop for the latency at a fixed arrival rate.

Open-loop means requests are issued on a fixed schedule whatever the answers do: request i is
due at start + i / rate, and its latency is measured from when it was due, not from when a free
connection sent it, so a slow server cannot slow the load down and hide its queue (coordinated
omission). Keep-alive connections are opened as needed, up to `max_connections`.

A client on the same two cores as the server takes CPU from it; this one parses no more than
the status line and Content-Length, and `ceiling` measures what it can issue against a server
that does nothing, so a figure near it says the generator, not the server, was the limit.
"""

import asyncio
import json
import os
import signal
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from bench.common import percentile
from qorgau.embedded import free_port, wait_for_port

# `make(i)` -> (method, path, headers, JSON body or None) of the i-th request
Make = Callable[[int], tuple[str, str, dict[str, str], Any]]


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def encode(method: str, path: str, headers: dict[str, str], body: Any, host: str) -> bytes:
    payload = b"" if body is None else json.dumps(body).encode()
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", f"Content-Length: {len(payload)}"]
    if body is not None:
        lines.append("Content-Type: application/json")
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + payload


# uvicorn closes a keep-alive connection idle for 5 s: one idle longer than this is not reused
STALE_S = 3.0


class Connection:
    """One keep-alive connection: a request written, its answer read, then the next."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.used = time.monotonic()
        self.reused = False

    @classmethod
    async def open(cls, host: str, port: int) -> "Connection":
        reader, writer = await asyncio.open_connection(host, port)
        return cls(reader, writer)

    async def exchange(self, request: bytes) -> Answer:
        self.writer.write(request)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        headers = {}
        for line in header_lines:
            if line:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        body = await self.reader.readexactly(length) if length else b""
        return Answer(int(status_line.split(" ", 2)[1]), headers, body)

    def close(self) -> None:
        self.writer.close()


@dataclass
class Run:
    """What one run saw: latencies (ms) of the answers with the expected status, and the rest."""

    issued: int = 0
    latencies: list[float] = field(default_factory=list)
    unexpected: dict[int, int] = field(default_factory=dict)  # status (0: failed) -> count
    seconds: float = 0.0
    answers: list[tuple[int, Answer]] = field(default_factory=list)  # kept when asked

    @property
    def ok(self) -> int:
        return len(self.latencies)

    @property
    def rate(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0

    def p(self, q: float) -> float:
        return percentile(self.latencies, q)

    def describe(self) -> str:
        failed = sum(self.unexpected.values())
        return (f"{self.ok} ok" + (f", {failed} failed {dict(self.unexpected)}" if failed else "")
                + f", rate {self.rate:,.0f}/s, p50 {self.p(50):.1f} ms, p99 {self.p(99):.1f} ms")


class Target:
    """A server at host:port, its idle keep-alive connections, and the requests' expected status."""

    def __init__(self, port: int, expect: int, host: str = "127.0.0.1",
                 max_connections: int = 64) -> None:
        self.host, self.port, self.expect = host, port, expect
        self.max_connections = max_connections
        self._idle: list[Connection] = []
        self._open = 0
        self._freed = asyncio.Condition()

    async def _take(self) -> Connection:
        async with self._freed:
            while not self._idle and self._open >= self.max_connections:
                await self._freed.wait()
            while self._idle:
                conn = self._idle.pop()
                if time.monotonic() - conn.used < STALE_S:
                    conn.reused = True
                    return conn
                conn.close()
                self._open -= 1
            self._open += 1
        try:
            return await Connection.open(self.host, self.port)
        except BaseException:
            self._open -= 1
            raise

    async def _give_back(self, conn: Connection | None) -> None:
        async with self._freed:
            if conn is None:
                self._open -= 1
            else:
                conn.used = time.monotonic()
                self._idle.append(conn)
            self._freed.notify()

    async def send(self, method: str, path: str, headers: dict[str, str], body: Any) -> Answer:
        request = encode(method, path, headers, body, self.host)
        while True:
            conn = await self._take()
            try:
                answer = await conn.exchange(request)
            except (asyncio.IncompleteReadError, ConnectionResetError):
                conn.close()
                await self._give_back(None)
                if conn.reused:
                    continue  # the server had closed it while it sat idle: a fresh one
                raise
            except BaseException:
                conn.close()
                await self._give_back(None)
                raise
            await self._give_back(conn)
            return answer

    async def _one(self, run: Run, make: Make, i: int, due: float, keep: bool) -> None:
        try:
            answer = await self.send(*make(i))
        except (OSError, asyncio.IncompleteReadError, ValueError):
            run.unexpected[0] = run.unexpected.get(0, 0) + 1
            return
        if answer.status == self.expect:
            run.latencies.append((time.perf_counter() - due) * 1000)
            if keep:
                run.answers.append((i, answer))
        else:
            run.unexpected[answer.status] = run.unexpected.get(answer.status, 0) + 1

    async def open_loop(self, make: Make, rate: float, seconds: float,
                        keep: bool = False) -> Run:
        """Issue at `rate` per second for `seconds`; wait for every answer."""
        run = Run()

        async def one(i: int, due: float) -> None:
            run.issued += 1
            await self._one(run, make, i, due, keep)

        run.seconds = await at_rate(rate, seconds, one)
        return run

    async def closed_loop(self, make: Make, concurrency: int, seconds: float) -> Run:
        """`concurrency` clients, each sending its next request when the last is answered."""
        run = Run()
        start = time.perf_counter()
        end = start + seconds

        async def client() -> None:
            while time.perf_counter() < end:
                i, due = run.issued, time.perf_counter()
                run.issued += 1
                await self._one(run, make, i, due, False)

        await asyncio.gather(*(client() for _ in range(concurrency)))
        run.seconds = time.perf_counter() - start
        return run

    async def close(self) -> None:
        for conn in self._idle:
            conn.close()
        self._idle.clear()


async def at_rate(rate: float, seconds: float,
                  arrival: Callable[[int, float], Awaitable[None]]) -> float:
    """Start `arrival(i, due)` at start + i / rate for `seconds`, whatever the earlier ones are
    doing; returns the seconds until the last of them finished."""
    tasks: set[asyncio.Task[None]] = set()
    start, total, issued = time.perf_counter(), int(rate * seconds), 0
    while issued < total:
        now = time.perf_counter()
        # every arrival due by now starts, however late the loop woke
        while issued < total and start + issued / rate <= now:
            task = asyncio.create_task(arrival(issued, start + issued / rate))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
            issued += 1
        if issued < total:
            await asyncio.sleep(max(0.0, start + issued / rate - time.perf_counter()))
    await asyncio.gather(*tasks)
    return time.perf_counter() - start


# A server that answers every request at once with the same few bytes: what is left of a
# request's cost is the generator's own.
_NOTHING = """
import asyncio, sys
ANSWER = b"HTTP/1.1 200 OK\\r\\nContent-Length: 2\\r\\nContent-Type: application/json\\r\\n\\r\\n{}"
class Nothing(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport, self.buffer = transport, b""
    def data_received(self, data):
        self.buffer += data
        while True:
            head, sep, rest = self.buffer.partition(b"\\r\\n\\r\\n")
            if not sep:
                return
            length = 0
            for line in head.split(b"\\r\\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if len(rest) < length:
                return
            self.buffer = rest[length:]
            self.transport.write(ANSWER)
async def main():
    server = await asyncio.get_running_loop().create_server(Nothing, "127.0.0.1", int(sys.argv[1]))
    await server.serve_forever()
asyncio.run(main())
"""


async def ceiling(make: Make, concurrency: int, seconds: float) -> Run:
    """The most this generator issues (closed-loop) against a server that does nothing."""
    port = free_port()
    server = await asyncio.create_subprocess_exec(sys.executable, "-c", _NOTHING, str(port),
                                                  start_new_session=True)
    try:
        await asyncio.to_thread(wait_for_port, port)
        target = Target(port, expect=200)
        run = await target.closed_loop(make, concurrency, seconds)
        await target.close()
        return run
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        await server.wait()
