"""The fast engine: requests sent on aiohttp directly, answered as ``httpx.Response``.

httpx's ``AsyncClient`` spends more per request than aiohttp spends on the whole request,
and its default pool slows as concurrency rises (BENCHMARKS.md). For the SDK's own
requests, which need none of httpx's client features (no redirects, no cookies, auth
applied here), this engine sends on an ``aiohttp.ClientSession`` and wraps the answer in
an ``httpx.Response``, so everything above it (generated code, retries, errors,
``APIResponse.http_response``) is unchanged. aiohttp's failures are raised as the httpx
exceptions they correspond to, with messages that never carry the URL.

Timeouts follow the SDK's one contract (``_transport.py``): ``connect`` bounds connecting,
``read`` the wait for the next bytes, and ``pool`` the wait for a free connection, which is
the SDK's own queue here (a semaphore of ``max_connections`` slots in front of aiohttp's pool
of the same size) so that it can be told apart from connecting and named ``PoolTimeout``.

Needs the ``customers-api[fast]`` extra (aiohttp).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Mapping
from typing import Any

import aiohttp
import httpx
from httpx._content import ByteStream  # httpx<0.29 is pinned; tests cover it

from ._auth import BearerAuth
from ._exceptions import ClientClosedError

__all__ = ["AiohttpSender"]


class _Response(httpx.Response):
    """An ``httpx.Response`` whose ``request`` is built only if someone asks for it."""

    _lazy_request: tuple[str, object]

    @property
    def request(self) -> httpx.Request:
        if self._request is None:
            method, url = self._lazy_request
            self._request = httpx.Request(method, str(url))
        return self._request

    @request.setter
    def request(self, value: httpx.Request) -> None:
        self._request = value


def _as_httpx_response(raw: aiohttp.ClientResponse, body: bytes, method: str) -> httpx.Response:
    """The answer as an ``httpx.Response``, read and closed.

    A body without a Content-Encoding is handed over as is (httpx's read pipeline would only
    copy it: ~10 us of a ~200 us request); an encoded one goes through httpx, which decodes.
    """
    if raw.headers.get("Content-Encoding", "identity") == "identity":
        response = _Response(raw.status, headers=raw.raw_headers, stream=ByteStream(body))
        response._content = body
        response.is_stream_consumed = True
        response.is_closed = True
    else:
        response = _Response(raw.status, headers=raw.raw_headers, content=body)
    response._lazy_request = (method, raw.url)
    return response


def _client_timeout(parts: Mapping[str, float | None]) -> aiohttp.ClientTimeout:
    """aiohttp's timeouts for httpx's four; ``pool`` is applied by the sender's own queue.

    aiohttp's ``connect`` covers waiting for a pooled connection *and* connecting; the SDK's
    queue hands a call to aiohttp only when a connection slot is free, so there it bounds
    connecting (DNS, TCP, TLS) alone, like httpx's ``connect``.
    """
    connect = parts.get("connect")
    return aiohttp.ClientTimeout(
        total=None, connect=connect, sock_connect=connect, sock_read=parts.get("read")
    )


def _os_detail(exc: aiohttp.ClientConnectorError) -> str:
    """``[Errno 111] Connection refused``: the OS reason, without aiohttp's address tuple."""
    errno = exc.os_error.errno
    return f"[Errno {errno}] {os.strerror(errno)}" if errno else "refused"


def _as_httpx_error(exc: BaseException, method: str, url: str) -> httpx.TransportError:
    """The httpx exception matching an aiohttp failure; the message names no URL."""
    request = httpx.Request(method, url)
    kind: type[httpx.TransportError]
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        kind, text = httpx.ConnectTimeout, "timed out connecting"
    elif isinstance(exc, (aiohttp.SocketTimeoutError, asyncio.TimeoutError)):
        kind, text = httpx.ReadTimeout, "timed out reading the response"
    elif isinstance(exc, aiohttp.ClientConnectorError):
        kind, text = httpx.ConnectError, f"cannot connect ({_os_detail(exc)})"
    elif isinstance(exc, (aiohttp.ServerDisconnectedError, aiohttp.ClientResponseError)):
        kind, text = httpx.RemoteProtocolError, type(exc).__name__
    elif isinstance(exc, (aiohttp.ClientPayloadError, aiohttp.ClientOSError)):
        kind, text = httpx.ReadError, type(exc).__name__
    else:
        kind, text = httpx.TransportError, type(exc).__name__
    return kind(text, request=request)


