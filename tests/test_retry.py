"""Retry policy and the retry loop: counts, delays (patched sleep), Retry-After, opt-in writes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import httpx
import pytest
import respx

from customers_api import (
    APIConnectionError,
    APITimeoutError,
    CustomersClient,
    RateLimitError,
    RetryPolicy,
    ServerError,
    UnexpectedStatusError,
)
from customers_api._retry import parse_retry_after

from .conftest import BASE_URL, SITE_ID, TOKEN
from .factories import envelope, error_body

PATH = "/customer/42/invoices"
UTC = timezone(timedelta(0))
NOW = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)


# -- Retry-After parsing ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", 0.0),
        ("7", 7.0),
        (" 12 ", 12.0),
        ("1.5", 1.5),
        ("Thu, 01 Jan 2026 12:00:30 GMT", 30.0),
        ("Thu, 01 Jan 2026 11:00:00 GMT", 0.0),  # in the past
        (None, None),
        ("", None),
        ("soon", None),
        ("-5", None),
        ("1e3", None),
        ("nan", None),
        ("١٢", None),  # non-ASCII digits
        ("Thu, 99 Foo 2026 12:00:30 GMT", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == expected


def test_parse_retry_after_date_relative_to_now() -> None:
    future = (datetime.now(UTC) + timedelta(seconds=100)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    result = parse_retry_after(future)
    assert result is not None and 95 <= result <= 100


def test_backoff_exponential_capped_and_jittered(monkeypatch: pytest.MonkeyPatch) -> None:
    policy = RetryPolicy(backoff_base=0.5, backoff_max=4.0, jitter=0.25)
    assert [policy.backoff(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 4.0, 4.0]
    monkeypatch.setattr("customers_api._retry.random", lambda: 0.999)
    assert 0.37 < policy.backoff(1) < 0.38  # up to 25% shorter
    assert policy.delay(1, 3.0) == 3.0  # Retry-After replaces backoff
    assert policy.delay(1, 61.0) is None  # beyond the cap: give up
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)
    with pytest.raises(TypeError):
        RetryPolicy(max_retries=True)


# -- the loop -----------------------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 502, 503, 504])
async def test_get_retried_on_retryable_status(
    status: int, client: CustomersClient, api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = api.get(PATH).respond(status, json=error_body("busy"))
    with pytest.raises((ServerError, RateLimitError)) as info:
        await client.customers.invoices.list(42)
    assert route.call_count == 3  # default: 2 retries
    assert info.value.attempts == 3
    assert "after 3 attempts" in str(info.value)
    assert sleeps == [0.5, 1.0]


@pytest.mark.parametrize("status", [400, 401, 403, 404, 500, 501, 409])
async def test_not_retried_on_other_status(
    status: int, client: CustomersClient, api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = api.get(PATH).respond(status, json=error_body())
    with pytest.raises(Exception) as info:
        await client.customers.invoices.list(42)
    assert route.call_count == 1
    assert getattr(info.value, "attempts", None) == 1
    assert sleeps == []


async def test_success_after_retries_records_attempts(
    client: CustomersClient, api: respx.MockRouter, sleeps: list[float]
) -> None:
    api.get(PATH).mock(
        side_effect=[
            httpx.Response(503),
            httpx.Response(502),
            httpx.Response(200, json=envelope("list_customer_invoices")),
        ]
    )
    resp = await client.customers.invoices.list.with_response(42)
    assert resp.attempts == 3
    assert len(resp.data) == 1
    assert sleeps == [0.5, 1.0]


async def test_retry_after_seconds_and_date_honoured(
    client: CustomersClient, api: respx.MockRouter, sleeps: list[float]
) -> None:
    future = (datetime.now(UTC) + timedelta(seconds=20)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    api.get(PATH).mock(
        side_effect=[
            httpx.Response(429, headers={"retry-after": "7"}),
            httpx.Response(503, headers={"retry-after": future}),
            httpx.Response(200, json=envelope("list_customer_invoices")),
        ]
    )
    await client.customers.invoices.list(42)
    assert sleeps[0] == 7.0
    assert 15 <= sleeps[1] <= 20


async def test_garbage_retry_after_falls_back_to_backoff(
    client: CustomersClient, api: respx.MockRouter, sleeps: list[float]
) -> None:
    api.get(PATH).mock(
        side_effect=[
            httpx.Response(429, headers={"retry-after": "whenever"}),
            httpx.Response(200, json=envelope("list_customer_invoices")),
        ]
    )
    await client.customers.invoices.list(42)
    assert sleeps == [0.5]


async def test_retry_after_beyond_cap_raises_without_waiting(
    client: CustomersClient, api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = api.get(PATH).respond(429, headers={"retry-after": "3600"}, json=error_body("later"))
    with pytest.raises(RateLimitError) as info:
        await client.customers.invoices.list(42)
    assert route.call_count == 1
    assert info.value.retry_after == 3600.0
    assert sleeps == []


async def test_max_retries_per_client_and_per_call(
    api: respx.MockRouter, client: CustomersClient, sleeps: list[float]
) -> None:
    route = api.get(PATH).respond(503)
    with pytest.raises(ServerError):
        await client.customers.invoices.list(42, max_retries=0)
    assert route.call_count == 1
    with pytest.raises(ServerError):
        await client.customers.invoices.list(42, max_retries=4)
    assert route.call_count == 1 + 5
    async with CustomersClient(
        token=TOKEN, site_id=SITE_ID, base_url=BASE_URL, transport="httpx", max_retries=1
    ) as other:
        with pytest.raises(ServerError) as info:
            await other.customers.invoices.list(42)
    assert info.value.attempts == 2


async def test_transport_errors_retried_for_get(
    httpx_client: CustomersClient, api: respx.MockRouter, sleeps: list[float]
) -> None:
    client = httpx_client  # the route raises httpx's own exceptions
    route = api.get(PATH).mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as info:
        await client.customers.invoices.list(42)
    assert route.call_count == 3 and info.value.attempts == 3
    route.side_effect = httpx.ReadTimeout("slow")
    with pytest.raises(APITimeoutError):
        await client.customers.invoices.list(42)
    assert route.call_count == 6
    route.side_effect = httpx.UnsupportedProtocol("nope")  # not worth retrying
    with pytest.raises(APIConnectionError):
        await client.customers.invoices.list(42)
    assert route.call_count == 7


async def test_writes_not_retried_unless_opted_in(
    client: CustomersClient, api: respx.MockRouter, sleeps: list[float]
) -> None:
    post = api.post("/customer/42/tags").respond(503)
    put = api.put("/customer/42/tags/3").mock(side_effect=httpx.ConnectError("reset"))
    delete = api.delete("/customer/42/tags/3").respond(502)
    with pytest.raises(ServerError) as info:
        await client.customers.tags.create(42, {"tag": "x"})
    assert post.call_count == 1 and info.value.attempts == 1
    with pytest.raises(APIConnectionError):
        await client.customers.tags.update(42, 3, {"tag": "y"}, max_retries=5)
    assert put.call_count == 1
    with pytest.raises(ServerError):
        await client.customers.tags.delete(42, 3)
    assert delete.call_count == 1
    assert sleeps == []

    # per call opt-in
    with pytest.raises(ServerError) as info:
        await client.customers.tags.create(42, {"tag": "x"}, retry_writes=True)
    assert post.call_count == 1 + 3 and info.value.attempts == 3


async def test_writes_retried_with_client_opt_in(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    post = api.post("/customer/42/addresses").respond(504)
    async with CustomersClient(
        token=TOKEN, site_id=SITE_ID, base_url=BASE_URL, transport="httpx", retry_writes=True
    ) as client:
        with pytest.raises(ServerError):
            await client.customers.addresses.create(42, {"name": "HQ"})
        assert post.call_count == 3
        with pytest.raises(ServerError):  # and a per-call opt-out
            await client.customers.addresses.create(42, {"name": "HQ"}, retry_writes=False)
        assert post.call_count == 4


async def test_redirect_is_not_followed(client: CustomersClient, api: respx.MockRouter) -> None:
    route = api.get(PATH).respond(302, headers={"location": "https://evil.test/steal"})
    with pytest.raises(UnexpectedStatusError) as info:
        await client.customers.invoices.list(42)
    assert info.value.status_code == 302 and route.call_count == 1
