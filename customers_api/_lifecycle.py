"""Whether a client may still send: not closed, and on the event loop it first sent on.

A client's connection pool (httpx's or aiohttp's) belongs to the event loop that opened its
connections; used from another loop it fails deep inside the transport with a bare
``RuntimeError`` ("Event loop is closed", "attached to a different loop") or hangs. The check
runs once per call (an identity comparison) and raises a ``ClientStateError`` subclass that
says what happened instead.
"""

from __future__ import annotations

import asyncio

from ._exceptions import ClientClosedError, EventLoopMismatchError

__all__ = ["Lifecycle"]

_CLOSED = (
    "this CustomersClient was closed (aclose() or the end of its `async with`); create a new client"
)
_OTHER_LOOP = (
    "this CustomersClient was first used in another event loop (e.g. an earlier "
    "asyncio.run()); its connections belong to that loop. Create the client inside the "
    "coroutine you run, once per event loop"
)


class Lifecycle:
    """The client's closed flag and the event loop it is bound to (set on the first call)."""

    __slots__ = ("closed", "loop")

    def __init__(self) -> None:
        self.closed = False
        self.loop: asyncio.AbstractEventLoop | None = None

    def check(self) -> None:
        """Raise ``ClientClosedError`` or ``EventLoopMismatchError``; bind the loop first time."""
        if self.closed:
            raise ClientClosedError(_CLOSED)
        loop = asyncio.get_running_loop()
        if loop is not self.loop:
            if self.loop is not None:
                raise EventLoopMismatchError(_OTHER_LOOP)
            self.loop = loop
