"""How the SDK sends: the engine choice, pool limits, timeouts. No redirects, no cookies.

``transport="auto"`` (the default) uses the aiohttp engine (``_aiohttp.py``) when the
``customers-api[fast]`` extra is installed, else an ``httpx.AsyncClient`` on httpx's default
transport. ``"aiohttp"`` and ``"httpx"`` force one; an ``httpx.AsyncBaseTransport`` instance
(e.g. ``httpx.ASGITransport(app=...)``, ``httpx.MockTransport``, httpx-aiohttp's
``AiohttpTransport``) runs under an ``httpx.AsyncClient``. A caller may instead pass a whole
``httpx.AsyncClient`` to ``CustomersClient`` (which then builds nothing here and never
closes it). The engines measured side by side are in BENCHMARKS.md.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, Literal, TypeAlias

import httpx

if TYPE_CHECKING:
    from ._aiohttp import AiohttpSender

__all__ = [
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_TIMEOUT",
    "Sender",
    "TransportChoice",
    "build_sender",
    "fast_transport_available",
]

TransportChoice: TypeAlias = "Literal['auto', 'httpx', 'aiohttp'] | httpx.AsyncBaseTransport"
Sender: TypeAlias = "httpx.AsyncClient | AiohttpSender"

#: connect 5 s, read 30 s, write 30 s; no limit on waiting for a free pooled connection:
#: a fan-out wider than the pool (``asyncio.gather`` of thousands of calls) queues for a
#: connection instead of failing, and each request's own clock starts when it is sent.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=30.0, write=30.0, pool=None)

#: Sized for fan-out: many concurrent calls to one host. More connections than this buy
#: nothing on one host and cost sockets; extra concurrent calls wait for a free connection.
DEFAULT_MAX_CONNECTIONS = 100


def fast_transport_available() -> bool:
    """True when aiohttp (the ``fast`` extra) can be imported."""
    return importlib.util.find_spec("aiohttp") is not None


def build_sender(
    *,
    transport: TransportChoice = "auto",
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
) -> Sender:
    """The SDK's own sender for `transport` (see the module docstring)."""
    if isinstance(transport, httpx.AsyncBaseTransport):
        return _httpx_client(transport, timeout, max_connections)
    if transport == "auto":
        transport = "aiohttp" if fast_transport_available() else "httpx"
    if transport == "httpx":
        return _httpx_client(None, timeout, max_connections)
    if transport == "aiohttp":
        try:
            from ._aiohttp import AiohttpSender
        except ImportError as exc:
            raise ImportError(
                'transport="aiohttp" needs the fast extra: pip install "customers-api[fast]"'
            ) from exc
        return AiohttpSender(timeout=timeout, max_connections=max_connections)
    raise ValueError(
        f"transport must be 'auto', 'httpx', 'aiohttp' or an httpx transport; got {transport!r}"
    )


def _httpx_client(
    transport: httpx.AsyncBaseTransport | None, timeout: httpx.Timeout, max_connections: int
) -> httpx.AsyncClient:
    limits = httpx.Limits(
        max_connections=max_connections, max_keepalive_connections=max_connections
    )
    return httpx.AsyncClient(
        transport=transport, timeout=timeout, limits=limits, follow_redirects=False
    )
