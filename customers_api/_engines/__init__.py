"""The engines that send the SDK's requests, behind one boundary (httpx's idea of a transport).

An engine takes a request the pipeline has fully prepared -- method, absolute URL with its
encoded query, every header, the body bytes -- and the timeout phases, and returns
``(status, headers, content)``: the status, the response headers (a case-insensitive
mapping; a repeated header appears once per value in ``items()``) and the body with any
``Content-Encoding`` undone. It maps its own failures once, to httpx's
exception classes built with their public constructors and without a request or URL
(``httpx.ConnectError("cannot connect ([Errno 111] Connection refused)")``); the pipeline
attaches the endpoint template and the host. Engines read no private attribute of httpx or
aiohttp, follow no redirect, keep no cookie, and limit nothing: concurrency and the wait for
a free connection are the pipeline's one gate (``_ratelimit.Throttle``).

* ``transport="auto"`` (default): the aiohttp engine when ``customers-api[fast]`` is
  installed, else httpx's;
* ``"aiohttp"`` (:mod:`.aiohttp_engine`), ``"httpx"`` (:mod:`.httpx_engine`, on an
  ``httpx.AsyncClient`` the SDK makes), an ``httpx.AsyncBaseTransport`` instance (under such
  a client), or a caller's own ``httpx.AsyncClient`` (``http_client=``, used as it is).

The timeout contract, the same on every engine: connect (DNS, TCP, TLS), read (the wait for
the next bytes of the answer) and write each bounded by its phase; the wait for a free
connection (``pool``) is the gate's. aiohttp has no write timer: the SDK's bodies (a few KB
of JSON) go to the socket buffer at once.
"""

from __future__ import annotations

import importlib.util
from typing import Literal, TypeAlias

import httpx

from .._extras import require_extra
from .._params import Phases
from ._boundary import Engine, Reply

__all__ = [
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_TIMEOUT",
    "Engine",
    "Reply",
    "TransportChoice",
    "build_engine",
    "fast_transport_available",
]

TransportChoice: TypeAlias = "Literal['auto', 'httpx', 'aiohttp'] | httpx.AsyncBaseTransport"

#: connect 5 s, read 30 s, write 30 s; no limit on the wait for a free connection: a
#: fan-out wider than the pool queues instead of failing.
DEFAULT_TIMEOUT: Phases = (5.0, 30.0, 30.0, None)

#: Sized for fan-out: many concurrent calls to one host. More connections than this buy
#: nothing on one host and cost sockets; extra concurrent calls wait for a free one.
DEFAULT_MAX_CONNECTIONS = 100


def fast_transport_available() -> bool:
    """True when aiohttp (the ``fast`` extra) can be imported."""
    return importlib.util.find_spec("aiohttp") is not None


def build_engine(transport: TransportChoice, max_connections: int) -> Engine:
    """The SDK's own engine for ``transport`` (see the module docstring)."""
    if transport == "auto":
        transport = "aiohttp" if fast_transport_available() else "httpx"
    custom = transport if isinstance(transport, httpx.AsyncBaseTransport) else None
    if custom is not None or transport == "httpx":
        from .httpx_engine import HttpxEngine

        return HttpxEngine.own(custom, max_connections)
    if transport == "aiohttp":
        require_extra("fast", 'transport="aiohttp"', "aiohttp")
        from .aiohttp_engine import AiohttpEngine

        return AiohttpEngine()
    raise ValueError(
        f"transport must be 'auto', 'httpx', 'aiohttp' or an httpx transport; got {transport!r}"
    )
