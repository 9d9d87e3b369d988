"""``APIResponse``: the data of one call plus its envelope metadata and the raw response.

Most endpoints answer with the API's envelope, whose ``data`` the call returns. An endpoint
whose 2xx body is anything else (a bare object, an array, a scalar, a ``oneOf``, no body)
returns that body as ``data``, and the envelope's fields (``envelope``, ``total``, ``count``,
``total_results``, ``message``) raise AttributeError (:class:`Body`).
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, Generic, Protocol, TypeVar, cast

import httpx

from ._generated.models import EnvelopeOptions, EnvelopeParams

__all__ = ["APIResponse", "Body", "Envelope", "bare"]

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


class Body(Generic[T_co]):
    """A 2xx body that is not the API's envelope: ``data`` is the body itself."""

    __slots__ = ("data",)

    def __init__(self, data: T_co) -> None:
        self.data = data


class _Result(Protocol[T_co]):
    """The generated ``Response[X]``, as far as :func:`bare` needs it."""

    @property
    def parsed(self) -> T_co | None: ...
    @property
    def status_code(self) -> int: ...
    @property
    def raw(self) -> httpx.Response: ...


class BodyResult(Generic[T]):
    """A generated result whose 2xx body is wrapped in :class:`Body` (else ``parsed`` is None,
    as for an enveloped endpoint's error status)."""

    __slots__ = ("parsed", "raw", "status_code")

    def __init__(self, result: _Result[T]) -> None:
        self.status_code = result.status_code
        self.raw = result.raw
        ok = 200 <= self.status_code < 300
        # a 2xx parses to the body's own type (None only where that type includes None)
        self.parsed: Body[T] | None = Body(cast("T", result.parsed)) if ok else None


async def bare(result: Awaitable[_Result[T]]) -> BodyResult[T]:
    """The generated call of an endpoint without the envelope, seen as one with it."""
    return BodyResult(await result)


class APIResponse(Generic[T]):
    """One successful call, as returned by ``<method>.with_response(...)``.

    ``data`` is what the plain call returns; ``total``/``count``/``total_results``/``message``
    come from the API's envelope (``envelope`` is the whole typed envelope, with ``options``
    and ``params``); ``http_response`` is the final ``httpx.Response``; ``attempts`` counts
    the requests the call made, retries included. For an endpoint whose body is not the
    envelope, ``data`` is the body itself and the envelope's fields raise ``AttributeError``.
    """

    __slots__ = ("_payload", "attempts", "http_response")

    def __init__(
        self, envelope: Envelope[T] | Body[T], http_response: httpx.Response, attempts: int
    ) -> None:
        self._payload = envelope
        self.http_response = http_response
        self.attempts = attempts

    @property
    def envelope(self) -> Envelope[T]:
        """The whole typed envelope; AttributeError for an endpoint that answers without one."""
        if isinstance(self._payload, Body):
            raise AttributeError(
                "this endpoint answers a body without the API's envelope "
                "(no total, count or message): read .data"
            )
        return self._payload

    @property
    def data(self) -> T:
        return self._payload.data

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
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def __repr__(self) -> str:
        if isinstance(self._payload, Body):
            return f"<APIResponse [{self.status_code}] attempts={self.attempts}>"
        return (
            f"<APIResponse [{self.status_code}] count={self.count} total={self.total} "
            f"attempts={self.attempts}>"
        )
