"""How the SDK sends: the engine choice, pool limits, timeouts. No redirects, no cookies.

``transport="auto"`` (the default) uses the aiohttp engine (``_aiohttp.py``) when the
``customers-api[fast]`` extra is installed, else an ``httpx.AsyncClient`` on httpx's default
transport. ``"aiohttp"`` and ``"httpx"`` force one; an ``httpx.AsyncBaseTransport`` instance
(e.g. ``httpx.ASGITransport(app=...)``, ``httpx.MockTransport``, httpx-aiohttp's
``AiohttpTransport``) runs under an ``httpx.AsyncClient``. A caller may instead pass a whole
``httpx.AsyncClient`` to ``CustomersClient`` (which then builds nothing here and never
closes it). The engines measured side by side are in BENCHMARKS.md.

The timeout contract, the same on every engine (the README's "Timeouts" says it once more):

* a number ``T`` (per client or per call) bounds each of *connect* (DNS, TCP, TLS), *write*
  and *read* (the wait for the next bytes of the answer) to ``T`` seconds, and never the wait
  for a free pooled connection: calls beyond ``max_connections`` queue without a limit;
* an ``httpx.Timeout`` sets the four phases one by one; ``pool=P`` limits that queue wait,
  and a call that waited too long fails with ``APITimeoutError("PoolTimeout: ...")``
  (``httpx.PoolTimeout`` as its ``__cause__``), not as a connect timeout;
* the default is connect 5 s, read 30 s, write 30 s, pool unlimited.

On the aiohttp engine the queue is the SDK's own (a semaphore of ``max_connections`` slots in
front of aiohttp's pool), because aiohttp's ``connect`` timeout covers queueing and connecting
together. aiohttp has no write timer: a request body of the SDK's size (a few KB of JSON) is
handed to the socket buffer at once, so only a peer that stops reading mid-body could stall
it. On the httpx engine httpcore restarts the ``pool`` clock whenever a connection is freed and
handed to another queued call, so ``pool=P`` fails a call after ``P`` seconds without progress.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, Literal, TypeAlias

import httpx

from ._extras import require_extra

if TYPE_CHECKING:
    from ._aiohttp import AiohttpSender

__all__ = [
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_TIMEOUT",
    "Sender",
    "TransportChoice",
    "as_timeout",
    "build_sender",
    "fast_transport_available",
    "transport_error_message",
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


def as_timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    """``value`` under the SDK's contract: a number bounds connect, write and read, not the
    pool wait; an ``httpx.Timeout`` is taken as it is."""
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError("timeout must be a number of seconds or an httpx.Timeout")
    return httpx.Timeout(value, pool=None)


DEFAULT_PORTS = {"https": 443, "http": 80}
_NO_DETAIL = {
    httpx.PoolTimeout: "timed out waiting for a free pooled connection",
    httpx.ConnectTimeout: "timed out connecting",
    httpx.ReadTimeout: "timed out reading the response",
    httpx.WriteTimeout: "timed out sending the request",
    httpx.ConnectError: "cannot connect",
}


def transport_error_message(exc: httpx.RequestError) -> str:
    """``"ConnectError: cannot connect ([Errno 111] ...) to host:port"``: the httpx class, its
    detail and the host and port it concerned; never the path, the query or a header."""
    detail = str(exc) or next(
        (text for kind, text in _NO_DETAIL.items() if isinstance(exc, kind)), "no detail"
    )
    # a wait for the concurrency window is a pool wait too: one name for both (SlotTimeout)
    name = "PoolTimeout" if isinstance(exc, httpx.PoolTimeout) else type(exc).__name__
    try:
        url = exc.request.url
    except RuntimeError:  # an error raised without its request
        return f"{name}: {detail}"
    host = f"[{url.host}]" if ":" in url.host else url.host
    port = url.port or DEFAULT_PORTS.get(url.scheme)
    where = f"{host}:{port}" if port else host
    return f"{name}: {detail} ({where})"


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
        require_extra("fast", 'transport="aiohttp"', "aiohttp")
        from ._aiohttp import AiohttpSender

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
