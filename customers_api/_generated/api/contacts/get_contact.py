from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import Client
from ...models.get_contact_response import GetContactResponse
from ...types import Response, load_json

METHOD = "GET"
PATH = "/contacts/{id}/doc"  # the API's path template


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/{id}/doc".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse(status: int, content: bytes) -> GetContactResponse | None:
    """The typed body of a 2xx answer; None for any other status (and for a 204)."""
    if not 200 <= status < 300 or status == 204:
        return None
    return GetContactResponse.from_dict(load_json(content))


def _parse_response(response: httpx.Response) -> GetContactResponse | None:
    """The typed body of a 2xx response; None for any other status (and for a 204)."""
    return _parse(response.status_code, response.content)


async def asyncio_detailed(
    id: str,
    *,
    client: Client,
) -> Response[GetContactResponse]:
    """get the contact document

     A Prophet 21 contact with the address it belongs to Accepts the edgeCache option:
    `cacheSiteId{value}=<siteId>` with value one of 30s, 1m, 5m, 1, 2, 3, 4, 5, 8 (Cloudflare edge
    cache).

    Args:
        id (str):

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        Response[GetContactResponse]
    """

    kwargs = _get_kwargs(
        id=id,
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
) -> GetContactResponse | None:
    """get the contact document

     A Prophet 21 contact with the address it belongs to Accepts the edgeCache option:
    `cacheSiteId{value}=<siteId>` with value one of 30s, 1m, 5m, 1, 2, 3, 4, 5, 8 (Cloudflare edge
    cache).

    Args:
        id (str):

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        GetContactResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
