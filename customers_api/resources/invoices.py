"""``client.customers.invoices``: a customer's invoices."""

from __future__ import annotations

import builtins

from .._core import Operation, TimeoutTypes, unset
from .._endpoint import endpoint, list_endpoint
from .._generated.api.invoices import get_customer_invoice, list_customer_invoices
from .._generated.models import Invoice
from .._response import APIResponse
from .._validation import EdgeCache, PathId, path_int
from ._base import Resource

__all__ = ["Invoices"]

_LIST = Operation(list_customer_invoices)
_GET = Operation(get_customer_invoice)


class Invoices(Resource):
    """Invoices of one customer (``/customer/{customerId}/invoices``)."""

    @list_endpoint
    async def list(
        self,
        customer_id: PathId,
        *,
        q: str | None = None,
        contact_id: str | None = None,
        created_from: str | None = None,
        created_on: str | None = None,
        created_to: str | None = None,
        paid_in_full: str | None = None,
        ship_to_id: int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        order_by: str | None = None,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[builtins.list[Invoice]]:
        """``GET /customer/{customerId}/invoices``: a page of the customer's invoices."""
        cid = path_int("customer_id", customer_id)
        return await self._core.send(
            _LIST,
            lambda c, ext: list_customer_invoices.asyncio_detailed(
                cid,
                client=c,
                q=unset(q),
                contact_id=unset(contact_id),
                created_from=unset(created_from),
                created_on=unset(created_on),
                created_to=unset(created_to),
                paid_in_full=unset(paid_in_full),
                ship_to_id=unset(ship_to_id),
                limit=unset(limit),
                offset=unset(offset),
                order_by=unset(order_by),
                extensions=ext,
            ),
            timeout=timeout,
            max_retries=max_retries,
            edge_cache=edge_cache,
        )

    @endpoint
    async def get(
        self,
        customer_id: PathId,
        invoice_no: PathId,
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[Invoice]:
        """``GET /customer/{customerId}/invoices/{invoiceNo}``: one invoice with its lines."""
        cid = path_int("customer_id", customer_id)
        no = path_int("invoice_no", invoice_no)
        return await self._core.send(
            _GET,
            lambda c, ext: get_customer_invoice.asyncio_detailed(cid, no, client=c, extensions=ext),
            timeout=timeout,
            max_retries=max_retries,
            edge_cache=edge_cache,
        )
