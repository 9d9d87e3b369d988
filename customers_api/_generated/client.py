"""The connection the generated endpoint functions send through."""

from typing import Any, Protocol

import httpx
from attrs import define, field


class AsyncSender(Protocol):
    """What sends a request: an ``httpx.AsyncClient``, or any engine with its `request`."""

    async def request(
        self,
        method: str,
        url: str,
        *,
        params: Any = ...,
        json: Any = ...,
        headers: Any = ...,
        auth: Any = ...,
        extensions: Any = ...,
    ) -> httpx.Response: ...


@define
class Client:
    """Where and how generated functions send requests.

    The handwritten layer builds this: `http` sends (a shared `httpx.AsyncClient`, the
    caller's own or one the SDK made, or a faster engine with the same `request`), `auth`
    is applied per request so a caller's client is never modified, and `headers` are added
    to every request.
    """

    base_url: str
    http: AsyncSender
    auth: httpx.Auth | None = None
    headers: dict[str, str] = field(factory=dict)

    def __attrs_post_init__(self) -> None:
        self.base_url = self.base_url.rstrip("/")

    async def request(
        self,
        *,
        method: str,
        url: str,
        params: dict[str, Any] | None = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
        extensions: dict[str, Any] | None = None,
        **body: Any,
    ) -> httpx.Response:
        """Send one request; `url` is the filled path, joined to `base_url`.

        `body` holds what a non-JSON request adds (`content`, `data`, `files`, `cookies`),
        passed on only when present: the API's JSON requests work on every engine.
        """
        return await self.http.request(
            method,
            self.base_url + url,
            params=params,
            json=json,
            headers={**self.headers, **headers} if headers else self.headers,
            auth=self.auth if self.auth is not None else httpx.USE_CLIENT_DEFAULT,
            extensions=extensions,
            **body,
        )


# One client type serves every endpoint; auth is the handwritten layer's concern.
AuthenticatedClient = Client

__all__ = ["AsyncSender", "AuthenticatedClient", "Client"]
