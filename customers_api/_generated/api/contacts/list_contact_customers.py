from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import Client
from ...models.list_contact_customers_response import ListContactCustomersResponse
from ...types import UNSET, Response, Unset, load_json

METHOD = "GET"
PATH = "/contacts/{id}/customers"  # the API's path template


def _get_kwargs(
    id: str,
    *,
    class_5_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["class5Id"] = class_5_id

    params["limit"] = limit

    params["offset"] = offset

    params["orderBy"] = order_by

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    params = {k: ",".join(map(str, v)) if isinstance(v, list) else v for k, v in params.items()}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/{id}/customers".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse(status: int, content: bytes) -> ListContactCustomersResponse | None:
    """The typed body of a 2xx answer; None for any other status (and for a 204)."""
    if not 200 <= status < 300 or status == 204:
        return None
    return ListContactCustomersResponse.from_dict(load_json(content))


def _parse_response(response: httpx.Response) -> ListContactCustomersResponse | None:
    """The typed body of a 2xx response; None for any other status (and for a 204)."""
    return _parse(response.status_code, response.content)


async def asyncio_detailed(
    id: str,
    *,
    client: Client,
    class_5_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Response[ListContactCustomersResponse]:
    """List Salesrep Customers

     A Prophet 21 customer with its terms and user-defined fields Accepts the edgeCache option:
    `cacheSiteId{value}=<siteId>` with value one of 30s, 1m, 5m, 1, 2, 3, 4, 5, 8 (Cloudflare edge
    cache).

    Args:
        id (str):
        class_5_id (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        q (str | Unset):

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        Response[ListContactCustomersResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        class_5_id=class_5_id,
        limit=limit,
        offset=offset,
        order_by=order_by,
        q=q,
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
    id: str,
    *,
    client: Client,
    class_5_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> ListContactCustomersResponse | None:
    """List Salesrep Customers

     A Prophet 21 customer with its terms and user-defined fields Accepts the edgeCache option:
    `cacheSiteId{value}=<siteId>` with value one of 30s, 1m, 5m, 1, 2, 3, 4, 5, 8 (Cloudflare edge
    cache).

    Args:
        id (str):
        class_5_id (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        q (str | Unset):

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        ListContactCustomersResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            class_5_id=class_5_id,
            limit=limit,
            offset=offset,
            order_by=order_by,
            q=q,
        )
    ).parsed
