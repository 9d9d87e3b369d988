"""``APIResponse``: the data of one call plus its envelope metadata and the raw response.

The ``httpx.Response`` a user may ask for (``.http_response``, ``.headers``) is built only
when asked, with httpx's public constructor, from what the engine returned (the body
decoded: ``Content-Encoding`` and ``Content-Length`` are left out); its request is
the call's *template* (``GET https://host/customer/%7BcustomerId%7D/doc``) without a header,
so no token, filled path or query string is reachable from it (:func:`http_response`). The
same function builds the response an ``APIStatusError`` carries.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import httpx

from ._request import Operation

if TYPE_CHECKING:  # the models load on first use, not at `import customers_api`
    from ._generated.models import EnvelopeOptions, EnvelopeParams

__all__ = ["APIResponse", "Envelope", "http_response"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Envelope(Protocol[T_co]):
    """What every generated response envelope offers.

    ``params`` are the parameters the server applied and ``options`` its options: typed
    objects (unknown keys in ``additional_properties``), or ``[]`` when the server sent an
    empty list, as the API does when there is nothing to report.
    """

    @property
    def data(self) -> T_co: ...
    @property
    def count(self) -> int: ...
    @property
    def total(self) -> int: ...
    @property
    def total_results(self) -> int: ...
    @property
    def message(self) -> str: ...
    @property
    def params(self) -> EnvelopeParams | list[Any]: ...
    @property
    def options(self) -> EnvelopeOptions | list[Any]: ...


#: Headers that described the body as sent: the engine has already decoded it.
_ENCODING_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _header_items(headers: Mapping[str, str]) -> list[tuple[str, str]]:
    """Every header line, a repeated header once per value (httpx's and aiohttp's kinds),
    but those describing the encoded body."""
    multi = getattr(headers, "multi_items", None)
    items = multi() if multi is not None else headers.items()
    return [(k, v) for k, v in items if k.lower() not in _ENCODING_HEADERS]


def http_response(
    op: Operation, base_url: str, status: int, headers: Mapping[str, str], content: bytes
) -> httpx.Response:
    """The answer as an ``httpx.Response`` (public constructor), its request reduced to the
    endpoint template without headers. ``content`` is the decoded body, so the headers that
    described the body as sent (``Content-Encoding``, ``Content-Length``) are left out."""
    request = httpx.Request(op.method, base_url + op.path)
    return httpx.Response(status, headers=_header_items(headers), content=content, request=request)


class APIResponse(Generic[T]):
    """One successful call, as returned by ``<method>.with_response(...)``.

    ``data`` is the call's data (for a list method, the plain list of items, which the plain
    call wraps in a ``Page``); ``total``/``count``/``total_results``/``message``
    come from the API's envelope (``envelope`` is the whole typed envelope, with ``options``
    and ``params``); ``http_response`` is the final ``httpx.Response`` (built on first use);
    ``attempts`` counts the requests the call made, retries included. For an endpoint whose
    body is not the envelope, ``data`` is the body itself and the envelope's fields raise
    ``AttributeError``.
    """

    __slots__ = ("_base_url", "_body", "_content", "_headers", "_http", "_op", "attempts", "data")

    def __init__(
        self,
        op: Operation,
        base_url: str,
        body: Any,
        status: int,
        headers: Mapping[str, str],
        content: bytes,
        attempts: int,
    ) -> None:
        self._op = op
        self._base_url = base_url
        self._body = body
        self.data: T = body.data if op.envelope else body
        self._headers = headers
        self._content = (status, content)
        self._http: httpx.Response | None = None
        self.attempts = attempts

    @property
    def envelope(self) -> Envelope[T]:
        if not self._op.envelope:
            raise AttributeError(
                f"{self._op.endpoint} answers a body without the API's envelope "
                "(no total, count or message): read .data"
            )
        envelope: Envelope[T] = self._body
        return envelope

    @property
    def total(self) -> int:
        return self.envelope.total

    @property
    def count(self) -> int:
        return self.envelope.count

    @property
    def total_results(self) -> int:
        return self.envelope.total_results

    @property
    def message(self) -> str:
        return self.envelope.message

    @property
    def status_code(self) -> int:
        return self._content[0]

    @property
    def http_response(self) -> httpx.Response:
        if self._http is None:
            status, content = self._content
            self._http = http_response(self._op, self._base_url, status, self._headers, content)
        return self._http

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def __repr__(self) -> str:
        if not self._op.envelope:
            return f"<APIResponse [{self.status_code}] attempts={self.attempts}>"
        return (
            f"<APIResponse [{self.status_code}] count={self.count} total={self.total} "
            f"attempts={self.attempts}>"
        )
