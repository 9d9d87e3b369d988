"""Pagination: ``.iter``/``.all``/``.paging`` on list endpoints, ``Pager`` for reports.

Most tests serve pages from :class:`PagedTransport`, an async ``httpx`` transport handed to
the real client (so retries, parsing and the endpoint layer all run), which honours
``limit``/``offset``, records every request and can hold, fail or misbehave on purpose.
"""

from __future__ import annotations

import asyncio
import gc
import json
import pickle
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
import respx

from customers_api import (
    CustomersAPIError,
    CustomersClient,
    Invoice,
    PaginationError,
    ServerError,
)
from customers_api.pagination import MAX_PAGE_SIZE, Pager, Paginator

from .conftest import BASE_URL, SITE_ID, TOKEN
from .factories import envelope
from .respx_server import client_tasks

INVOICE = envelope("list_customer_invoices")["data"][0]
AGING = envelope("get_customer_aging")


def invoice(n: int) -> dict[str, Any]:
    return {**INVOICE, "invoiceNo": f"INV{n:05d}", "customerId": 42}


def numbers(items: list[Invoice]) -> list[int]:
    return [int(inv.invoice_no[3:]) for inv in items]


class PagedTransport(httpx.AsyncBaseTransport):
    """``GET /customer/42/invoices`` over ``rows`` invoices, honouring limit/offset.

    ``total``: ``offset -> total`` the envelope reports (default: the row count then).
    ``status``: ``(offset, attempt) -> status`` to fail some requests.
    ``gate``: when set, every request at ``gate_from`` or beyond waits on it.
    ``on_request``: called with ``(offset, limit)`` before answering (may change ``rows``).
    """

    def __init__(self, rows: int) -> None:
        self.rows = rows
        self.total: Callable[[int], int] | None = None
        self.status: Callable[[int, int], int] | None = None
        self.gate: asyncio.Event | None = None
        self.gate_from = 1
        self.on_request: Callable[[int, int], None] | None = None
        self.requests: list[tuple[int, int]] = []
        self.attempts: dict[int, int] = {}
        self.in_flight = 0
        self.max_in_flight = 0
        self.finished = 0
        self.cancelled = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        limit = int(params.get("limit", "10"))
        offset = int(params.get("offset", "0"))
        self.requests.append((offset, limit))
        attempt = self.attempts[offset] = self.attempts.get(offset, 0) + 1
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.gate is not None and offset >= self.gate_from:
                await self.gate.wait()
            await asyncio.sleep(0)
            if self.on_request is not None:
                self.on_request(offset, limit)
            status = self.status(offset, attempt) if self.status else 200
            if status != 200:
                return httpx.Response(status, json={"message": "down", "status": status})
            page = [invoice(n) for n in range(offset, min(offset + limit, self.rows))]
            total = self.total(offset) if self.total else self.rows
            body = {**envelope("list_customer_invoices"), "data": page}
            body.update(count=len(page), total=total, totalResults=total)
            return httpx.Response(200, json=body)
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        finally:
            self.in_flight -= 1
            self.finished += 1


@pytest.fixture
def transport() -> PagedTransport:
    return PagedTransport(1234)


@pytest.fixture
async def paged(transport: PagedTransport) -> AsyncIterator[CustomersClient]:
    async with CustomersClient(
        token=TOKEN, site_id=SITE_ID, base_url=BASE_URL, transport=transport
    ) as c:
        yield c


def other_tasks() -> set[asyncio.Task[Any]]:
    return client_tasks()


async def settle() -> None:
    """A few loop turns, for cancellations requested synchronously to be delivered."""
    for _ in range(5):
        await asyncio.sleep(0)


# -- every item exactly once, in order ------------------------------------------------------


