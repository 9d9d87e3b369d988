"""One call: extensions, the retry loop around the generated function, and error mapping.

Every resource method ends in :meth:`Core.send` with a small lambda that calls the generated
``asyncio_detailed`` once per attempt. Nothing here allocates per call beyond what the call
needs: no client, no header dict; an extensions dict only for a per-call timeout/edge cache.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol, TypeAlias, TypeVar

import httpx

from . import _logging, _retry, _tracing
from ._auth import EDGE_CACHE_EXTENSION
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    RateLimitError,
    ResponseValidationError,
    status_error_class,
)
from ._generated.client import Client
from ._generated.errors import DecodeError
from ._generated.types import UNSET, Unset
from ._lifecycle import Lifecycle
from ._ratelimit import SlotTimeout, Throttle
from ._response import APIResponse, Envelope
from ._retry import RETRY_STATUSES, RetryPolicy, parse_retry_after
from ._transport import DEFAULT_PORTS, as_timeout, transport_error_message
from ._validation import check_edge_cache

__all__ = ["Core", "Operation", "TimeoutTypes", "unset"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
V = TypeVar("V")

TimeoutTypes: TypeAlias = "float | httpx.Timeout"
Extensions: TypeAlias = "dict[str, Any] | None"

#: At most this many of a call's rate-limited attempts go uncounted (see ``_send``).
_FREE_RETRIES = 8

# Transport failures worth another attempt (not: UnsupportedProtocol, LocalProtocolError).
_RETRYABLE_TRANSPORT = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
    httpx.ProxyError,
)


class _Detailed(Protocol[T_co]):
    """The generated ``Response[Envelope]``, as far as the skin needs it."""

    @property
    def parsed(self) -> Envelope[T_co] | None: ...
    @property
    def status_code(self) -> int: ...
    @property
    def raw(self) -> httpx.Response: ...


Call: TypeAlias = Callable[[Client, Extensions], Awaitable[_Detailed[T]]]


class Operation:
    """One endpoint's constants: its method and path template (what errors and retries need)."""

    __slots__ = ("endpoint", "idempotent", "method", "path")

    def __init__(self, method: str, path: str) -> None:
        self.method = method
        self.path = path
        self.endpoint = f"{self.method} {self.path}"
        self.idempotent = self.method in ("GET", "HEAD", "OPTIONS")

    def __repr__(self) -> str:
        return f"Operation({self.endpoint!r})"


def unset(value: V | None) -> V | Unset:
    """None (the SDK's "not given") as the generated code's UNSET."""
    return UNSET if value is None else value


def _error_fields(response: httpx.Response) -> tuple[str | None, str | None, str | None]:
    """(message, code, request_id) from an error body, tolerating anything."""
    message = code = request_id = None
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = None
    if isinstance(body, Mapping):
        raw_message = body.get("message")
        if isinstance(raw_message, str) and raw_message.strip():
            message = raw_message[:2000]
        raw_code = body.get("code")
        if isinstance(raw_code, (str, int)) and not isinstance(raw_code, bool):
            code = str(raw_code)
        raw_id = body.get("requestId")
        if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool):
            request_id = str(raw_id)
    if request_id is None:
        request_id = response.headers.get("x-request-id")
    return message, code, request_id


def status_error(op: Operation, response: httpx.Response, attempts: int) -> APIStatusError:
    """The typed error for a non-2xx response."""
    status = response.status_code
    message, code, request_id = _error_fields(response)
    if message is None:
        message = f"HTTP {status} {response.reason_phrase}".rstrip()
    cls = status_error_class(status)
    common: dict[str, Any] = {
        "status_code": status,
        "endpoint": op.endpoint,
        "request_id": request_id,
        "code": code,
        "attempts": attempts,
        "response": response,
    }
    if cls is RateLimitError:
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        return RateLimitError(message, retry_after=retry_after, **common)
    return cls(message, **common)


