"""The SDK in front of the fake's token bucket: in process (the 429s) and over loopback."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from customers_api import CustomersClient, RateLimitError, _retry, fanout
from customers_api.testing import FakeCustomersAPI, FaultConfig, serve_in_thread

FIRST = 100001
DOC = "/customer/{customerId}/doc"


@pytest.fixture
def real_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pacing is waiting: undo the suite's instant sleep (tests/conftest.py)."""
    monkeypatch.setattr(_retry, "sleep", asyncio.sleep)


async def test_over_the_bucket_the_fake_answers_429_with_retry_after_per_site() -> None:
    # 2 at once, then a token every 1000 s: deterministic without a fake clock.
    api = FakeCustomersAPI(customers=5, faults=FaultConfig(rate_limit=0.001, rate_burst=2))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=api), base_url="http://fake"
    ) as http:

        async def get(site: str) -> httpx.Response:
            headers = {"Authorization": "Bearer t", "x-site-id": site}
            return await http.get(f"/customer/{FIRST}/doc", headers=headers)

        answers = [await get("A") for _ in range(3)]
        other = await get("B")
    assert [r.status_code for r in answers] == [200, 200, 429]
    assert answers[2].headers["retry-after"] == "1000"
    assert answers[2].json()["requestId"] == answers[2].headers["x-request-id"]
    assert other.status_code == 200  # site B has its own bucket
    assert api.stats.faults["rate_limit"] == 1 and api.stats.responses[429] == 1


async def test_client_gives_up_when_retry_after_exceeds_its_cap() -> None:
    api = FakeCustomersAPI(customers=5, faults=FaultConfig(rate_limit=0.001, rate_burst=1))
    async with CustomersClient(
        token="t", site_id="S", base_url="http://localhost", transport=httpx.ASGITransport(app=api)
    ) as client:
        await client.customers.get(FIRST)
        with pytest.raises(RateLimitError) as info:
            await client.customers.get(FIRST)
    assert info.value.retry_after == 1000.0 and info.value.attempts == 1


@pytest.mark.slow
@pytest.mark.usefixtures("real_sleep")
async def test_fanout_through_the_bucket_over_loopback_ends_with_every_call_served() -> None:
    # 64 calls in flight against 100/s (burst 10, 10 ms latency): the learned pace carries
    # 400 calls through without a RateLimitError.
    faults = FaultConfig(rate_limit=100, rate_burst=10, latency=0.01)
    api = FakeCustomersAPI(customers=50, faults=faults)
    with serve_in_thread(api) as url:
        async with CustomersClient(token="t", site_id="S", base_url=url) as client:
            ids = [FIRST + i % 50 for i in range(400)]
            results = await fanout.map(client.customers.get, ids, concurrency=64, errors="collect")
            rate = client._pipeline.gate.rate  # type: ignore[union-attr]
    failures = [r for r in results if isinstance(r, Exception)]
    assert failures == [], [repr(f) for f in failures[:3]]
    assert api.stats.responses[200] == 400
    refused = api.stats.responses[429]
    assert 0 < refused < 400 * 0.2, refused  # limited, and most calls went through first time
    assert rate is not None  # the client paces


@pytest.mark.slow
@pytest.mark.usefixtures("real_sleep")
async def test_a_known_rate_over_loopback_is_not_refused() -> None:
    faults = FaultConfig(rate_limit=100, rate_burst=10, latency=0.01)
    api = FakeCustomersAPI(customers=50, faults=faults)
    with serve_in_thread(api) as url:
        async with CustomersClient(
            token="t", site_id="S", base_url=url, rate_limit=(100, 5)
        ) as client:
            ids = [FIRST + i % 50 for i in range(200)]
            results = await fanout.map(client.customers.get, ids, concurrency=64, errors="collect")
    assert not [r for r in results if isinstance(r, Exception)]
    assert api.stats.responses[200] == 200 and api.stats.responses[429] == 0


@pytest.mark.slow
async def test_without_the_machinery_the_same_fanout_ends_in_rate_limit_errors() -> None:
    faults = FaultConfig(rate_limit=100, rate_burst=10, latency=0.01)
    api = FakeCustomersAPI(customers=50, faults=faults)
    with serve_in_thread(api) as url:
        async with CustomersClient(
            token="t", site_id="S", base_url=url, concurrency=None, shared_pause=False
        ) as client:
            ids = [FIRST + i % 50 for i in range(400)]
            results = await fanout.map(client.customers.get, ids, concurrency=64, errors="collect")
    assert any(isinstance(r, RateLimitError) for r in results)  # today's behaviour
