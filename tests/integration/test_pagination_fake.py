"""Pagination against the embedded fake API: in process (ASGI) and over loopback sockets."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from customers_api import CustomersClient, ServerError, fanout
from customers_api.pagination import Pager
from customers_api.testing import FakeCustomersAPI, FaultConfig, serve_in_thread

LIST = "/customer"


def other_tasks() -> set[asyncio.Task[Any]]:
    return asyncio.all_tasks() - {asyncio.current_task()}


def checked_out(client: CustomersClient) -> int:
    """Connections (or pool requests) still held, read from the engine's private pool."""
    http: Any = client.http_client
    pool = getattr(getattr(http, "_transport", None), "_pool", None)
    if pool is not None:  # httpx / httpcore
        busy = [c for c in pool.connections if not (c.is_idle() or c.is_closed())]
        return len(busy) + len(pool._requests)
    session = getattr(http, "_session", None)
    if session is not None:  # the SDK's aiohttp engine
        return len(session.connector._acquired)
    raise AssertionError(f"cannot inspect the pool of {type(http).__name__}")


# httpcore 1.0.9 can leak pool slots when requests are cancelled in flight under load
# (encode/httpcore#1093, open; fixes proposed in #1094/#1099): on the httpx engine a
# concurrent pager that cancels its pages in flight may leave a connection checked out for
# good, and only sometimes. The httpx runs below page with concurrency=1, so no request is in
# flight when a page fails or the loop breaks: they pass or fail deterministically.
# Cancellation on the wire is covered on the aiohttp engine.
PAGE_CONCURRENCY = {"aiohttp": 2, "httpx": 1}


@pytest.fixture(scope="module")
def fake_1234() -> FakeCustomersAPI:
    return FakeCustomersAPI(customers=1234, seed=4)


@pytest.fixture
def fake(fake_1234: FakeCustomersAPI) -> Iterator[FakeCustomersAPI]:
    fake_1234.stats.reset()
    fake_1234.set_faults(None)
    yield fake_1234
    fake_1234.set_faults(None)


@pytest.fixture
async def sdk(fake: FakeCustomersAPI) -> AsyncIterator[CustomersClient]:
    async with CustomersClient(
        token="t",
        site_id="s",
        base_url="http://localhost",
        transport=httpx.ASGITransport(app=fake),
    ) as client:
        yield client


@pytest.fixture(scope="module")
def served(fake_1234: FakeCustomersAPI) -> Iterator[str]:
    with serve_in_thread(fake_1234) as base_url:
        yield base_url


def expected_ids(fake: FakeCustomersAPI) -> list[int]:
    return sorted(row["customerId"] for row in fake.dataset.customer_rows)


@pytest.mark.parametrize("concurrency", [1, 8])
async def test_1234_customers_every_item_once_in_order(
    sdk: CustomersClient, fake: FakeCustomersAPI, concurrency: int
) -> None:
    pager = sdk.customers.list.paging(page_size=100, concurrency=concurrency)
    ids = [c.customer_id async for c in pager.iter()]
    assert ids == expected_ids(fake)
    assert len(ids) == 1234
    assert fake.stats.count("GET", LIST) == 13
    assert not other_tasks()


async def test_all_with_max_items(sdk: CustomersClient, fake: FakeCustomersAPI) -> None:
    items = await sdk.customers.list.paging(page_size=100, max_items=250, concurrency=4).all()
    assert [c.customer_id for c in items] == expected_ids(fake)[:250]
    assert fake.stats.count("GET", LIST) == 3


@pytest.mark.parametrize("concurrency", [1, 4])
async def test_a_page_failing_with_503_once_is_retried(
    sdk: CustomersClient, fake: FakeCustomersAPI, concurrency: int
) -> None:
    fake.set_faults(FaultConfig(script=(None, None, "503"), paths={LIST}))
    pager = sdk.customers.list.paging(page_size=100, concurrency=concurrency)
    assert [c.customer_id for c in await pager.all()] == expected_ids(fake)
    assert fake.stats.count("GET", LIST) == 14
    assert fake.stats.responses[503] == 1


async def test_invoices_and_aging_pages_match_one_big_request(
    sdk: CustomersClient, fake: FakeCustomersAPI
) -> None:
    cid = max(
        fake.dataset.customer_rows,
        key=lambda r: len(fake.dataset.bundle(r["customerId"]).invoices),  # type: ignore[union-attr]
    )["customerId"]
    whole = await sdk.customers.invoices.list(cid, limit=1000)
    assert len(whole) > 6
    paged = await sdk.customers.invoices.list.paging(page_size=3, concurrency=3).all(cid)
    assert [i.invoice_no for i in paged] == [i.invoice_no for i in whole]

    report = await sdk.customers.aging.get(cid, limit=1000)
    aging = Pager(sdk.customers.aging.get, items=lambda r: r.data, page_size=2, concurrency=2)
    rows = [row.invoice_no async for row in aging.iter(cid)]
    assert rows == [row.invoice_no for row in report.data]


# -- over loopback sockets: failures and early exits leave the pool usable -------------------


async def assert_pool_usable(client: CustomersClient, fake: FakeCustomersAPI) -> None:
    """Every connection came back: with max_connections=2 a leaked one would time out."""
    ids = expected_ids(fake)[:20]
    got = await fanout.map(client.customers.get, ids, concurrency=2)
    assert [c.customer_id for c in got] == ids
    assert checked_out(client) == 0


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
async def test_a_page_that_keeps_failing_surfaces_and_leaks_nothing(
    served: str, fake: FakeCustomersAPI, transport: str
) -> None:
    fake.set_faults(FaultConfig(script=(None,), fail_503=1.0, paths={LIST}))
    async with CustomersClient(
        token="t",
        site_id="s",
        base_url=served,
        transport=transport,  # type: ignore[arg-type]
        max_connections=2,
        timeout=httpx.Timeout(10.0, pool=3.0),
    ) as client:
        seen: list[int] = []
        pager = client.customers.list.paging(page_size=100, concurrency=PAGE_CONCURRENCY[transport])
        with pytest.raises(ServerError) as info:
            async for c in pager.iter():
                seen.append(c.customer_id)
        assert seen == expected_ids(fake)[:100]
        assert info.value.status_code == 503 and info.value.attempts == 3
        assert not other_tasks()
        assert checked_out(client) == 0
        fake.set_faults(None)
        await assert_pool_usable(client, fake)


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
async def test_early_break_cancels_slow_pages_and_frees_connections(
    served: str, fake: FakeCustomersAPI, transport: str
) -> None:
    async with CustomersClient(
        token="t",
        site_id="s",
        base_url=served,
        transport=transport,  # type: ignore[arg-type]
        max_connections=2,
        timeout=httpx.Timeout(10.0, pool=3.0),
    ) as client:
        concurrency = PAGE_CONCURRENCY[transport]
        pager = client.customers.list.paging(page_size=100, concurrency=concurrency)
        async with pager.iter() as it:
            async for _ in it:
                # aiohttp: page 2 is scheduled but not sent yet (no await since): make it hang.
                fake.set_faults(FaultConfig(latency=5.0, paths={LIST}))
                for _ in range(20):
                    await asyncio.sleep(0.005)  # the next page request is on the wire
                break
        assert not other_tasks()
        # aiohttp: the hanging request did go out (and was cancelled); httpx: one page at a time
        assert fake.stats.count("GET", LIST) == concurrency
        fake.set_faults(None)
        await assert_pool_usable(client, fake)
