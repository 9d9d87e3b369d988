"""The uniform raw-response switch: every resource method also has ``.with_response(...)``.

A resource method is written once, returning an :class:`APIResponse`, and decorated::

    @endpoint
    async def get(self, customer_id: PathId, invoice_no: PathId) -> APIResponse[Invoice]: ...

    await client.customers.invoices.get(1, 2)                 # -> Invoice
    await client.customers.invoices.get.with_response(1, 2)   # -> APIResponse[Invoice]

List methods use :class:`ListEndpoint` (``@list_endpoint``), the hook where pagination
(``.iter(...)`` / ``.all(...)``, issue 4) attaches to :class:`BoundListEndpoint`.
The bound object is cached on the resource instance on first access, so later calls cost
one attribute lookup.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from ._response import APIResponse

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


class BoundListEndpoint(BoundEndpoint[P, list[I]]):
    """A bound list method (data is a list of items). Pagination helpers attach here."""


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
