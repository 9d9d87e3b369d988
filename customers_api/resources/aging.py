"""``client.customers.aging``: a customer's accounts-receivable aging."""

from __future__ import annotations

from .._core import Operation, TimeoutTypes, unset
from .._endpoint import endpoint
from .._generated.api.aging import get_customer_aging
from .._generated.models import AgingReport
from .._response import APIResponse
from .._validation import EdgeCache, PathId, path_int
from ._base import Resource

__all__ = ["Aging"]

_AGING = Operation(get_customer_aging)


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
