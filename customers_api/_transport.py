"""The SDK's own ``httpx.AsyncClient``: engine choice, pool limits, timeouts.

``transport="auto"`` uses httpx-aiohttp's ``AiohttpTransport`` when the ``customers-api[fast]``
extra is installed, else httpx's default (httpcore) transport. A caller may instead pass an
``httpx.AsyncBaseTransport`` instance, or a whole ``httpx.AsyncClient`` to ``CustomersClient``
(which then builds nothing here and never closes it).
"""

from __future__ import annotations

import importlib.util
from typing import Literal, TypeAlias

import httpx

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_TIMEOUT",
    "TransportChoice",
    "build_http_client",
    "fast_transport_available",
]

TransportChoice: TypeAlias = "Literal['auto', 'httpx', 'aiohttp'] | httpx.AsyncBaseTransport"

#: connect 5 s, read 30 s, write 30 s, pool 10 s.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=30.0, write=30.0, pool=10.0)

#: Sized for fan-out: many concurrent calls to one host.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


def fast_transport_available() -> bool:
    """True when httpx-aiohttp (the ``fast`` extra) can be imported."""
    return importlib.util.find_spec("httpx_aiohttp") is not None


def _make_transport(
    choice: TransportChoice, limits: httpx.Limits
) -> httpx.AsyncBaseTransport | None:
    if isinstance(choice, httpx.AsyncBaseTransport):
        return choice
    if choice == "auto":
        choice = "aiohttp" if fast_transport_available() else "httpx"
    if choice == "httpx":
        return None  # httpx builds its default transport from `limits`
    if choice == "aiohttp":
        try:
            from httpx_aiohttp import AiohttpTransport
        except ImportError as exc:
            raise ImportError(
                'transport="aiohttp" needs the fast extra: pip install "customers-api[fast]"'
            ) from exc
        return AiohttpTransport(limits=limits)
    raise ValueError(f"transport must be 'auto', 'httpx', 'aiohttp' or a transport; got {choice!r}")


def build_http_client(
    *,
    transport: TransportChoice = "auto",
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    limits: httpx.Limits = DEFAULT_LIMITS,
) -> httpx.AsyncClient:
    """A client for the SDK's own use. Redirects are not followed (a 3xx is an error)."""
    return httpx.AsyncClient(
        transport=_make_transport(transport, limits),
        timeout=timeout,
        limits=limits,
        follow_redirects=False,
    )
