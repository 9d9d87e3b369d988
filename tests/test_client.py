"""CustomersClient: configuration, from_env, lifecycle, sharing across tasks, cancellation."""

from __future__ import annotations

import asyncio
import random
from typing import Any

import httpx
import pytest
import respx

from customers_api import ConfigError, CustomersClient, HealthCheck
from customers_api._client import DEFAULT_BASE_URL

from .conftest import SITE_ID, TOKEN, LoopbackServer
from .factories import envelope

# -- configuration --------------------------------------------------------------------------


def test_from_env_reads_variables() -> None:
    env = {"CUSTOMERS_API_TOKEN": TOKEN, "CUSTOMERS_API_SITE_ID": SITE_ID}
    client = CustomersClient.from_env(env, transport="httpx")
    assert client.base_url == DEFAULT_BASE_URL
    assert client.site_id == SITE_ID
    env["CUSTOMERS_API_BASE_URL"] = "https://staging.example.com/"
    assert CustomersClient.from_env(env).base_url == "https://staging.example.com"


def test_from_env_uses_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CUSTOMERS_API_TOKEN", TOKEN)
    monkeypatch.setenv("CUSTOMERS_API_SITE_ID", SITE_ID)
    monkeypatch.delenv("CUSTOMERS_API_BASE_URL", raising=False)
    assert CustomersClient.from_env().site_id == SITE_ID


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "CUSTOMERS_API_TOKEN"),
        ({"CUSTOMERS_API_SITE_ID": SITE_ID}, "CUSTOMERS_API_TOKEN"),
        ({"CUSTOMERS_API_TOKEN": TOKEN}, "CUSTOMERS_API_SITE_ID"),
        ({"CUSTOMERS_API_TOKEN": "  ", "CUSTOMERS_API_SITE_ID": SITE_ID}, "CUSTOMERS_API_TOKEN"),
        ({"CUSTOMERS_API_TOKEN": TOKEN, "CUSTOMERS_API_SITE_ID": ""}, "CUSTOMERS_API_SITE_ID"),
    ],
)
def test_from_env_missing_names_variable(env: dict[str, str], missing: str) -> None:
    with pytest.raises(ConfigError, match=missing) as info:
        CustomersClient.from_env(env)
    assert isinstance(info.value, ValueError)
    assert TOKEN not in str(info.value)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000",
        "http://127.8.9.10",
        "http://localhost:9000/api",
        "http://[::1]:8080",
        "https://customers.augur-api.com",
    ],
)
def test_base_url_allowed(url: str) -> None:
    CustomersClient(token=TOKEN, site_id=SITE_ID, base_url=url, transport="httpx")


@pytest.mark.parametrize(
    "url",
    [
        "http://customers.augur-api.com",
        "http://10.0.0.1",
        "http://localhost.evil.com",
        "http://127.0.0.1.nip.io",
        "ftp://customers.augur-api.com",
        "customers.augur-api.com",
        "https://user:pw@customers.augur-api.com",
        "https://customers.augur-api.com/?x=1",
    ],
)
def test_base_url_refused(url: str) -> None:
    with pytest.raises(ConfigError):
        CustomersClient(token=TOKEN, site_id=SITE_ID, base_url=url)


def test_insecure_http_opt_in() -> None:
    client = CustomersClient(
        token=TOKEN, site_id=SITE_ID, base_url="http://intranet.local", allow_insecure_http=True
    )
    assert client.base_url == "http://intranet.local"


@pytest.mark.parametrize("bad", ["", "a b", "tok\nen", "tök", 123, None])
def test_token_and_site_checked_without_echo(bad: Any) -> None:
    with pytest.raises(ConfigError, match="token") as info:
        CustomersClient(token=bad, site_id=SITE_ID)
    assert "tok\n" not in str(info.value)
    with pytest.raises(ConfigError, match="site_id"):
        CustomersClient(token=TOKEN, site_id=bad)


