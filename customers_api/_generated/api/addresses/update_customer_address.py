from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.customer_address_update import CustomerAddressUpdate
from ...models.update_customer_address_response import UpdateCustomerAddressResponse
from ...types import Response, load_json

METHOD = "PUT"
PATH = "/customer/{customerId}/addresses/{customerAddressUid}"  # the API's path template


def _get_kwargs(
    customer_id: int,
    customer_address_uid: int,
    *,
    body: CustomerAddressUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/customer/{customer_id!s}/addresses/{customer_address_uid!s}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse(status: int, content: bytes) -> UpdateCustomerAddressResponse | None:
    """The typed body of a 2xx answer; None for any other status (and for a 204)."""
    if not 200 <= status < 300 or status == 204:
        return None
    return UpdateCustomerAddressResponse.from_dict(load_json(content))


def _parse_response(response: httpx.Response) -> UpdateCustomerAddressResponse | None:
    """The typed body of a 2xx response; None for any other status (and for a 204)."""
    return _parse(response.status_code, response.content)


async def asyncio_detailed(
    customer_id: int,
    customer_address_uid: int,
    *,
    client: Client,
    body: CustomerAddressUpdate,
) -> Response[UpdateCustomerAddressResponse]:
    """Update a customer address

     Update a customer address

    Args:
        customer_id (int):
        customer_address_uid (int):
        body (CustomerAddressUpdate): PUT /customer/{customerId}/addresses/{customerAddressUid}
            request body (MINIMUM keys).

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        Response[UpdateCustomerAddressResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        customer_address_uid=customer_address_uid,
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
    customer_address_uid: int,
    *,
    client: Client,
    body: CustomerAddressUpdate,
) -> UpdateCustomerAddressResponse | None:
    """Update a customer address

     Update a customer address

    Args:
        customer_id (int):
        customer_address_uid (int):
        body (CustomerAddressUpdate): PUT /customer/{customerId}/addresses/{customerAddressUid}
            request body (MINIMUM keys).

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        UpdateCustomerAddressResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            customer_address_uid=customer_address_uid,
            client=client,
            body=body,
        )
    ).parsed
