"""Per-request auth: the bearer token, and the edgeCache query parameter.

Applied as an ``httpx.Auth`` passed with every request (never set on the ``httpx.AsyncClient``),
so a caller's own client is used as is and never learns the token. The aiohttp engine
(``_aiohttp.py``) applies the same two rules through ``authorization`` and
``edge_cache_param``.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx

__all__ = ["EDGE_CACHE_EXTENSION", "NO_AUTH_PATHS", "BearerAuth"]

#: Request extension holding the edgeCache query parameter *name* (``cacheSiteId30s``).
EDGE_CACHE_EXTENSION = "customers_api.edge_cache"

#: Paths the API serves without a token (documented convention).
NO_AUTH_PATHS = ("/health-check", "/ping")


class BearerAuth(httpx.Auth):
    """Adds ``Authorization: Bearer <token>`` except on ``/health-check`` and ``/ping``.

    Also adds ``cacheSiteId{value}=<site_id>`` when the call asked for the edge cache.
    The token is never part of ``repr``/``str``.
    """

    def __init__(self, token: str, site_id: str, base_path: str = "") -> None:
        self._header = f"Bearer {token}"
        self._site_id = site_id
        prefix = base_path.rstrip("/")
        self._exempt = frozenset(prefix + p for p in NO_AUTH_PATHS)
        self._exempt_suffixes = tuple(self._exempt)

    def authorization(self, path: str) -> str | None:
        """The ``Authorization`` value for a request to `path` (None where none is sent)."""
        return None if path in self._exempt else self._header

    def authorization_for_url(self, url: str) -> str | None:
        """`authorization` for a full URL without a query (parsed only if it may be exempt)."""
        if url.endswith(self._exempt_suffixes):
            return self.authorization(urlsplit(url).path)
        return self._header

    def edge_cache_param(self, extensions: Mapping[str, Any]) -> tuple[str, str] | None:
        """The ``cacheSiteId{value}=<site_id>`` query parameter the call asked for, if any."""
        name = extensions.get(EDGE_CACHE_EXTENSION)
        return None if name is None else (name, self._site_id)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        value = self.authorization(request.url.path)
        if value is not None:
            request.headers["Authorization"] = value
        param = self.edge_cache_param(request.extensions)
        if param is not None:
            request.url = request.url.copy_add_param(*param)
        yield request

    def __repr__(self) -> str:
        return "BearerAuth(token=<redacted>)"

    __str__ = __repr__

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("BearerAuth holds a secret and cannot be pickled")
