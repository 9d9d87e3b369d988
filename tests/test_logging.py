"""Log lines on ``customers_api``: one DEBUG per attempt, one INFO per retry/pause, no secrets."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
import respx

from customers_api import CustomersAPIError, CustomersClient, _logging, _pipeline

from .conftest import TOKEN
from .factories import envelope, error_body
from .test_security import _scenarios

CID = 987654
DOC = f"/customer/{CID}/doc"


def _text(records: list[logging.LogRecord]) -> str:
    return "\n".join(f"{r.getMessage()} {r.__dict__}" for r in records)


async def test_one_debug_line_per_attempt_and_an_info_line_per_retry(
    client: CustomersClient, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get(DOC).mock(
        side_effect=[
            httpx.Response(503, json=error_body("busy"), headers={"x-request-id": "r-1"}),
            httpx.Response(200, json=envelope("get_customer"), headers={"x-request-id": "r-2"}),
        ]
    )
    caplog.set_level(logging.DEBUG, logger="customers_api")
    await client.customers.get(CID, edge_cache=3)
    records = [r for r in caplog.records if r.name == "customers_api"]
    debug = [r for r in records if r.levelno == logging.DEBUG]
    info = [r for r in records if r.levelno == logging.INFO]
    assert [(r.status, r.attempt, r.request_id) for r in debug] == [  # type: ignore[attr-defined]
        (503, 1, "r-1"),
        (200, 2, "r-2"),
    ]
    for r in debug:
        message = r.getMessage()
        assert message.startswith("GET /customer/{customerId}/doc -> ")
        assert r.elapsed_ms >= 0  # type: ignore[attr-defined]
        assert f"attempt {r.attempt}" in message  # type: ignore[attr-defined]
    assert len(info) == 1
    assert info[0].reason == "HTTP 503" and info[0].delay == 0.5  # type: ignore[attr-defined]
    text = _text(records)
    assert str(CID) not in text and "?" not in text and "cacheSiteId" not in text


async def test_transport_failures_are_logged_by_class(
    httpx_client: CustomersClient, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    client = httpx_client  # the route raises httpx's own exceptions
    api.get(DOC).mock(side_effect=httpx.ConnectError("refused"))
    caplog.set_level(logging.DEBUG, logger="customers_api")
    with pytest.raises(CustomersAPIError):
        await client.customers.get(CID, max_retries=1)
    statuses = [r.status for r in caplog.records if r.levelno == logging.DEBUG]  # type: ignore[attr-defined]
    assert statuses == ["ConnectError", "ConnectError"]


async def test_a_shared_pause_is_logged_with_its_delay(
    client: CustomersClient, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get(DOC).mock(
        side_effect=[
            httpx.Response(503, json=error_body("busy"), headers={"retry-after": "2"}),
            httpx.Response(200, json=envelope("get_customer")),
        ]
    )
    caplog.set_level(logging.INFO, logger="customers_api")
    await client.customers.get(CID)
    pauses = [r for r in caplog.records if getattr(r, "shared_pause", False)]
    assert len(pauses) == 1 and pauses[0].delay == 2.0  # type: ignore[attr-defined]
    assert "pausing the client" in pauses[0].getMessage()
    assert [r for r in caplog.records if getattr(r, "window", None) is not None]


async def test_a_429_logs_the_paced_rate_and_its_own_retry(
    client: CustomersClient, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get(DOC).mock(
        side_effect=[
            httpx.Response(429, json=error_body("slow"), headers={"retry-after": "2"}),
            httpx.Response(200, json=envelope("get_customer")),
        ]
    )
    caplog.set_level(logging.INFO, logger="customers_api")
    await client.customers.get(CID)
    paced = [r for r in caplog.records if getattr(r, "rate", None) is not None]
    assert len(paced) == 1 and paced[0].levelno == logging.INFO
    assert paced[0].getMessage().startswith("rate limited: pacing at 8.0 requests/s")
    retries = [r for r in caplog.records if getattr(r, "delay", None) is not None]
    assert [(r.delay, r.shared_pause) for r in retries] == [(2.0, False)]  # type: ignore[attr-defined]


async def test_disabled_debug_reads_no_clock_and_formats_nothing(
    api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="customers_api")

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("called although DEBUG is disabled")

    class NoClock:
        perf_counter = staticmethod(boom)

    monkeypatch.setattr(_logging, "attempt", boom)
    monkeypatch.setattr(_pipeline, "time", NoClock)
    api.get(DOC).respond(200, json=envelope("get_customer"))
    async with CustomersClient(
        token=TOKEN, site_id="S", base_url="https://customers.test", transport="httpx",
        concurrency=None, shared_pause=False,
    ) as client:  # fmt: skip
        await client.customers.get(CID)


@pytest.mark.parametrize(("arrange", "cls"), _scenarios())
async def test_no_token_query_or_filled_path_in_any_log_line(
    arrange: Any,
    cls: type[CustomersAPIError],
    httpx_client: CustomersClient,
    api: respx.MockRouter,
    caplog: pytest.LogCaptureFixture,
) -> None:
    client = httpx_client  # the route raises httpx's own exceptions
    arrange(api)  # the security suite's scenarios: token-echoing bodies, drops, timeouts
    caplog.set_level(logging.DEBUG, logger="customers_api")
    with pytest.raises(cls):
        await client.customers.get(1, edge_cache=5)
    records = [r for r in caplog.records if r.name == "customers_api"]
    assert records
    text = _text(records)
    assert TOKEN not in text and "Bearer" not in text
    assert "/customer/1/" not in text and "cacheSiteId" not in text and "echo" not in text
