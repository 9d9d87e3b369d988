"""The errors the SDK raises.

Exception hierarchy::

    CustomersAPIError                   base of everything the SDK raises on purpose
     ├── ConfigError                    bad configuration (also a ValueError), e.g. from_env()
     ├── APIStatusError                 the API answered with a non-2xx status
     │    ├── BadRequestError           400
     │    ├── AuthenticationError       401
     │    ├── PermissionDeniedError     403
     │    ├── NotFoundError             404
     │    ├── RateLimitError            429  (.retry_after, seconds, when the server sent it)
     │    ├── ServerError               5xx
     │    └── UnexpectedStatusError     any other non-2xx (3xx included: redirects are not followed)
     ├── APIConnectionError             the request failed in transport (DNS, refused, reset, ...)
     │    └── APITimeoutError           ... because a connect/read/write/pool timeout expired
     ├── ResponseValidationError        a 2xx body that does not match the spec (.json_path)
     ├── PaginationError                paging cannot go on safely: the server ignores offset
     │                                  (a page repeats) or limit (a page is too long)
     └── ClientStateError               the client cannot send any more (also a RuntimeError)
          ├── ClientClosedError         a call after aclose() / the end of ``async with``
          └── EventLoopMismatchError    a call from another event loop than the client's first
                                        (e.g. one client reused across two asyncio.run())

``repr()`` shows the class, the status (if any) and the endpoint template, e.g.
``NotFoundError(status_code=404, endpoint='GET /customer/{customerId}/doc', message='...')``.
Connection errors name the host and port (``api.example.com:443``), never the path or query.

Every error that concerns one call carries ``endpoint``: the method and the API's path
*template*, e.g. ``"GET /customer/{customerId}/invoices"`` -- never the filled path, the query
string or any header -- and ``attempts``, how many requests the call made (retries included).

Errors pickle and unpickle (the attached ``httpx.Response``, if any, is not carried over).
Invalid arguments (a hostile path id, an unknown ``edge_cache`` value) raise plain
``ValueError`` before any request is sent.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ClientStateError",
    "ConfigError",
    "CustomersAPIError",
    "EventLoopMismatchError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "UnexpectedStatusError",
]


def _fields_repr(err: BaseException, names: tuple[str, ...]) -> str:
    """``Class(name=value, ...)`` over the attributes that are set (not None)."""
    shown = ", ".join(
        f"{name}={value!r}" for name in names if (value := getattr(err, name, None)) is not None
    )
    return f"{type(err).__name__}({shown})"


def _restore(cls: type[CustomersAPIError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    err = cls.__new__(cls)
    err.args = args
    err.__dict__.update(state)
    return err


class CustomersAPIError(Exception):
    """Base class of every error the SDK raises on purpose."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuild without calling __init__ (subclasses have keyword-only signatures);
        # live objects such as the httpx.Response are dropped.
        state = {k: v for k, v in self.__dict__.items() if k != "response"}
        if "response" in self.__dict__:
            state["response"] = None
        return (_restore, (type(self), self.args, state))


class ConfigError(CustomersAPIError, ValueError):
    """The client cannot be configured as asked (e.g. a missing environment variable)."""


class APIStatusError(CustomersAPIError):
    """The API answered with a non-2xx status.

    Attributes: ``status_code``, ``endpoint`` (``"GET /customer/{customerId}"``), ``message``
    (the server's, or one made from the status), ``code`` and ``request_id`` when the server
    sent them, ``attempts`` and ``response`` (the last ``httpx.Response``; None after unpickling).
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        endpoint: str,
        request_id: str | None = None,
        code: str | None = None,
        attempts: int = 1,
        response: httpx.Response | None = None,
    ) -> None:
        self.message = message
        self.status_code = status_code
        self.endpoint = endpoint
        self.request_id = request_id
        self.code = code
        self.attempts = attempts
        self.response = response
        super().__init__(message)

    def __str__(self) -> str:
        extra = f", request_id={self.request_id}" if self.request_id else ""
        tries = f", after {self.attempts} attempts" if self.attempts > 1 else ""
        return f"{self.status_code} on {self.endpoint}: {self.message}{extra}{tries}"

    def __repr__(self) -> str:
        return _fields_repr(self, ("status_code", "endpoint", "message", "request_id"))


class BadRequestError(APIStatusError):
    """400: the API refused the parameters or body."""


class AuthenticationError(APIStatusError):
    """401: the token is missing, expired or invalid."""


class PermissionDeniedError(APIStatusError):
    """403: the token is valid but may not do this (e.g. wrong site)."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is the server's hint in seconds, if any."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kw)


class ServerError(APIStatusError):
    """5xx: the API failed."""


class UnexpectedStatusError(APIStatusError):
    """A non-2xx status with no more specific class (3xx, 405, 409, 422, ...)."""


class APIConnectionError(CustomersAPIError):
    """The request failed in transport; ``endpoint`` and ``attempts`` say which call."""

    def __init__(self, message: str, *, endpoint: str, attempts: int = 1) -> None:
        self.message = message
        self.endpoint = endpoint
        self.attempts = attempts
        super().__init__(message)

    def __str__(self) -> str:
        tries = f", after {self.attempts} attempts" if self.attempts > 1 else ""
        return f"{self.endpoint}: {self.message}{tries}"

    def __repr__(self) -> str:
        return _fields_repr(self, ("endpoint", "message"))


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""


class ResponseValidationError(CustomersAPIError):
    """A 2xx body that does not match the spec.

    ``json_path`` locates the bad value (``$.data[3].lines[0].itemId``); ``reason`` says what
    was wrong. The value itself is never included.
    """

    def __init__(
        self,
        *,
        endpoint: str,
        json_path: str,
        reason: str,
        status_code: int | None = None,
        request_id: str | None = None,
        attempts: int = 1,
    ) -> None:
        self.endpoint = endpoint
        self.json_path = json_path
        self.reason = reason
        self.status_code = status_code
        self.request_id = request_id
        self.attempts = attempts
        super().__init__(f"{endpoint}: response does not match the spec at {json_path}: {reason}")

    def __repr__(self) -> str:
        return _fields_repr(self, ("status_code", "endpoint", "json_path", "reason"))


class PaginationError(CustomersAPIError):
    """Iterating a paged endpoint cannot go on without looping or skipping.

    ``method`` names the SDK method being paged (``"Invoices.list"``), ``offset`` the page
    that showed the problem. Raised instead of iterating forever when the server ignores
    ``offset`` (a page equal to the previous one) or ``limit`` (more items than asked).
    """

    def __init__(self, message: str, *, method: str, offset: int) -> None:
        self.message = message
        self.method = method
        self.offset = offset
        super().__init__(message)

    def __repr__(self) -> str:
        return _fields_repr(self, ("method", "offset", "message"))


class ClientStateError(CustomersAPIError, RuntimeError):
    """The client cannot send in its current state; the message says why and what to do."""


class ClientClosedError(ClientStateError):
    """A call on a client that was closed (``aclose()`` or the end of its ``async with``), or
    whose caller-supplied ``http_client`` was closed."""


class EventLoopMismatchError(ClientStateError):
    """A call from another event loop than the one the client first sent on.

    A client's connections belong to the event loop that opened them, so one client cannot
    outlive its ``asyncio.run()``: create the client inside the coroutine you run, once per
    event loop.
    """


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The APIStatusError subclass for a non-2xx status."""
    cls = _BY_STATUS.get(status_code)
    if cls is not None:
        return cls
    return ServerError if 500 <= status_code < 600 else UnexpectedStatusError
