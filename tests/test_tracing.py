"""OpenTelemetry spans (``customers-api[otel]``), read back with the SDK's in-memory exporter."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

pytest.importorskip("opentelemetry.sdk")

from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import (
    InMemorySpanExporter,
)

from customers_api import CustomersAPIError, CustomersClient, NotFoundError, _logging

from .conftest import TOKEN
from .factories import envelope, error_body
from .test_security import _scenarios

CID = 987654
DOC = f"/customer/{CID}/doc"
_EXPORTER = InMemorySpanExporter()


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    # The global provider can be set once per process; the SDK's tracer is a proxy to it.
    if not isinstance(trace.get_tracer_provider(), TracerProvider):
        provider = TracerProvider()
        provider.add_span_processor(SimpleSpanProcessor(_EXPORTER))
        trace.set_tracer_provider(provider)
        _logging._checked_at = -math.inf  # seen at the next call, not a second later
    _EXPORTER.clear()
    yield _EXPORTER
    _EXPORTER.clear()


def _only(exporter: InMemorySpanExporter) -> ReadableSpan:
    finished = exporter.get_finished_spans()
    assert len(finished) == 1
    return finished[0]


def test_tracer_is_on_when_the_api_is_installed() -> None:
    assert _logging._load_otel() and _logging.TRACER is not None


async def test_one_client_span_per_call_with_http_semantic_conventions(
    httpx_client: CustomersClient, api: respx.MockRouter, spans: InMemorySpanExporter
) -> None:
    api.get(DOC).mock(
        side_effect=[
            httpx.Response(503, json=error_body("busy")),
            httpx.Response(200, json=envelope("get_customer")),
        ]
    )
    await httpx_client.customers.get(CID)
    span = _only(spans)
    assert span.name == "GET /customer/{customerId}/doc"
    assert span.kind is trace.SpanKind.CLIENT
    assert dict(span.attributes or {}) == {
        "http.request.method": "GET",
        "url.template": "/customer/{customerId}/doc",
        "server.address": "customers.test",
        "server.port": 443,
        "http.response.status_code": 200,
        "customers_api.attempts": 2,
        "http.request.resend_count": 1,
    }
    assert span.status.status_code is trace.StatusCode.UNSET


async def test_an_error_status_sets_error_type_and_span_status(
    httpx_client: CustomersClient, api: respx.MockRouter, spans: InMemorySpanExporter
) -> None:
    api.get(DOC).respond(404, json=error_body("no such customer"))
    with pytest.raises(NotFoundError):
        await httpx_client.customers.get(CID)
    span = _only(spans)
    attributes = dict(span.attributes or {})
    assert attributes["http.response.status_code"] == 404
    assert attributes["error.type"] == "404"
    assert span.status.status_code is trace.StatusCode.ERROR


async def test_a_transport_error_is_named_by_class(
    httpx_client: CustomersClient, api: respx.MockRouter, spans: InMemorySpanExporter
) -> None:
    api.get(DOC).mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(CustomersAPIError):
        await httpx_client.customers.get(CID, max_retries=0)
    attributes = dict(_only(spans).attributes or {})
    assert attributes["error.type"] == "customers_api.APIConnectionError"
    assert "http.response.status_code" not in attributes


@pytest.mark.parametrize(("arrange", "cls"), _scenarios())
async def test_no_token_query_or_filled_path_in_any_span(
    arrange: Any,
    cls: type[CustomersAPIError],
    httpx_client: CustomersClient,
    api: respx.MockRouter,
    spans: InMemorySpanExporter,
) -> None:
    arrange(api)  # the security suite's scenarios: token-echoing bodies, drops, timeouts
    with pytest.raises(cls):
        await httpx_client.customers.get(1, edge_cache=5)
    span = _only(spans)
    text = span.to_json()
    assert TOKEN not in text and "Bearer" not in text
    assert "/customer/1/" not in text and "cacheSiteId" not in text and "echo" not in text


def test_without_opentelemetry_the_tracer_is_none(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    import sys

    for name in [m for m in sys.modules if m == "opentelemetry" or m.startswith("opentelemetry.")]:
        monkeypatch.setitem(sys.modules, name, None)  # type: ignore[arg-type]
    monkeypatch.setitem(sys.modules, "opentelemetry", None)  # type: ignore[arg-type]
    try:
        reloaded = importlib.reload(_logging)
        assert not reloaded.tracing() and reloaded.TRACER is None
    finally:
        monkeypatch.undo()
        importlib.reload(_logging)
    assert _logging._load_otel() and _logging.TRACER is not None


async def test_no_tracer_means_no_span_code_runs(
    httpx_client: CustomersClient, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: Any) -> Any:
        raise AssertionError("open_span() called without a tracer")

    monkeypatch.setattr(_logging, "_provider_set", False)
    monkeypatch.setattr(_logging, "_checked_at", -math.inf)
    monkeypatch.setattr(_logging, "_load_otel", lambda: False)  # as without opentelemetry-api
    monkeypatch.setattr(_logging, "open_span", boom)
    api.get(DOC).respond(200, json=envelope("get_customer"))
    await httpx_client.customers.get(CID)


BEFORE_AND_AFTER = """
import asyncio, httpx, math
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from customers_api import CustomersClient, _logging

BODY = {"count": 1, "data": "pong", "message": "", "options": [], "params": [],
        "status": 200, "total": 1, "totalResults": 1}
opened = []
real_open = _logging.open_span
_logging.open_span = lambda *a: opened.append(a) or real_open(*a)

async def main() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(200, json=BODY))
    async with CustomersClient(token="t", site_id="s", transport=transport) as client:
        await client.ping()
        assert not _logging.tracing() and opened == [], "span machinery before a provider"
        exporter = InMemorySpanExporter()
        provider = TracerProvider()
        provider.add_span_processor(SimpleSpanProcessor(exporter))
        trace.set_tracer_provider(provider)
        _logging._checked_at = -math.inf  # (the next check would come within a second)
        await client.ping()
        assert len(opened) == 1 and len(exporter.get_finished_spans()) == 1
        print("ok")

asyncio.run(main())
"""


def test_no_span_machinery_until_a_tracer_provider_is_set() -> None:
    """In a fresh interpreter (a provider can be set once per process): no span code runs
    before the application sets a provider; spans start once it has."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", BEFORE_AND_AFTER], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr
