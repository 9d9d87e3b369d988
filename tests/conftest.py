"""Shared fixtures: a client against a respx-mocked base URL, and a no-wait retry sleep."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator, Iterator

import pytest
import respx

from customers_api import CustomersClient, _retry

from .respx_server import RespxServer

BASE_URL = "https://customers.test"
TOKEN = "tok-SECRET-1234567890"
SITE_ID = "SITE1"


# Modules that are slow as a whole (they run the generator, mypy and pytest in subprocesses),
# marked here so that `make test-fast` (-m "not slow") skips them without editing them.
SLOW_MODULES = ("tests/integration/test_regeneration.py",)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.nodeid.startswith(SLOW_MODULES):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retry (and gate) sleeps are recorded, never waited, yet move the gate's clock on by
    their length; jitter is pinned to 0 (exact backoff)."""
    recorded: list[float] = []
    skipped = [0.0]

    async def fake_sleep(seconds: float) -> None:
        recorded.append(seconds)
        skipped[0] += seconds

    monkeypatch.setattr(_retry, "sleep", fake_sleep)
    monkeypatch.setattr(_retry, "clock", lambda: time.monotonic() + skipped[0])
    monkeypatch.setattr(_retry, "random", lambda: 0.0)
    return recorded


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


@pytest.fixture
async def served(api: respx.MockRouter) -> AsyncIterator[RespxServer]:
    """The ``api`` routes over loopback HTTP: what every engine can reach."""
    async with RespxServer(api, BASE_URL) as server:
        yield server


@pytest.fixture
async def client(served: RespxServer) -> AsyncIterator[CustomersClient]:
    """A client on the default engine (aiohttp, with the ``fast`` extra installed) whose
    requests reach the ``api`` routes over loopback."""
    async with CustomersClient(token=TOKEN, site_id=SITE_ID, base_url=served.url) as c:
        yield c


@pytest.fixture
async def httpx_client(api: respx.MockRouter) -> AsyncIterator[CustomersClient]:
    """A client on the httpx engine, mocked by respx at httpx's transport (for what only
    httpx can stage, e.g. a ``ReadTimeout`` raised by a route)."""
    async with CustomersClient(
        token=TOKEN, site_id=SITE_ID, base_url=BASE_URL, transport="httpx"
    ) as c:
        yield c


@pytest.fixture(params=["aiohttp", "httpx"])
async def any_client(
    request: pytest.FixtureRequest, api: respx.MockRouter
) -> AsyncIterator[CustomersClient]:
    """The same test on each engine (aiohttp through loopback, httpx through respx)."""
    if request.param == "httpx":
        async with CustomersClient(
            token=TOKEN, site_id=SITE_ID, base_url=BASE_URL, transport="httpx"
        ) as c:
            yield c
        return
    async with (
        RespxServer(api, BASE_URL) as server,
        CustomersClient(
            token=TOKEN, site_id=SITE_ID, base_url=server.url, transport="aiohttp"
        ) as c,
    ):
        yield c


class LoopbackServer:
    """A tiny HTTP/1.1 server on 127.0.0.1: fixed JSON body, optional delay; counts connections."""

    def __init__(self) -> None:
        self.body = b"{}"
        self.status_line = b"HTTP/1.1 200 OK"
        self.extra_headers = b""
        self.delay = 0.0
        self.open_connections = 0
        self.requests: list[bytes] = []
        self.bodies: list[bytes] = []
        self.url = ""
        self._server: asyncio.AbstractServer | None = None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.open_connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                self.requests.append(head)
                length = re.search(rb"(?im)^content-length:\s*(\d+)", head)
                self.bodies.append(await reader.readexactly(int(length[1])) if length else b"")
                if self.delay:
                    await asyncio.sleep(self.delay)
                writer.write(
                    self.status_line
                    + b"\r\ncontent-type: application/json\r\n"
                    + self.extra_headers
                    + f"content-length: {len(self.body)}\r\n\r\n".encode()
                    + self.body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            self.open_connections -= 1
            writer.close()

    async def __aenter__(self) -> LoopbackServer:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()


@pytest.fixture
async def loopback() -> AsyncIterator[LoopbackServer]:
    async with LoopbackServer() as server:
        yield server
