"""An endpoint that answers without the envelope: `data` is the body, no envelope fields.

The friendly method of such an endpoint wraps its generated call in `bare(...)`
(`codegen/wrapper_templates/resource_module.py.jinja`); here a generated call is stood in for
by a function returning the generated `Response`, sent through the client's core.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from customers_api import APIResponse, CustomersClient, NotFoundError
from customers_api._core import Operation
from customers_api._generated.client import Client
from customers_api._generated.models import HealthCheck
from customers_api._generated.types import Response
from customers_api._response import Body, bare

OP = Operation("GET", "/things/{thingId}")


def _client(status: int, body: Any) -> CustomersClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    return CustomersClient(
        token="t", site_id="S", base_url="https://x.test", transport=httpx.MockTransport(handler)
    )


async def _call(client: Client, parse: Any) -> Response[Any]:
    raw = await client.request(method="get", url="/things/1")
    parsed = parse(raw) if 200 <= raw.status_code < 300 else None
    return Response(raw.status_code, raw.content, raw.headers, parsed, raw)


@pytest.mark.parametrize(
    ("body", "parse", "data"),
    [
        ({"siteHash": "h", "siteId": "S"}, lambda r: HealthCheck.from_dict(r.json()), None),
        ([1, 2, 3], lambda r: r.json(), [1, 2, 3]),  # an array
        ("pong", lambda r: r.json(), "pong"),  # a scalar
        (None, lambda r: None, None),  # no body
    ],
)
async def test_a_body_without_the_envelope_is_the_data(body: Any, parse: Any, data: Any) -> None:
    async with _client(200, body) as client:
        resp = await client._core.send(OP, lambda c, ext: bare(_call(c, parse)))
    assert isinstance(resp, APIResponse) and resp.status_code == 200
    if isinstance(body, dict):
        assert isinstance(resp.data, HealthCheck) and resp.data.to_dict() == body
    else:
        assert resp.data == data
    for name in ("envelope", "total", "count", "total_results", "message"):
        with pytest.raises(AttributeError, match="without the API's envelope"):
            getattr(resp, name)
    assert repr(resp) == "<APIResponse [200] attempts=1>"


async def test_an_error_status_is_still_the_mapped_error() -> None:
    async with _client(404, {"message": "No thing."}) as client:
        with pytest.raises(NotFoundError) as info:
            await client._core.send(OP, lambda c, ext: bare(_call(c, lambda r: r.json())))
    assert info.value.endpoint == "GET /things/{thingId}"


def test_body_has_the_data_and_nothing_else() -> None:
    body = Body(["a"])
    assert body.data == ["a"] and not hasattr(body, "total")