@pytest.mark.parametrize("concurrency", [1, 4, 16])
async def test_1234_items_every_item_once_in_order(
    paged: CustomersClient, transport: PagedTransport, concurrency: int
) -> None:
    pager = paged.customers.invoices.list.paging(page_size=100, concurrency=concurrency)
    seen = numbers([inv async for inv in pager.iter(42)])
    assert seen == list(range(1234))
    assert sorted(transport.requests) == [(o, 100) for o in range(0, 1300, 100)]
    assert transport.max_in_flight == min(concurrency, 12)  # all 12 after the first at once
    assert not other_tasks()


@pytest.mark.parametrize("concurrency", [1, 8])
async def test_all_collects_every_item(
    paged: CustomersClient, transport: PagedTransport, concurrency: int
) -> None:
    items = await paged.customers.invoices.list.paging(concurrency=concurrency).all(42)
    assert numbers(items) == list(range(1234))
    assert len(transport.requests) == 13


async def test_iter_defaults_page_size_100_sequential(
    paged: CustomersClient, transport: PagedTransport
) -> None:
    it = paged.customers.invoices.list.iter(42)
    assert isinstance(it, Paginator)
    assert transport.requests == []  # lazy
    assert numbers(await paged.customers.invoices.list.all(42)) == list(range(1234))
    assert transport.requests == [(o, 100) for o in range(0, 1300, 100)]
    assert transport.max_in_flight == 1
    await it.aclose()


async def test_endpoint_arguments_pass_through(
    api: respx.MockRouter, client: CustomersClient
) -> None:
    route = api.get("/customer/42/invoices").respond(
        json={**envelope("list_customer_invoices", list_len=0), "total": 0}
    )
    assert await client.customers.invoices.list.all(42, paid_in_full="N", order_by="x|ASC") == []
    params = route.calls.last.request.url.params
    assert (params["paidInFull"], params["orderBy"]) == ("N", "x|ASC")
    assert (params["limit"], params["offset"]) == ("100", "0")


# -- stopping rules -------------------------------------------------------------------------


async def test_empty_result_is_one_request(
    paged: CustomersClient, transport: PagedTransport
) -> None:
    transport.rows = 0
    for concurrency in (1, 4):
        pager = paged.customers.invoices.list.paging(concurrency=concurrency)
        assert [x async for x in pager.iter(42)] == []
    assert transport.requests == [(0, 100), (0, 100)]


async def test_stops_on_short_page_even_if_total_says_more(
    paged: CustomersClient, transport: PagedTransport
) -> None:
    transport.rows = 250
    transport.total = lambda offset: 10_000  # a stale, too-large total
    items = await paged.customers.invoices.list.all(42)
    assert numbers(items) == list(range(250))
    assert transport.requests == [(0, 100), (100, 100), (200, 100)]


async def test_stops_on_total_without_an_extra_request(
    paged: CustomersClient, transport: PagedTransport
) -> None:
    transport.rows = 300  # a full last page: total ends it, no empty page is asked for
    assert len(await paged.customers.invoices.list.all(42)) == 300
    assert transport.requests == [(0, 100), (100, 100), (200, 100)]


@pytest.mark.parametrize("concurrency", [1, 4])
async def test_total_that_grows_mid_iteration_is_followed(
    paged: CustomersClient, transport: PagedTransport, concurrency: int
) -> None:
    transport.rows = 250

    def grow(offset: int, limit: int) -> None:
        if offset == 200:  # rows are appended while we iterate
            transport.rows = 430

    transport.on_request = grow
    pager = paged.customers.invoices.list.paging(concurrency=concurrency)
    assert numbers(await pager.all(42)) == list(range(430))
    offsets = [o for o, _ in transport.requests]
    assert sorted(offsets) == [0, 100, 200, 300, 400]  # each offset once


@pytest.mark.parametrize("concurrency", [1, 4, 16])
async def test_total_that_shrinks_mid_iteration_ends_early(
    paged: CustomersClient, transport: PagedTransport, concurrency: int
) -> None:
    def shrink(offset: int, limit: int) -> None:
        if offset:  # rows deleted after the first page
            transport.rows = 450

    transport.on_request = shrink
    pager = paged.customers.invoices.list.paging(concurrency=concurrency)
    seen = numbers(await pager.all(42))
    assert seen == list(range(450))  # no item twice, none past the new end
    offsets = [o for o, _ in transport.requests]
    assert len(offsets) == len(set(offsets))
    assert not other_tasks()


