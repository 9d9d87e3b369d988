"""The endpoint descriptor: plain call returns data, `.with_response` the APIResponse."""

from __future__ import annotations

import httpx

import customers_api
from customers_api import APIResponse, BoundEndpoint, BoundListEndpoint
from customers_api._endpoint import Endpoint, ListEndpoint, endpoint, list_endpoint
from customers_api.resources import Contacts, Customers, Invoices


class _Env:
    def __init__(self, data: object) -> None:
        self.data, self.count, self.total, self.total_results, self.message = data, 1, 5, 5, "m"


class Thing:
    def __init__(self) -> None:
        self.calls: list[tuple[int, str]] = []

    @endpoint
    async def get(self, x: int, *, y: str = "") -> APIResponse[str]:
        """Get a thing."""
        self.calls.append((x, y))
        return APIResponse(_Env(f"{x}{y}"), httpx.Response(200), 2)

    @list_endpoint
    async def list(self, n: int) -> APIResponse[list[int]]:
        return APIResponse(_Env(list(range(n))), httpx.Response(200), 1)


async def test_call_and_with_response_share_one_implementation() -> None:
    thing = Thing()
    assert await thing.get(1, y="a") == "1a"
    resp = await thing.get.with_response(2, y="b")
    assert isinstance(resp, APIResponse)
    assert (resp.data, resp.total, resp.count, resp.message, resp.attempts) == ("2b", 5, 1, "m", 2)
    assert resp.status_code == 200
    assert thing.calls == [(1, "a"), (2, "b")]
    assert await thing.list(3) == [0, 1, 2]


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
