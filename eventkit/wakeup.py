"""Wake the log's readers when a commit appended events, instead of polling for them.

The events table notifies `events_appended` once per appending transaction, at its commit, with
the transaction's id (migration 0005). A process keeps one connection listening (`Wakeup.run`,
reconnecting when it is lost) and every reader of the log in it (the relay, the projection
runner) waits on it between rounds (`run_woken`):

- after a notification it reads at once;
- when a transaction it was told of is committed but still beyond its horizon (an older
  transaction is open somewhere in the cluster, see `eventkit.store`), it polls at the fast
  interval until it has read past it: a notification says the events exist, not that they are
  readable yet;
- otherwise it waits for the next notification, polling only as a fallback (`FALLBACK_S`), and
  at the fast interval again while nobody listens (the connection is lost): a notification sent
  while nobody listened is never delivered. Listening again wakes every reader once.
"""

import asyncio
from collections.abc import Callable

import asyncpg

from eventkit.db import SESSION, Connection
from eventkit.logging import get_logger
from eventkit.periodic import Work, sleep_or_stop

log = get_logger(__name__)

CHANNEL = "events_appended"
FALLBACK_S = 1.0  # the slow poll that covers a notification lost with its connection
PROBE_S = 5.0  # how often the listening connection is checked for a silent loss
RETRY_S = 1.0  # the pause before listening again after the connection was lost


class Wakeup:
    """The appends committed to one database, as its process's readers are told of them."""

    def __init__(self, dsn: str, channel: str = CHANNEL, fallback_s: float = FALLBACK_S,
                 probe_s: float = PROBE_S, retry_s: float = RETRY_S) -> None:
        self.dsn, self.channel = dsn, channel
        self.fallback_s, self.probe_s, self.retry_s = fallback_s, probe_s, retry_s
        self.connections = 0  # times it started listening
        self.backend_pid: int | None = None  # the listening connection's server process
        self.latest = 0  # the highest id of a transaction notified as having appended
        self.listening = False
        self.notifications = 0
        self._subscribers: list[asyncio.Event] = []

    def subscribe(self) -> asyncio.Event:
        """An event set at every notification (and whenever listening starts again)."""
        woken = asyncio.Event()
        self._subscribers.append(woken)
        return woken

    def unsubscribe(self, woken: asyncio.Event) -> None:
        self._subscribers.remove(woken)

    def _wake(self) -> None:
        for woken in self._subscribers:
            woken.set()

    def _notified(self, _conn: Connection, _pid: int, _channel: str, payload: object) -> None:
        self.notifications += 1
        if isinstance(payload, str) and payload.isdigit():
            self.latest = max(self.latest, int(payload))
        self._wake()

    async def run(self, stop: asyncio.Event) -> None:
        """Listen until `stop`, connecting again whenever the connection is lost."""
        while not stop.is_set():
            try:
                await self._listen(stop)
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError,
                    TimeoutError) as error:
                log.warning("wakeup.lost", channel=self.channel,
                            error=f"{type(error).__name__}: {error}"[:300])
            finally:
                self.listening = False
            if await sleep_or_stop(stop, self.retry_s):
                return

    async def _listen(self, stop: asyncio.Event) -> None:
        conn = await asyncpg.connect(self.dsn, server_settings=SESSION)
        try:
            lost = asyncio.Event()
            conn.add_termination_listener(lambda _conn: lost.set())
            await conn.add_listener(self.channel, self._notified)
            self.listening, self.connections = True, self.connections + 1
            self.backend_pid = conn.get_server_pid()
            # what was committed while nobody listened was never told: every reader looks now
            self._wake()
            while not stop.is_set() and not lost.is_set():
                if await sleep_or_stop(stop, self.probe_s):
                    return
                # a connection the server or the network dropped silently says so here
                await asyncio.wait_for(conn.fetchval("SELECT 1"), self.probe_s)
        finally:
            self.listening = False
            conn.terminate()


async def run_woken(stop: asyncio.Event, work: Work, wakeup: Wakeup, poll_s: float,
                    reached: Callable[[], int]) -> None:
    """`eventkit.periodic.every` for a reader of the log: `work` again at once while it finds
    something, then wait for `wakeup` (see the module's note). `reached` is the transaction id
    of the reader's checkpoint as its last round saw it."""
    woken = wakeup.subscribe()
    try:
        while not stop.is_set():
            woken.clear()  # before the round: a notification during it runs the next at once
            if await work() > 0:
                continue
            behind = wakeup.latest > reached()
            wait_s = poll_s if behind or not wakeup.listening else wakeup.fallback_s
            if await _woken_or_stop(stop, woken, wait_s):
                return
    finally:
        wakeup.unsubscribe(woken)  # a loop restarted after a crash subscribes afresh


async def _woken_or_stop(stop: asyncio.Event, woken: asyncio.Event, seconds: float) -> bool:
    """Wait up to `seconds` for `woken` (or `stop`); True when `stop` was set."""
    if woken.is_set() or stop.is_set():
        return stop.is_set()
    waits = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(woken.wait())]
    try:
        await asyncio.wait(waits, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for wait in waits:
            wait.cancel()
    return stop.is_set()
