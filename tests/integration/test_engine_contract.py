"""One contract on every engine: the same arguments give the same request on the wire and
the same error, whatever sends it -- the aiohttp engine, the httpx engine, an
``httpx.AsyncBaseTransport`` instance, or a caller's own ``httpx.AsyncClient``.

A loopback server records each request's head and body; every engine makes the same calls
and what the server received is compared byte for byte, header by header (the ``Host``
line aside, as the port is the same anyway).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest

from customers_api import (
    APIConnectionError,
    APITimeoutError,
    CustomersAPIError,
    CustomersClient,
    NotFoundError,
)

from ..conftest import SITE_ID, TOKEN, LoopbackServer
from ..factories import envelope

ENGINES = ["aiohttp", "httpx", "transport-instance", "caller-http-client"]


@contextlib.asynccontextmanager
async def _client(engine: str, url: str, **options: Any) -> AsyncIterator[CustomersClient]:
    common: dict[str, Any] = {"token": TOKEN, "site_id": SITE_ID, "base_url": url, **options}
    if engine == "caller-http-client":
        async with (
            httpx.AsyncClient() as mine,
            CustomersClient(http_client=mine, **common) as client,
        ):
            yield client
        return
    transport: Any = engine
    if engine == "transport-instance":
        transport = httpx.AsyncHTTPTransport()
    async with CustomersClient(transport=transport, **common) as client:
        yield client


def _request(head: bytes, body: bytes) -> tuple[str, dict[str, str], bytes]:
    """(request line, headers by lower-cased name without Host, body) as received."""
    line, *lines = head.decode("latin-1").rstrip("\r\n").split("\r\n")
    headers = {}
    for raw in lines:
        name, _, value = raw.partition(":")
        headers[name.strip().lower()] = value.strip()
    headers.pop("host")
    return line, headers, body


CALLS: list[tuple[str, Callable[[CustomersClient], Awaitable[Any]]]] = [
    (
        "query",
        lambda c: c.customers.list(
            q="acme private & co/é", status_cd=[704, 705], limit=5, edge_cache="1m"
        ),
    ),
    ("flags", lambda c: c.customers.invoices.list(42, paid_in_full=True, order_by="x|ASC")),
    ("no token", lambda c: c.ping()),
    ("json body", lambda c: c.customers.tags.create(42, {"tag": "vip é"})),
    ("put", lambda c: c.customers.tags.update(42, 7, {"tag": "x"})),
    ("delete", lambda c: c.customers.tags.delete(42, 7)),
]


async def _received(engine: str, loopback: LoopbackServer) -> list[tuple[str, Any]]:
    loopback.body = json.dumps(envelope("ping", data="pong")).encode()
    out = []
    async with _client(engine, loopback.url, max_retries=0) as client:
        for name, call in CALLS:
            before = len(loopback.requests)
            with contextlib.suppress(CustomersAPIError):  # the canned body fits only ping
                await call(client)
            assert len(loopback.requests) == before + 1, f"{engine}: {name} sent no request"
            out.append((name, _request(loopback.requests[-1], loopback.bodies[-1])))
    return out


async def test_every_engine_sends_the_same_requests(loopback: LoopbackServer) -> None:
    seen = {engine: await _received(engine, loopback) for engine in ENGINES}
    reference = seen["aiohttp"]
    for engine, requests in seen.items():
        for (name, got), (_, want) in zip(requests, reference, strict=True):
            assert got == want, f"{engine} differs from aiohttp on {name!r}"
    by_name = dict(reference)
    line, headers, _ = by_name["query"]
    assert line == (
        "GET /customer?limit=5&q=acme+private+%26+co%2F%C3%A9&statusCd=704%2C705"
        f"&cacheSiteId1m={SITE_ID} HTTP/1.1"
    )
    assert headers["authorization"] == f"Bearer {TOKEN}" and headers["x-site-id"] == SITE_ID
    assert headers["user-agent"].startswith("customers-api-python/")
    assert "authorization" not in by_name["no token"][1]
    line, headers, body = by_name["json body"]
    assert line == "POST /customer/42/tags HTTP/1.1"
    assert headers["content-type"] == "application/json"
    assert json.loads(body) == {"tag": "vip é"} and int(headers["content-length"]) == len(body)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _error(engine: str, url: str, **options: Any) -> CustomersAPIError:
    async with _client(engine, url, max_retries=0, **options) as client:
        with pytest.raises(CustomersAPIError) as info:
            await client.customers.get(1)
    return info.value


def _shape(err: CustomersAPIError) -> tuple[Any, ...]:
    cause = err.__cause__
    return (type(err), str(err), type(cause) if cause is not None else None)


@pytest.mark.parametrize("engine", ENGINES)
async def test_the_same_error_on_every_engine(engine: str, loopback: LoopbackServer) -> None:
    """A status error, a refused connection, a read timeout, a dropped connection: the same
    class, message and cause class whatever sends."""
    refused = f"http://127.0.0.1:{_free_port()}"
    got = await _error(engine, refused)
    assert _shape(got) == _shape(await _error("aiohttp", refused))
    assert isinstance(got, APIConnectionError) and not isinstance(got, APITimeoutError)
    assert str(got).startswith("GET /customer/{customerId}/doc: ConnectError: cannot connect (")

    loopback.status_line = b"HTTP/1.1 404 Not Found"
    loopback.body = b'{"message": "no such customer"}'
    got = await _error(engine, loopback.url)
    assert _shape(got) == _shape(await _error("aiohttp", loopback.url))
    assert isinstance(got, NotFoundError) and got.message == "no such customer"

    loopback.status_line, loopback.delay = b"HTTP/1.1 200 OK", 2.0
    got = await _error(engine, loopback.url, timeout=0.2)
    assert _shape(got) == _shape(await _error("aiohttp", loopback.url, timeout=0.2))
    assert isinstance(got, APITimeoutError) and "ReadTimeout: timed out reading" in str(got)


@pytest.mark.parametrize("engine", ENGINES)
async def test_a_dropped_connection_is_the_same_error(engine: str) -> None:
    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.close()

    server = await asyncio.start_server(hang_up, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    try:
        got = await _error(engine, url)
        assert _shape(got) == _shape(await _error("aiohttp", url))
        assert "RemoteProtocolError: the server closed the connection" in str(got)
    finally:
        server.close()


async def test_at_most_four_sdk_frames_from_the_friendly_method_to_the_engine(
    loopback: LoopbackServer,
) -> None:
    """``client.customers.invoices.list(42, ...)``: the bound method, the rendered method,
    the pipeline, the engine -- nothing re-enters a higher layer on the way down."""
    import sys
    from pathlib import Path

    import customers_api
    from customers_api._engines.aiohttp_engine import AiohttpEngine

    root = str(Path(customers_api.__file__).parent)
    stacks: list[list[str]] = []

    def profile(frame: Any, event: str, arg: object) -> None:
        if event == "call" and frame.f_code is AiohttpEngine.send.__code__:
            chain = []
            while frame is not None:
                if frame.f_code.co_filename.startswith(root):
                    chain.append(frame.f_code.co_qualname)
                frame = frame.f_back
            stacks.append(chain[::-1])

    loopback.body = json.dumps(envelope("list_customer_invoices", list_len=1)).encode()
    async with _client("aiohttp", loopback.url) as client:
        await client.customers.invoices.list(42, paid_in_full="N")  # (descriptors cached)
        sys.setprofile(profile)
        try:
            await client.customers.invoices.list(42, paid_in_full="N")
        finally:
            sys.setprofile(None)
    # (a coroutine reports a "call" at each resumption: the same stack each time)
    assert stacks and all(stack == stacks[0] for stack in stacks)
    assert stacks[0] == [
        "BoundListEndpoint.__call__",
        "Invoices.list",
        "Pipeline.send",
        "AiohttpEngine.send",
    ]
