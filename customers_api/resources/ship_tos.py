"""Ship-to addresses: ``client.customers.ship_tos`` (under a customer), ``client.ship_tos``."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any

from .._core import Operation, TimeoutTypes, unset
from .._endpoint import endpoint, list_endpoint
from .._generated.api.ship_tos import (
    create_customer_ship_to,
    get_customer_ship_to_freight_codes,
    list_customer_ship_tos,
    lookup_customer_ship_tos,
    refresh_ship_tos,
)
from .._generated.models import FreightCode, ShipTo, ShipToCreate, ShipToLookupItem
from .._response import APIResponse
from .._validation import EdgeCache, PathId, path_int
from ._base import Resource, as_body

__all__ = ["CustomerShipTos", "ShipTos"]

_LIST = Operation(list_customer_ship_tos)
_LOOKUP = Operation(lookup_customer_ship_tos)
_CREATE = Operation(create_customer_ship_to)
_FREIGHT = Operation(get_customer_ship_to_freight_codes)
_REFRESH = Operation(refresh_ship_tos)


class CustomerShipTos(Resource):
    """Ship-to addresses of one customer (``/customer/{customerId}/ship-to``)."""

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
    ) -> APIResponse[builtins.list[ShipTo]]:
        """``GET /customer/{customerId}/ship-to``: a page of the customer's ship-tos."""
        cid = path_int("customer_id", customer_id)
        return await self._core.send(
            _LIST,
            lambda c, ext: list_customer_ship_tos.asyncio_detailed(
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

    @list_endpoint
    async def lookup(
        self,
        customer_id: PathId,
        q: str | None = None,
        *,
        limit: int | None = None,
        offset: int | None = None,
        order_by: str | None = None,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[builtins.list[ShipToLookupItem]]:
        """``GET /customer/{customerId}/ship-to/lookup``: ship-tos matching ``q``."""
        cid = path_int("customer_id", customer_id)
        return await self._core.send(
            _LOOKUP,
            lambda c, ext: lookup_customer_ship_tos.asyncio_detailed(
                cid,
                client=c,
                q=unset(q),
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
    async def create(
        self,
        customer_id: PathId,
        body: ShipToCreate | Mapping[str, Any],
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        retry_writes: bool | None = None,
    ) -> APIResponse[bool]:
        """``POST /customer/{customerId}/ship-to``: add a ship-to; True when created."""
        cid = path_int("customer_id", customer_id)
        payload = as_body(ShipToCreate, body)
        return await self._core.send(
            _CREATE,
            lambda c, ext: create_customer_ship_to.asyncio_detailed(
                cid, client=c, body=payload, extensions=ext
            ),
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )

    @endpoint
    async def freight_codes(
        self,
        customer_id: PathId,
        ship_to_id: PathId,
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[FreightCode]:
        """``GET /customer/{customerId}/ship-to/{shipToId}/freight-codes``."""
        cid = path_int("customer_id", customer_id)
        sid = path_int("ship_to_id", ship_to_id)
        return await self._core.send(
            _FREIGHT,
            lambda c, ext: get_customer_ship_to_freight_codes.asyncio_detailed(
                cid, sid, client=c, extensions=ext
            ),
            timeout=timeout,
            max_retries=max_retries,
            edge_cache=edge_cache,
        )


class ShipTos(Resource):
    """Ship-to operations not under one customer (``/ship-to/...``)."""

    @endpoint
    async def refresh(
        self, *, timeout: TimeoutTypes | None = None, max_retries: int | None = None
    ) -> APIResponse[Any]:
        """``GET /ship-to/refresh``: trigger the ship-to sync from Prophet 21."""
        return await self._core.send(
            _REFRESH,
            lambda c, ext: refresh_ship_tos.asyncio_detailed(client=c, extensions=ext),
            timeout=timeout,
            max_retries=max_retries,
        )
