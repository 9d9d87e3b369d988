import datetime
from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.list_customer_rmas_response import ListCustomerRmasResponse
from ...types import UNSET, Response, Unset, load_json

METHOD = "GET"
PATH = "/customer/{customerId}/rmas"  # the API's path template


def _get_kwargs(
    customer_id: int,
    *,
    created_from: datetime.date | Unset = UNSET,
    created_on: datetime.date | Unset = UNSET,
    created_to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_created_from: str | Unset = UNSET
    if not isinstance(created_from, Unset):
        json_created_from = created_from.isoformat()
    params["createdFrom"] = json_created_from

    json_created_on: str | Unset = UNSET
    if not isinstance(created_on, Unset):
        json_created_on = created_on.isoformat()
    params["createdOn"] = json_created_on

    json_created_to: str | Unset = UNSET
    if not isinstance(created_to, Unset):
        json_created_to = created_to.isoformat()
    params["createdTo"] = json_created_to

    params["limit"] = limit

    params["offset"] = offset

    params["orderBy"] = order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    params = {k: ",".join(map(str, v)) if isinstance(v, list) else v for k, v in params.items()}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/customer/{customer_id!s}/rmas",
        "params": params,
    }

    return _kwargs


def _parse(status: int, content: bytes) -> ListCustomerRmasResponse | None:
    """The typed body of a 2xx answer; None for any other status (and for a 204)."""
    if not 200 <= status < 300 or status == 204:
        return None
    return ListCustomerRmasResponse.from_dict(load_json(content))


def _parse_response(response: httpx.Response) -> ListCustomerRmasResponse | None:
    """The typed body of a 2xx response; None for any other status (and for a 204)."""
    return _parse(response.status_code, response.content)


async def asyncio_detailed(
    customer_id: int,
    *,
    client: Client,
    created_from: datetime.date | Unset = UNSET,
    created_on: datetime.date | Unset = UNSET,
    created_to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> Response[ListCustomerRmasResponse]:
    """List Customer RMAs

     One order, quote or RMA document: the `oe_hdr` header with its lines and pick tickets. Accepts the
    edgeCache option: `cacheSiteId{value}=<siteId>` with value one of 30s, 1m, 5m, 1, 2, 3, 4, 5, 8
    (Cloudflare edge cache).

    Args:
        customer_id (int):
        created_from (datetime.date | Unset):
        created_on (datetime.date | Unset):
        created_to (datetime.date | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order_by (str | Unset):

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        Response[ListCustomerRmasResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        created_from=created_from,
        created_on=created_on,
        created_to=created_to,
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
    created_from: datetime.date | Unset = UNSET,
    created_on: datetime.date | Unset = UNSET,
    created_to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> ListCustomerRmasResponse | None:
    """List Customer RMAs

     One order, quote or RMA document: the `oe_hdr` header with its lines and pick tickets. Accepts the
    edgeCache option: `cacheSiteId{value}=<siteId>` with value one of 30s, 1m, 5m, 1, 2, 3, 4, 5, 8
    (Cloudflare edge cache).

    Args:
        customer_id (int):
        created_from (datetime.date | Unset):
        created_on (datetime.date | Unset):
        created_to (datetime.date | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order_by (str | Unset):

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        ListCustomerRmasResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            created_from=created_from,
            created_on=created_on,
            created_to=created_to,
            limit=limit,
            offset=offset,
            order_by=order_by,
        )
    ).parsed