async def test_latest_total_is_trusted_even_when_pages_go_on(
    paged: CustomersClient, transport: PagedTransport
) -> None:
    # The server still has full pages past the total it now reports: the total rules.
    transport.total = lambda offset: 450 if offset else 1234
    pager = paged.customers.invoices.list.paging(concurrency=16)
    assert numbers(await pager.all(42)) == list(range(500))  # up to the page reaching 450


async def test_stop_on_total_cancels_and_awaits_pages_fetched_ahead(
    paged: CustomersClient, transport: PagedTransport
) -> None:
    transport.gate = asyncio.Event()
    transport.gate_from = 200  # offsets 200.. stay in flight
    transport.total = lambda offset: 150 if offset == 100 else 1234
    seen = [x async for x in paged.customers.invoices.list.paging(concurrency=8).iter(42)]
    assert numbers(seen) == list(range(200))
    # no aclose() and no loop turn: the iterator itself waited for them to unwind
    assert transport.cancelled == 7  # 200..800: the window refilled to 8 after page 0
    assert transport.in_flight == 0
    assert not other_tasks()


async def test_max_items_caps_and_asks_only_for_what_is_left(
    paged: CustomersClient, transport: PagedTransport
) -> None:
    items = await paged.customers.invoices.list.paging(max_items=250).all(42)
    assert numbers(items) == list(range(250))
    assert transport.requests == [(0, 100), (100, 100), (200, 50)]


async def test_max_items_concurrent(paged: CustomersClient, transport: PagedTransport) -> None:
    pager = paged.customers.invoices.list.paging(page_size=100, max_items=555, concurrency=8)
    assert numbers([x async for x in pager.iter(42)]) == list(range(555))
    assert sorted(transport.requests) == [(o, 100) for o in range(0, 500, 100)] + [(500, 55)]


async def test_max_items_zero_and_above_total(
    paged: CustomersClient, transport: PagedTransport
) -> None:
    assert await paged.customers.invoices.list.paging(max_items=0).all(42) == []
    assert transport.requests == []
    assert len(await paged.customers.invoices.list.paging(max_items=5000).all(42)) == 1234


async def test_max_items_smaller_than_a_page(
    paged: CustomersClient, transport: PagedTransport
) -> None:
    assert len(await paged.customers.invoices.list.paging(max_items=7).all(42)) == 7
    assert transport.requests == [(0, 7)]


# -- a misbehaving server ------------------------------------------------------------------


def _ignoring_offset(request: httpx.Request) -> httpx.Response:
    limit = int(request.url.params["limit"])
    page = [invoice(n) for n in range(limit)]  # always the first page
    body = {**envelope("list_customer_invoices"), "data": page}
    body.update(count=limit, total=1234, totalResults=1234)
    return httpx.Response(200, json=body)


@pytest.mark.parametrize("concurrency", [1, 4])
async def test_server_ignoring_offset_raises_pagination_error(
    api: respx.MockRouter, client: CustomersClient, concurrency: int
) -> None:
    route = api.get("/customer/42/invoices").mock(side_effect=_ignoring_offset)
    seen: list[Invoice] = []
    pager = client.customers.invoices.list.paging(page_size=100, concurrency=concurrency)
    with pytest.raises(PaginationError) as info:
        async for inv in pager.iter(42):
            seen.append(inv)
    assert numbers(seen) == list(range(100))  # the first page, once
    assert info.value.offset == 100
    assert info.value.method == "Invoices.list"
    assert "ignores offset" in str(info.value)
    assert isinstance(info.value, CustomersAPIError)
    assert route.call_count <= 1 + concurrency  # never an endless loop
    await settle()
    assert not other_tasks()


