"""Path parameters and edge_cache are checked before any request is sent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import respx

from customers_api import CustomersClient
from customers_api._params import edge_cache_param as check_edge_cache
from customers_api._params import path_id, path_text

from .conftest import SITE_ID
from .factories import envelope

HOSTILE: list[Any] = [
    True,
    False,
    1.0,
    -1,
    "-1",
    "12/../x",
    "../12",
    "%2F",
    "12%2F3",
    "?",
    "12?x=1",
    "#",
    "12#x",
    " 12",
    "12 ",
    "1 2",
    "\t",
    "\n12",
    "",
    "١٢",  # Arabic-Indic digits: str.isdigit() says yes, we say no
    "\uff11\uff12",  # fullwidth digits
    "²",
    "0x10",
    "1_000",
    "+12",
    "1" * 19,
    10**19,
    None,
    b"12",
    [12],
]


@pytest.mark.parametrize("value", HOSTILE, ids=repr)
def test_path_id_refuses(value: Any) -> None:
    with pytest.raises(ValueError, match="customer_id"):
        path_id("customer_id", value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "0"),
        (42, "42"),
        ("42", "42"),
        ("007", "007"),
        (10**17, "1" + "0" * 17),
        ("9" * 18, "9" * 18),
    ],
)
def test_path_id_accepts(value: Any, expected: str) -> None:
    assert path_id("x", value) == expected


# Every alias with path parameters: (name of the checked parameter, call with that value).
PathCall = Callable[[CustomersClient, Any], Any]
PATH_CALLS: list[tuple[str, PathCall]] = [
    ("customer_id", lambda c, v: c.customers.get(v)),
    ("customer_id", lambda c, v: c.customers.invoices.list(v)),
    ("invoice_no", lambda c, v: c.customers.invoices.get(1, v)),
    ("customer_id", lambda c, v: c.customers.orders.list(v)),
    ("order_no", lambda c, v: c.customers.orders.get(1, v)),
    ("customer_id", lambda c, v: c.customers.quotes.list(v)),
    ("quote_no", lambda c, v: c.customers.quotes.get(1, v)),
    ("customer_id", lambda c, v: c.customers.rmas.list(v)),
    ("rma_no", lambda c, v: c.customers.rmas.get(1, v)),
    ("customer_id", lambda c, v: c.customers.addresses.list(v)),
    ("customer_id", lambda c, v: c.customers.addresses.lookup(v, "q")),
    ("customer_address_uid", lambda c, v: c.customers.addresses.get(1, v)),
    ("customer_id", lambda c, v: c.customers.addresses.create(v, {})),
    ("customer_address_uid", lambda c, v: c.customers.addresses.update(1, v, {})),
    ("customer_address_uid", lambda c, v: c.customers.addresses.delete(1, v)),
    ("customer_id", lambda c, v: c.customers.contacts.list(v, q="a")),
    ("customer_id", lambda c, v: c.customers.contacts.create(v, {})),
    ("customer_id", lambda c, v: c.customers.ship_tos.list(v)),
    ("customer_id", lambda c, v: c.customers.ship_tos.lookup(v)),
    ("customer_id", lambda c, v: c.customers.ship_tos.create(v, {})),
    ("ship_to_id", lambda c, v: c.customers.ship_tos.freight_codes(1, v)),
    ("customer_id", lambda c, v: c.customers.tags.list(v)),
    ("customer_tags_uid", lambda c, v: c.customers.tags.get(1, v)),
    ("customer_id", lambda c, v: c.customers.tags.create(v, {"tag": "t"})),
    ("customer_tags_uid", lambda c, v: c.customers.tags.update(1, v, {})),
    ("customer_tags_uid", lambda c, v: c.customers.tags.delete(1, v)),
    ("customer_id", lambda c, v: c.customers.aging.get(v)),
    ("customer_id", lambda c, v: c.customers.sales_usage.get(v)),
    ("customer_id", lambda c, v: c.customers.purchased_items.list(v)),
    ("contact_id", lambda c, v: c.contacts.get(v)),
    ("contact_id", lambda c, v: c.contacts.customers(v)),
    ("contact_id", lambda c, v: c.contacts.web_allowance(v)),
    ("contact_id", lambda c, v: c.contacts.user_defined_fields(v)),
]


@pytest.mark.parametrize(("param", "call"), PATH_CALLS, ids=[p for p, _ in PATH_CALLS])
@pytest.mark.parametrize(
    "value", ["12/../x", "%2F", -1, True, 1.5, "١٢", "1" * 19, "12 "], ids=repr
)
async def test_hostile_ids_refused_before_any_request(
    param: str, call: PathCall, value: Any, client: CustomersClient, api: respx.MockRouter
) -> None:
    catch_all = api.route().respond(500)
    with pytest.raises(ValueError, match=param):
        await call(client, value)
    assert catch_all.call_count == 0


async def test_string_digits_accepted_and_sent(
    client: CustomersClient, api: respx.MockRouter
) -> None:
    route = api.get("/customer/42/orders/00123").respond(200, json=envelope("get_customer_order"))
    await client.customers.orders.get("42", "00123")
    assert route.call_count == 1


# -- edge cache -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "param"),
    [
        ("30s", "cacheSiteId30s"),
        ("1m", "cacheSiteId1m"),
        ("5m", "cacheSiteId5m"),
        (1, "cacheSiteId1"),
        (2, "cacheSiteId2"),
        (3, "cacheSiteId3"),
        (4, "cacheSiteId4"),
        (5, "cacheSiteId5"),
        (8, "cacheSiteId8"),
    ],
)
async def test_edge_cache_param(
    value: Any, param: str, client: CustomersClient, api: respx.MockRouter
) -> None:
    route = api.get("/customer/42/invoices").respond(200, json=envelope("list_customer_invoices"))
    await client.customers.invoices.list(42, limit=2, edge_cache=value)
    params = route.calls.last.request.url.params
    assert dict(params) == {"limit": "2", param: SITE_ID}
    # the extension key never reaches the query of a later call without edge_cache
    await client.customers.invoices.list(42)
    assert dict(route.calls.last.request.url.params) == {}


@pytest.mark.parametrize(
    "value", [6, 0, 9, "1", "30", "30S", "1h", True, 1.0, "", None.__class__, [1]], ids=repr
)
async def test_edge_cache_invalid_refused(
    value: Any, client: CustomersClient, api: respx.MockRouter
) -> None:
    catch_all = api.route().respond(500)
    with pytest.raises(ValueError, match="edge_cache must be one of '30s', '1m', '5m', 1, 2, 3"):
        await client.customers.get(42, edge_cache=value)
    assert catch_all.call_count == 0


def test_check_edge_cache_direct() -> None:
    assert check_edge_cache("5m") == "cacheSiteId5m"
    with pytest.raises(ValueError):
        check_edge_cache(False)


@pytest.mark.parametrize(
    ("value", "error"),
    [("", "non-empty"), (".", "non-empty"), ("..", "non-empty"), (7, "must be a string")],
)
def test_path_text_refuses_what_could_change_the_path(value: Any, error: str) -> None:
    with pytest.raises(ValueError, match=error) as info:
        path_text("slug", value)
    assert str(info.value).startswith("slug ")


@pytest.mark.parametrize("value", ["abc", "a/b", "a b", "..a", "%2F"])
def test_path_text_takes_any_other_string(value: str) -> None:
    assert path_text("slug", value) == value  # the generated code percent-encodes it
