"""The uniform raw-response switch: every resource method also has ``.with_response(...)``.

A resource method is written once (rendered by codegen), returning an :class:`APIResponse`,
and decorated::

    @endpoint
    async def get(self, customer_id: PathId, invoice_no: PathId) -> APIResponse[Invoice]: ...

    await client.customers.invoices.get(1, 2)                 # -> Invoice
    await client.customers.invoices.get.with_response(1, 2)   # -> APIResponse[Invoice]

List methods (their data is a page of items, and they take ``limit`` and ``offset``) use
``@list_endpoint`` and bind to :class:`BoundListEndpoint`: the plain call returns a
:class:`~customers_api.pagination.Page`, and pagination is built in::

    async for inv in client.customers.invoices.list.iter(42): ...
    invoices = await client.customers.invoices.list.all(42)
    await client.customers.invoices.list.paging(page_size=500, concurrency=8).all(42)

``.iter``/``.all`` take the method's own arguments; ``limit`` and ``offset`` are the pager's
(passing them is a ``TypeError`` that points to ``.paging(page_size=...)``).

Runtime introspection sees the real parameters: ``inspect.signature``, ``help()`` and
``__doc__`` work on the bound method, on ``.with_response``/``.iter``/``.all``/``.paging``
and on the class attribute (``Invoices.list``). The bound object is cached on the resource
instance on first access, so later calls cost one attribute lookup.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from ._response import APIResponse
from .pagination import DEFAULT_PAGE_SIZE, Page, Pager, Paginator

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
_PAGING = ("limit", "offset")


def _unwrap_response(annotation: Any, page: bool) -> Any:
    """``APIResponse[X]`` -> ``X`` (``Page[Item]`` for a list method), for the plain call."""
    if not isinstance(annotation, str) or not annotation.startswith("APIResponse["):
        return annotation
    inner = annotation[len("APIResponse[") : -1]
    if page:
        for prefix in ("builtins.list[", "list["):
            if inner.startswith(prefix):
                return "Page[" + inner[len(prefix) :]
    return inner


class _Signed(functools.partial):  # type: ignore[type-arg]
    """A partial with its own signature and docstring, shown by ``inspect`` and ``help()``."""

    def __get__(self, obj: object, objtype: type[Any] | None = None) -> _Signed:
        return self  # makes help() treat it as a routine; never bound further


def _signed(
    func: Callable[..., Any],
    owner: object,
    name: str,
    qualname: str,
    sig: inspect.Signature,
    doc: str | None = None,
) -> _Signed:
    bound = _Signed(func, owner)
    bound.__name__ = name  # type: ignore[attr-defined]
    bound.__qualname__ = qualname  # type: ignore[attr-defined]
    bound.__signature__ = sig  # type: ignore[attr-defined]
    bound.__doc__ = doc
    return bound


class BoundEndpoint(Generic[P, T]):
    """A resource method bound to its resource: call it for the data."""

    if TYPE_CHECKING:

        def with_response(self, *args: P.args, **kwargs: P.kwargs) -> Awaitable[APIResponse[T]]:
            """The same call, returning the data with envelope metadata and the raw response."""
            ...

    def __init__(self, spec: Endpoint[P, T], owner: object) -> None:
        self._spec = spec
        self._func = spec._func
        self._owner = owner
        # bound once, at C level: each call saves a Python-level argument shuffle
        self._call: Callable[P, Awaitable[APIResponse[T]]] = functools.partial(spec._func, owner)
        self.__name__ = spec.__name__
        self.__qualname__ = spec.__qualname__
        self.__doc__ = spec.__doc__
        self.with_response = _signed(  # type: ignore[method-assign]
            spec._func,
            owner,
            "with_response",
            f"{spec.__qualname__}.with_response",
            spec._signature(bound=True, plain=False),
            spec.__doc__,
        )

    @property
    def __signature__(self) -> inspect.Signature:
        return self._spec._signature(bound=True, plain=True)

    def __get__(self, obj: object, objtype: type[Any] | None = None) -> BoundEndpoint[P, T]:
        return self  # help() documents a bound endpoint as a routine (signature + docstring)

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> T:
        return (await self._call(*args, **kwargs)).data

    def __repr__(self) -> str:
        return f"<endpoint {self.__qualname__}>"


def _identity(data: list[I]) -> list[I]:
    return data


class BoundListEndpoint(BoundEndpoint[P, list[I]], Generic[P, I]):
    """A bound list method (data is a list of items), with pagination.

    The plain call returns a :class:`~customers_api.pagination.Page` (a ``list`` with
    ``total``, ``offset``, ``limit``, ``has_more`` and ``await page.next_page()``).
    ``.iter(...)`` and ``.all(...)`` take the method's own arguments except ``limit`` and
    ``offset`` (set per page); ``.paging(...)`` chooses the paging options. See
    :mod:`customers_api.pagination` for the stopping rules and the concurrent window.
    """

    if TYPE_CHECKING:

        def iter(self, *args: P.args, **kwargs: P.kwargs) -> Paginator[I]:
            """Every item, in order, ``page_size`` 100, one page at a time (``async for``)."""
            ...

        async def all(self, *args: P.args, **kwargs: P.kwargs) -> list[I]:
            """Every item, in order, in one list (``page_size`` 100, one page at a time)."""
            ...

        def paging(
            self,
            *,
            page_size: int = DEFAULT_PAGE_SIZE,
            max_items: int | None = None,
            concurrency: int = 1,
        ) -> Pager[P, list[I], I]:
            """A :class:`~customers_api.pagination.Pager` with these options."""
            ...

    def __init__(self, spec: Endpoint[P, list[I]], owner: object) -> None:
        super().__init__(spec, owner)
        listed: ListEndpoint[P, I] = spec  # type: ignore[assignment]
        qualname = spec.__qualname__
        for name, func in (
            ("iter", BoundListEndpoint._iter),
            ("all", BoundListEndpoint._all),
            ("paging", BoundListEndpoint._paging),
        ):
            signature = listed._pager_signature(name)
            signed = _signed(func, self, name, f"{qualname}.{name}", signature, func.__doc__)
            setattr(self, name, signed)

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> Page[I]:
        response = await self._call(*args, **kwargs)
        return Page.of(response, self.with_response, args, kwargs)

    def _paging(
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

    def _iter(self, *args: Any, **kwargs: Any) -> Paginator[I]:
        """Every item, in order, ``page_size`` 100, one page at a time (``async for``)."""
        return self._paging().iter(*args, **kwargs)

    async def _all(self, *args: Any, **kwargs: Any) -> list[I]:
        """Every item, in order, in one list (``page_size`` 100, one page at a time)."""
        return await self._paging().all(*args, **kwargs)


class Endpoint(Generic[P, T]):
    """Decorator/descriptor turning an ``APIResponse``-returning method into an endpoint.

    Calling it on the class takes the resource first: ``Invoices.get(resource, 1, 2)``.
    """

    _bound_class: type[BoundEndpoint[Any, Any]] = BoundEndpoint
    _is_list = False

    def __init__(self, func: _Method[P, T]) -> None:
        self._func = func
        self._name = func.__name__
        self._signatures: dict[tuple[bool, bool], inspect.Signature] = {}
        self.__doc__ = func.__doc__
        self.__name__ = func.__name__
        self.__qualname__ = func.__qualname__
        self.__module__ = func.__module__
        self.__wrapped__ = func

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._name = name
        self.__qualname__ = f"{owner.__name__}.{name}"

    def _signature(self, *, bound: bool, plain: bool) -> inspect.Signature:
        """The method's signature (without ``self`` when bound; the plain call's return)."""
        key = (bound, plain)
        sig = self._signatures.get(key)
        if sig is None:
            sig = inspect.signature(self._func)
            if bound:
                sig = sig.replace(parameters=list(sig.parameters.values())[1:])
            if plain:
                sig = sig.replace(
                    return_annotation=_unwrap_response(sig.return_annotation, self._is_list)
                )
            self._signatures[key] = sig
        return sig

    @property
    def __signature__(self) -> inspect.Signature:
        return self._signature(bound=False, plain=True)

    def __call__(self, resource: Any, *args: P.args, **kwargs: P.kwargs) -> Awaitable[T]:
        bound: BoundEndpoint[P, T] = self.__get__(resource)
        return bound(*args, **kwargs)

    @overload
    def __get__(self: E, obj: None, objtype: type[Any] | None = None) -> E: ...
    @overload
    def __get__(self, obj: object, objtype: type[Any] | None = None) -> BoundEndpoint[P, T]: ...
    def __get__(self, obj: object | None, objtype: type[Any] | None = None) -> Any:
        if obj is None:
            return self
        bound = self._bound_class(self, obj)
        # A non-data descriptor: caching on the instance short-circuits later lookups.
        obj.__dict__[self._name] = bound
        return bound

    def __repr__(self) -> str:
        return f"<endpoint {self.__qualname__}>"


class ListEndpoint(Endpoint[P, list[I]], Generic[P, I]):
    """An endpoint whose data is a list; binds to :class:`BoundListEndpoint`."""

    _bound_class = BoundListEndpoint
    _is_list = True

    def __init__(self, func: _Method[P, list[I]]) -> None:
        super().__init__(func)
        missing = [n for n in _PAGING if n not in inspect.signature(func).parameters]
        if missing:
            raise TypeError(f"{func.__qualname__}: a list endpoint takes limit and offset")
        self._pager_sigs: dict[str, inspect.Signature] = {}

    def _item(self) -> str | None:
        page = self._signature(bound=True, plain=True).return_annotation
        return (
            page[len("Page[") : -1] if isinstance(page, str) and page.startswith("Page[") else None
        )

    def _pager_signature(self, which: str) -> inspect.Signature:
        """``.iter``/``.all``: the method's parameters without ``limit``/``offset``;
        ``.paging``: its options, returning a ``Pager`` of the method's item type."""
        sig = self._pager_sigs.get(which)
        if sig is None:
            item = self._item()
            returns: Any
            if which == "paging":
                sig = inspect.signature(BoundListEndpoint._paging)
                params = list(sig.parameters.values())[1:]
                returns = f"Pager[..., list[{item}], {item}]" if item else "Pager"
            else:
                sig = self._signature(bound=True, plain=True)
                params = [p for p in sig.parameters.values() if p.name not in _PAGING]
                kind = "Paginator" if which == "iter" else "list"
                returns = f"{kind}[{item}]" if item else sig.empty
            sig = self._pager_sigs[which] = sig.replace(
                parameters=params, return_annotation=returns
            )
        return sig

    @overload
    def __get__(self: E, obj: None, objtype: type[Any] | None = None) -> E: ...
    @overload
    def __get__(self, obj: object, objtype: type[Any] | None = None) -> BoundListEndpoint[P, I]: ...
    def __get__(self, obj: object | None, objtype: type[Any] | None = None) -> Any:
        return super().__get__(obj, objtype)


endpoint = Endpoint
list_endpoint = ListEndpoint
