"""The request pipeline: one call described once, sent through one attempt loop.

::

    friendly method ──(Operation, _get_kwargs(...), parse, options)──▶ Pipeline.send
        ──(method, URL, headers, body, timeout)──▶ engine.send ──(status, headers, body)──▶

:meth:`Pipeline.send` owns everything between the friendly method and the engine: the
client's state (closed, its event loop), the per-call options (timeout, retries, edge
cache), the prepared request (the URL with its query encoded once, the headers with the
token where the operation takes it, the JSON body), the one gate (``_ratelimit.Throttle``:
the shared pause, the concurrency window and the wait for a free connection), the retries,
the log and span hooks, and the mapping of every failure to the SDK's errors. An engine
only sends (``_engines``). Nothing here allocates per call beyond the request and its
answer; the ``httpx.Response`` a user may see is built only if asked for
(``_response.http_response``).
"""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

import httpx

from . import _logging, _retry
from ._engines import Engine
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    EventLoopMismatchError,
    RateLimitError,
    ResponseValidationError,
    status_error_class,
)
from ._generated.errors import DecodeError
from ._params import Phases, edge_cache_param, retry_count, timeout_phases
from ._ratelimit import SlotTimeout, Throttle
from ._request import Operation, Parse
from ._response import APIResponse, http_response
from ._retry import RETRY_STATUSES, RetryPolicy, parse_retry_after

__all__ = ["Pipeline"]

#: At most this many of a call's rate-limited attempts go uncounted (see ``send``).
_FREE_RETRIES = 8

# Transport failures worth another attempt (not: UnsupportedProtocol, LocalProtocolError).
_RETRYABLE_TRANSPORT = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
    httpx.ProxyError,
)

_CLOSED = (
    "this CustomersClient was closed (aclose() or the end of its `async with`); create a new client"
)
_OTHER_LOOP = (
    "this CustomersClient was first used in another event loop (e.g. an earlier "
    "asyncio.run()); its connections belong to that loop. Create the client inside the "
    "coroutine you run, once per event loop"
)
_DEFAULT_PORTS = {"https": 443, "http": 80}


def _query_value(key: str, value: object) -> str:
    if type(value) is str:
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"query parameter {key!r} must be a finite number, got {value!r}")
        return str(value)
    if isinstance(value, str):
        return str(value)
    raise ValueError(
        f"query parameter {key!r} must be a string or a number, not {type(value).__name__}"
    )


def _body(
    op: Operation, request: Mapping[str, Any], headers: dict[str, str]
) -> tuple[bytes | None, dict[str, str]]:
    """The request body as bytes (JSON as httpx writes it; forms and multipart through
    httpx's public ``Request``) and the headers with its Content-Type, header and cookie
    parameters added."""
    extra = {k: request[k] for k in ("content", "data", "files") if k in request}
    headers = {**headers, **request.get("headers", {})}
    cookies = request.get("cookies")
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    if "json" in request:
        text = json.dumps(
            request["json"], ensure_ascii=False, separators=(",", ":"), allow_nan=False
        )
        headers["Content-Type"] = "application/json"
        return text.encode(), headers
    if not extra:
        return None, headers
    built = httpx.Request(op.method, "http://body.invalid/", **extra)
    if "content-type" in built.headers:
        headers["Content-Type"] = built.headers["content-type"]
    return built.read(), headers


def _error_fields(content: bytes, headers: Mapping[str, str]) -> tuple[str | None, ...]:
    """(message, code, request_id) from an error body, tolerating anything."""
    message = code = request_id = None
    try:
        body = json.loads(content) if content else None
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
        request_id = headers.get("x-request-id")
    return message, code, request_id


