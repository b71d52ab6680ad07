"""HTTP as a patient user sends it: through restarts, timeouts and a database that is away.

A request that got no answer, or a 5xx, is sent again as it was (a creating POST keeps its
Idempotency-Key, so the first answer comes back if it had been applied). Any other answer goes
to the caller, who decides: a conflicting write answered 409 or 412 is looked at afresh, since
the first try may have been applied after all.
"""

import asyncio
import time
from collections.abc import Mapping
from typing import Any

import httpx

RETRIED = frozenset({500, 502, 503, 504})


class GaveUp(RuntimeError):
    """No usable answer within the deadline, or an answer a working system never gives."""


class Client:
    def __init__(self, urls: Mapping[str, str], tokens: Mapping[str, str],
                 patience_s: float = 180.0) -> None:
        self.urls, self.tokens, self.patience_s = urls, tokens, patience_s
        self.http = httpx.AsyncClient(timeout=httpx.Timeout(10.0, connect=2.0),
                                      limits=httpx.Limits(max_connections=64))
        self.retries = 0  # requests sent again, for the report

    async def call(self, method: str, service: str, path: str, who: str,
                   accept: tuple[int, ...] = (200,), headers: Mapping[str, str] | None = None,
                   json: Any = None) -> httpx.Response:
        """The first answer in `accept`; anything else that is not worth a retry raises."""
        deadline = time.monotonic() + self.patience_s
        sent = {"Authorization": f"Bearer {self.tokens[who]}", **(headers or {})}
        while True:
            try:
                answer = await self.http.request(method, self.urls[service] + path,
                                                 headers=sent, json=json)
                if answer.status_code in accept:
                    return answer
                if answer.status_code not in RETRIED:
                    raise GaveUp(f"{method} {service}{path}: {answer.status_code}"
                                 f" {answer.text[:300]}")
            except httpx.TransportError:
                pass  # refused, reset or timed out: the service is restarting or busy
            if time.monotonic() > deadline:
                raise GaveUp(f"{method} {service}{path}: no answer in {self.patience_s:.0f} s")
            self.retries += 1
            await asyncio.sleep(0.3)

    async def close(self) -> None:
        await self.http.aclose()
