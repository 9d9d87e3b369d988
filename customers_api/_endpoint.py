"""The uniform raw-response switch: every resource method also has ``.with_response(...)``.

A resource method is written once, returning an :class:`APIResponse`, and decorated::

    @endpoint
    async def get(self, customer_id: PathId, invoice_no: PathId) -> APIResponse[Invoice]: ...

    await client.customers.invoices.get(1, 2)                 # -> Invoice
    await client.customers.invoices.get.with_response(1, 2)   # -> APIResponse[Invoice]

List methods use :class:`ListEndpoint` (``@list_endpoint``) and bind to
:class:`BoundListEndpoint`, which adds pagination (see :mod:`customers_api.pagination`)::

    async for inv in client.customers.invoices.list.iter(42): ...
    invoices = await client.customers.invoices.list.all(42)
    await client.customers.invoices.list.paging(page_size=500, concurrency=8).all(42)

The bound object is cached on the resource instance on first access, so later calls cost
one attribute lookup.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from ._response import APIResponse
from .pagination import DEFAULT_PAGE_SIZE, Pager, Paginator

__all__ = [
    "BoundEndpoint",
    "BoundListEndpoint",
    "Endpoint",
    "ListEndpoint",
    "endpoint",
    "list_endpoint",
]

P = ParamSpec("P")
T = TypeVar("T")
I = TypeVar("I")  # noqa: E741  (item type of a list endpoint)
E = TypeVar("E", bound="Endpoint[Any, Any]")

_Method = Callable[Concatenate[Any, P], Awaitable[APIResponse[T]]]


class BoundEndpoint(Generic[P, T]):
    """A resource method bound to its resource: call it for the data."""

    def __init__(self, func: _Method[P, T], owner: object) -> None:
        self._func = func
        self._owner = owner
        self.__name__ = func.__name__
        self.__qualname__ = func.__qualname__
        self.__doc__ = func.__doc__

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> T:
        return (await self._func(self._owner, *args, **kwargs)).data

    async def with_response(self, *args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        """The same call, returning the data with envelope metadata and the raw response."""
        return await self._func(self._owner, *args, **kwargs)

    def __repr__(self) -> str:
        return f"<endpoint {self.__qualname__}>"


def _identity(data: list[I]) -> list[I]:
    return data


class BoundListEndpoint(BoundEndpoint[P, list[I]]):
    """A bound list method (data is a list of items), with pagination.

    ``.iter(...)`` and ``.all(...)`` take the method's own arguments except ``limit`` and
    ``offset`` (set per page); ``.paging(...)`` chooses the paging options. See
    :mod:`customers_api.pagination` for the stopping rules and the concurrent window.
    """

    def paging(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        concurrency: int = 1,
    ) -> Pager[P, list[I], I]:
        """A :class:`~customers_api.pagination.Pager` with these options (validated now).

        ``page_size``: items per request, 1..1000. ``max_items``: stop after this many.
        ``concurrency``: pages requested at once after the first (which reveals ``total``);
        also the most pages held in memory.
        """
        return Pager(
            self,
            _identity,
            page_size=page_size,
            max_items=max_items,
            concurrency=concurrency,
        )

    def iter(self, *args: P.args, **kwargs: P.kwargs) -> Paginator[I]:
        """Every item, in order, ``page_size`` 100, one page at a time (``async for``)."""
        return Pager(self, _identity).iter(*args, **kwargs)

    async def all(self, *args: P.args, **kwargs: P.kwargs) -> list[I]:
        """Every item, in order, in one list (``page_size`` 100, one page at a time)."""
        return await Pager(self, _identity).all(*args, **kwargs)


class Endpoint(Generic[P, T]):
    """Decorator/descriptor turning an ``APIResponse``-returning method into an endpoint."""

    _bound_class: type[BoundEndpoint[Any, Any]] = BoundEndpoint

    def __init__(self, func: _Method[P, T]) -> None:
        self._func = func
        self._name = func.__name__
        self.__doc__ = func.__doc__
        self.__name__ = func.__name__
        self.__wrapped__ = func

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._name = name

    @overload
    def __get__(self: E, obj: None, objtype: type[Any] | None = None) -> E: ...
    @overload
    def __get__(self, obj: object, objtype: type[Any] | None = None) -> BoundEndpoint[P, T]: ...
    def __get__(self, obj: object | None, objtype: type[Any] | None = None) -> Any:
        if obj is None:
            return self
        bound = self._bound_class(self._func, obj)
        # A non-data descriptor: caching on the instance short-circuits later lookups.
        obj.__dict__[self._name] = bound
        return bound


class ListEndpoint(Endpoint[P, list[I]]):
    """An endpoint whose data is a list; binds to :class:`BoundListEndpoint`."""

    _bound_class = BoundListEndpoint

    def __init__(self, func: _Method[P, list[I]]) -> None:
        super().__init__(func)

    @overload
    def __get__(self: E, obj: None, objtype: type[Any] | None = None) -> E: ...
    @overload
    def __get__(self, obj: object, objtype: type[Any] | None = None) -> BoundListEndpoint[P, I]: ...
    def __get__(self, obj: object | None, objtype: type[Any] | None = None) -> Any:
        return super().__get__(obj, objtype)


endpoint = Endpoint
list_endpoint = ListEndpoint
