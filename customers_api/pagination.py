"""Iterate a limit/offset endpoint to the end: sequentially, or with pages fetched concurrently.

Every list endpoint (``@list_endpoint``) offers the same three spellings::

    async for inv in client.customers.invoices.list.iter(42, paid_in_full="N"):
        ...                                              # page_size 100, one page at a time
    invoices = await client.customers.invoices.list.all(42)            # -> list[Invoice]
    pager = client.customers.invoices.list.paging(page_size=500, max_items=5_000, concurrency=8)
    async for inv in pager.iter(42): ...                 # same arguments, other paging options
    invoices = await pager.all(42)

``iter``/``all`` take exactly the endpoint's own arguments (checked by mypy through the
method's ``ParamSpec``), except ``limit`` and ``offset``, which the pager sets on every
request (passing them raises ``TypeError``). Paging options live on :meth:`paging` because a
``ParamSpec`` cannot be extended with extra keyword arguments (PEP 612), so
``iter(42, page_size=100)`` could not be type-checked; a separate, typed options call keeps
both the endpoint's arguments and the options checked.

Endpoints whose data *contains* the paged list (the aging and sales-usage reports: ``data``
is a report object whose own ``data`` list is the page) are iterated with a :class:`Pager`
and an item extractor::

    aging = Pager(client.customers.aging.get, items=lambda report: report.data)
    async for row in aging.iter(42, as_of="2024-06-30"): ...         # AgingInvoice rows

(The report's summary fields -- bucket totals, counts -- are the same on every page; read
them from one ``.with_response`` call.)

Rules, identical in both modes:

* ``page_size``: 1..:data:`MAX_PAGE_SIZE` (1000), default :data:`DEFAULT_PAGE_SIZE` (100).
  The API documents ``limit`` (default 10) and no maximum. 1000 bounds what one response
  and the page window (``concurrency x page_size`` items) may hold -- an invoice page
  carries its lines -- and keeps a single request well under the read timeout, while 10,000
  items still take only 10 requests.
* The iteration ends at the first page, in offset order, that is **short** (fewer items than
  asked), **empty**, or reaches the ``total`` **that page reports** (the latest total is
  trusted: a total that grows mid-iteration extends it, one that shrinks ends it early).
  Pages fetched ahead beyond that point are cancelled and their items dropped.
* Every offset is requested once, at ``offset = k * page_size``: an item is never yielded
  twice *by offset*. Offset paging cannot hide concurrent writes, though: rows inserted or
  deleted during the iteration can shift an item across a page boundary (seen twice or
  missed); iterate a stable ``order_by`` or a filtered snapshot when that matters.
* A page identical to the previous one (the server ignores ``offset``) or longer than the
  ``limit`` asked (it ignores ``limit``) raises :class:`~customers_api.PaginationError`
  instead of looping forever.
* ``max_items`` caps the items yielded (the last request asks only for what is left).
* ``concurrency=1`` fetches one page at a time. With ``concurrency=N`` the first page is
  fetched alone (it reveals ``total``); then up to N pages are requested at once, yielded in
  order, through a sliding window that never holds more than N pages (the one being
  yielded included). A failed page (after the client's retries) raises when the iteration
  reaches it, after every earlier item was yielded; the rest are cancelled.
* Closing early -- ``break`` (the iterator's finalizer cancels the requests in flight),
  ``await it.aclose()``, ``async with ... as it`` or an exception -- cancels every
  outstanding page request: nothing is left running. ``aclose()`` / ``async with`` also
  wait for the cancelled requests to unwind. (On the httpx engine, httpcore 1.0.9 may keep a
  cancelled request's connection checked out -- encode/httpcore#1093; the aiohttp engine,
  the default with ``customers-api[fast]``, does not.)
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

from ._exceptions import PaginationError
from ._response import APIResponse

if TYPE_CHECKING:
    from ._endpoint import BoundEndpoint

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "MAX_PAGE_SIZE",
    "Page",
    "Pager",
    "PaginationError",
    "Paginator",
]

P = ParamSpec("P")
T = TypeVar("T")
I = TypeVar("I")  # noqa: E741  (item type)

#: Items requested per page unless ``page_size`` says otherwise.
DEFAULT_PAGE_SIZE = 100
#: The largest ``page_size`` accepted (see the module docstring for why).
MAX_PAGE_SIZE = 1000

_Fetch = Callable[[int, int], Awaitable[tuple[Sequence[I], int]]]
_RESERVED = ("limit", "offset")


def _positive(name: str, value: object, upper: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be an int >= 1, got {value!r}")
    if upper is not None and value > upper:
        raise ValueError(f"{name} must be at most {upper}, got {value!r}")
    return value


def _check_max_items(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_items must be None or an int >= 0, got {value!r}")
    return value


def _envelope_limit(response: APIResponse[Any]) -> int | None:
    """The ``limit`` the server says it applied (envelope ``params``), when it says so."""
    params = getattr(response.envelope, "params", None)
    getter = getattr(params, "get", None) or getattr(
        getattr(params, "additional_properties", None), "get", None
    )
    value = getter("limit") if getter is not None else None
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class Page(list[I]):
    """One page of a list method: a ``list`` of its items that also says where it sits.

    ``total``: matching items across all pages (the API's ``total``); ``offset``: where this
    page starts; ``limit``: the page size asked for (or the server's, when it reports it;
    None when neither is known -- the API's default is 10); ``has_more``: items follow this
    page. ``await page.next_page()`` fetches the next one with the same arguments.
    """

    __slots__ = ("_fetch", "limit", "offset", "total")

    total: int
    offset: int
    limit: int | None

    def __init__(
        self,
        items: Sequence[I] = (),
        *,
        total: int = 0,
        offset: int = 0,
        limit: int | None = None,
        fetch: Callable[[int], Awaitable[Page[I]]] | None = None,
    ) -> None:
        super().__init__(items)
        self.total = total
        self.offset = offset
        self.limit = limit
        self._fetch = fetch

    @classmethod
    def of(
        cls,
        response: APIResponse[list[I]],
        call: Callable[..., Awaitable[APIResponse[list[I]]]],
        args: Sequence[Any],
        kwargs: dict[str, Any],
    ) -> Page[I]:
        """The page ``call(*args, **kwargs)`` returned, able to fetch the next one."""
        offset = kwargs.get("offset") or 0
        limit = kwargs.get("limit")
        if limit is None:
            limit = _envelope_limit(response)

        async def fetch(next_offset: int) -> Page[I]:
            again = {**kwargs, "offset": next_offset}
            return cls.of(await call(*args, **again), call, args, again)

        return cls(response.data, total=response.total, offset=offset, limit=limit, fetch=fetch)

    @property
    def has_more(self) -> bool:
        """True when items follow this page (it is not empty and ends before ``total``)."""
        return len(self) > 0 and self.offset + len(self) < self.total

    async def next_page(self) -> Page[I]:
        """The page after this one (same arguments, ``offset`` moved past this page).

        Raises :class:`~customers_api.PaginationError` when ``has_more`` is False.
        """
        if not self.has_more or self._fetch is None:
            raise PaginationError(
                f"no page after offset {self.offset}: {len(self)} item(s) of {self.total}",
                method="next_page",
                offset=self.offset + len(self),
            )
        return await self._fetch(self.offset + len(self))

    def __reduce__(self) -> tuple[Any, ...]:
        return (list, (list(self),))  # pickles as the plain list of items

    def __repr__(self) -> str:
        return list.__repr__(self)


def _retrieve(task: asyncio.Task[Any]) -> None:
    """Done callback: mark a page's exception as retrieved (it is re-raised in order, or
    the page was fetched ahead and is dropped), so asyncio never logs it as lost."""
    if not task.cancelled():
        task.exception()


class Paginator(Generic[I]):
    """An ``AsyncIterator`` over every item of a paged endpoint (see the module docstring).

    Made by ``.iter(...)``; nothing is requested before the first ``__anext__``. Also an
    async context manager: ``async with endpoint.iter(42) as it: async for x in it: ...``
    closes it (cancelling outstanding requests) however the block ends.
    """

    __slots__ = (
        "_closed",
        "_concurrency",
        "_fetch",
        "_finished",
        "_max_items",
        "_method",
        "_next_offset",
        "_page",
        "_page_size",
        "_pos",
        "_prev",
        "_total",
        "_window",
        "_yielded",
    )

    def __init__(
        self,
        fetch: _Fetch[I],
        *,
        page_size: int,
        max_items: int | None,
        concurrency: int,
        method: str = "pagination",
    ) -> None:
        self._fetch = fetch
        self._page_size = page_size
        self._max_items = max_items
        self._concurrency = concurrency
        self._method = method
        self._window: deque[tuple[int, int, asyncio.Task[tuple[Sequence[I], int]]]] = deque()
        self._page: Sequence[I] = ()
        self._pos = 0
        self._prev: Sequence[I] | None = None
        self._next_offset = 0
        self._total: int | None = None
        self._yielded = 0
        self._finished = max_items == 0
        self._closed = False

    # -- the window --------------------------------------------------------------------

    def _schedule(self, cap: int) -> None:
        """Request pages ahead until ``cap`` are in the window or the known end is reached."""
        window = self._window
        max_items = self._max_items
        while len(window) < cap:
            offset = self._next_offset
            if self._total is None:
                if offset:  # the first page is in flight: total unknown yet
                    return
            elif offset >= self._total:
                return
            limit = self._page_size
            if max_items is not None:
                if offset >= max_items:
                    return
                limit = min(limit, max_items - offset)
            task = asyncio.ensure_future(self._fetch(offset, limit))
            task.add_done_callback(_retrieve)
            window.append((offset, limit, task))
            self._next_offset = offset + self._page_size

    def _cancel_window(self) -> list[asyncio.Task[Any]]:
        tasks = [task for _, _, task in self._window]
        self._window.clear()
        for task in tasks:
            task.cancel()
        return tasks

    async def _drain(self) -> None:
        """Cancel every outstanding page request and wait until they have unwound."""
        tasks = self._cancel_window()
        pending = [t for t in tasks if not t.done()]
        if pending:
            await asyncio.wait(pending)

    async def _next_page(self) -> Sequence[I] | None:
        """The next page's items (already cut to ``max_items``), or None at the end."""
        if self._finished:
            return None
        self._page = ()  # the previous page is released before the window grows back
        self._schedule(self._concurrency)
        if not self._window:
            self._finished = True
            return None
        offset, limit, task = self._window.popleft()
        try:
            items, total = await task
            count = len(items)
            if count > limit:
                raise PaginationError(
                    f"{self._method}: the page at offset {offset} has {count} items, more "
                    f"than limit={limit}; the server ignores limit",
                    method=self._method,
                    offset=offset,
                )
            prev = self._prev
            if count and prev is not None and len(prev) == count and items == prev:
                raise PaginationError(
                    f"{self._method}: the page at offset {offset} repeats the previous page; "
                    "the server ignores offset",
                    method=self._method,
                    offset=offset,
                )
        except BaseException:
            self._finished = True
            await self._drain()
            raise
        self._prev = items
        self._total = total  # the latest total rules
        max_items = self._max_items
        if max_items is not None and self._yielded + count > max_items:
            items = items[: max_items - self._yielded]
        self._yielded += len(items)
        if (
            count < limit
            or offset + count >= total
            or (max_items is not None and self._yielded >= max_items)
        ):
            self._finished = True
            await self._drain()  # pages fetched ahead of the end are dropped
        else:
            # While this page is held, at most concurrency - 1 others are in the window.
            self._schedule(self._concurrency - 1)
        return items

    # -- the iterator ------------------------------------------------------------------

    def __aiter__(self) -> Paginator[I]:
        return self

    async def __anext__(self) -> I:
        while True:
            page = self._page
            pos = self._pos
            if pos < len(page):
                self._pos = pos + 1
                return page[pos]
            nxt = await self._next_page()
            if nxt is None:
                raise StopAsyncIteration
            self._page = nxt
            self._pos = 0

    async def _collect(self) -> list[I]:
        """The remaining items, collected page by page (what ``.all(...)`` returns)."""
        out: list[I] = []
        page = self._page
        out.extend(page[self._pos :])
        self._page = ()
        try:
            while (nxt := await self._next_page()) is not None:
                out.extend(nxt)
        finally:
            await self.aclose()
        return out

    async def aclose(self) -> None:
        """Stop: cancel outstanding page requests and wait for them. Idempotent."""
        self._finished = True
        self._page = ()
        if not self._closed:
            self._closed = True
            await self._drain()

    async def __aenter__(self) -> Paginator[I]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __del__(self) -> None:
        # A `break` out of `async for` never calls aclose(): cancel what is still in flight.
        window = getattr(self, "_window", None)
        if window:
            for _, _, task in window:
                task.cancel()

    def __repr__(self) -> str:
        state = "finished" if self._finished else f"at offset {self._next_offset}"
        return f"<Paginator {self._method} {state}, {self._yielded} items>"


class Pager(Generic[P, T, I]):
    """Paging options bound to an endpoint; ``.iter(...)``/``.all(...)`` take its arguments.

    ``endpoint`` is a bound resource method taking ``limit`` and ``offset`` keywords;
    ``items`` extracts the page's list from its data (identity for list endpoints, which
    get a ``Pager`` from ``.paging(...)``; ``lambda report: report.data`` for reports).
    Options are validated here, before any request: ``page_size`` 1..:data:`MAX_PAGE_SIZE`,
    ``max_items`` None or >= 0, ``concurrency`` >= 1 (each page request takes a connection
    from the client's pool of ``max_connections``).
    """

    __slots__ = ("_concurrency", "_endpoint", "_items", "_max_items", "_page_size")

    def __init__(
        self,
        endpoint: BoundEndpoint[P, T],
        items: Callable[[T], Sequence[I]],
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        concurrency: int = 1,
    ) -> None:
        self._endpoint = endpoint
        self._items = items
        self._page_size = _positive("page_size", page_size, MAX_PAGE_SIZE)
        self._max_items = _check_max_items(max_items)
        self._concurrency = _positive("concurrency", concurrency)

    def iter(self, *args: P.args, **kwargs: P.kwargs) -> Paginator[I]:
        """Every item, in order, as an ``AsyncIterator`` (lazy: no request until iterated)."""
        for name in _RESERVED:
            if name in kwargs:
                raise TypeError(
                    f"{name}= is set by the pager on every request; choose the page size "
                    "with .paging(page_size=...)"
                )
        call: Callable[..., Awaitable[APIResponse[T]]] = self._endpoint.with_response
        extract = self._items

        async def fetch(offset: int, limit: int) -> tuple[Sequence[I], int]:
            response = await call(*args, limit=limit, offset=offset, **kwargs)
            return extract(response.data), response.total

        return Paginator(
            fetch,
            page_size=self._page_size,
            max_items=self._max_items,
            concurrency=self._concurrency,
            method=self._endpoint.__qualname__,
        )

    async def all(self, *args: P.args, **kwargs: P.kwargs) -> list[I]:
        """Every item, in order, in one list."""
        return await self.iter(*args, **kwargs)._collect()

    def __repr__(self) -> str:
        return (
            f"<Pager {self._endpoint.__qualname__} page_size={self._page_size} "
            f"max_items={self._max_items} concurrency={self._concurrency}>"
        )
