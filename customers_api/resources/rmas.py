"""``client.customers.rmas``: a customer's return merchandise authorizations."""

from __future__ import annotations

import builtins

from .._core import Operation, TimeoutTypes, unset
from .._endpoint import endpoint, list_endpoint
from .._generated.api.rmas import get_customer_rma, list_customer_rmas
from .._generated.models import OrderDocument
from .._response import APIResponse
from .._validation import EdgeCache, PathId, path_int
from ._base import Resource

__all__ = ["Rmas"]

_LIST = Operation(list_customer_rmas)
_GET = Operation(get_customer_rma)


class Rmas(Resource):
    """RMAs of one customer (``/customer/{customerId}/rmas``)."""

    @list_endpoint
    async def list(
        self,
        customer_id: PathId,
        *,
        created_from: str | None = None,
        created_on: str | None = None,
        created_to: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        order_by: str | None = None,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[builtins.list[OrderDocument]]:
        """``GET /customer/{customerId}/rmas``: a page of the customer's RMAs."""
        cid = path_int("customer_id", customer_id)
        return await self._core.send(
            _LIST,
            lambda c, ext: list_customer_rmas.asyncio_detailed(
                cid,
                client=c,
                created_from=unset(created_from),
                created_on=unset(created_on),
                created_to=unset(created_to),
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
        rma_no: PathId,
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[OrderDocument]:
        """``GET /customer/{customerId}/rmas/{rmaNo}``: one RMA document."""
        cid = path_int("customer_id", customer_id)
        no = path_int("rma_no", rma_no)
        return await self._core.send(
            _GET,
            lambda c, ext: get_customer_rma.asyncio_detailed(cid, no, client=c, extensions=ext),
            timeout=timeout,
            max_retries=max_retries,
            edge_cache=edge_cache,
        )
