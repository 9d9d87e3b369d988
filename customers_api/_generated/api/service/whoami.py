from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.whoami_response import WhoamiResponse
from ...types import Response, load_json

METHOD = "GET"
PATH = "/whoami"  # the API's path template


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/whoami",
    }

    return _kwargs


def _parse(status: int, content: bytes) -> WhoamiResponse | None:
    """The typed body of a 2xx answer; None for any other status (and for a 204)."""
    if not 200 <= status < 300 or status == 204:
        return None
    return WhoamiResponse.from_dict(load_json(content))


def _parse_response(response: httpx.Response) -> WhoamiResponse | None:
    """The typed body of a 2xx response; None for any other status (and for a 204)."""
    return _parse(response.status_code, response.content)


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[WhoamiResponse]:
    """The caller's decoded token

     the caller's decoded token claims

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        Response[WhoamiResponse]
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
) -> WhoamiResponse | None:
    """The caller's decoded token

     the caller's decoded token claims

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        WhoamiResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
