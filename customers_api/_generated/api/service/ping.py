from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.ping_response import PingResponse
from ...types import Response, load_json

METHOD = "GET"
PATH = "/ping"  # the API's path template


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ping",
    }

    return _kwargs


def _parse(status: int, content: bytes) -> PingResponse | None:
    """The typed body of a 2xx answer; None for any other status (and for a 204)."""
    if not 200 <= status < 300 or status == 204:
        return None
    return PingResponse.from_dict(load_json(content))


def _parse_response(response: httpx.Response) -> PingResponse | None:
    """The typed body of a 2xx response; None for any other status (and for a 204)."""
    return _parse(response.status_code, response.content)


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[PingResponse]:
    """Liveness check

     the string 'pong'

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        Response[PingResponse]
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
) -> PingResponse | None:
    """Liveness check

     the string 'pong'

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        PingResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