class Pipeline:
    """Shared by a client and its resources: everything one call needs, prepared once.

    ``engine`` sends; ``headers`` are the client's (``x-site-id``, ``Accept``, ...) and
    ``token`` is added as ``Authorization`` where an operation takes it; ``timeout`` is the
    default per phase; ``gate`` is the client's one gate.
    """

    __slots__ = (
        "_anon_headers",
        "_auth_headers",
        "_loop",
        "base_url",
        "closed",
        "engine",
        "gate",
        "policy",
        "server",
        "site_id",
        "timeout",
    )

    def __init__(
        self,
        engine: Engine,
        *,
        base_url: str,
        token: str,
        site_id: str,
        headers: Mapping[str, str],
        timeout: Phases,
        policy: RetryPolicy,
        gate: Throttle,
    ) -> None:
        self.engine = engine
        self.base_url = base_url
        url = httpx.URL(base_url)
        self.server = (url.host, url.port or _DEFAULT_PORTS[url.scheme])
        self.site_id = site_id
        self._anon_headers = {**headers, "x-site-id": site_id}
        self._auth_headers = {**self._anon_headers, "Authorization": f"Bearer {token}"}
        self.timeout = timeout
        self.policy = policy
        self.gate = gate
        #: The client's one closed flag (``aclose()``).
        self.closed = False
        self._loop: asyncio.AbstractEventLoop | None = None

    def __repr__(self) -> str:
        return f"<Pipeline {self.base_url} via {self.engine!r}>"

    def __reduce__(self) -> tuple[Any, ...]:
        raise TypeError("a Pipeline holds the token and cannot be pickled")

    def _check_state(self) -> None:
        if self.closed:
            raise ClientClosedError(_CLOSED)
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            if self._loop is not None:
                raise EventLoopMismatchError(_OTHER_LOOP)
            self._loop = loop

    def _retries(self, op: Operation, max_retries: object, retry_writes: bool | None) -> int:
        policy = self.policy
        if not op.idempotent and not (
            policy.retry_writes if retry_writes is None else retry_writes
        ):
            return 0
        return policy.max_retries if max_retries is None else retry_count(max_retries)

    def _url(self, request: Mapping[str, Any], edge_cache: object) -> str:
        url: str = self.base_url + request["url"]
        params = request.get("params")
        if edge_cache is not None:
            params = {**(params or {}), edge_cache_param(edge_cache): self.site_id}
        if params:
            url += "?" + urlencode({k: _query_value(k, v) for k, v in params.items()})
        return url

    async def send(
        self,
        op: Operation,
        request: Mapping[str, Any],
        parse: Parse,
        timeout: object = None,
        max_retries: object = None,
        edge_cache: object = None,
        retry_writes: bool | None = None,
    ) -> APIResponse[Any]:
        """One call: ``request`` is the generated ``_get_kwargs`` (filled path, query,
        body); ``parse`` decodes a 2xx body. Returns the ``APIResponse`` or raises the
        SDK's error for what went wrong (every argument is checked before a byte is sent)."""
        if self.closed or asyncio.get_running_loop() is not self._loop:
            self._check_state()
        phases = self.timeout if timeout is None else timeout_phases(timeout)
        if max_retries is None and op.idempotent:
            retries = self.policy.max_retries
        else:
            retries = self._retries(op, max_retries, retry_writes)
        if len(request) == 2 and edge_cache is None:  # method and url: no query, no body
            url = self.base_url + request["url"]
        else:
            url = self._url(request, edge_cache)
        headers = self._auth_headers if op.token else self._anon_headers
        body = None
        if len(request) > 3 or (len(request) == 3 and "params" not in request):
            body, headers = _body(op, request, headers)  # more than method, url, params
        if body is None and not op.idempotent:  # aiohttp would say it and httpx not
            headers = {**headers, "Content-Length": "0"}
        span = token = None
        if _logging.tracing():
            span, token = _logging.open_span(op, *self.server)
        gate = self.gate
        engine = self.engine
        pool = phases[3]
        debug = _logging.debug_enabled()  # the clock is read only when attempts are logged
        waited = -1  # the shared pause this call already slept through
        free = 0  # rate-limited attempts not counted against ``retries``
        attempt = 0
        status: int | None = None
        try:
            while True:
                attempt += 1
                try:
                    ticket = await gate.acquire(waited, pool)
                except SlotTimeout as exc:
                    raise self._transport_error(op, exc, attempt) from exc
                started = time.perf_counter() if debug else 0.0
                error: httpx.TransportError | None = None
                try:
                    code, resp_headers, content = await engine.send(
                        op.method, url, headers, body, phases
                    )
                except httpx.TransportError as exc:
                    error = exc
                except BaseException:
                    gate.release(False)
                    raise
                elapsed = time.perf_counter() - started if debug else 0.0
                if error is not None:
                    gate.release(False)
                    if debug:
                        _logging.attempt(op.endpoint, type(error).__name__, elapsed, attempt, None)
                    if attempt <= retries and isinstance(error, _RETRYABLE_TRANSPORT):
                        backoff = self.policy.backoff(attempt)
                        _logging.retry(
                            op.endpoint, type(error).__name__, backoff, attempt, shared=False
                        )
                        await _retry.sleep(backoff)
                        continue
                    raise self._transport_error(op, error, attempt) from error
                status = code
                if debug:
                    request_id = resp_headers.get("x-request-id")
                    _logging.attempt(op.endpoint, code, elapsed, attempt, request_id)
                if 200 <= code < 300:
                    gate.release(True)
                    return self._success(op, parse, code, resp_headers, content, attempt)
                delay: float | None = None
                shared = False
                if code in RETRY_STATUSES:
                    hint = parse_retry_after(resp_headers.get("retry-after"))
                    delay = self.policy.delay(attempt, hint)
                    if code == 429 or (code == 503 and hint is not None):
                        if retries and gate.stale(ticket) and free < _FREE_RETRIES:
                            # Sent before the client reacted to the limit (another call's 429
                            # already slowed it down): not this call's failure to count.
                            free += 1
                            retries += 1
                        pause = gate.limited(
                            ticket, hint if delay is not None else None, overloaded=code == 503
                        )
                        if pause is not None:
                            delay, shared, waited = pause, True, gate.pause_id
                    gate.release(False)
                else:
                    gate.release(True)
                if delay is not None and attempt <= retries:
                    _logging.retry(op.endpoint, f"HTTP {code}", delay, attempt, shared=shared)
                    await _retry.sleep(delay)
                    continue
                raise self._status_error(op, code, resp_headers, content, attempt)
        except BaseException as exc:
            if span is not None:
                _logging.close_span(span, token, exc, None, attempt)
                span = None
            raise
        finally:
            if span is not None:
                _logging.close_span(span, token, None, status, attempt)

    def _success(
        self,
        op: Operation,
        parse: Parse,
        status: int,
        headers: Mapping[str, str],
        content: bytes,
        attempt: int,
    ) -> APIResponse[Any]:
        try:
            body = parse(status, content)
        except DecodeError as exc:
            error = ResponseValidationError(
                endpoint=op.endpoint,
                json_path=exc.json_path,
                reason=exc.reason,
                status_code=status,
                attempts=attempt,
            )
        else:
            if body is not None or not op.envelope:
                return APIResponse(op, self.base_url, body, status, headers, content, attempt)
            error = ResponseValidationError(  # a 2xx without the body the spec documents
                endpoint=op.endpoint,
                json_path="$",
                reason="empty response",
                status_code=status,
                attempts=attempt,
            )
        raise error  # outside the handler: no DecodeError as its context

    def _status_error(
        self, op: Operation, status: int, headers: Mapping[str, str], content: bytes, attempt: int
    ) -> APIStatusError:
        """The typed error for a non-2xx answer; its ``response`` carries no secret."""
        response = http_response(op, self.base_url, status, headers, content)
        message, code, request_id = _error_fields(response.content, headers)
        if message is None:
            message = f"HTTP {status} {response.reason_phrase}".rstrip()
        cls = status_error_class(status)
        common: dict[str, Any] = {
            "status_code": status,
            "endpoint": op.endpoint,
            "request_id": request_id,
            "code": code,
            "attempts": attempt,
            "response": response,
        }
        if cls is RateLimitError:
            retry_after = parse_retry_after(headers.get("retry-after"))
            return RateLimitError(message, retry_after=retry_after, **common)
        return cls(message, **common)

    def _transport_error(
        self, op: Operation, exc: httpx.TransportError, attempt: int
    ) -> APIConnectionError:
        """``APIConnectionError("ConnectError: cannot connect (...) (host:port)")``: the httpx
        class, its detail and the host and port; never the path, the query or a header.
        The cause gets the endpoint's template request (no header, no filled path)."""
        exc.request = httpx.Request(op.method, self.base_url + op.path)
        # a wait for the concurrency window is a pool wait: one name for both (SlotTimeout)
        name = "PoolTimeout" if isinstance(exc, httpx.PoolTimeout) else type(exc).__name__
        host, port = self.server
        where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        message = f"{name}: {str(exc) or 'no detail'} ({where})"
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        return cls(message, endpoint=op.endpoint, attempts=attempt)
