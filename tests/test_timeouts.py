"""One timeout contract on every engine (issue 13): the same numbers cover the same phases.

A number bounds connect, write and read, never the wait for a free pooled connection; an
``httpx.Timeout`` with ``pool=`` limits that wait and fails as ``PoolTimeout`` on both
engines. Every test runs on the httpx engine and on the aiohttp engine, over a loopback
socket (``tests/conftest.py``'s ``LoopbackServer``, which answers after ``delay`` seconds).
"""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from customers_api import APITimeoutError, CustomersClient
from customers_api._engines import DEFAULT_TIMEOUT
from customers_api._engines.aiohttp_engine import _client_timeout
from customers_api._params import timeout_phases

from .conftest import SITE_ID, TOKEN, LoopbackServer
from .factories import envelope

ENGINES = ["httpx", "aiohttp"]


def _client(url: str, transport: str, **kwargs: object) -> CustomersClient:
    return CustomersClient(
        token=TOKEN,
        site_id=SITE_ID,
        base_url=url,
        transport=transport,  # type: ignore[arg-type]
        max_retries=0,
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture
def pong(loopback: LoopbackServer) -> LoopbackServer:
    loopback.body = json.dumps(envelope("ping", data="pong")).encode()
    return loopback


def test_a_number_bounds_every_phase_but_the_pool_wait() -> None:
    assert timeout_phases(3.0) == (3.0, 3.0, 3.0, None)  # (connect, read, write, pool)
    assert timeout_phases(2) == (2.0, 2.0, 2.0, None)
    assert timeout_phases(httpx.Timeout(10.0, pool=1.0)) == (10.0, 10.0, 10.0, 1.0)
    assert timeout_phases(httpx.Timeout(None)) == (None, None, None, None)
    assert DEFAULT_TIMEOUT == (5.0, 30.0, 30.0, None)
    for bad in (True, "3", None):
        with pytest.raises(ValueError, match="timeout must be"):
            timeout_phases(bad)


def test_aiohttp_connect_is_connecting_only() -> None:
    """aiohttp's ``connect`` would include the pool wait; the pipeline's gate keeps it out."""
    timeout = _client_timeout((1.0, 2.0, 3.0, 4.0))
    assert (timeout.connect, timeout.sock_connect, timeout.sock_read) == (1.0, 1.0, 2.0)
    assert timeout.total is None


@pytest.mark.parametrize("transport", ENGINES)
async def test_numeric_timeout_never_limits_the_queue(pong: LoopbackServer, transport: str) -> None:
    """The issue's case, scaled down: 5 rounds of 0.25 s through 2 connections with
    timeout=0.75; the last round waits ~1 s in the queue and must not fail for it."""
    pong.delay = 0.25
    async with _client(pong.url, transport, max_connections=2, timeout=0.75) as client:
        calls = (client.ping() for _ in range(10))
        results = await asyncio.gather(*calls, return_exceptions=True)
    assert results == ["pong"] * 10
    assert pong.open_connections <= 2


@pytest.mark.parametrize("transport", ENGINES)
async def test_numeric_per_call_timeout_never_limits_the_queue(
    pong: LoopbackServer, transport: str
) -> None:
    pong.delay = 0.25
    async with _client(pong.url, transport, max_connections=1) as client:
        calls = (client.ping(timeout=0.6) for _ in range(4))
        results = await asyncio.gather(*calls, return_exceptions=True)
    assert results == ["pong"] * 4


@pytest.mark.parametrize("transport", ENGINES)
@pytest.mark.parametrize("per_call", [False, True])
async def test_pool_limit_is_a_pool_timeout(
    pong: LoopbackServer, transport: str, per_call: bool
) -> None:
    pong.delay = 0.6
    timeout = httpx.Timeout(10.0, pool=0.2)
    kwargs = {} if per_call else {"timeout": timeout}
    async with _client(pong.url, transport, max_connections=1, **kwargs) as client:
        calls = (client.ping(timeout=timeout if per_call else None) for _ in range(3))
        results = await asyncio.gather(*calls, return_exceptions=True)
    assert results[0] == "pong"  # the first call had the connection
    for err in results[1:]:
        assert isinstance(err, APITimeoutError), err
        assert isinstance(err.__cause__, httpx.PoolTimeout)
        assert err.message.startswith("PoolTimeout: timed out waiting for a free pooled conn")


@pytest.mark.parametrize("transport", ENGINES)
async def test_numeric_timeout_bounds_the_read(pong: LoopbackServer, transport: str) -> None:
    pong.delay = 3.0
    async with _client(pong.url, transport, timeout=0.3) as client:
        with pytest.raises(APITimeoutError) as info:
            await client.ping()
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert info.value.message.startswith("ReadTimeout: ")


@pytest.mark.parametrize("transport", ENGINES)
async def test_the_gate_releases_places_on_failure(pong: LoopbackServer, transport: str) -> None:
    """A call that fails (timeout) or is cancelled gives its place back, on every engine."""
    pong.delay = 3.0
    async with _client(pong.url, transport, max_connections=1, timeout=0.2) as client:
        with pytest.raises(APITimeoutError):
            await client.ping()
        task = asyncio.ensure_future(client.ping())
        await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert client._pipeline.gate.in_flight == 0
        pong.delay = 0.0
        assert await client.ping() == "pong"