def test_http_client_and_transport_are_exclusive() -> None:
    with pytest.raises(ConfigError):
        CustomersClient(
            token=TOKEN, site_id=SITE_ID, http_client=httpx.AsyncClient(), transport="httpx"
        )
    with pytest.raises(ConfigError):
        CustomersClient(token=TOKEN, site_id=SITE_ID, http_client=object())  # type: ignore[arg-type]


def test_default_timeouts() -> None:
    """Per phase (connect, read, write, pool): the pipeline sends them with every request,
    on every engine; the engine's own client holds no timeout policy of its own."""
    client = CustomersClient(token=TOKEN, site_id=SITE_ID, transport="httpx")
    assert client._pipeline.timeout == (5.0, 30.0, 30.0, None)
    assert client.http_client.follow_redirects is False
    custom = CustomersClient(token=TOKEN, site_id=SITE_ID, transport="aiohttp", timeout=3)
    assert custom._pipeline.timeout == (3.0, 3.0, 3.0, None)  # a number: no pool cap


# -- lifecycle ------------------------------------------------------------------------------


async def test_aclose_idempotent_and_async_with() -> None:
    client = CustomersClient(token=TOKEN, site_id=SITE_ID, transport="httpx")
    async with client as entered:
        assert entered is client
    assert client.is_closed and client.http_client.is_closed
    await client.aclose()
    await client.aclose()


async def test_service_endpoints(client: CustomersClient, api: respx.MockRouter) -> None:
    api.get("/health-check").respond(200, json=envelope("health_check"))
    api.get("/ping").respond(200, json=envelope("ping", data="pong"))
    assert isinstance(await client.health_check(), HealthCheck)
    assert await client.ping() == "pong"
    resp = await client.ping.with_response()
    assert resp.data == "pong" and resp.status_code == 200


# -- sharing and cancellation ---------------------------------------------------------------


async def test_shared_client_200_concurrent_tasks(
    client: CustomersClient, api: respx.MockRouter
) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(random.random() / 100)
        customer_id = int(request.url.path.split("/")[2])
        body = envelope("get_customer")
        body["data"]["customerId"] = customer_id
        return httpx.Response(200, json=body)

    api.get(path__regex=r"^/customer/\d+/doc$").mock(side_effect=handler)
    results = await asyncio.gather(*(client.customers.get(i) for i in range(200)))
    assert [r.customer_id for r in results] == list(range(200))


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
async def test_shared_client_200_tasks_on_loopback(
    transport: str, loopback: LoopbackServer
) -> None:
    loopback.body = httpx.Response(200, json=envelope("ping", data="pong")).content
    async with CustomersClient(
        token=TOKEN,
        site_id=SITE_ID,
        base_url=loopback.url,
        transport=transport,  # type: ignore[arg-type]
    ) as client:
        results = await asyncio.gather(*(client.ping() for _ in range(200)))
    assert results == ["pong"] * 200
    assert len(loopback.requests) == 200


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
async def test_cancel_mid_request_leaves_no_connection_checked_out(
    transport: str, loopback: LoopbackServer
) -> None:
    loopback.body = httpx.Response(200, json=envelope("ping", data="pong")).content
    loopback.delay = 30.0
    async with CustomersClient(
        token=TOKEN,
        site_id=SITE_ID,
        base_url=loopback.url,
        transport=transport,  # type: ignore[arg-type]
        max_connections=1,  # one leaked connection would block every later call
        timeout=httpx.Timeout(5.0, pool=2.0),
    ) as client:
        for _ in range(3):
            task = asyncio.create_task(client.ping())
            while not loopback.requests:  # the request is in flight, the server stalls
                await asyncio.sleep(0.01)
            if transport == "httpx":  # the check below can see a checked-out connection
                assert len(client.http_client._transport._pool._requests) == 1  # type: ignore[attr-defined]
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            loopback.requests.clear()
        if transport == "httpx":
            pool: Any = client.http_client._transport._pool  # type: ignore[attr-defined]
            assert pool._requests == []
            assert all(c.is_idle() or c.is_closed() for c in pool.connections)
        loopback.delay = 0.0
        assert await client.ping() == "pong"  # the single pool slot is free again
