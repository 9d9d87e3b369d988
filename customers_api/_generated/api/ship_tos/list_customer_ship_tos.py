from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.list_customer_ship_tos_response import ListCustomerShipTosResponse
from ...types import UNSET, Response, Unset, load_json

METHOD = "GET"
PATH = "/customer/{customerId}/ship-to"  # the API's path template


def _get_kwargs(
    customer_id: int,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["orderBy"] = order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    params = {k: ",".join(map(str, v)) if isinstance(v, list) else v for k, v in params.items()}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/customer/{customer_id!s}/ship-to",
        "params": params,
    }

    return _kwargs


def _parse(status: int, content: bytes) -> ListCustomerShipTosResponse | None:
    """The typed body of a 2xx answer; None for any other status (and for a 204)."""
    if not 200 <= status < 300 or status == 204:
        return None
    return ListCustomerShipTosResponse.from_dict(load_json(content))


def _parse_response(response: httpx.Response) -> ListCustomerShipTosResponse | None:
    """The typed body of a 2xx response; None for any other status (and for a 204)."""
    return _parse(response.status_code, response.content)


async def asyncio_detailed(
    customer_id: int,
    *,
    client: Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> Response[ListCustomerShipTosResponse]:
    """List Customer Ship-To Addresses

     One ship-to doc, backing an entry of `GET /api/customer/{customerId}/ship-to`. Accepts the edgeCache
    option: `cacheSiteId{value}=<siteId>` with value one of 30s, 1m, 5m, 1, 2, 3, 4, 5, 8 (Cloudflare
    edge cache).

    Args:
        customer_id (int):
        limit (int | Unset):
        offset (int | Unset):
        order_by (str | Unset):

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        Response[ListCustomerShipTosResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        limit=limit,
        offset=offset,
        order_by=order_by,
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> ListCustomerShipTosResponse | None:
    """List Customer Ship-To Addresses

     One ship-to doc, backing an entry of `GET /api/customer/{customerId}/ship-to`. Accepts the edgeCache
    option: `cacheSiteId{value}=<siteId>` with value one of 30s, 1m, 5m, 1, 2, 3, 4, 5, 8 (Cloudflare
    edge cache).

    Args:
        customer_id (int):
        limit (int | Unset):
        offset (int | Unset):
        order_by (str | Unset):

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        ListCustomerShipTosResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            limit=limit,
            offset=offset,
            order_by=order_by,
        )
    ).parsed
