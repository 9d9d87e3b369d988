from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.create_customer_ship_to_response import CreateCustomerShipToResponse
from ...models.ship_to_create import ShipToCreate
from ...types import Response, load_json

METHOD = "POST"
PATH = "/customer/{customerId}/ship-to"  # the API's path template


def _get_kwargs(
    customer_id: int,
    *,
    body: ShipToCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/customer/{customer_id!s}/ship-to",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse(status: int, content: bytes) -> CreateCustomerShipToResponse | None:
    """The typed body of a 2xx answer; None for any other status (and for a 204)."""
    if not 200 <= status < 300 or status == 204:
        return None
    return CreateCustomerShipToResponse.from_dict(load_json(content))


def _parse_response(response: httpx.Response) -> CreateCustomerShipToResponse | None:
    """The typed body of a 2xx response; None for any other status (and for a 204)."""
    return _parse(response.status_code, response.content)


async def asyncio_detailed(
    customer_id: int,
    *,
    client: Client,
    body: ShipToCreate,
) -> Response[CreateCustomerShipToResponse]:
    """Create new ship_to for customer_id

     Create new ship_to for customer_id

    Args:
        customer_id (int):
        body (ShipToCreate): POST /customer/{customerId}/ship-to request body (MINIMUM keys).

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        Response[CreateCustomerShipToResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
    )

    response = await client.request(**kwargs)

    try:
        parsed = _parse_response(response)
    except errors.DecodeError as exc:
        exc.status_code = response.status_code
        raise
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        raw=response,
    )


async def asyncio(
    customer_id: int,
    *,
    client: Client,
    body: ShipToCreate,
) -> CreateCustomerShipToResponse | None:
    """Create new ship_to for customer_id

     Create new ship_to for customer_id

    Args:
        customer_id (int):
        body (ShipToCreate): POST /customer/{customerId}/ship-to request body (MINIMUM keys).

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        CreateCustomerShipToResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            body=body,
        )
    ).parsed
