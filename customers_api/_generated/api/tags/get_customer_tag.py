from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.get_customer_tag_response import GetCustomerTagResponse
from ...types import Response, load_json

METHOD = "GET"
PATH = "/customer/{customerId}/tags/{customerTagsUid}"  # the API's path template


def _get_kwargs(
    customer_id: int,
    customer_tags_uid: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/customer/{customer_id!s}/tags/{customer_tags_uid!s}",
    }

    return _kwargs


def _parse(status: int, content: bytes) -> GetCustomerTagResponse | None:
    """The typed body of a 2xx answer; None for any other status (and for a 204)."""
    if not 200 <= status < 300 or status == 204:
        return None
    return GetCustomerTagResponse.from_dict(load_json(content))


def _parse_response(response: httpx.Response) -> GetCustomerTagResponse | None:
    """The typed body of a 2xx response; None for any other status (and for a 204)."""
    return _parse(response.status_code, response.content)


async def asyncio_detailed(
    customer_id: int,
    customer_tags_uid: int,
    *,
    client: Client,
) -> Response[GetCustomerTagResponse]:
    """Get a customer tag

     Get a customer tag Accepts the edgeCache option: `cacheSiteId{value}=<siteId>` with value one of
    30s, 1m, 5m, 1, 2, 3, 4, 5, 8 (Cloudflare edge cache).

    Args:
        customer_id (int):
        customer_tags_uid (int):

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        Response[GetCustomerTagResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        customer_tags_uid=customer_tags_uid,
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
) -> GetCustomerTagResponse | None:
    """Get a customer tag

     Get a customer tag Accepts the edgeCache option: `cacheSiteId{value}=<siteId>` with value one of
    30s, 1m, 5m, 1, 2, 3, 4, 5, 8 (Cloudflare edge cache).

    Args:
        customer_id (int):
        customer_tags_uid (int):

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        GetCustomerTagResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            customer_tags_uid=customer_tags_uid,
            client=client,
        )
    ).parsed
