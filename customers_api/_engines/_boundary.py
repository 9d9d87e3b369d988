"""The boundary every engine implements (see the package docstring): a leaf module."""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping
from typing import Protocol, TypeAlias

import httpx

from .._params import Phases

__all__ = ["DISCONNECTED", "TIMED_OUT", "Engine", "Reply", "connect_error", "os_reason"]

#: ``(status, headers, content)``: what an engine returns for one request.
Reply: TypeAlias = tuple[int, Mapping[str, str], bytes]


class Engine(Protocol):
    """What sends: the one boundary between the pipeline and an HTTP library."""

    async def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: Phases,
    ) -> Reply:
        """Send one request; return ``(status, headers, content)`` or raise an httpx
        ``TransportError`` subclass (no request attached, no URL in its message)."""
        ...

    @property
    def is_closed(self) -> bool: ...

    async def aclose(self) -> None: ...


# -- one wording for every engine's failures (the pipeline adds the host and port) --------

#: A timeout's message, by its httpx class.
TIMED_OUT: dict[type[httpx.TimeoutException], str] = {
    httpx.ConnectTimeout: "timed out connecting",
    httpx.ReadTimeout: "timed out reading the response",
    httpx.WriteTimeout: "timed out sending the request",
    httpx.PoolTimeout: "timed out waiting for a free pooled connection",
}

#: The server hung up before answering (a ``RemoteProtocolError``).
DISCONNECTED = "the server closed the connection"


def os_reason(error: OSError) -> str:
    """``[Errno 111] Connection refused``: the OS's words for its errno (not the library's,
    which may quote the address), or the resolver's own for a DNS failure."""
    errno = error.errno
    if isinstance(errno, int) and errno > 0:
        return f"[Errno {errno}] {os.strerror(errno)}"
    text = error.strerror or str(error) or type(error).__name__
    return f"[Errno {errno}] {text}" if errno is not None else text


def connect_error(error: OSError | None, host: str) -> httpx.ConnectError:
    """``cannot resolve HOST (...)`` for a DNS failure, else ``cannot connect (...)``."""
    if isinstance(error, socket.gaierror):
        return httpx.ConnectError(f"cannot resolve {host} ({os_reason(error)})")
    return httpx.ConnectError(f"cannot connect ({os_reason(error)})" if error else "cannot connect")
