from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.get_customer_invoice_response import GetCustomerInvoiceResponse
from ...types import Response, load_json

METHOD = "GET"
PATH = "/customer/{customerId}/invoices/{invoiceNo}"  # the API's path template


def _get_kwargs(
    customer_id: int,
    invoice_no: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/customer/{customer_id!s}/invoices/{invoice_no!s}",
    }

    return _kwargs


def _parse(status: int, content: bytes) -> GetCustomerInvoiceResponse | None:
    """The typed body of a 2xx answer; None for any other status (and for a 204)."""
    if not 200 <= status < 300 or status == 204:
        return None
    return GetCustomerInvoiceResponse.from_dict(load_json(content))


def _parse_response(response: httpx.Response) -> GetCustomerInvoiceResponse | None:
    """The typed body of a 2xx response; None for any other status (and for a 204)."""
    return _parse(response.status_code, response.content)


async def asyncio_detailed(
    customer_id: int,
    invoice_no: int,
    *,
    client: Client,
) -> Response[GetCustomerInvoiceResponse]:
    """Get Customer Invoice

     A Prophet 21 invoice with its lines Accepts the edgeCache option: `cacheSiteId{value}=<siteId>` with
    value one of 30s, 1m, 5m, 1, 2, 3, 4, 5, 8 (Cloudflare edge cache).

    Args:
        customer_id (int):
        invoice_no (int):

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        Response[GetCustomerInvoiceResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        invoice_no=invoice_no,
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
    invoice_no: int,
    *,
    client: Client,
) -> GetCustomerInvoiceResponse | None:
    """Get Customer Invoice

     A Prophet 21 invoice with its lines Accepts the edgeCache option: `cacheSiteId{value}=<siteId>` with
    value one of 30s, 1m, 5m, 1, 2, 3, 4, 5, 8 (Cloudflare edge cache).

    Args:
        customer_id (int):
        invoice_no (int):

    Raises:
        errors.DecodeError: If a 2xx body does not match the spec (names the JSON path).
        httpx.HTTPError: If the request fails in transport.

    Returns:
        GetCustomerInvoiceResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            invoice_no=invoice_no,
            client=client,
        )
    ).parsed
