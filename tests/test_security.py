"""Secrets and hostile input, without a server (see also tests/integration/test_security.py).

Complements test_auth.py (repr/str of auth and client, status errors), test_params.py
(path ids on every alias) and test_client.py (base URL policy).
"""

from __future__ import annotations

import pickle
import traceback
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
import respx

from customers_api import (
    APIConnectionError,
    APITimeoutError,
    ConfigError,
    CustomersAPIError,
    CustomersClient,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
)

from .conftest import BASE_URL, SITE_ID, TOKEN
from .factories import envelope, error_body

# -- the token in errors, pickles and tracebacks --------------------------------------------


def _scenarios() -> list[Any]:
    def status(code: int, **headers: str) -> Any:
        return lambda api: api.get("/customer/1/doc").respond(
            code, json=error_body(f"echo {TOKEN}?"), headers=headers
        )

    def bad_body(api: respx.MockRouter) -> None:
        body = envelope("get_customer")
        body["data"]["customerId"] = TOKEN  # a body that echoes the token in a bad field
        api.get("/customer/1/doc").respond(200, json=body)

    def drop(api: respx.MockRouter) -> None:
        api.get("/customer/1/doc").mock(side_effect=httpx.RemoteProtocolError("reset"))

    def timeout(api: respx.MockRouter) -> None:
        api.get("/customer/1/doc").mock(side_effect=httpx.ReadTimeout("slow"))

    return [
        pytest.param(status(404), NotFoundError, id="404"),
        pytest.param(status(429, **{"retry-after": "0"}), RateLimitError, id="429-retried"),
        pytest.param(status(503), ServerError, id="503-retried"),
        pytest.param(bad_body, ResponseValidationError, id="bad-body"),
        pytest.param(drop, APIConnectionError, id="dropped"),
        pytest.param(timeout, APITimeoutError, id="timeout"),
    ]


@pytest.mark.parametrize(("arrange", "cls"), _scenarios())
async def test_token_absent_from_error_str_repr_pickle_and_traceback(
    arrange: Any, cls: type[CustomersAPIError], httpx_client: CustomersClient, api: respx.MockRouter
) -> None:
    client = httpx_client  # the route raises httpx's own exceptions
    arrange(api)
    with pytest.raises(CustomersAPIError) as info:
        await client.customers.get(1)
    err = info.value
    assert type(err) is cls
    secret = TOKEN.encode()
    # The server's own message may echo anything; the SDK adds nothing secret of its own.
    own = str(err).replace(f"echo {TOKEN}?", "<server message>")
    assert TOKEN not in own and TOKEN not in repr(err).replace(f"echo {TOKEN}?", "")
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(err, protocol=protocol)
        assert secret not in data.replace(f"echo {TOKEN}?".encode(), b"")
        clone = pickle.loads(data)
        assert type(clone) is cls and str(clone) == str(err)
    text = "".join(traceback.format_exception(err))  # includes the chained httpx error
    assert TOKEN not in text.replace(f"echo {TOKEN}?", "")
    assert "Bearer" not in text


async def test_request_headers_keep_the_token_out_of_repr(
    client: CustomersClient, api: respx.MockRouter
) -> None:
    route = api.get("/whoami").respond(200, json=envelope("whoami"))
    response = await client.whoami.with_response()
    request = route.calls.last.request
    assert request.headers["authorization"] == f"Bearer {TOKEN}"  # it is sent...
    for shown in (repr(request), repr(request.headers), repr(response), repr(client)):
        assert TOKEN not in shown  # ...and httpx masks it in headers' repr


def test_client_cannot_be_pickled_with_its_token() -> None:
    client = CustomersClient(token=TOKEN, site_id=SITE_ID, transport="httpx")
    with pytest.raises(Exception) as info:
        pickle.dumps(client)
    assert TOKEN not in str(info.value)


# -- base URL policy ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.2",
        "http://127.255.255.254:8080",
        "http://[::1]",
        "http://[::1]:9000/base",
        "http://LOCALHOST:1234",
    ],
)
def test_plain_http_allowed_to_loopback(url: str) -> None:
    CustomersClient(token=TOKEN, site_id=SITE_ID, base_url=url, transport="httpx")


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost.evil.com",
        "http://localhost.",  # not refused by the rule below, see the test body
        "http://127.0.0.1.evil.com",
        "http://evil.com#@127.0.0.1",
        "http://127.0.0.1@evil.com",
        "http://0.0.0.0",
        "http://[::]",
        "http://[::ffff:127.0.0.1]",
        "http://2130706433",  # 127.0.0.1 as one integer: some resolvers accept it
        "http://192.168.1.10",
        "HTTP://customers.augur-api.com",
    ],
)
def test_plain_http_refused_elsewhere(url: str) -> None:
    if url == "http://localhost.":
        CustomersClient(token=TOKEN, site_id=SITE_ID, base_url=url, transport="httpx")
        return  # "localhost." is the fully-qualified localhost: loopback, allowed
    with pytest.raises(ConfigError) as info:
        CustomersClient(token=TOKEN, site_id=SITE_ID, base_url=url)
    assert TOKEN not in str(info.value)


def test_opt_in_allows_plain_http_anywhere() -> None:
    client = CustomersClient(
        token=TOKEN, site_id=SITE_ID, base_url="http://10.1.2.3:8080", allow_insecure_http=True
    )
    assert client.base_url == "http://10.1.2.3:8080"


# -- path-parameter injection: refused before a byte is sent --------------------------------

HOSTILE: list[Any] = [
    "../1",
    "1/../../whoami",
    "..",
    "%2e%2e",
    "1%2F2",
    "%2F",
    "1?admin=1",
    "1#frag",
    "1;x=y",
    "1\\2",
    " 1",
    "1\t",
    "1\r\nX-Injected: 1",
    "1\x00",
    "1\u200b",  # zero-width space
    "\u0661",  # Arabic-Indic one
    "\u06f1\u06f2",  # Extended Arabic-Indic
    "\u0967",  # Devanagari one
    "\U0001d7cf",  # mathematical bold one
    "\uff11",  # fullwidth one
    "¹",
    "-1",
    -1,
    -(10**30),
    True,
    False,
    1.0,
    float("nan"),
    10**18,  # 19 digits
    10**100,
    10**5000,  # beyond int->str's default digit limit
    "9" * 19,
    "1" * 10_000,
    None,
    b"1",
    bytearray(b"1"),
    [1],
    {"id": 1},
]


class RecordingTransport(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(500)


@pytest.mark.parametrize(
    "value", HOSTILE, ids=[f"{type(v).__name__}-{i}" for i, v in enumerate(HOSTILE)]
)
async def test_hostile_path_ids_never_reach_the_transport(value: Any) -> None:
    transport = RecordingTransport()
    async with CustomersClient(
        token=TOKEN, site_id=SITE_ID, base_url=BASE_URL, transport=transport
    ) as client:
        calls: list[Callable[[], Awaitable[Any]]] = [
            lambda: client.customers.get(value),
            lambda: client.customers.orders.get(1, value),
            lambda: client.customers.addresses.update(value, 1, {}),
            lambda: client.customers.tags.delete(1, value),
            lambda: client.contacts.get(value),
        ]
        for call in calls:
            with pytest.raises(ValueError) as info:
                await call()
            assert not isinstance(info.value, CustomersAPIError) or isinstance(
                info.value, ConfigError
            )
            assert len(str(info.value)) < 300  # the value is not echoed at length
    assert transport.requests == []  # zero requests: refused before a byte was sent
