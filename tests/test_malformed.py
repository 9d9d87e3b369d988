"""Malformed 2xx bodies through the client: one ResponseValidationError naming endpoint and path.

(``tests/test_pipeline.py`` covers one bad field and a non-JSON body; this file walks the issue's
whole list on a single-object endpoint and a list endpoint.)

Enums: the spec declares no ``enum`` today, so a value the API has never sent before in a
field typed ``string`` (e.g. a new ``deleteFlag`` letter) is accepted as is -- forward
compatible, like unknown keys. If enums are added to the spec, unknown members must still be
accepted or raise ResponseValidationError; ``test_unexpected_string_value_is_accepted``
pins today's behaviour.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from customers_api import CustomersAPIError, CustomersClient, ResponseValidationError

from .factories import envelope

GET_PATH = "/customer/42/doc"
GET_ENDPOINT = "GET /customer/{customerId}/doc"
LIST_PATH = "/customer/42/invoices"
LIST_ENDPOINT = "GET /customer/{customerId}/invoices"


async def _fetch_get(client: CustomersClient) -> Any:
    return await client.customers.get(42)


async def _fetch_list(client: CustomersClient) -> Any:
    return await client.customers.invoices.list(42)


RAW_BODIES = [
    pytest.param(b"not json at all", id="not-json"),
    pytest.param(b"<html><body>502 Bad Gateway</body></html>", id="html"),
    pytest.param(b'{"data": {"customerId": 4', id="truncated"),
    pytest.param(b"", id="empty"),
    pytest.param(b"\xff\xfe\x00garbage", id="not-utf8"),
    pytest.param(b'"just a string"', id="json-string"),
    pytest.param(b"[1, 2, 3]", id="json-array"),
    pytest.param(b"null", id="json-null"),
    pytest.param(b"12", id="json-number"),
    pytest.param(b"[" * 100_000, id="nested-too-deep"),  # RecursionError inside json.loads
    pytest.param(b'{"data": 1}' * 2, id="two-documents"),
    pytest.param(b"1" * 5000, id="huge-integer"),
]


@pytest.mark.parametrize("content", RAW_BODIES)
@pytest.mark.parametrize("content_type", ["application/json", "text/html"])
@pytest.mark.parametrize(
    ("path", "endpoint", "fetch"),
    [(GET_PATH, GET_ENDPOINT, _fetch_get), (LIST_PATH, LIST_ENDPOINT, _fetch_list)],
    ids=["get", "list"],
)
async def test_unparseable_body(
    path: str,
    endpoint: str,
    fetch: Callable[[CustomersClient], Any],
    content: bytes,
    content_type: str,
    client: CustomersClient,
    api: respx.MockRouter,
) -> None:
    route = api.get(path).respond(200, content=content, headers={"content-type": content_type})
    with pytest.raises(ResponseValidationError) as info:
        await fetch(client)
    err = info.value
    assert type(err) is ResponseValidationError
    assert err.endpoint == endpoint
    assert err.json_path == "$"
    assert err.status_code in (200, None)
    assert err.attempts == 1 and route.call_count == 1  # a bad body is not retried
    assert "/customer/42" not in str(err)  # the template, never the filled path


def _customer_mutations() -> list[Any]:
    def set_(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
        return lambda d: d["data"].__setitem__(key, value)

    return [
        pytest.param(lambda d: d.__setitem__("data", []), "$.data", id="data-object-is-list"),
        pytest.param(lambda d: d.__setitem__("data", "x"), "$.data", id="data-wrong-type"),
        pytest.param(lambda d: d["data"].pop("customerId"), "$.data.customerId", id="missing"),
        pytest.param(set_("customerId", None), "$.data.customerId", id="null-not-nullable"),
        pytest.param(set_("customerId", "42"), "$.data.customerId", id="string-for-int"),
        pytest.param(set_("customerId", 4.2), "$.data.customerId", id="float-for-int"),
        pytest.param(set_("customerId", True), "$.data.customerId", id="bool-for-int"),
        pytest.param(set_("companyId", 7), "$.data.companyId", id="int-for-string"),
        pytest.param(set_("companyId", {"a": 1}), "$.data.companyId", id="object-for-string"),
        pytest.param(set_("customerName", ["x"]), "$.data.customerName", id="list-nullable"),
        pytest.param(set_("userDefined", "x"), "$.data.userDefined", id="any-of-miss"),
        pytest.param(lambda d: d.pop("total"), "$.total", id="missing-envelope"),
        pytest.param(lambda d: d.__setitem__("count", "1"), "$.count", id="envelope-type"),
    ]


@pytest.mark.parametrize(("mutate", "json_path"), _customer_mutations())
async def test_wrong_shape_names_endpoint_and_path(
    mutate: Callable[[dict[str, Any]], None],
    json_path: str,
    client: CustomersClient,
    api: respx.MockRouter,
) -> None:
    body = envelope("get_customer")
    mutate(body)
    api.get(GET_PATH).respond(200, json=body)
    with pytest.raises(CustomersAPIError) as info:
        await client.customers.get(42)
    err = info.value
    assert type(err) is ResponseValidationError
    assert err.endpoint == GET_ENDPOINT
    assert err.json_path == json_path
    assert err.status_code == 200
    assert json_path in str(err) and GET_ENDPOINT in str(err)


@pytest.mark.parametrize(
    ("mutate", "json_path"),
    [
        (lambda d: d["data"].append(None), "$.data[1]"),
        (lambda d: d["data"][0].pop("invoiceNo"), "$.data[0].invoiceNo"),
        (lambda d: d["data"][0]["lines"].append([]), "$.data[0].lines[1]"),
        (lambda d: d["data"][0].__setitem__("lines", {"0": {}}), "$.data[0].lines"),
        (lambda d: d.__setitem__("data", {}), "$.data"),
    ],
    ids=["null-item", "missing-in-item", "list-for-object", "object-for-list", "data-object"],
)
async def test_wrong_shape_in_a_list(
    mutate: Callable[[dict[str, Any]], None],
    json_path: str,
    client: CustomersClient,
    api: respx.MockRouter,
) -> None:
    body = envelope("list_customer_invoices")
    mutate(body)
    api.get(LIST_PATH).respond(200, json=body)
    with pytest.raises(ResponseValidationError) as info:
        await client.customers.invoices.list(42)
    assert info.value.endpoint == LIST_ENDPOINT
    assert info.value.json_path == json_path


async def test_validation_error_never_echoes_the_value(
    client: CustomersClient, api: respx.MockRouter
) -> None:
    body = envelope("get_customer")
    body["data"]["customerId"] = "SSN-123-45-6789"
    api.get(GET_PATH).respond(200, json=body)
    with pytest.raises(ResponseValidationError) as info:
        await client.customers.get(42)
    assert "SSN-123" not in str(info.value) and "SSN-123" not in repr(info.value)


async def test_unknown_keys_are_kept_everywhere(
    client: CustomersClient, api: respx.MockRouter
) -> None:
    body = envelope("list_customer_invoices")
    body["brandNewEnvelopeKey"] = {"x": 1}
    body["data"][0]["brandNewField"] = [1, "two", None]
    body["data"][0]["lines"][0]["lineExtra"] = None
    api.get(LIST_PATH).respond(200, json=body)
    page = await client.customers.invoices.list.with_response(42)
    invoice = page.data[0]
    assert invoice.additional_properties["brandNewField"] == [1, "two", None]
    assert invoice.lines[0].additional_properties["lineExtra"] is None
    envelope_model: Any = page.envelope
    assert envelope_model.additional_properties["brandNewEnvelopeKey"] == {"x": 1}
    assert envelope_model.to_dict() == json.loads(json.dumps(body))  # nothing lost


@pytest.mark.parametrize("value", ["Q", "", "Ω-new-code", "x" * 500])
async def test_unexpected_string_value_is_accepted(
    value: str, client: CustomersClient, api: respx.MockRouter
) -> None:
    """No enums in the spec: a new code in a string field passes through untouched."""
    body = envelope("get_customer")
    body["data"]["deleteFlag"] = value  # documented as Y/N (max 1 char); not enforced
    api.get(GET_PATH).respond(200, json=body)
    customer = await client.customers.get(42)
    assert customer.delete_flag == value


async def test_non_2xx_html_is_a_status_error_not_a_validation_error(
    client: CustomersClient, api: respx.MockRouter
) -> None:
    api.get(GET_PATH).mock(return_value=httpx.Response(404, content=b"<html>nope</html>"))
    with pytest.raises(CustomersAPIError) as info:
        await client.customers.get(42)
    assert not isinstance(info.value, ResponseValidationError)
