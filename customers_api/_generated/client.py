"""The connection the generated endpoint functions send through."""

from typing import Any

import httpx
from attrs import define, field


@define
class Client:
    """Where and how the generated functions (`asyncio_detailed`, `asyncio`) send requests.

    `http` is an `httpx.AsyncClient` of the caller's; `auth` is applied per request, so that
    client is never modified; `headers` are added to every request. (The SDK's
    `CustomersClient` does not send through this: its pipeline reads each endpoint module's
    `_get_kwargs` and `_parse` directly.)
    """

    base_url: str
    http: httpx.AsyncClient
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
        headers: dict[str, str] | None = None,
        **body: Any,
    ) -> httpx.Response:
        """Send one request; `url` is the filled path, joined to `base_url`; `body` holds
        the request body (`json`, `content`, `data`, `files`) and `cookies`, when present."""
        return await self.http.request(
            method,
            self.base_url + url,
            params=params,
            headers={**self.headers, **headers} if headers else self.headers,
            auth=self.auth if self.auth is not None else httpx.USE_CLIENT_DEFAULT,
            **body,
        )


# One client type serves every endpoint; auth is the caller's concern.
AuthenticatedClient = Client

__all__ = ["AuthenticatedClient", "Client"]
