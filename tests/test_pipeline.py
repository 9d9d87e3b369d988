"""One call end to end: status -> typed error, tolerant error bodies, bad 2xx bodies, timeouts."""

from __future__ import annotations

import httpx
import pytest
import respx

from customers_api import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CustomersClient,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    UnexpectedStatusError,
)

from .conftest import TOKEN
from .factories import envelope, error_body

PATH = "/customer/42/invoices"
ENDPOINT = "GET /customer/{customerId}/invoices"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (504, ServerError),
        (301, UnexpectedStatusError),
        (405, UnexpectedStatusError),
        (422, UnexpectedStatusError),
    ],
)
async def test_status_mapping(
    status: int, cls: type[APIStatusError], client: CustomersClient, api: respx.MockRouter
) -> None:
    api.get(PATH).respond(
        status,
        json=error_body("bad thing", request_id="rid-9", code="E1"),
        headers={"location": "https://elsewhere.test/"},
    )
    with pytest.raises(cls) as info:
        await client.customers.invoices.list(42, q="secret-query", max_retries=0)
    err = info.value
    assert type(err) is cls
    assert err.status_code == status
    assert err.endpoint == ENDPOINT
    assert err.message == "bad thing"
    assert err.request_id == "rid-9"
    assert err.code == "E1"
    assert err.attempts == 1
    assert err.response is not None and err.response.status_code == status
    text = str(err)
    assert "{customerId}" in text
    assert "/customer/42" not in text and "secret-query" not in text and TOKEN not in text


@pytest.mark.parametrize(
    "content",
    [b"<html>502 Bad Gateway</html>", b"", b"[1, 2]", b'{"message": 5}', b"\xff\xfe"],
)
async def test_error_body_parsed_tolerantly(
    content: bytes, client: CustomersClient, api: respx.MockRouter
) -> None:
    api.get(PATH).respond(400, content=content)
    with pytest.raises(BadRequestError) as info:
        await client.customers.invoices.list(42)
    assert info.value.message == "HTTP 400 Bad Request"
    assert info.value.request_id is None


async def test_request_id_from_header(client: CustomersClient, api: respx.MockRouter) -> None:
    api.get(PATH).respond(404, json={"message": "nope"}, headers={"x-request-id": "hdr-1"})
    with pytest.raises(NotFoundError) as info:
        await client.customers.invoices.list(42)
    assert info.value.request_id == "hdr-1"


async def test_bad_2xx_body_names_json_path(client: CustomersClient, api: respx.MockRouter) -> None:
    body = envelope("list_customer_invoices", list_len=2)
    del body["data"][1]["lines"][0]["itemId"]
    api.get(PATH).respond(200, json=body)
    with pytest.raises(ResponseValidationError) as info:
        await client.customers.invoices.list(42)
    err = info.value
    assert err.endpoint == ENDPOINT
    assert err.json_path == "$.data[1].lines[0].itemId"
    assert "missing" in err.reason
    assert err.status_code == 200
    assert err.__cause__ is None and err.__context__ is None  # no DecodeError reachable


async def test_non_json_2xx_is_validation_error(
    client: CustomersClient, api: respx.MockRouter
) -> None:
    api.get(PATH).respond(200, content=b"<html>oops</html>")
    with pytest.raises(ResponseValidationError) as info:
        await client.customers.invoices.list(42)
    assert info.value.json_path == "$"
    assert info.value.status_code == 200


async def test_connection_error(httpx_client: CustomersClient, api: respx.MockRouter) -> None:
    client = httpx_client  # the route raises httpx's own exceptions
    api.get(PATH).mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as info:
        await client.customers.invoices.list(42, max_retries=0)
    assert type(info.value) is APIConnectionError
    assert info.value.endpoint == ENDPOINT
    assert isinstance(info.value.__cause__, httpx.ConnectError)


async def test_timeout_error(httpx_client: CustomersClient, api: respx.MockRouter) -> None:
    client = httpx_client  # the route raises httpx's own exceptions
    api.get(PATH).mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError) as info:
        await client.customers.invoices.list(42, max_retries=0)
    assert info.value.endpoint == ENDPOINT
    assert "ReadTimeout" in str(info.value)


async def test_per_call_timeout_goes_to_httpx(
    httpx_client: CustomersClient, api: respx.MockRouter
) -> None:
    client = httpx_client  # the route raises httpx's own exceptions
    route = api.get(PATH).respond(200, json=envelope("list_customer_invoices"))
    await client.customers.invoices.list(42, timeout=2.5)
    assert route.calls.last.request.extensions["timeout"] == {
        "connect": 2.5,
        "read": 2.5,
        "write": 2.5,
        "pool": None,  # a number never caps the wait for a pooled connection
    }
    await client.customers.invoices.list(42, timeout=httpx.Timeout(1.0, read=9.0))
    assert route.calls.last.request.extensions["timeout"]["read"] == 9.0
    await client.customers.invoices.list(42)
    assert route.calls.last.request.extensions["timeout"] == {
        "connect": 5.0,
        "read": 30.0,
        "write": 30.0,
        "pool": None,
    }


async def test_bad_per_call_options_refused_before_sending(
    client: CustomersClient, api: respx.MockRouter
) -> None:
    route = api.get(PATH).respond(200, json=envelope("list_customer_invoices"))
    with pytest.raises(ValueError, match="max_retries"):
        await client.customers.invoices.list(42, max_retries=-1)
    with pytest.raises(ValueError, match="timeout"):
        await client.customers.invoices.list(42, timeout=True)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="status_cd"):
        await client.customers.list(status_cd=["704"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="status_cd"):
        await client.customers.list(status_cd=[])
    assert route.call_count == 0
