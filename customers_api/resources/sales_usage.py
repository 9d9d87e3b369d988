"""``client.customers.sales_usage``: what a customer bought, totalled."""

from __future__ import annotations

from .._core import Operation, TimeoutTypes, unset
from .._endpoint import endpoint
from .._generated.api.sales_usage import get_customer_sales_usage
from .._generated.models import SalesUsageReport
from .._response import APIResponse
from .._validation import EdgeCache, PathId, path_int
from ._base import Resource

__all__ = ["SalesUsage"]

_SALES_USAGE = Operation(get_customer_sales_usage)


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
