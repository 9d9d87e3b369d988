import json
from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.whoami_response import WhoamiResponse
from ...types import Response

METHOD = "GET"
PATH = "/whoami"  # the API's path template


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/whoami",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> WhoamiResponse | None:
    """The typed body of a 2xx response; None for any other status."""
    if not 200 <= response.status_code < 300:
        return None
    try:
        data = json.loads(response.content)
    except ValueError as exc:
        raise errors.DecodeError((), f"the body is not JSON ({exc})") from None
    except RecursionError:  # a hostile, deeply nested body
        raise errors.DecodeError((), "the body is nested too deeply to decode") from None
    return WhoamiResponse.from_dict(data)


async def asyncio_detailed(
    *,
    client: Client,
    extensions: dict[str, Any] | None = None,
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

    response = await client.request(**kwargs, extensions=extensions)

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
    extensions: dict[str, Any] | None = None,
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
            extensions=extensions,
        )
    ).parsed
