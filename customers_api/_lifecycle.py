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
_SENDER_CLOSED = (
    "the httpx.AsyncClient passed as http_client was closed; keep it open while the "
    "CustomersClient is in use"
)
_OTHER_LOOP = (
    "this CustomersClient was first used in another event loop (e.g. an earlier "
    "asyncio.run()); its connections belong to that loop. Create the client inside the "
    "coroutine you run, once per event loop"
)


class Lifecycle:
    """The client's closed flag and the event loop it is bound to (set on the first call).

    ``sender`` is what sends (a caller's ``httpx.AsyncClient`` included): closed behind the
    SDK's back, it would fail with httpx's bare ``RuntimeError``.
    """

    __slots__ = ("closed", "loop", "sender")

    def __init__(self, sender: object = None) -> None:
        self.closed = False
        self.loop: asyncio.AbstractEventLoop | None = None
        self.sender = sender

    def check(self) -> None:
        """Raise ``ClientClosedError`` or ``EventLoopMismatchError``; bind the loop first time."""
        if self.closed:
            raise ClientClosedError(_CLOSED)
        if getattr(self.sender, "is_closed", False):
            raise ClientClosedError(_SENDER_CLOSED)
        loop = asyncio.get_running_loop()
        if loop is not self.loop:
            if self.loop is not None:
                raise EventLoopMismatchError(_OTHER_LOOP)
            self.loop = loop
