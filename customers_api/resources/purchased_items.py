"""``client.customers.purchased_items``: items a customer has purchased."""

from __future__ import annotations

import builtins

from .._core import Operation, TimeoutTypes, unset
from .._endpoint import list_endpoint
from .._generated.api.purchased_items import list_customer_purchased_items
from .._generated.models import PurchasedItem
from .._response import APIResponse
from .._validation import EdgeCache, PathId, path_int
from ._base import Resource

__all__ = ["PurchasedItems"]

_PURCHASED = Operation(list_customer_purchased_items)


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