async def test_server_ignoring_limit_raises_pagination_error(
    api: respx.MockRouter, client: CustomersClient
) -> None:
    body = {**envelope("list_customer_invoices"), "data": [invoice(n) for n in range(30)]}
    body.update(count=30, total=30)
    api.get("/customer/42/invoices").respond(json=body)
    with pytest.raises(PaginationError, match="ignores limit"):
        await client.customers.invoices.list.paging(page_size=10).all(42)


def test_pagination_error_pickles() -> None:
    err = PaginationError("m", method="Invoices.list", offset=100)
    back = pickle.loads(pickle.dumps(err))
    assert (type(back), back.method, back.offset, str(back)) == (
        PaginationError,
        "Invoices.list",
        100,
        "m",
    )


# -- failures, retries, leaks ---------------------------------------------------------------


@pytest.mark.parametrize("concurrency", [1, 4])
async def test_page_failing_once_is_retried(
    paged: CustomersClient, transport: PagedTransport, sleeps: list[float], concurrency: int
) -> None:
    transport.status = lambda offset, attempt: 503 if offset == 500 and attempt == 1 else 200
    pager = paged.customers.invoices.list.paging(concurrency=concurrency)
    assert numbers(await pager.all(42)) == list(range(1234))
    assert transport.attempts[500] == 2
    assert len(sleeps) == 1


@pytest.mark.parametrize("concurrency", [1, 4, 16])
async def test_page_that_keeps_failing_surfaces_and_leaks_nothing(
    paged: CustomersClient, transport: PagedTransport, concurrency: int
) -> None:
    transport.status = lambda offset, attempt: 503 if offset == 500 else 200
    transport.gate = asyncio.Event()
    transport.gate_from = 600  # pages fetched ahead of the failure are still in flight
    seen: list[Invoice] = []
    pager = paged.customers.invoices.list.paging(concurrency=concurrency)
    with pytest.raises(ServerError) as info:
        async for inv in pager.iter(42):
            seen.append(inv)
    assert numbers(seen) == list(range(500))  # everything before the failing page, in order
    assert info.value.attempts == 3
    assert info.value.endpoint == "GET /customer/{customerId}/invoices"
    assert not other_tasks()  # awaited before raising, not merely cancelled
    assert transport.in_flight == 0
    assert transport.cancelled == min(concurrency - 1, 7)  # 600..1200 at most
    assert transport.finished == len(transport.requests)


async def test_iteration_is_finished_after_an_error(
    paged: CustomersClient, transport: PagedTransport
) -> None:
    transport.status = lambda offset, attempt: 503 if offset == 100 else 200
    it = paged.customers.invoices.list.iter(42)
    with pytest.raises(ServerError):
        async for _ in it:
            pass
    count = len(transport.requests)
    assert [x async for x in it] == []  # stays stopped: no new requests
    assert len(transport.requests) == count


# -- the concurrent window and cancellation ------------------------------------------------


async def test_window_holds_at_most_concurrency_pages(
    paged: CustomersClient, transport: PagedTransport
) -> None:
    pages_done = 0
    worst = 0
    pager = paged.customers.invoices.list.paging(page_size=100, concurrency=4)
    async for inv in pager.iter(42):
        n = int(inv.invoice_no[3:])
        for _ in range(3):  # a slow consumer: requests get ahead
            await asyncio.sleep(0)
        # pages requested and not yet fully consumed (the current one included)
        worst = max(worst, len(transport.requests) - pages_done)
        if n % 100 == 99 or n == 1233:
            pages_done += 1
    assert worst == 4  # the window fills (so fetching is concurrent) but never exceeds 4


@pytest.mark.parametrize("close", ["aclose", "async_with", "break"])
async def test_early_close_cancels_outstanding_pages(
    paged: CustomersClient, transport: PagedTransport, close: str
) -> None:
    transport.gate = asyncio.Event()  # pages after the first never answer
    pager = paged.customers.invoices.list.paging(concurrency=8)
    if close == "aclose":
        it = pager.iter(42)
        assert int((await anext(it)).invoice_no[3:]) == 0
        await settle()
        assert transport.in_flight == 7
        await it.aclose()
    elif close == "async_with":
        async with pager.iter(42) as it:
            async for _ in it:
                await settle()
                assert transport.in_flight == 7
                break
    else:
        async for _ in pager.iter(42):
            await settle()
            assert transport.in_flight == 7
            break
        gc.collect()  # CPython already finalized it; be explicit for other runtimes
        await settle()
    assert transport.in_flight == 0
    assert transport.cancelled == 7
    assert not other_tasks()


