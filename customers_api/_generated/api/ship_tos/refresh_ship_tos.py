from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.refresh_ship_tos_response import RefreshShipTosResponse
from ...types import Response, load_json

METHOD = "GET"
PATH = "/ship-to/refresh"  # the API's path template


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ship-to/refresh",
    }

    return _kwargs


def _parse(status: int, content: bytes) -> RefreshShipTosResponse | None:
    """The typed body of a 2xx answer; None for any other status (and for a 204)."""
    if not 200 <= status < 300 or status == 204:
        return None
    return RefreshShipTosResponse.from_dict(load_json(content))


def _parse_response(response: httpx.Response) -> RefreshShipTosResponse | None:
    """The typed body of a 2xx response; None for any other status (and for a 204)."""
    return _parse(response.status_code, response.content)


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[RefreshShipTosResponse]:
    """Trigger a data refresh

     shape not published; the envelope's data is free-form

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        Response[RefreshShipTosResponse]
    """

    kwargs = _get_kwargs()

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
) -> RefreshShipTosResponse | None:
    """Trigger a data refresh

     shape not published; the envelope's data is free-form

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        RefreshShipTosResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
