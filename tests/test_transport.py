"""The SDK's own http client: engine choice, limits, no redirects."""

from __future__ import annotations

import sys

import httpx
import pytest
import respx
from httpx_aiohttp import AiohttpTransport

from customers_api import CustomersClient, _transport
from customers_api._aiohttp import AiohttpSender
from customers_api._transport import build_sender, fast_transport_available

from .conftest import SITE_ID, TOKEN
from .factories import envelope


def _transport_of(client: object) -> httpx.AsyncBaseTransport:
    assert isinstance(client, httpx.AsyncClient)
    return client._transport  # type: ignore[attr-defined, no-any-return]


def test_auto_prefers_the_aiohttp_engine_when_installed() -> None:
    assert fast_transport_available()
    assert isinstance(build_sender(), AiohttpSender)


def test_auto_falls_back_to_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_transport, "fast_transport_available", lambda: False)
    assert isinstance(_transport_of(build_sender()), httpx.AsyncHTTPTransport)


def test_explicit_choices_and_limits() -> None:
    plain = build_sender(transport="httpx", max_connections=7)
    assert isinstance(_transport_of(plain), httpx.AsyncHTTPTransport)
    assert _transport_of(plain)._pool._max_connections == 7  # type: ignore[attr-defined]
    assert isinstance(plain, httpx.AsyncClient) and plain.follow_redirects is False
    fast = build_sender(transport="aiohttp", max_connections=7)
    assert isinstance(fast, AiohttpSender) and fast.max_connections == 7
    wrapped = build_sender(transport=AiohttpTransport())
    assert isinstance(_transport_of(wrapped), AiohttpTransport)
    with pytest.raises(ValueError, match="transport"):
        build_sender(transport="curl")  # type: ignore[arg-type]


def test_aiohttp_missing_gives_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "aiohttp", None)  # as if never installed
    with pytest.raises(ImportError, match=r"customers-api\[fast\]"):
        build_sender(transport="aiohttp")


async def test_custom_transport_instance_is_used() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=envelope("ping", data="pong"))

    async with CustomersClient(
        token=TOKEN, site_id=SITE_ID, transport=httpx.MockTransport(handler)
    ) as client:
        assert await client.ping() == "pong"
    assert seen[0].url == "https://customers.augur-api.com/ping"


async def test_max_connections_configurable() -> None:
    client = CustomersClient(token=TOKEN, site_id=SITE_ID, transport="httpx", max_connections=3)
    assert _transport_of(client.http_client)._pool._max_connections == 3  # type: ignore[attr-defined]
    await client.aclose()


async def test_respx_sees_default_transport(api: respx.MockRouter, client: CustomersClient) -> None:
    api.get("/ping").respond(200, json=envelope("ping", data="pong"))
    assert await client.ping() == "pong"
