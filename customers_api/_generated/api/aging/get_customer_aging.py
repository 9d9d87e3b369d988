import datetime
from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.get_customer_aging_response import GetCustomerAgingResponse
from ...types import UNSET, Response, Unset, load_json

METHOD = "GET"
PATH = "/customer/{customerId}/aging"  # the API's path template


def _get_kwargs(
    customer_id: int,
    *,
    as_of: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    ship_to_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["asOf"] = json_as_of

    params["limit"] = limit

    params["offset"] = offset

    params["orderBy"] = order_by

    params["shipToId"] = ship_to_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    params = {k: ",".join(map(str, v)) if isinstance(v, list) else v for k, v in params.items()}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/customer/{customer_id!s}/aging",
        "params": params,
    }

    return _kwargs


def _parse(status: int, content: bytes) -> GetCustomerAgingResponse | None:
    """The typed body of a 2xx answer; None for any other status (and for a 204)."""
    if not 200 <= status < 300 or status == 204:
        return None
    return GetCustomerAgingResponse.from_dict(load_json(content))


def _parse_response(response: httpx.Response) -> GetCustomerAgingResponse | None:
    """The typed body of a 2xx response; None for any other status (and for a 204)."""
    return _parse(response.status_code, response.content)


async def asyncio_detailed(
    customer_id: int,
    *,
    client: Client,
    as_of: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    ship_to_id: int | Unset = UNSET,
) -> Response[GetCustomerAgingResponse]:
    """Customer Invoice Aging

     A customer's outstanding invoice balances, aged into 30/60/90-day buckets. Accepts the edgeCache
    option: `cacheSiteId{value}=<siteId>` with value one of 30s, 1m, 5m, 1, 2, 3, 4, 5, 8 (Cloudflare
    edge cache).

    Args:
        customer_id (int):
        as_of (datetime.date | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        ship_to_id (int | Unset):

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        Response[GetCustomerAgingResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        as_of=as_of,
        limit=limit,
        offset=offset,
        order_by=order_by,
        ship_to_id=ship_to_id,
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
    as_of: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    ship_to_id: int | Unset = UNSET,
) -> GetCustomerAgingResponse | None:
    """Customer Invoice Aging

     A customer's outstanding invoice balances, aged into 30/60/90-day buckets. Accepts the edgeCache
    option: `cacheSiteId{value}=<siteId>` with value one of 30s, 1m, 5m, 1, 2, 3, 4, 5, 8 (Cloudflare
    edge cache).

    Args:
        customer_id (int):
        as_of (datetime.date | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        ship_to_id (int | Unset):

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        GetCustomerAgingResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            as_of=as_of,
            limit=limit,
            offset=offset,
            order_by=order_by,
            ship_to_id=ship_to_id,
        )
    ).parsed
