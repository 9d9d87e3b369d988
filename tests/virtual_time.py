"""An asyncio event loop on a virtual clock: time jumps to the next timer instead of waiting.

``asyncio.sleep(1.5)`` returns at once in wall time, with ``loop.time()`` 1.5 s later, so a
simulated server (a token bucket on ``loop.time``, latency as ``asyncio.sleep``) and the
client's gate (``clock=loop.time``, ``sleep=asyncio.sleep``) can run minutes of traffic in a
fraction of a second, deterministically. No real I/O may be pending: a loop with nothing to
run and no timer is a deadlock, and raises.
"""

from __future__ import annotations

import asyncio
import selectors
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class _Selector(selectors.DefaultSelector):
    def __init__(self) -> None:
        super().__init__()
        self.now = 0.0

    def select(self, timeout: float | None = None) -> list[Any]:
        events = super().select(0)
        if events:
            return events
        if timeout is None:
            raise RuntimeError("virtual time: nothing to run and no timer (a deadlock)")
        self.now += timeout
        return []


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    def __init__(self) -> None:
        self._virtual = _Selector()
        super().__init__(self._virtual)

    def time(self) -> float:
        return self._virtual.now


def run(coro: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run`` on a fresh virtual-time loop."""
    loop = VirtualTimeLoop()
    try:
        return loop.run_until_complete(coro)
    finally:
        loop.close()
