from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.customer_tag_update import CustomerTagUpdate
from ...models.update_customer_tag_response import UpdateCustomerTagResponse
from ...types import Response, load_json

METHOD = "PUT"
PATH = "/customer/{customerId}/tags/{customerTagsUid}"  # the API's path template


def _get_kwargs(
    customer_id: int,
    customer_tags_uid: int,
    *,
    body: CustomerTagUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/customer/{customer_id!s}/tags/{customer_tags_uid!s}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse(status: int, content: bytes) -> UpdateCustomerTagResponse | None:
    """The typed body of a 2xx answer; None for any other status (and for a 204)."""
    if not 200 <= status < 300 or status == 204:
        return None
    return UpdateCustomerTagResponse.from_dict(load_json(content))


def _parse_response(response: httpx.Response) -> UpdateCustomerTagResponse | None:
    """The typed body of a 2xx response; None for any other status (and for a 204)."""
    return _parse(response.status_code, response.content)


async def asyncio_detailed(
    customer_id: int,
    customer_tags_uid: int,
    *,
    client: Client,
    body: CustomerTagUpdate,
) -> Response[UpdateCustomerTagResponse]:
    """Update a customer tag

     Update a customer tag

    Args:
        customer_id (int):
        customer_tags_uid (int):
        body (CustomerTagUpdate): PUT /customer/{customerId}/tags/{customerTagsUid} request body
            (MINIMUM keys).

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        Response[UpdateCustomerTagResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        customer_tags_uid=customer_tags_uid,
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
    customer_tags_uid: int,
    *,
    client: Client,
    body: CustomerTagUpdate,
) -> UpdateCustomerTagResponse | None:
    """Update a customer tag

     Update a customer tag

    Args:
        customer_id (int):
        customer_tags_uid (int):
        body (CustomerTagUpdate): PUT /customer/{customerId}/tags/{customerTagsUid} request body
            (MINIMUM keys).

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        UpdateCustomerTagResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            customer_tags_uid=customer_tags_uid,
            client=client,
            body=body,
        )
    ).parsed
