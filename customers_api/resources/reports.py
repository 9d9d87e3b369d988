"""Per-customer reports: ``client.customers.aging``, ``.sales_usage``, ``.purchased_items``."""

from __future__ import annotations

import builtins

from .._core import Operation, TimeoutTypes, unset
from .._endpoint import endpoint, list_endpoint
from .._generated.api.aging import get_customer_aging
from .._generated.api.purchased_items import list_customer_purchased_items
from .._generated.api.sales_usage import get_customer_sales_usage
from .._generated.models import AgingReport, PurchasedItem, SalesUsageReport
from .._response import APIResponse
from .._validation import EdgeCache, PathId, path_int
from ._base import Resource

__all__ = ["Aging", "PurchasedItems", "SalesUsage"]

_AGING = Operation(get_customer_aging)
_SALES_USAGE = Operation(get_customer_sales_usage)
_PURCHASED = Operation(list_customer_purchased_items)


class Aging(Resource):
    """Accounts-receivable aging (``/customer/{customerId}/aging``)."""

    @endpoint
    async def get(
        self,
        customer_id: PathId,
        *,
        as_of: str | None = None,
        ship_to_id: int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        order_by: str | None = None,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[AgingReport]:
        """``GET /customer/{customerId}/aging``: open invoices bucketed by age."""
        cid = path_int("customer_id", customer_id)
        return await self._core.send(
            _AGING,
            lambda c, ext: get_customer_aging.asyncio_detailed(
                cid,
                client=c,
                as_of=unset(as_of),
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


class SalesUsage(Resource):
    """Sales usage (``/customer/{customerId}/sales-usage``)."""

    @endpoint
    async def get(
        self,
        customer_id: PathId,
        *,
        q: str | None = None,
        invoiced_from: str | None = None,
        invoiced_to: str | None = None,
        ship_to_id: int | None = None,
        supplier_id: int | None = None,
        total_by: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        order_by: str | None = None,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[SalesUsageReport]:
        """``GET /customer/{customerId}/sales-usage``: what the customer bought, totalled."""
        cid = path_int("customer_id", customer_id)
        return await self._core.send(
            _SALES_USAGE,
            lambda c, ext: get_customer_sales_usage.asyncio_detailed(
                cid,
                client=c,
                q=unset(q),
                invoiced_from=unset(invoiced_from),
                invoiced_to=unset(invoiced_to),
                ship_to_id=unset(ship_to_id),
                supplier_id=unset(supplier_id),
                total_by=unset(total_by),
                limit=unset(limit),
                offset=unset(offset),
                order_by=unset(order_by),
                extensions=ext,
            ),
            timeout=timeout,
            max_retries=max_retries,
            edge_cache=edge_cache,
        )


class PurchasedItems(Resource):
    """Items a customer has purchased (``/customer/{customerId}/purchased-items``)."""

    @list_endpoint
    async def list(
        self,
        customer_id: PathId,
        *,
        limit: int | None = None,
        offset: int | None = None,
        order_by: str | None = None,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[builtins.list[PurchasedItem]]:
        """``GET /customer/{customerId}/purchased-items``: a page of purchased items."""
        cid = path_int("customer_id", customer_id)
        return await self._core.send(
            _PURCHASED,
            lambda c, ext: list_customer_purchased_items.asyncio_detailed(
                cid,
                client=c,
                limit=unset(limit),
                offset=unset(offset),
                order_by=unset(order_by),
                extensions=ext,
            ),
            timeout=timeout,
            max_retries=max_retries,
            edge_cache=edge_cache,
        )
