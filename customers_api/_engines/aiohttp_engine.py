"""The fast engine: the SDK's requests sent on aiohttp (``customers-api[fast]``).

httpx's ``AsyncClient`` spends more per request than aiohttp spends on the whole request,
and its default pool slows as concurrency rises (BENCHMARKS.md). The SDK needs none of
httpx's client features here (no redirects, no cookies, auth already in the headers), so
this engine hands the prepared request to one ``aiohttp.ClientSession`` and returns the
status, headers and body as received; the pipeline builds the ``httpx.Response`` a user
sees only if one is asked for.

* The URL arrives encoded (``yarl.URL(..., encoded=True)``): aiohttp re-parses and
  re-encodes nothing, and the query is the pipeline's, byte for byte, on every engine.
* No resend behind the SDK's back: aiohttp re-sends an idempotent request by itself when a
  connection drops (RFC 9112 9.3.1); a client middleware refuses that second pass (re-raising
  the first failure), so only the SDK's retry policy retries and ``attempts`` counts every
  request.
* Failures are raised as the httpx exceptions they correspond to, with the OS's or the
  resolver's reason and never the URL (the pipeline adds ``host:port``).
* The connector has no limit of its own: the pipeline's gate is the one limit.

Timeouts: ``connect`` bounds DNS, TCP and TLS; ``read`` the wait for the next bytes; the
``pool`` wait is the gate's; aiohttp has no write timer.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar

import aiohttp
import httpx
from yarl import URL

from .._params import Phases
from ._boundary import DISCONNECTED, TIMED_OUT, Reply, connect_error

__all__ = ["AiohttpEngine"]

#: The failure of this task's current request, once aiohttp's own pass has failed.
_FAILED: ContextVar[BaseException | None] = ContextVar("customers_api_aiohttp_failed", default=None)


async def _no_resend(
    request: aiohttp.ClientRequest, handler: aiohttp.ClientHandlerType
) -> aiohttp.ClientResponse:
    """A client middleware: one pass per request (see the module docstring)."""
    failed = _FAILED.get()
    if failed is not None:
        raise failed
    try:
        return await handler(request)
    except (aiohttp.ClientOSError, aiohttp.ServerDisconnectedError) as exc:
        _FAILED.set(exc)
        raise


def _client_timeout(phases: Phases) -> aiohttp.ClientTimeout:
    connect, read, _write, _pool = phases
    return aiohttp.ClientTimeout(total=None, connect=connect, sock_connect=connect, sock_read=read)


def transport_error(exc: BaseException) -> httpx.TransportError:
    """The httpx exception matching an aiohttp failure; its message names no URL."""
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(TIMED_OUT[httpx.ConnectTimeout])
    if isinstance(exc, (aiohttp.SocketTimeoutError, TimeoutError)):
        return httpx.ReadTimeout(TIMED_OUT[httpx.ReadTimeout])
    if isinstance(exc, aiohttp.ClientConnectorError):
        return connect_error(exc.os_error, exc.host)
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError(DISCONNECTED)
    if isinstance(exc, aiohttp.ClientResponseError):
        return httpx.RemoteProtocolError(f"invalid response ({type(exc).__name__})")
    if isinstance(exc, (aiohttp.ClientPayloadError, aiohttp.ClientOSError)):
        return httpx.ReadError(type(exc).__name__)
    return httpx.TransportError(type(exc).__name__)


class AiohttpEngine:
    """Sends on one shared ``aiohttp.ClientSession``, created on first use (inside the
    running event loop)."""

    __slots__ = ("_closed", "_session", "_timeouts")

    def __init__(self) -> None:
        self._session: aiohttp.ClientSession | None = None
        self._closed = False
        self._timeouts: dict[Phases, aiohttp.ClientTimeout] = {}

    def _open(self) -> aiohttp.ClientSession:
        self._session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0, limit_per_host=0),
            cookie_jar=aiohttp.DummyCookieJar(),
            middlewares=(_no_resend,),
        )
        return self._session

    async def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: Phases,
    ) -> Reply:
        session = self._session or self._open()
        client_timeout = self._timeouts.get(timeout)
        if client_timeout is None:
            client_timeout = self._timeouts[timeout] = _client_timeout(timeout)
        _FAILED.set(None)
        error: httpx.TransportError
        try:
            async with session.request(
                method,
                URL(url, encoded=True),
                headers=headers,
                data=body,
                allow_redirects=False,
                timeout=client_timeout,
            ) as raw:
                return raw.status, raw.headers, await raw.read()
        except (TimeoutError, aiohttp.ClientError) as exc:
            error = transport_error(exc)
            _FAILED.set(None)
        raise error  # outside the handler: the aiohttp exception is not its __context__

    @property
    def is_closed(self) -> bool:
        return self._closed

    async def aclose(self) -> None:
        """Close the connection pool; safe to call more than once."""
        self._closed = True
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()

    def __repr__(self) -> str:
        return f"<AiohttpEngine {'closed' if self._closed else 'open'}>"
