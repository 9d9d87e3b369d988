from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.create_customer_address_response import CreateCustomerAddressResponse
from ...models.customer_address_create import CustomerAddressCreate
from ...types import Response, load_json

METHOD = "POST"
PATH = "/customer/{customerId}/addresses"  # the API's path template


def _get_kwargs(
    customer_id: int,
    *,
    body: CustomerAddressCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/customer/{customer_id!s}/addresses",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse(status: int, content: bytes) -> CreateCustomerAddressResponse | None:
    """The typed body of a 2xx answer; None for any other status (and for a 204)."""
    if not 200 <= status < 300 or status == 204:
        return None
    return CreateCustomerAddressResponse.from_dict(load_json(content))


def _parse_response(response: httpx.Response) -> CreateCustomerAddressResponse | None:
    """The typed body of a 2xx response; None for any other status (and for a 204)."""
    return _parse(response.status_code, response.content)


async def asyncio_detailed(
    customer_id: int,
    *,
    client: Client,
    body: CustomerAddressCreate,
) -> Response[CreateCustomerAddressResponse]:
    """Create a new customer address

     Create a new customer address

    Args:
        customer_id (int):
        body (CustomerAddressCreate): POST /customer/{customerId}/addresses request body (MINIMUM
            keys).

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        Response[CreateCustomerAddressResponse]
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
    body: CustomerAddressCreate,
) -> CreateCustomerAddressResponse | None:
    """Create a new customer address

     Create a new customer address

    Args:
        customer_id (int):
        body (CustomerAddressCreate): POST /customer/{customerId}/addresses request body (MINIMUM
            keys).

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        CreateCustomerAddressResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            body=body,
        )
    ).parsed