class Core:
    """Shared by the client and its resources: the generated client and the retry policy."""

    __slots__ = (
        "default_extensions",
        "gen",
        "lifecycle",
        "policy",
        "pool_timeout",
        "server",
        "throttle",
    )

    def __init__(
        self,
        gen: Client,
        policy: RetryPolicy,
        default_timeout: httpx.Timeout | None = None,
        throttle: Throttle | None = None,
        pool_timeout: float | None = None,
    ) -> None:
        self.gen = gen
        self.policy = policy
        self.lifecycle = Lifecycle(gen.http)
        #: Client-wide pause and adaptive window (``_ratelimit.py``); None: each call alone.
        self.throttle = throttle
        self.pool_timeout = pool_timeout  # also bounds the wait for a throttle slot
        url = httpx.URL(gen.base_url)
        self.server = (url.host, url.port or DEFAULT_PORTS[url.scheme])
        # Only set when the caller brought an http_client *and* asked for a timeout.
        self.default_extensions: dict[str, Any] | None = (
            {"timeout": default_timeout.as_dict()} if default_timeout is not None else None
        )

    def _extensions(self, timeout: TimeoutTypes | None, edge_cache: object) -> Extensions:
        if timeout is None and edge_cache is None:
            return self.default_extensions  # shared and never mutated
        ext: dict[str, Any] = dict(self.default_extensions) if self.default_extensions else {}
        if timeout is not None:
            ext["timeout"] = as_timeout(timeout).as_dict()
        if edge_cache is not None:
            ext[EDGE_CACHE_EXTENSION] = check_edge_cache(edge_cache)
        return ext

    def _retries(self, op: Operation, max_retries: int | None, retry_writes: bool | None) -> int:
        if not op.idempotent and not (
            self.policy.retry_writes if retry_writes is None else retry_writes
        ):
            return 0
        if max_retries is None:
            return self.policy.max_retries
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError("max_retries must be an int >= 0")
        return max_retries

    def _pool_wait(self, ext: Extensions) -> float | None:
        timeout = ext.get("timeout") if ext else None
        return self.pool_timeout if timeout is None else timeout.get("pool")

    async def send(
        self,
        op: Operation,
        call: Call[T],
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: object = None,
        retry_writes: bool | None = None,
    ) -> APIResponse[T]:
        """Run ``call`` (one generated request per attempt) with retries; map failures."""
        self.lifecycle.check()
        ext = self._extensions(timeout, edge_cache)
        retries = self._retries(op, max_retries, retry_writes)
        if _tracing.TRACER is not None and _tracing.enabled():
            host, port = self.server
            return await _tracing.traced(op, host, port, self._send(op, call, ext, retries))
        return await self._send(op, call, ext, retries)

    async def _send(
        self, op: Operation, call: Call[T], ext: Extensions, retries: int
    ) -> APIResponse[T]:
        gen = self.gen
        throttle = self.throttle
        debug = _logging.debug_enabled()
        started = 0.0
        ticket = 0
        waited = -1  # the shared pause this call already slept through
        free = 0  # rate-limited attempts not counted against ``retries``
        attempt = 0
        while True:
            attempt += 1
            try:
                if throttle is not None:
                    ticket = await throttle.acquire(waited, self._pool_wait(ext))
                if debug:
                    started = time.perf_counter()
                result = await call(gen, ext)
            except DecodeError as exc:
                if throttle is not None:
                    throttle.release(True)
                if debug:
                    _log_attempt(op, exc.status_code, started, attempt, None)
                raise ResponseValidationError(
                    endpoint=op.endpoint,
                    json_path=exc.json_path,
                    reason=exc.reason,
                    status_code=exc.status_code,
                    attempts=attempt,
                ) from None
            except httpx.RequestError as exc:
                sent = not isinstance(exc, SlotTimeout)  # (else no slot was taken)
                if throttle is not None and sent:
                    throttle.release(False)
                if debug and sent:
                    _log_attempt(op, type(exc).__name__, started, attempt, None)
                if attempt <= retries and isinstance(exc, _RETRYABLE_TRANSPORT):
                    backoff = self.policy.backoff(attempt)
                    _logging.retry(op.endpoint, type(exc).__name__, backoff, attempt, shared=False)
                    await _retry.sleep(backoff)
                    continue
                cls = (
                    APITimeoutError
                    if isinstance(exc, httpx.TimeoutException)
                    else APIConnectionError
                )
                raise cls(
                    transport_error_message(exc), endpoint=op.endpoint, attempts=attempt
                ) from exc
            except BaseException:
                if throttle is not None:
                    throttle.release(False)
                raise
            status = result.status_code
            if debug:
                request_id = result.raw.headers.get("x-request-id")
                _log_attempt(op, status, started, attempt, request_id)
            parsed = result.parsed
            if parsed is not None:
                if throttle is not None:
                    throttle.release(True)
                return APIResponse(parsed, result.raw, attempt)
            delay: float | None = None
            shared = False
            if status in RETRY_STATUSES:
                hint = parse_retry_after(result.raw.headers.get("retry-after"))
                delay = self.policy.delay(attempt, hint)
                if throttle is not None and (status == 429 or (status == 503 and hint is not None)):
                    if retries and throttle.stale(ticket) and free < _FREE_RETRIES:
                        # Sent before the client reacted to the limit (another call's 429
                        # already slowed it down): not this call's failure to count.
                        free += 1
                        retries += 1
                    pause = throttle.limited(
                        ticket, hint if delay is not None else None, overloaded=status == 503
                    )
                    if pause is not None:
                        delay, shared, waited = pause, True, throttle.pause_id
                if throttle is not None:
                    throttle.release(False)
            elif throttle is not None:
                throttle.release(True)
            if 200 <= status < 300:  # a 2xx the generated code could not type (no body)
                raise ResponseValidationError(
                    endpoint=op.endpoint,
                    json_path="$",
                    reason="empty response",
                    status_code=status,
                    attempts=attempt,
                )
            if delay is not None and attempt <= retries:
                _logging.retry(op.endpoint, f"HTTP {status}", delay, attempt, shared=shared)
                await _retry.sleep(delay)
                continue
            raise status_error(op, result.raw, attempt)


def _log_attempt(
    op: Operation, status: int | str | None, started: float, attempt: int, request_id: str | None
) -> None:
    _logging.attempt(
        op.endpoint,
        status if status is not None else "-",
        time.perf_counter() - started,
        attempt,
        request_id,
    )
