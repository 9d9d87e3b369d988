"""Observability: the SDK's log lines and its OpenTelemetry spans, in one place.

**Logs**, on ``logging.getLogger("customers_api")``:

* DEBUG, one per attempt: method, endpoint template, status (or the transport error's class),
  elapsed milliseconds, attempt number, request id.
* INFO, one per retry or pause: the reason and the delay; when the paced rate steps (the
  first 429 starts pacing, a later one lowers the rate; the growth in between is gradual and
  not logged); and when an overload (503 with ``Retry-After``) halves the window.

**Spans** (``customers-api[otel]``: opentelemetry-api only): one ``CLIENT`` span per call
(retries included), named by the endpoint template, with the HTTP client semantic
conventions: ``http.request.method``, ``url.template``, ``server.address``,
``server.port``, ``http.response.status_code``, ``error.type`` (the status code, or the
exception's class), ``http.request.resend_count`` (retries) and ``customers_api.attempts``.

Never the token, the query string, a body or a filled path: only the endpoint *template*
(``GET /customer/{customerId}/doc``). The log fields are also on each record (``extra``:
``endpoint``, ``status``, ``elapsed_ms``, ``attempt``, ``request_id``, ``reason``,
``delay``, ``rate``, ``estimate``, ``window``) for structured handlers.

Cost when off: the pipeline checks :func:`debug_enabled` once per call (a cached
``isEnabledFor``) and :func:`tracing` (a clock read: until an application sets a tracer
provider, the provider is looked up at most once a second, since a no-op span would cost
~20 us); no span starts. opentelemetry-api is imported at the first call, not at import.
"""

from __future__ import annotations

import logging
import math
import time
from types import ModuleType
from typing import Any

from ._request import Operation

#: ``opentelemetry.trace`` and ``opentelemetry.context``, imported on the first check for a
#: tracer provider (not at ``import customers_api``); None while not (or not yet) imported.
_trace: ModuleType | None = None
_context: ModuleType | None = None

__all__ = [
    "TRACER",
    "attempt",
    "close_span",
    "debug_enabled",
    "logger",
    "open_span",
    "pace",
    "retry",
    "tracing",
    "window",
]

logger = logging.getLogger("customers_api")


def debug_enabled() -> bool:
    return logger.isEnabledFor(logging.DEBUG)


def attempt(
    endpoint: str,
    status: int | str,
    elapsed: float,
    number: int,
    request_id: str | None,
) -> None:
    """One attempt is over (``status``: the HTTP status, or the transport error's class)."""
    ms = elapsed * 1000.0
    logger.debug(
        "%s -> %s in %.1f ms (attempt %d, request id %s)",
        endpoint,
        status,
        ms,
        number,
        request_id or "-",
        extra={
            "endpoint": endpoint,
            "status": status,
            "elapsed_ms": ms,
            "attempt": number,
            "request_id": request_id,
        },
    )


def retry(endpoint: str, reason: str, delay: float, number: int, *, shared: bool) -> None:
    """Attempt ``number`` failed with ``reason``; the next one waits ``delay`` seconds."""
    if logger.isEnabledFor(logging.INFO):
        what = "pausing the client" if shared else "retrying"
        logger.info(
            "%s: %s, %s in %.2f s (after attempt %d)",
            endpoint,
            reason,
            what,
            delay,
            number,
            extra={
                "endpoint": endpoint,
                "reason": reason,
                "delay": delay,
                "attempt": number,
                "shared_pause": shared,
            },
        )


def window(before: float, after: int) -> None:
    """An overload (503 with ``Retry-After``) halved the concurrency window."""
    if logger.isEnabledFor(logging.INFO):
        logger.info(
            "overloaded: calls in flight capped at %d (was %s)",
            after,
            "no cap" if before == float("inf") else int(before),
            extra={"reason": "overloaded", "window": after},
        )


def pace(before: float | None, after: float, estimate: float | None) -> None:
    """The paced rate stepped (``before`` None: pacing starts)."""
    if logger.isEnabledFor(logging.INFO):
        logger.info(
            "rate limited: pacing at %.1f requests/s (was %s; the server accepted %s)",
            after,
            "not paced" if before is None else f"{before:.1f}/s",
            "-" if estimate is None else f"{estimate:.1f}/s",
            extra={"reason": "rate limited", "rate": after, "estimate": estimate},
        )


# -- spans ------------------------------------------------------------------------------

#: The SDK's tracer (a proxy: it follows the tracer provider the application sets later);
#: None until the first check found opentelemetry-api, or for good without it.
TRACER: Any = None

_provider_set = False
_checked_at = -math.inf
#: Seconds between two checks for a tracer provider, until one is set.
CHECK_INTERVAL = 1.0


_otel_missing = False


def _load_otel() -> bool:
    """Import opentelemetry-api (once); False without the ``otel`` extra."""
    global _trace, _context, TRACER, _otel_missing
    if _trace is None:
        if _otel_missing:
            return False
        try:
            import opentelemetry.context as context
            import opentelemetry.trace as trace
        except ImportError:  # the [otel] extra is not installed
            _otel_missing = True
            return False
        _trace, _context = trace, context
        TRACER = trace.get_tracer("customers_api")
    return True


def tracing() -> bool:
    """An application has set a tracer provider (in code, or by the
    ``OTEL_PYTHON_TRACER_PROVIDER`` variable): until then spans would be no-ops. Public API
    only (``get_tracer_provider()``, ~0.6 us), asked at most once a second until a provider
    is set (a call in that second is not traced); once set, a provider cannot be replaced,
    so True is remembered. opentelemetry-api is imported at the first check."""
    global _provider_set, _checked_at
    if _provider_set:
        return True
    now = time.monotonic()
    if now - _checked_at < CHECK_INTERVAL:
        return False
    _checked_at = now
    if not _load_otel():
        return False
    assert _trace is not None
    _provider_set = not isinstance(_trace.get_tracer_provider(), _trace.ProxyTracerProvider)
    return _provider_set


def open_span(op: Operation, host: str, port: int) -> tuple[Any, object]:
    """Start the call's CLIENT span and make it current; returns ``(span, token)``."""
    assert _trace is not None and _context is not None
    span = TRACER.start_span(
        op.endpoint,
        kind=_trace.SpanKind.CLIENT,
        attributes={
            "http.request.method": op.method,
            "url.template": op.path,
            "server.address": host,
            "server.port": port,
        },
    )
    token = _context.attach(_trace.set_span_in_context(span))
    return span, token


def close_span(
    span: Any, token: object, error: BaseException | None, status: int | None, attempts: int
) -> None:
    """End the span: the final status (or the error's type) and the attempt count.

    No exception is recorded: its message may quote the server; the span stays lean."""
    assert _trace is not None and _context is not None
    _context.detach(token)
    if error is not None:
        code = getattr(error, "status_code", None)
        if isinstance(code, int):
            span.set_attribute("http.response.status_code", code)
            error_type = str(code)
        else:
            kind = type(error)
            error_type = f"{kind.__module__.split('.')[0]}.{kind.__qualname__}"
        attempts = getattr(error, "attempts", attempts)
        span.set_attribute("error.type", error_type)
        span.set_status(_trace.Status(_trace.StatusCode.ERROR))
    elif status is not None:
        span.set_attribute("http.response.status_code", status)
    span.set_attribute("customers_api.attempts", attempts)
    if attempts > 1:
        span.set_attribute("http.request.resend_count", attempts - 1)
    span.end()
