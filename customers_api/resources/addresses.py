"""``client.customers.addresses``: a customer's addresses (list/get/create/update/delete/lookup)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

from .._core import Operation, TimeoutTypes, status_codes, unset
from .._endpoint import endpoint, list_endpoint
from .._generated.api.addresses import (
    create_customer_address,
    delete_customer_address,
    get_customer_address,
    list_customer_addresses,
    lookup_customer_addresses,
    update_customer_address,
)
from .._generated.models import (
    AddressLookupItem,
    CustomerAddress,
    CustomerAddressCreate,
    CustomerAddressUpdate,
)
from .._response import APIResponse
from .._validation import EdgeCache, PathId, path_int
from ._base import Resource, as_body

__all__ = ["Addresses"]

_LIST = Operation(list_customer_addresses)
_LOOKUP = Operation(lookup_customer_addresses)
_GET = Operation(get_customer_address)
_CREATE = Operation(create_customer_address)
_UPDATE = Operation(update_customer_address)
_DELETE = Operation(delete_customer_address)


class Addresses(Resource):
    """Addresses of one customer (``/customer/{customerId}/addresses``)."""

    @list_endpoint
    async def list(
        self,
        customer_id: PathId,
        *,
        email_address: str | None = None,
        status_cd: int | Sequence[int] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        order_by: str | None = None,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[builtins.list[CustomerAddress]]:
        """``GET /customer/{customerId}/addresses``: a page of the customer's addresses."""
        cid = path_int("customer_id", customer_id)
        codes = status_codes(status_cd)
        return await self._core.send(
            _LIST,
            lambda c, ext: list_customer_addresses.asyncio_detailed(
                cid,
                client=c,
                email_address=unset(email_address),
                status_cd=codes,
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
        q: str,
        *,
        limit: int | None = None,
        offset: int | None = None,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[builtins.list[AddressLookupItem]]:
        """``GET /customer/{customerId}/address``: addresses matching ``q`` (id/name pairs)."""
        cid = path_int("customer_id", customer_id)
        return await self._core.send(
            _LOOKUP,
            lambda c, ext: lookup_customer_addresses.asyncio_detailed(
                cid, client=c, q=q, limit=unset(limit), offset=unset(offset), extensions=ext
            ),
            timeout=timeout,
            max_retries=max_retries,
            edge_cache=edge_cache,
        )

    @endpoint
    async def get(
        self,
        customer_id: PathId,
        customer_address_uid: PathId,
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[CustomerAddress]:
        """``GET /customer/{customerId}/addresses/{customerAddressUid}``: one address."""
        cid = path_int("customer_id", customer_id)
        uid = path_int("customer_address_uid", customer_address_uid)
        return await self._core.send(
            _GET,
            lambda c, ext: get_customer_address.asyncio_detailed(
                cid, uid, client=c, extensions=ext
            ),
            timeout=timeout,
            max_retries=max_retries,
            edge_cache=edge_cache,
        )

    @endpoint
    async def create(
        self,
        customer_id: PathId,
        body: CustomerAddressCreate | Mapping[str, Any],
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        retry_writes: bool | None = None,
    ) -> APIResponse[CustomerAddress]:
        """``POST /customer/{customerId}/addresses``: add an address; returns it."""
        cid = path_int("customer_id", customer_id)
        payload = as_body(CustomerAddressCreate, body)
        return await self._core.send(
            _CREATE,
            lambda c, ext: create_customer_address.asyncio_detailed(
                cid, client=c, body=payload, extensions=ext
            ),
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )

    @endpoint
    async def update(
        self,
        customer_id: PathId,
        customer_address_uid: PathId,
        body: CustomerAddressUpdate | Mapping[str, Any],
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        retry_writes: bool | None = None,
    ) -> APIResponse[CustomerAddress]:
        """``PUT /customer/{customerId}/addresses/{customerAddressUid}``: change an address."""
        cid = path_int("customer_id", customer_id)
        uid = path_int("customer_address_uid", customer_address_uid)
        payload = as_body(CustomerAddressUpdate, body)
        return await self._core.send(
            _UPDATE,
            lambda c, ext: update_customer_address.asyncio_detailed(
                cid, uid, client=c, body=payload, extensions=ext
            ),
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )

    @endpoint
    async def delete(
        self,
        customer_id: PathId,
        customer_address_uid: PathId,
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        retry_writes: bool | None = None,
    ) -> APIResponse[CustomerAddress]:
        """``DELETE /customer/{customerId}/addresses/{customerAddressUid}``: returns the row."""
        cid = path_int("customer_id", customer_id)
        uid = path_int("customer_address_uid", customer_address_uid)
        return await self._core.send(
            _DELETE,
            lambda c, ext: delete_customer_address.asyncio_detailed(
                cid, uid, client=c, extensions=ext
            ),
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