class AiohttpSender:
    """Sends the generated code's requests on one shared ``aiohttp.ClientSession``.

    The session is created on first use (inside the running event loop). Redirects are
    not followed and no cookies are kept, as on the SDK's own httpx client. Bodies are
    handed over as received; ``httpx.Response`` undoes any Content-Encoding.
    """

    def __init__(self, *, timeout: httpx.Timeout, max_connections: int) -> None:
        self.timeout = timeout
        self.max_connections = max_connections
        self._default_timeout = _client_timeout(timeout.as_dict())
        self._session: aiohttp.ClientSession | None = None
        self._closed = False
        # The queue for a connection: a call holds a slot from before aiohttp picks a
        # connection until the answer is read and the connection is back in aiohttp's pool.
        self._slots = asyncio.Semaphore(max_connections)

    def _open(self) -> aiohttp.ClientSession:
        if self._closed:
            raise ClientClosedError("the client has been closed")
        self._session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=self.max_connections, limit_per_host=0),
            cookie_jar=aiohttp.DummyCookieJar(),
            timeout=self._default_timeout,
            auto_decompress=False,  # httpx.Response decodes per Content-Encoding, once
        )
        # aiohttp re-sends a GET/PUT/DELETE by itself when a reused keep-alive connection
        # drops (RFC 9112 9.3.1): a PUT the server had applied went out twice, unseen by the
        # SDK's retry policy and `attempts`. Only the SDK's policy may retry (issue 6).
        self._session._retry_connection = False
        return self._session

    async def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        auth: BearerAuth | None = None,
        extensions: Mapping[str, Any] | None = None,
    ) -> httpx.Response:
        session = self._session or self._open()
        extensions = extensions or {}
        send_headers = dict(headers) if headers else {}
        if auth is not None:
            value = auth.authorization_for_url(url)
            if value is not None:
                send_headers["Authorization"] = value
            param = auth.edge_cache_param(extensions)
            if param is not None:
                params = {**(params or {}), param[0]: param[1]}
        timeout: Mapping[str, float | None] | None = extensions.get("timeout")
        slots = self._slots
        if slots.locked():
            pool = self.timeout.pool if timeout is None else timeout.get("pool")
            await self._queue(slots, pool, method, url)
        else:
            await slots.acquire()  # a free slot: no suspension
        try:
            async with session.request(
                method,
                url,
                params=params,
                json=json,
                headers=send_headers,
                allow_redirects=False,
                timeout=self._default_timeout if timeout is None else _client_timeout(timeout),
            ) as raw:
                body = await raw.read()
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise _as_httpx_error(exc, method, url) from None
        finally:
            slots.release()
        return _as_httpx_response(raw, body, method)

    @staticmethod
    async def _queue(slots: asyncio.Semaphore, pool: float | None, method: str, url: str) -> None:
        """Wait for a connection slot, at most ``pool`` seconds (None: without limit)."""
        if pool is None:
            await slots.acquire()
            return
        try:
            async with asyncio.timeout(pool):
                await slots.acquire()
        except TimeoutError:
            raise httpx.PoolTimeout(
                "timed out waiting for a free pooled connection",
                request=httpx.Request(method, url),
            ) from None

    @property
    def connections_in_use(self) -> int:
        """Connections currently checked out of the pool (0 when none was opened)."""
        connector = self._session.connector if self._session is not None else None
        return 0 if connector is None else len(connector._acquired)

    @property
    def is_closed(self) -> bool:
        return self._closed

    async def aclose(self) -> None:
        """Close the connection pool; safe to call more than once."""
        self._closed = True
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()
