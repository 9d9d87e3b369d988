import datetime
from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.get_customer_sales_usage_response import GetCustomerSalesUsageResponse
from ...types import UNSET, Response, Unset, load_json

METHOD = "GET"
PATH = "/customer/{customerId}/sales-usage"  # the API's path template


def _get_kwargs(
    customer_id: int,
    *,
    invoiced_from: datetime.date | Unset = UNSET,
    invoiced_to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    q: str | Unset = UNSET,
    ship_to_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    total_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_invoiced_from: str | Unset = UNSET
    if not isinstance(invoiced_from, Unset):
        json_invoiced_from = invoiced_from.isoformat()
    params["invoicedFrom"] = json_invoiced_from

    json_invoiced_to: str | Unset = UNSET
    if not isinstance(invoiced_to, Unset):
        json_invoiced_to = invoiced_to.isoformat()
    params["invoicedTo"] = json_invoiced_to

    params["limit"] = limit

    params["offset"] = offset

    params["orderBy"] = order_by

    params["q"] = q

    params["shipToId"] = ship_to_id

    params["supplierId"] = supplier_id

    params["totalBy"] = total_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    params = {k: ",".join(map(str, v)) if isinstance(v, list) else v for k, v in params.items()}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/customer/{customer_id!s}/sales-usage",
        "params": params,
    }

    return _kwargs


def _parse(status: int, content: bytes) -> GetCustomerSalesUsageResponse | None:
    """The typed body of a 2xx answer; None for any other status (and for a 204)."""
    if not 200 <= status < 300 or status == 204:
        return None
    return GetCustomerSalesUsageResponse.from_dict(load_json(content))


def _parse_response(response: httpx.Response) -> GetCustomerSalesUsageResponse | None:
    """The typed body of a 2xx response; None for any other status (and for a 204)."""
    return _parse(response.status_code, response.content)


async def asyncio_detailed(
    customer_id: int,
    *,
    client: Client,
    invoiced_from: datetime.date | Unset = UNSET,
    invoiced_to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    q: str | Unset = UNSET,
    ship_to_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    total_by: str | Unset = UNSET,
) -> Response[GetCustomerSalesUsageResponse]:
    """Customer Sales Usage Report

     Per-customer, per-item consumption folded from invoiced sales history. Accepts the edgeCache option:
    `cacheSiteId{value}=<siteId>` with value one of 30s, 1m, 5m, 1, 2, 3, 4, 5, 8 (Cloudflare edge
    cache).

    Args:
        customer_id (int):
        invoiced_from (datetime.date | Unset):
        invoiced_to (datetime.date | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        q (str | Unset):
        ship_to_id (int | Unset):
        supplier_id (int | Unset):
        total_by (str | Unset):

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        Response[GetCustomerSalesUsageResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        invoiced_from=invoiced_from,
        invoiced_to=invoiced_to,
        limit=limit,
        offset=offset,
        order_by=order_by,
        q=q,
        ship_to_id=ship_to_id,
        supplier_id=supplier_id,
        total_by=total_by,
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
    invoiced_from: datetime.date | Unset = UNSET,
    invoiced_to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    q: str | Unset = UNSET,
    ship_to_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    total_by: str | Unset = UNSET,
) -> GetCustomerSalesUsageResponse | None:
    """Customer Sales Usage Report

     Per-customer, per-item consumption folded from invoiced sales history. Accepts the edgeCache option:
    `cacheSiteId{value}=<siteId>` with value one of 30s, 1m, 5m, 1, 2, 3, 4, 5, 8 (Cloudflare edge
    cache).

    Args:
        customer_id (int):
        invoiced_from (datetime.date | Unset):
        invoiced_to (datetime.date | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        q (str | Unset):
        ship_to_id (int | Unset):
        supplier_id (int | Unset):
        total_by (str | Unset):

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        GetCustomerSalesUsageResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            invoiced_from=invoiced_from,
            invoiced_to=invoiced_to,
            limit=limit,
            offset=offset,
            order_by=order_by,
            q=q,
            ship_to_id=ship_to_id,
            supplier_id=supplier_id,
            total_by=total_by,
        )
    ).parsed
