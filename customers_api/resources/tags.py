"""``client.customers.tags``: a customer's tags (list/get/create/update/delete)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

from .._core import Operation, TimeoutTypes, status_codes, unset
from .._endpoint import endpoint, list_endpoint
from .._generated.api.tags import (
    create_customer_tag,
    delete_customer_tag,
    get_customer_tag,
    list_customer_tags,
    update_customer_tag,
)
from .._generated.models import CustomerTag, CustomerTagCreate, CustomerTagUpdate
from .._response import APIResponse
from .._validation import EdgeCache, PathId, path_int
from ._base import Resource, as_body

__all__ = ["Tags"]

_LIST = Operation(list_customer_tags)
_GET = Operation(get_customer_tag)
_CREATE = Operation(create_customer_tag)
_UPDATE = Operation(update_customer_tag)
_DELETE = Operation(delete_customer_tag)


class Tags(Resource):
    """Tags of one customer (``/customer/{customerId}/tags``)."""

    @list_endpoint
    async def list(
        self,
        customer_id: PathId,
        *,
        status_cd: int | Sequence[int] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        order_by: str | None = None,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[builtins.list[CustomerTag]]:
        """``GET /customer/{customerId}/tags``: a page of the customer's tags."""
        cid = path_int("customer_id", customer_id)
        codes = status_codes(status_cd)
        return await self._core.send(
            _LIST,
            lambda c, ext: list_customer_tags.asyncio_detailed(
                cid,
                client=c,
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

    @endpoint
    async def get(
        self,
        customer_id: PathId,
        customer_tags_uid: PathId,
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[CustomerTag]:
        """``GET /customer/{customerId}/tags/{customerTagsUid}``: one tag."""
        cid = path_int("customer_id", customer_id)
        uid = path_int("customer_tags_uid", customer_tags_uid)
        return await self._core.send(
            _GET,
            lambda c, ext: get_customer_tag.asyncio_detailed(cid, uid, client=c, extensions=ext),
            timeout=timeout,
            max_retries=max_retries,
            edge_cache=edge_cache,
        )

    @endpoint
    async def create(
        self,
        customer_id: PathId,
        body: CustomerTagCreate | Mapping[str, Any],
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        retry_writes: bool | None = None,
    ) -> APIResponse[CustomerTag]:
        """``POST /customer/{customerId}/tags``: add a tag; returns it."""
        cid = path_int("customer_id", customer_id)
        payload = as_body(CustomerTagCreate, body)
        return await self._core.send(
            _CREATE,
            lambda c, ext: create_customer_tag.asyncio_detailed(
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
        customer_tags_uid: PathId,
        body: CustomerTagUpdate | Mapping[str, Any],
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        retry_writes: bool | None = None,
    ) -> APIResponse[CustomerTag]:
        """``PUT /customer/{customerId}/tags/{customerTagsUid}``: change a tag."""
        cid = path_int("customer_id", customer_id)
        uid = path_int("customer_tags_uid", customer_tags_uid)
        payload = as_body(CustomerTagUpdate, body)
        return await self._core.send(
            _UPDATE,
            lambda c, ext: update_customer_tag.asyncio_detailed(
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
        customer_tags_uid: PathId,
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        retry_writes: bool | None = None,
    ) -> APIResponse[CustomerTag]:
        """``DELETE /customer/{customerId}/tags/{customerTagsUid}``: returns the row."""
        cid = path_int("customer_id", customer_id)
        uid = path_int("customer_tags_uid", customer_tags_uid)
        return await self._core.send(
            _DELETE,
            lambda c, ext: delete_customer_tag.asyncio_detailed(cid, uid, client=c, extensions=ext),
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
