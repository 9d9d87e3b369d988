"""The aiohttp engine (and, where marked, both engines) over a real loopback socket."""

from __future__ import annotations

import asyncio
import gzip
import json
import socket

import httpx
import pytest

from customers_api import (
    APIConnectionError,
    APITimeoutError,
    CustomersClient,
    UnexpectedStatusError,
)
from customers_api._engines import DEFAULT_TIMEOUT
from customers_api._engines.aiohttp_engine import AiohttpEngine

from .conftest import SITE_ID, TOKEN, LoopbackServer
from .factories import envelope


def _client(url: str, **kwargs: object) -> CustomersClient:
    return CustomersClient(
        token=TOKEN,
        site_id=SITE_ID,
        base_url=url,
        transport="aiohttp",
        **kwargs,  # type: ignore[arg-type]
    )


async def test_auth_site_and_typed_result(loopback: LoopbackServer) -> None:
    loopback.body = json.dumps(envelope("get_customer")).encode()
    async with _client(loopback.url) as client:
        assert isinstance(client.http_client, AiohttpEngine)
        result = await client.customers.get.with_response(42)
    head = loopback.requests[0].decode()
    assert head.startswith("GET /customer/42/doc HTTP/1.1")
    assert f"Authorization: Bearer {TOKEN}" in head
    assert f"x-site-id: {SITE_ID}" in head
    assert isinstance(result.http_response, httpx.Response)
    # what a user is handed names the template, never the filled path (SECURITY.md)
    assert result.http_response.request.url == f"{loopback.url}/customer/%7BcustomerId%7D/doc"
    assert "authorization" not in result.http_response.request.headers
    assert result.data.customer_id == envelope("get_customer")["data"]["customerId"]
    raw = result.http_response  # a read, closed httpx.Response, usable as any other
    assert raw.is_closed and raw.is_stream_consumed
    assert raw.json() == json.loads(loopback.body) and raw.text == loopback.body.decode()
    assert await raw.aread() == loopback.body


async def test_exempt_paths_follow_a_base_path(loopback: LoopbackServer) -> None:
    loopback.body = json.dumps(envelope("ping", data="pong")).encode()
    async with _client(loopback.url + "/api") as client:
        await client.ping()
        loopback.body = json.dumps(envelope("get_customer")).encode()
        await client.customers.get(7)
    ping, doc = (head.decode() for head in loopback.requests)
    assert ping.startswith("GET /api/ping ") and "Authorization" not in ping
    assert doc.startswith("GET /api/customer/7/doc ") and "Authorization: Bearer" in doc


async def test_no_token_on_ping_and_health_check(loopback: LoopbackServer) -> None:
    async with _client(loopback.url) as client:
        loopback.body = json.dumps(envelope("ping", data="pong")).encode()
        assert await client.ping() == "pong"
        loopback.body = json.dumps(envelope("health_check")).encode()
        await client.health_check()
    assert all("Authorization" not in head.decode() for head in loopback.requests)
    assert all(f"x-site-id: {SITE_ID}" in head.decode() for head in loopback.requests)


async def test_query_and_edge_cache(loopback: LoopbackServer) -> None:
    loopback.body = json.dumps(envelope("list_customers", list_len=0)).encode()
    async with _client(loopback.url) as client:
        await client.customers.list(status_cd=[704, 705], q="a b", edge_cache="1m")
    line = loopback.requests[0].decode().split("\r\n")[0]
    assert "statusCd=704,705" in line or "statusCd=704%2C705" in line
    assert "q=a+b" in line or "q=a%20b" in line
    assert f"cacheSiteId1m={SITE_ID}" in line


async def test_read_timeout_is_api_timeout_error(loopback: LoopbackServer) -> None:
    loopback.delay = 2.0
    async with _client(loopback.url) as client:
        with pytest.raises(APITimeoutError) as info:
            await client.customers.get(1, timeout=0.2, max_retries=0)
    assert info.value.endpoint == "GET /customer/{customerId}/doc"
    assert "/customer/1" not in str(info.value)  # host and port only (test_errors_lifecycle.py)


