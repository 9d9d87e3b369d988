"""The engines: which one ``transport=`` picks, and what each is given."""

from __future__ import annotations

import sys

import httpx
import pytest
import respx
from httpx_aiohttp import AiohttpTransport

from customers_api import CustomersClient, _engines
from customers_api._engines import build_engine, fast_transport_available
from customers_api._engines.aiohttp_engine import AiohttpEngine
from customers_api._engines.httpx_engine import HttpxEngine

from .conftest import SITE_ID, TOKEN
from .factories import envelope


def test_auto_prefers_the_aiohttp_engine_when_installed() -> None:
    assert fast_transport_available()
    assert isinstance(build_engine("auto", 100), AiohttpEngine)


def test_auto_falls_back_to_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_engines, "fast_transport_available", lambda: False)
    engine = build_engine("auto", 100)
    assert isinstance(engine, HttpxEngine) and engine.owned


def test_explicit_choices() -> None:
    plain = build_engine("httpx", 7)
    assert isinstance(plain, HttpxEngine) and plain.client.follow_redirects is False
    assert isinstance(build_engine("aiohttp", 7), AiohttpEngine)
    wrapped = build_engine(AiohttpTransport(), 7)
    assert isinstance(wrapped, HttpxEngine) and wrapped.owned
    with pytest.raises(ValueError, match="transport"):
        build_engine("curl", 7)  # type: ignore[arg-type]


def test_aiohttp_missing_gives_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "aiohttp", None)  # as if never installed
    with pytest.raises(ImportError, match=r"customers-api\[fast\]"):
        build_engine("aiohttp", 7)


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


async def test_http_client_property_names_what_sends() -> None:
    async with httpx.AsyncClient() as mine:
        assert CustomersClient(token=TOKEN, site_id=SITE_ID, http_client=mine).http_client is mine
    own = CustomersClient(token=TOKEN, site_id=SITE_ID, transport="httpx")
    assert isinstance(own.http_client, httpx.AsyncClient)
    await own.aclose()
    fast = CustomersClient(token=TOKEN, site_id=SITE_ID, transport="aiohttp")
    assert isinstance(fast.http_client, AiohttpEngine)
    await fast.aclose()


async def test_respx_sees_the_httpx_engine(
    api: respx.MockRouter, httpx_client: CustomersClient
) -> None:
    api.get("/ping").respond(200, json=envelope("ping", data="pong"))
    assert await httpx_client.ping() == "pong"
