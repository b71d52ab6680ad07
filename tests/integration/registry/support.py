"""Polling helpers for eventually consistent read models (a deadline, never a fixed sleep)."""

import asyncio
import time


async def eventually(probe, timeout: float = 10.0):
    """Await `probe()` until it returns something truthy, or fail at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        result = await probe()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached before the deadline")
        await asyncio.sleep(0.02)
