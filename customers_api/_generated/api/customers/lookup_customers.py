from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.lookup_customers_response import LookupCustomersResponse
from ...types import UNSET, Response, Unset, load_json

METHOD = "GET"
PATH = "/customer/lookup"  # the API's path template


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    q: str,
    status_cd: int | list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["orderBy"] = order_by

    params["q"] = q

    json_status_cd: int | list[int] | Unset
    if isinstance(status_cd, Unset):
        json_status_cd = UNSET
    elif isinstance(status_cd, list):
        json_status_cd = status_cd

    else:
        json_status_cd = status_cd
    params["statusCd"] = json_status_cd

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    params = {k: ",".join(map(str, v)) if isinstance(v, list) else v for k, v in params.items()}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customer/lookup",
        "params": params,
    }

    return _kwargs


def _parse(status: int, content: bytes) -> LookupCustomersResponse | None:
    """The typed body of a 2xx answer; None for any other status (and for a 204)."""
    if not 200 <= status < 300 or status == 204:
        return None
    return LookupCustomersResponse.from_dict(load_json(content))


def _parse_response(response: httpx.Response) -> LookupCustomersResponse | None:
    """The typed body of a 2xx response; None for any other status (and for a 204)."""
    return _parse(response.status_code, response.content)


async def asyncio_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    q: str,
    status_cd: int | list[int] | Unset = UNSET,
) -> Response[LookupCustomersResponse]:
    """lookup Customer Summary

     One customer in a customer lookup Accepts the edgeCache option: `cacheSiteId{value}=<siteId>` with
    value one of 30s, 1m, 5m, 1, 2, 3, 4, 5, 8 (Cloudflare edge cache).

    Args:
        limit (int | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        q (str):
        status_cd (int | list[int] | Unset):

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        Response[LookupCustomersResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_by=order_by,
        q=q,
        status_cd=status_cd,
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
    *,
    client: Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    q: str,
    status_cd: int | list[int] | Unset = UNSET,
) -> LookupCustomersResponse | None:
    """lookup Customer Summary

     One customer in a customer lookup Accepts the edgeCache option: `cacheSiteId{value}=<siteId>` with
    value one of 30s, 1m, 5m, 1, 2, 3, 4, 5, 8 (Cloudflare edge cache).

    Args:
        limit (int | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        q (str):
        status_cd (int | list[int] | Unset):

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        LookupCustomersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_by=order_by,
            q=q,
            status_cd=status_cd,
        )
    ).parsed
