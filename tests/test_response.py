"""An endpoint that answers without the envelope: `data` is the body, no envelope fields.

Its friendly method is rendered with ``Operation(..., envelope=False)``; here the pipeline
is handed such an operation and a decoder directly.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from customers_api import APIResponse, CustomersClient, NotFoundError
from customers_api._generated.models import HealthCheck
from customers_api._request import Operation

OP = Operation("GET", "/things/{thingId}", envelope=False)
REQUEST = {"method": "get", "url": "/things/1"}


def _client(status: int, body: Any) -> CustomersClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    return CustomersClient(
        token="t", site_id="S", base_url="https://x.test", transport=httpx.MockTransport(handler)
    )


@pytest.mark.parametrize(
    ("body", "parse", "data"),
    [
        ({"siteHash": "h", "siteId": "S"}, lambda c: HealthCheck.from_dict(json.loads(c)), None),
        ([1, 2, 3], json.loads, [1, 2, 3]),  # an array
        ("pong", json.loads, "pong"),  # a scalar
        (None, lambda c: None, None),  # no body
    ],
)
async def test_a_body_without_the_envelope_is_the_data(body: Any, parse: Any, data: Any) -> None:
    async with _client(200, body) as client:
        resp = await client._pipeline.send(OP, REQUEST, lambda status, content: parse(content))
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
            await client._pipeline.send(OP, REQUEST, lambda status, content: json.loads(content))
    assert info.value.endpoint == "GET /things/{thingId}"
