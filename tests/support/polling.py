"""The one way tests wait for something eventually consistent: poll with a deadline.

Never a fixed sleep: a test that expects something to happen polls until it does; a test that
expects something NOT to happen first waits until the loop that would do it has run.
"""

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")

TIMEOUT_S = 30.0  # generous on a busy two-core machine; a passing test returns long before


async def eventually(probe: Callable[[], Awaitable[T]], timeout: float = TIMEOUT_S,
                     what: str = "condition") -> T:
    """Await `probe()` until it returns something truthy (returned), or fail at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        result = await probe()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not reached within {timeout} s (last: {result!r})")
        await asyncio.sleep(0.02)
