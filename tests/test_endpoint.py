"""The endpoint descriptor: plain call returns data, `.with_response` the APIResponse."""

from __future__ import annotations

import inspect
import pydoc
from typing import Any

import pytest

import customers_api
from customers_api import APIResponse, BoundEndpoint, BoundListEndpoint
from customers_api._endpoint import Endpoint, ListEndpoint, endpoint, list_endpoint
from customers_api._request import Operation
from customers_api.pagination import Page
from customers_api.resources import Contacts, Customers, Invoices


class _Env:
    def __init__(self, data: object) -> None:
        self.data, self.count, self.total, self.total_results, self.message = data, 1, 5, 5, "m"


_OP = Operation("GET", "/things")


def _answer(data: object, attempts: int) -> APIResponse[Any]:
    return APIResponse(_OP, "https://h", _Env(data), 200, {}, b"", attempts)


class Thing:
    def __init__(self) -> None:
        self.calls: list[tuple[int, str]] = []

    @endpoint
    async def get(self, x: int, *, y: str = "") -> APIResponse[str]:
        """Get a thing."""
        self.calls.append((x, y))
        return _answer(f"{x}{y}", 2)

    @list_endpoint
    async def list(
        self, n: int, *, limit: int | None = None, offset: int | None = None
    ) -> APIResponse[list[int]]:
        return _answer(list(range(n)), 1)


async def test_call_and_with_response_share_one_implementation() -> None:
    thing = Thing()
    assert await thing.get(1, y="a") == "1a"
    resp = await thing.get.with_response(2, y="b")
    assert isinstance(resp, APIResponse)
    assert (resp.data, resp.total, resp.count, resp.message, resp.attempts) == ("2b", 5, 1, "m", 2)
    assert resp.status_code == 200
    assert thing.calls == [(1, "a"), (2, "b")]
    page = await thing.list(3)
    assert page == [0, 1, 2]
    assert isinstance(page, Page) and page.total == 5 and page.offset == 0


def test_descriptor_on_class_and_binding() -> None:
    assert isinstance(Thing.get, Endpoint) and not isinstance(Thing.get, ListEndpoint)
    assert isinstance(Thing.list, ListEndpoint)
    thing = Thing()
    assert isinstance(thing.get, BoundEndpoint) and not isinstance(thing.get, BoundListEndpoint)
    assert isinstance(thing.list, BoundListEndpoint)
    assert thing.get is thing.get  # cached per instance
    assert Thing().get is not thing.get
    assert thing.get.__doc__ == "Get a thing."


def test_list_methods_are_list_endpoints() -> None:
    """The pagination hook: every method whose data is a page of items is a ListEndpoint."""
    assert isinstance(Customers.list, ListEndpoint)
    assert isinstance(Customers.lookup, ListEndpoint)
    assert isinstance(Invoices.list, ListEndpoint)
    assert isinstance(Contacts.customers, ListEndpoint)
    assert not isinstance(Customers.get, ListEndpoint)


def test_public_surface() -> None:
    for name in customers_api.__all__:
        assert hasattr(customers_api, name), name
    from customers_api import models

    assert models.Invoice is customers_api.Invoice
    assert "Invoice" in models.__all__


def _names(sig: inspect.Signature) -> list[str]:
    return list(sig.parameters)


def test_real_signatures_at_runtime() -> None:
    """inspect.signature/help/__doc__ show the parameters on every spelling of a method."""
    client = customers_api.CustomersClient(token="t", site_id="s")
    bound = client.customers.invoices.list
    call = inspect.signature(bound)
    assert _names(call)[0] == "customer_id"
    assert {"paid_in_full", "limit", "offset", "timeout", "edge_cache"} <= set(call.parameters)
    assert "Page[" in str(call.return_annotation)
    assert inspect.signature(bound.with_response).parameters == call.parameters
    for pager in (bound.iter, bound.all):
        sig = inspect.signature(pager)
        assert set(sig.parameters) == set(call.parameters) - {"limit", "offset"}
    on_class = inspect.signature(Invoices.list)
    assert _names(on_class) == ["self", *_names(call)]
    assert "GET /customer/{customerId}/invoices" in (bound.__doc__ or "")
    assert "paid_in_full" in (bound.__doc__ or "")  # the spec's descriptions, per argument
    text = pydoc.render_doc(bound)
    assert "paid_in_full" in text and "GET /customer/{customerId}/invoices" in text
    assert "customer_id" in pydoc.render_doc(bound.iter)
    assert "customer_id" in pydoc.render_doc(bound.with_response)
    # a plain endpoint: with_response returns the APIResponse
    get = inspect.signature(client.customers.get.with_response)
    assert _names(get)[0] == "customer_id"
    assert "APIResponse" in str(get.return_annotation)


def test_the_class_attribute_is_callable_with_the_resource() -> None:
    thing = Thing()
    assert callable(Thing.get)
    assert inspect.signature(Thing.get).parameters.keys() == {"self", "x", "y"}
    assert inspect.signature(thing.list.iter).parameters.keys() == {"n"}


async def test_iter_and_all_refuse_limit_and_offset_with_a_hint() -> None:
    """The pager sets limit and offset on every request; passing them says where the page
    size goes."""
    client = customers_api.CustomersClient(token="t", site_id="s")
    invoices: Any = client.customers.invoices.list
    with pytest.raises(TypeError, match=r"limit= is set by the pager.*\.paging\(page_size="):
        invoices.iter(42, limit=5)
    with pytest.raises(TypeError, match=r"offset= is set by the pager.*\.paging\(page_size="):
        await invoices.all(42, offset=490)
    await client.aclose()


def test_paging_signature_shows_resolved_types() -> None:
    """``inspect.signature(...list.paging)`` names the item type, not ``Pager[Q, list[I], I]``."""
    client = customers_api.CustomersClient(token="t", site_id="s")
    paging = inspect.signature(client.customers.invoices.list.paging)
    assert list(paging.parameters) == ["page_size", "max_items", "concurrency"]
    assert str(paging.return_annotation) == "Pager[..., list[Invoice], Invoice]"
    assert "Invoice" in pydoc.render_doc(client.customers.invoices.list.paging)
    assert str(inspect.signature(client.customers.invoices.list.iter).return_annotation) == (
        "Paginator[Invoice]"
    )


def test_a_list_endpoint_needs_limit_and_offset() -> None:
    async def no_paging(self: object, n: int) -> APIResponse[list[int]]:
        raise AssertionError

    with pytest.raises(TypeError, match="takes limit and offset"):
        list_endpoint(no_paging)