async def test_exception_in_consumer_with_async_with_cancels_pages(
    paged: CustomersClient, transport: PagedTransport
) -> None:
    transport.gate = asyncio.Event()
    with pytest.raises(RuntimeError):
        async with paged.customers.invoices.list.paging(concurrency=3).iter(42) as it:
            async for _ in it:
                await settle()
                raise RuntimeError("consumer failed")
    assert transport.in_flight == 0
    assert not other_tasks()


async def test_cancelling_the_consumer_cancels_pages(
    paged: CustomersClient, transport: PagedTransport
) -> None:
    transport.gate = asyncio.Event()
    reached = asyncio.Event()

    async def consume() -> None:
        async for inv in paged.customers.invoices.list.paging(concurrency=5).iter(42):
            if int(inv.invoice_no[3:]) == 99:
                reached.set()  # next: waiting on page 100, which never answers

    task = asyncio.create_task(consume())
    await reached.wait()
    await settle()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await settle()
    assert transport.in_flight == 0
    assert not other_tasks()


async def test_no_connection_left_checked_out_over_a_socket(loopback: Any) -> None:
    """Over a real socket with httpx's pool: nothing stays checked out."""
    loopback.body = json.dumps(
        {**envelope("list_customer_invoices"), "data": [invoice(0)], "count": 1, "total": 99}
    ).encode()  # a short page claiming more: ends after one page, no error
    async with CustomersClient(
        token=TOKEN, site_id=SITE_ID, base_url=loopback.url, transport="httpx", max_connections=2
    ) as c:
        assert len(await c.customers.invoices.list.paging(concurrency=2).all(42)) == 1
        http: Any = c.http_client
        pool = http._transport._pool
        assert all(conn.is_idle() or conn.is_closed() for conn in pool.connections)
        assert pool._requests == []


# -- validation -----------------------------------------------------------------------------


@pytest.mark.parametrize("page_size", [0, -1, MAX_PAGE_SIZE + 1, True, 1.5, "10", None])
def test_page_size_validated(client: CustomersClient, page_size: Any) -> None:
    with pytest.raises(ValueError, match="page_size"):
        client.customers.invoices.list.paging(page_size=page_size)


@pytest.mark.parametrize(
    ("name", "value"),
    [("concurrency", 0), ("concurrency", True), ("max_items", -1), ("max_items", 2.0)],
)
def test_other_options_validated(client: CustomersClient, name: str, value: Any) -> None:
    with pytest.raises(ValueError, match=name):
        client.customers.invoices.list.paging(**{name: value})


def test_page_size_bounds_accepted(client: CustomersClient) -> None:
    client.customers.invoices.list.paging(page_size=1)
    client.customers.invoices.list.paging(page_size=MAX_PAGE_SIZE)


@pytest.mark.parametrize("name", ["limit", "offset"])
async def test_limit_and_offset_are_the_pagers(
    api: respx.MockRouter, client: CustomersClient, name: str
) -> None:
    route = api.get("/customer/42/invoices")
    kwargs: Any = {name: 5}
    with pytest.raises(TypeError, match="page_size"):
        client.customers.invoices.list.iter(42, **kwargs)
    with pytest.raises(TypeError):
        await client.customers.invoices.list.all(42, **kwargs)
    assert not route.called


# -- every limit/offset endpoint ------------------------------------------------------------


