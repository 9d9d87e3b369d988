"""Issue 13's timeout case, as reported, on both engines against the fake over loopback:
``max_connections=10``, 40 concurrent calls, ``timeout=3.0``, 2 s of server latency. Every call
completes (in ~8 s: four rounds of ten); before the fix the aiohttp engine failed 20 of them
with ``ConnectTimeout`` after 4 s, because a number capped its pool wait."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from customers_api import CustomersClient
from customers_api.testing import FakeCustomersAPI, FaultConfig, serve_in_thread

pytestmark = pytest.mark.slow  # ~8 s per engine


@pytest.fixture(scope="module")
def slow_fake() -> Iterator[str]:
    api = FakeCustomersAPI(customers=5, seed=1, faults=FaultConfig(latency=2.0))
    with serve_in_thread(api) as url:
        yield url


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
async def test_forty_calls_through_ten_connections_all_complete(
    slow_fake: str, transport: str
) -> None:
    async with CustomersClient(
        token="t",
        site_id="s",
        base_url=slow_fake,
        transport=transport,  # type: ignore[arg-type]
        max_connections=10,
        timeout=3.0,
        max_retries=0,
    ) as client:
        results = await asyncio.gather(*(client.ping() for _ in range(40)), return_exceptions=True)
    assert results == ["pong"] * 40
