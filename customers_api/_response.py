"""``APIResponse``: the data of one call plus its envelope metadata and the raw response."""

from __future__ import annotations

from typing import Any, Generic, Protocol, TypeVar

import httpx

from ._generated.models import EnvelopeOptions, EnvelopeParams

__all__ = ["APIResponse", "Envelope"]

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


class APIResponse(Generic[T]):
    """One successful call, as returned by ``<method>.with_response(...)``.

    ``data`` is what the plain call returns; ``total``/``count``/``total_results``/``message``
    come from the API's envelope (``envelope`` is the whole typed envelope, with ``options``
    and ``params``); ``http_response`` is the final ``httpx.Response``; ``attempts`` counts
    the requests the call made, retries included.
    """

    __slots__ = ("attempts", "envelope", "http_response")

    def __init__(self, envelope: Envelope[T], http_response: httpx.Response, attempts: int) -> None:
        self.envelope = envelope
        self.http_response = http_response
        self.attempts = attempts

    @property
    def data(self) -> T:
        return self.envelope.data

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
        return (
            f"<APIResponse [{self.status_code}] count={self.count} total={self.total} "
            f"attempts={self.attempts}>"
        )
