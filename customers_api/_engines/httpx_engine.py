"""The httpx engine: the SDK's requests sent on an ``httpx.AsyncClient``.

Either the SDK's own client (``transport="httpx"``, or any ``httpx.AsyncBaseTransport``
under it: ``httpx.ASGITransport(app=...)``, ``httpx.MockTransport``, ...), which it closes,
or a caller's (``http_client=``), used as it is: nothing on it is changed, its own headers,
params, event hooks and pool apply, and it is never closed by the SDK. Only public httpx
API: ``build_request`` with the prepared URL, headers and body and the ``timeout``
request extension; ``send(..., follow_redirects=False, auth=None)`` (the token is already in
the headers; a client-level auth is not applied on top); the body as httpx decoded it.

A transport failure is re-raised as a fresh exception of the same httpx class and message,
without the request (which holds the token and the filled URL) and outside the handler, so
nothing of the original is reachable from it.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from .._exceptions import ClientClosedError
from .._params import Phases
from ._boundary import DISCONNECTED, TIMED_OUT, Reply, connect_error

__all__ = ["HttpxEngine"]

_CALLER_CLOSED = (
    "the httpx.AsyncClient passed as http_client was closed; keep it open while the "
    "CustomersClient is in use"
)


def _os_error(exc: BaseException) -> OSError | None:
    """The OS's (or the resolver's) error under an httpx exception, if any."""
    seen: BaseException | None = exc
    for _ in range(8):
        seen = seen.__cause__ or seen.__context__ if seen is not None else None
        if isinstance(seen, OSError) and seen.errno is not None:
            return seen
    return None


def scrubbed(exc: httpx.TransportError, host: str) -> httpx.TransportError:
    """A fresh exception of ``exc``'s class, worded as every engine words it, without its
    request (which holds the token and the filled URL)."""
    kind = type(exc)
    for timeout, text in TIMED_OUT.items():
        if isinstance(exc, timeout):
            return timeout(text)
    if isinstance(exc, httpx.ConnectError):
        return connect_error(_os_error(exc), host)
    text = str(exc) or kind.__name__
    if isinstance(exc, httpx.RemoteProtocolError) and text.startswith("Server disconnected"):
        text = DISCONNECTED
    try:
        return kind(text)
    except TypeError:  # a subclass with a constructor of its own
        return httpx.TransportError(f"{kind.__name__}: {text}")


class HttpxEngine:
    """Sends on ``client``; ``owned``: the SDK made it and closes it."""

    __slots__ = ("client", "owned")

    def __init__(self, client: httpx.AsyncClient, *, owned: bool) -> None:
        self.client = client
        self.owned = owned

    @classmethod
    def own(cls, transport: httpx.AsyncBaseTransport | None, max_connections: int) -> HttpxEngine:
        """The SDK's own client: no connection limit (the pipeline's gate is the limit),
        ``max_connections`` connections kept alive, no redirects."""
        limits = httpx.Limits(max_connections=None, max_keepalive_connections=max_connections)
        client = httpx.AsyncClient(transport=transport, limits=limits, follow_redirects=False)
        return cls(client, owned=True)

    async def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: Phases,
    ) -> Reply:
        client = self.client
        if client.is_closed:
            raise ClientClosedError(_CALLER_CLOSED)
        connect, read, write, pool = timeout
        request = client.build_request(
            method,
            url,
            headers=headers,
            content=body,
            extensions={
                "timeout": {"connect": connect, "read": read, "write": write, "pool": pool}
            },
        )
        error: httpx.TransportError
        try:
            response = await client.send(request, follow_redirects=False, auth=None)
            return response.status_code, response.headers, response.content
        except httpx.TransportError as exc:
            error = scrubbed(exc, request.url.host)
        raise error

    @property
    def is_closed(self) -> bool:
        return self.client.is_closed

    async def aclose(self) -> None:
        """Close the SDK's own client (a caller's is left open); safe to call more than once."""
        if self.owned:
            await self.client.aclose()

    def __repr__(self) -> str:
        return f"<HttpxEngine {'own' if self.owned else 'caller'} client>"
