"""Arguments checked before a byte is sent, the same on every engine (issue 20): date
filters, timeouts, integers that are not ``bool``s. Each bad value is a ``ValueError`` that
names the parameter, and nothing reaches the server."""

from __future__ import annotations

import datetime
import math
from typing import Any

import httpx
import pytest
import respx

from customers_api import ConfigError, CustomersClient, models

from .conftest import SITE_ID, TOKEN
from .factories import envelope

INVOICES = "/customer/42/invoices"


# -- date filters ---------------------------------------------------------------------------


async def test_a_date_filter_takes_a_date_and_sends_y_m_d(
    any_client: CustomersClient, api: respx.MockRouter
) -> None:
    route = api.get(INVOICES).respond(json=envelope("list_customer_invoices", list_len=0))
    day = datetime.date(2024, 1, 2)
    await any_client.customers.invoices.list(42, created_from=day, created_to="2024-02-29")
    params = route.calls.last.request.url.params
    assert (params["createdFrom"], params["createdTo"]) == ("2024-01-02", "2024-02-29")
    api.get("/customer/42/aging").respond(json=envelope("get_customer_aging"))
    await any_client.customers.aging.get(42, as_of=day)  # every date filter, from the spec
    assert api.calls.last.request.url.params["asOf"] == "2024-01-02"


@pytest.mark.parametrize(
    "value",
    ["2024-1-2", "2024-02-30", "02/01/2024", "2024-01-02 10:00:00", "", 20240102,
     datetime.datetime(2024, 1, 2, 10, 0)],
)  # fmt: skip
async def test_a_malformed_date_names_the_parameter(
    any_client: CustomersClient, api: respx.MockRouter, value: Any
) -> None:
    route = api.get(INVOICES).respond(json=envelope("list_customer_invoices", list_len=0))
    with pytest.raises(ValueError, match="created_on"):
        await any_client.customers.invoices.list(42, created_on=value)
    assert not route.called


def test_date_filters_are_typed_date_or_string() -> None:
    import inspect

    client = CustomersClient(token=TOKEN, site_id=SITE_ID)
    for method, name in (
        (client.customers.invoices.list, "created_from"),
        (client.customers.orders.list, "created_on"),
        (client.customers.sales_usage.get, "invoiced_to"),
        (client.customers.aging.get, "as_of"),
    ):
        annotation = inspect.signature(method).parameters[name].annotation
        assert annotation == "datetime.date | str | None", (method, name)


# -- timeouts -------------------------------------------------------------------------------

BAD_TIMEOUTS = [
    0,
    -1,
    math.nan,
    math.inf,
    -0.5,
    httpx.Timeout(0),
    httpx.Timeout(5.0, read=math.nan),
    httpx.Timeout(5.0, pool=-1),
    httpx.Timeout(5.0, connect=math.inf),
]


@pytest.mark.parametrize("value", BAD_TIMEOUTS, ids=repr)
async def test_a_bad_per_call_timeout_is_refused_before_sending(
    any_client: CustomersClient, api: respx.MockRouter, value: Any
) -> None:
    route = api.get("/ping").respond(json=envelope("ping", data="pong"))
    with pytest.raises(ValueError, match="timeout"):
        await any_client.ping(timeout=value)
    assert not route.called


@pytest.mark.parametrize("value", BAD_TIMEOUTS, ids=repr)
@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
def test_a_bad_client_timeout_is_a_config_error(value: Any, transport: Any) -> None:
    with pytest.raises(ConfigError, match="timeout"):
        CustomersClient(token=TOKEN, site_id=SITE_ID, transport=transport, timeout=value)


def test_none_inside_an_httpx_timeout_means_no_limit() -> None:
    client = CustomersClient(token=TOKEN, site_id=SITE_ID, timeout=httpx.Timeout(None, connect=2.0))
    assert client._pipeline.timeout == (2.0, None, None, None)


# -- integers are not bools -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "call"),
    [
        ("limit", lambda c: c.customers.invoices.list(42, limit=True)),
        ("offset", lambda c: c.customers.invoices.list(42, offset=False)),
        ("ship_to_id", lambda c: c.customers.invoices.list(42, ship_to_id=True)),
        ("customer_id", lambda c: c.customers.invoices.list(True)),
        ("customer_tags_uid", lambda c: c.customers.tags.get(42, False)),
        ("statusCd", lambda c: c.customers.tags.create(42, {"tag": "x", "status_cd": True})),
        (
            "statusCd",
            lambda c: c.customers.tags.create(
                42, models.CustomerTagCreate(tag="x", status_cd=True)
            ),  # type: ignore[arg-type]
        ),
    ],
)
async def test_a_bool_for_an_integer_names_the_parameter(
    any_client: CustomersClient, api: respx.MockRouter, name: str, call: Any
) -> None:
    with pytest.raises(ValueError, match=name):
        await call(any_client)
    assert not api.calls


# -- parameters that go together ------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "missing"), [("created_from", "created_to"), ("created_to", "created_from")]
)
async def test_a_filter_the_spec_pairs_is_refused_alone(
    any_client: CustomersClient, api: respx.MockRouter, given: str, missing: str
) -> None:
    """The spec says createdFrom "requires createdTo" (and back): one alone is a ValueError
    naming both, rendered from that sentence, instead of the API's 400."""
    route = api.get(INVOICES).respond(json=envelope("list_customer_invoices", list_len=0))
    with pytest.raises(ValueError, match=f"{given} requires {missing}"):
        await any_client.customers.invoices.list(42, **{given: datetime.date(2024, 1, 1)})
    assert not route.called
    await any_client.customers.invoices.list(42, created_from="2024-01-01", created_to="2024-02-01")
    assert route.called