async def test_refused_connection_is_retried_then_api_connection_error(sleeps: list[float]) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    async with _client(f"http://127.0.0.1:{port}") as client:
        with pytest.raises(APIConnectionError) as info:
            await client.customers.get(1)
    assert type(info.value) is APIConnectionError
    assert info.value.attempts == 3 and len(sleeps) == 2
    assert isinstance(info.value.__cause__, httpx.ConnectError)


async def test_redirects_are_not_followed(loopback: LoopbackServer) -> None:
    loopback.status_line = b"HTTP/1.1 302 Found"
    loopback.extra_headers = b"location: http://127.0.0.2:9/steal\r\n"
    async with _client(loopback.url) as client:
        with pytest.raises(UnexpectedStatusError) as info:
            await client.customers.get(1)
    assert info.value.status_code == 302
    assert len(loopback.requests) == 1


async def test_cookies_are_not_kept(loopback: LoopbackServer) -> None:
    loopback.body = json.dumps(envelope("ping", data="pong")).encode()
    loopback.extra_headers = b"set-cookie: session=abc; Path=/\r\n"
    async with _client(loopback.url) as client:
        await client.ping()
        await client.ping()
    assert all(
        "cookie" not in head.decode().lower().replace("set-cookie", "")
        for head in loopback.requests
    )


async def test_cancel_mid_request_releases_the_connection(loopback: LoopbackServer) -> None:
    """With one connection allowed, a call cancelled mid-request gives its place back: the
    next call goes through at once."""
    loopback.delay = 5.0
    async with _client(loopback.url, max_connections=1) as client:
        task = asyncio.create_task(client.customers.get(1))
        while not loopback.requests:
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert client._pipeline.gate.in_flight == 0
        loopback.delay = 0.0
        loopback.body = json.dumps(envelope("ping", data="pong")).encode()
        assert await asyncio.wait_for(client.ping(), 2.0) == "pong"


async def test_aclose_is_idempotent_and_final(loopback: LoopbackServer) -> None:
    loopback.body = json.dumps(envelope("ping", data="pong")).encode()
    client = _client(loopback.url)
    await client.ping()
    await client.aclose()
    await client.aclose()
    sender = client.http_client
    assert isinstance(sender, AiohttpEngine) and sender.is_closed and client.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        await client.ping()


async def test_a_compressed_body_is_decoded_once(loopback: LoopbackServer) -> None:
    document = envelope("get_customer")
    loopback.body = gzip.compress(json.dumps(document).encode())
    loopback.extra_headers = b"content-encoding: gzip\r\n"
    async with _client(loopback.url) as client:
        result = await client.customers.get.with_response(42)
    assert result.data.to_dict() == document["data"]
    # the body handed over is the decoded one: the header that described the encoding goes
    assert result.http_response.json() == document
    assert "content-encoding" not in result.http_response.headers


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_a_fanout_wider_than_the_pool_queues_instead_of_timing_out(
    loopback: LoopbackServer, transport: str
) -> None:
    loopback.body = json.dumps(envelope("ping", data="pong")).encode()
    loopback.delay = 0.1
    async with CustomersClient(
        token=TOKEN, site_id=SITE_ID, base_url=loopback.url, transport=transport,  # type: ignore[arg-type]
        max_connections=2, timeout=httpx.Timeout(0.5, pool=None),
    ) as client:  # fmt: skip
        # 20 calls through 2 connections take ~1 s: longer than any per-request bound
        results = await asyncio.gather(*(client.ping(max_retries=0) for _ in range(20)))
    assert results == ["pong"] * 20
    assert DEFAULT_TIMEOUT[3] is None  # the default never bounds the wait for a connection
    async with CustomersClient(
        token=TOKEN, site_id=SITE_ID, base_url=loopback.url, transport=transport,  # type: ignore[arg-type]
        max_connections=2, timeout=httpx.Timeout(0.5, pool=0.2),
    ) as client:  # fmt: skip
        outcomes = await asyncio.gather(
            *(client.ping(max_retries=0) for _ in range(20)), return_exceptions=True
        )
    assert any(isinstance(o, APITimeoutError) for o in outcomes)  # a bounded wait does fail
