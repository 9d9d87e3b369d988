"""``client.customers.orders``: a customer's sales orders."""

from __future__ import annotations

import builtins

from .._core import Operation, TimeoutTypes, unset
from .._endpoint import endpoint, list_endpoint
from .._generated.api.orders import get_customer_order, list_customer_orders
from .._generated.models import OrderDocument, OrderHeader, OrderHeaderWithLines
from .._response import APIResponse
from .._validation import EdgeCache, PathId, path_int, path_str
from ._base import Resource

__all__ = ["Orders"]

_LIST = Operation(list_customer_orders)
_GET = Operation(get_customer_order)


class Orders(Resource):
    """Orders of one customer (``/customer/{customerId}/orders``)."""

    @list_endpoint
    async def list(
        self,
        customer_id: PathId,
        *,
        q: str | None = None,
        address_id: int | None = None,
        cancel_flag: str | None = None,
        contact_id: str | None = None,
        created_from: str | None = None,
        created_on: str | None = None,
        created_to: str | None = None,
        delete_flag: str | None = None,
        full_document: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        order_by: str | None = None,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[builtins.list[OrderDocument | OrderHeader | OrderHeaderWithLines]]:
        """``GET /customer/{customerId}/orders``: a page of orders (headers, or full documents
        with ``full_document="Y"``)."""
        cid = path_int("customer_id", customer_id)
        return await self._core.send(
            _LIST,
            lambda c, ext: list_customer_orders.asyncio_detailed(
                cid,
                client=c,
                q=unset(q),
                address_id=unset(address_id),
                cancel_flag=unset(cancel_flag),
                contact_id=unset(contact_id),
                created_from=unset(created_from),
                created_on=unset(created_on),
                created_to=unset(created_to),
                delete_flag=unset(delete_flag),
                full_document=unset(full_document),
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
        order_no: PathId,
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[OrderDocument]:
        """``GET /customer/{customerId}/orders/{orderNo}``: one order document."""
        cid = path_int("customer_id", customer_id)
        no = path_str("order_no", order_no)
        return await self._core.send(
            _GET,
            lambda c, ext: get_customer_order.asyncio_detailed(cid, no, client=c, extensions=ext),
            timeout=timeout,
            max_retries=max_retries,
            edge_cache=edge_cache,
        )