async def test_reports_iterate_with_an_item_extractor(
    api: respx.MockRouter, client: CustomersClient
) -> None:
    row = AGING["data"]["data"][0]

    def page(request: httpx.Request) -> httpx.Response:
        limit, offset = int(request.url.params["limit"]), int(request.url.params["offset"])
        rows = [{**row, "invoiceNo": str(n)} for n in range(offset, min(offset + limit, 25))]
        body = {**AGING, "data": {**AGING["data"], "data": rows}, "count": len(rows), "total": 25}
        return httpx.Response(200, json=body)

    api.get("/customer/42/aging").mock(side_effect=page)
    aging = Pager(client.customers.aging.get, items=lambda r: r.data, page_size=10)
    rows = [r.invoice_no async for r in aging.iter(42, as_of="2024-06-30")]
    assert rows == [str(n) for n in range(25)]
    assert len(await aging.all(42)) == 25  # a pager is reusable
    concurrent = Pager(client.customers.aging.get, lambda r: r.data, page_size=4, concurrency=3)
    assert [r.invoice_no for r in await concurrent.all(42)] == [str(n) for n in range(25)]


def test_every_list_endpoint_has_iter_all_paging(client: CustomersClient) -> None:
    from customers_api import BoundListEndpoint

    found = 0
    for ns in (client.customers, client.contacts, client.ship_tos):
        stack: list[Any] = [ns]
        while stack:
            res = stack.pop()
            for name in dir(res):
                if name.startswith("_"):
                    continue
                attr = getattr(res, name)
                if isinstance(attr, BoundListEndpoint):
                    found += 1
                    assert callable(attr.iter) and callable(attr.all) and callable(attr.paging)
                elif type(attr).__module__.startswith("customers_api.resources"):
                    stack.append(attr)
    assert found >= 10


async def test_page_is_a_list_that_knows_where_it_sits(
    client: CustomersClient, api: respx.MockRouter
) -> None:
    from customers_api import Page

    def page(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        limit = int(request.url.params["limit"])
        rows = [{**INVOICE, "invoiceNo": str(n)} for n in range(offset, min(offset + limit, 7))]
        return httpx.Response(
            200, json={**envelope("list_customer_invoices"), "data": rows, "total": 7}
        )

    api.get("/customer/42/invoices").mock(side_effect=page)
    first = await client.customers.invoices.list(42, limit=3, paid_in_full="N")
    assert isinstance(first, Page) and isinstance(first, list)
    assert [i.invoice_no for i in first] == ["0", "1", "2"]
    assert (first.total, first.offset, first.limit, first.has_more) == (7, 0, 3, True)
    pages = [first]
    while pages[-1].has_more:
        pages.append(await pages[-1].next_page())
    assert [len(p) for p in pages] == [3, 3, 1]
    assert [p.offset for p in pages] == [0, 3, 6]
    assert all(c.request.url.params["paidInFull"] == "N" for c in api.calls)  # same arguments
    with pytest.raises(PaginationError, match="no page after offset 6"):
        await pages[-1].next_page()
    restored = pickle.loads(pickle.dumps(first))
    assert type(restored) is list and restored == list(first)


async def test_page_repr_says_where_it_sits_never_the_items(
    client: CustomersClient, api: respx.MockRouter
) -> None:
    def page(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        rows = [invoice(n) for n in range(offset, min(offset + 100, 250))]
        return httpx.Response(
            200, json={**envelope("list_customer_invoices"), "data": rows, "total": 250}
        )

    api.get("/customer/42/invoices").mock(side_effect=page)
    full = await client.customers.invoices.list(42, limit=100, offset=0)
    assert repr(full) == "Page[Invoice](100 of 250, offset=0, limit=100, has_more=True)"
    assert str(full) == f"{full}" == repr(full)  # printed or logged: no invoice in it
    last = await client.customers.invoices.list(42, limit=100, offset=200)
    assert repr(last) == "Page[Invoice](50 of 250, offset=200, limit=100, has_more=False)"
    past = await client.customers.invoices.list(42, limit=100, offset=300)
    assert repr(past) == "Page(0 of 250, offset=300, limit=100, has_more=False)"  # no item type
