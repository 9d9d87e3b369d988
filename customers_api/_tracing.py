"""OpenTelemetry tracing (``customers-api[otel]``: opentelemetry-api only).

One ``CLIENT`` span per call (retries included), named by the endpoint template
(``GET /customer/{customerId}/doc``), with the HTTP client semantic conventions:
``http.request.method``, ``url.template``, ``server.address``, ``server.port``,
``http.response.status_code``, ``error.type`` (the status code, or the exception's class),
``http.request.resend_count`` (retries) and ``customers_api.attempts``.

Never the token, the URL with its query, or a body. Without opentelemetry-api installed,
:data:`TRACER` is None and the client checks it once per call; with the API but no tracer
provider set by the application, :func:`enabled` is False and no span is started.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ._core import Operation

_trace: ModuleType | None
try:
    import opentelemetry.trace as _trace
except ImportError:  # the [otel] extra is not installed
    _trace = None

__all__ = ["TRACER", "enabled", "traced"]

R = TypeVar("R")

_PROVIDER_FROM_ENV = _trace is not None and "OTEL_PYTHON_TRACER_PROVIDER" in os.environ

#: The SDK's tracer (a proxy: it follows the tracer provider the application sets later).
TRACER: Any = _trace.get_tracer("customers_api") if _trace is not None else None


def enabled() -> bool:
    """An application has set a tracer provider (in code, or by the
    ``OTEL_PYTHON_TRACER_PROVIDER`` variable at start-up). Until then spans would be no-ops,
    and the span machinery alone costs ~20 us a call: skipped. Reads the API's module
    global, as ``opentelemetry.trace.get_tracer_provider()`` costs ~4 us (an environment
    lookup); tests/test_tracing.py fails if that global goes away."""
    return _PROVIDER_FROM_ENV or getattr(_trace, "_TRACER_PROVIDER", None) is not None


def _attempts(thing: object) -> int:
    value = getattr(thing, "attempts", 1)
    return value if isinstance(value, int) else 1


async def traced(op: Operation, host: str, port: int, call: Awaitable[R]) -> R:
    """Await ``call`` (one SDK call) inside a CLIENT span."""
    assert _trace is not None
    attributes: dict[str, Any] = {
        "http.request.method": op.method,
        "url.template": op.path,
        "server.address": host,
        "server.port": port,
    }
    with TRACER.start_as_current_span(
        op.endpoint,
        kind=_trace.SpanKind.CLIENT,
        attributes=attributes,
        record_exception=False,  # exception messages may quote the server; keep spans lean
        set_status_on_exception=False,
    ) as span:
        try:
            result = await call
        except Exception as exc:
            status = getattr(exc, "status_code", None)
            if isinstance(status, int):
                span.set_attribute("http.response.status_code", status)
                error_type = str(status)
            else:
                error_type = f"{type(exc).__module__.split('.')[0]}.{type(exc).__qualname__}"
            attempts = _attempts(exc)
            span.set_attribute("error.type", error_type)
            span.set_attribute("customers_api.attempts", attempts)
            if attempts > 1:
                span.set_attribute("http.request.resend_count", attempts - 1)
            span.set_status(_trace.Status(_trace.StatusCode.ERROR))
            raise
        attempts = _attempts(result)
        span.set_attribute("http.response.status_code", getattr(result, "status_code", 0))
        span.set_attribute("customers_api.attempts", attempts)
        if attempts > 1:
            span.set_attribute("http.request.resend_count", attempts - 1)
        return result
