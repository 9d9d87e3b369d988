"""Errors a developer reads (issue 13): reprs, closed and cross-loop clients, connection errors."""

from __future__ import annotations

import asyncio
import pickle
import socket

import httpx
import pytest
import respx

from customers_api import (
    APIConnectionError,
    APIStatusError,
    ClientClosedError,
    ClientStateError,
    CustomersAPIError,
    CustomersClient,
    EventLoopMismatchError,
    NotFoundError,
    ResponseValidationError,
)

from .conftest import BASE_URL, SITE_ID, TOKEN, LoopbackServer

ENGINES = ["httpx", "aiohttp"]


def _client(url: str = BASE_URL, transport: str = "httpx", **kw: object) -> CustomersClient:
    return CustomersClient(
        token=TOKEN,
        site_id=SITE_ID,
        base_url=url,
        transport=transport,  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # closed again: nothing listens there


# -- repr --------------------------------------------------------------------------------


async def test_status_error_repr_names_class_status_and_template(
    api: respx.MockRouter, client: CustomersClient
) -> None:
    api.get("/customer/42/doc").respond(
        404, json={"message": "No customer with this ID.", "requestId": "r-1"}
    )
    with pytest.raises(NotFoundError) as info:
        await client.customers.get(42, edge_cache="1m")
    text = repr(info.value)
    assert text == (
        "NotFoundError(status_code=404, endpoint='GET /customer/{customerId}/doc', "
        "message='No customer with this ID.', request_id='r-1')"
    )
    assert "/customer/42" not in text and "cacheSite" not in text and TOKEN not in text
    assert repr(pickle.loads(pickle.dumps(info.value))) == text


def test_reprs_of_the_other_errors() -> None:
    err = APIStatusError("boom", status_code=500, endpoint="GET /ping")
    assert repr(err) == "APIStatusError(status_code=500, endpoint='GET /ping', message='boom')"
    conn = APIConnectionError("ConnectError: refused (h:443)", endpoint="GET /ping")
    assert repr(conn) == (
        "APIConnectionError(endpoint='GET /ping', message='ConnectError: refused (h:443)')"
    )
    bad = ResponseValidationError(
        endpoint="GET /ping", json_path="$.data", reason="expected string", status_code=200
    )
    assert repr(bad) == (
        "ResponseValidationError(status_code=200, endpoint='GET /ping', json_path='$.data', "
        "reason='expected string')"
    )


# -- connection errors name host and port, never the path or query ------------------------


@pytest.mark.parametrize("transport", ENGINES)
async def test_refused_connection_names_host_and_port(transport: str) -> None:
    port = _free_port()
    async with _client(f"http://127.0.0.1:{port}", transport, max_retries=0) as client:
        with pytest.raises(APIConnectionError) as info:
            await client.customers.invoices.list(42, paid_in_full="N", limit=5)
    text = f"{info.value} {info.value!r}"
    assert f"(127.0.0.1:{port})" in text
    assert "/customer/42" not in text and "paidInFull" not in text and "limit" not in text
    assert info.value.message.startswith("ConnectError: ")
    assert isinstance(info.value.__cause__, httpx.ConnectError)


async def test_default_ports_are_named(
    api: respx.MockRouter, httpx_client: CustomersClient
) -> None:
    client = httpx_client  # the route raises httpx's own exceptions
    api.get("/ping").mock(side_effect=httpx.ConnectError(""))
    with pytest.raises(APIConnectionError) as info:
        await client.ping(max_retries=0)
    assert info.value.message == "ConnectError: cannot connect (customers.test:443)"


# -- a closed client ------------------------------------------------------------------------


@pytest.mark.parametrize("transport", ENGINES)
async def test_call_on_a_closed_client(loopback: LoopbackServer, transport: str) -> None:
    client = _client(loopback.url, transport)
    await client.aclose()
    with pytest.raises(ClientClosedError, match=r"was closed \(aclose\(\)") as info:
        await client.ping()
    assert isinstance(info.value, CustomersAPIError) and isinstance(info.value, RuntimeError)
    assert loopback.requests == []


async def test_call_after_async_with_on_a_callers_http_client(api: respx.MockRouter) -> None:
    api.get("/ping").respond(200, json={})
    async with httpx.AsyncClient() as http:
        async with CustomersClient(
            token=TOKEN, site_id=SITE_ID, base_url=BASE_URL, http_client=http
        ) as client:
            pass
        with pytest.raises(ClientClosedError):
            await client.ping()
        assert not http.is_closed  # the caller's client is still theirs
    assert not api.calls


async def test_call_through_a_callers_closed_http_client(api: respx.MockRouter) -> None:
    api.get("/ping").respond(200, json={})
    http = httpx.AsyncClient()
    client = CustomersClient(token=TOKEN, site_id=SITE_ID, base_url=BASE_URL, http_client=http)
    await http.aclose()
    with pytest.raises(ClientClosedError, match="passed as http_client was closed"):
        await client.ping()
    assert not api.calls


# -- one client across two event loops --------------------------------------------------------


@pytest.mark.parametrize("transport", ENGINES)
def test_reuse_across_two_asyncio_runs(transport: str) -> None:
    """The first run binds the client to its loop (a refused call is enough); the second run
    fails at once, naming what happened, instead of deep inside the transport."""
    client = _client(f"http://127.0.0.1:{_free_port()}", transport, max_retries=0)

    async def call() -> None:
        await client.ping()

    with pytest.raises(APIConnectionError):
        asyncio.run(call())
    with pytest.raises(EventLoopMismatchError, match=r"another event loop .*asyncio\.run") as info:
        asyncio.run(call())
    assert isinstance(info.value, ClientStateError) and isinstance(info.value, CustomersAPIError)
    with pytest.raises(EventLoopMismatchError):  # and again: the client stays bound
        asyncio.run(call())
