"""Contacts: ``client.customers.contacts`` (under a customer) and ``client.contacts`` (by id)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any

from .._core import Operation, TimeoutTypes, unset
from .._endpoint import endpoint, list_endpoint
from .._generated.api.contacts import (
    create_customer_contact,
    get_contact,
    get_contact_user_defined_fields,
    get_contact_web_allowance,
    list_contact_customers,
    list_customer_contacts,
    refresh_contacts,
    refresh_oe_contacts_customer,
)
from .._generated.models import (
    Contact,
    ContactUserDefinedFields,
    Customer,
    CustomerContact,
    CustomerContactCreate,
    WebAllowance,
)
from .._response import APIResponse
from .._validation import EdgeCache, PathId, path_int, path_str
from ._base import Resource, as_body

__all__ = ["Contacts", "CustomerContacts"]

_LIST = Operation(list_customer_contacts)
_CREATE = Operation(create_customer_contact)
_GET = Operation(get_contact)
_CUSTOMERS = Operation(list_contact_customers)
_WEB_ALLOWANCE = Operation(get_contact_web_allowance)
_UD = Operation(get_contact_user_defined_fields)
_REFRESH = Operation(refresh_contacts)
_REFRESH_OE = Operation(refresh_oe_contacts_customer)


class CustomerContacts(Resource):
    """Contacts of one customer (``/customer/{customerId}/contacts``)."""

    @list_endpoint
    async def list(
        self,
        customer_id: PathId,
        *,
        q: str,
        limit: int | None = None,
        offset: int | None = None,
        order_by: str | None = None,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[builtins.list[CustomerContact]]:
        """``GET /customer/{customerId}/contacts``: the customer's contacts matching ``q``
        (the API requires ``q``)."""
        cid = path_int("customer_id", customer_id)
        return await self._core.send(
            _LIST,
            lambda c, ext: list_customer_contacts.asyncio_detailed(
                cid,
                client=c,
                q=q,
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
        body: CustomerContactCreate | Mapping[str, Any],
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        retry_writes: bool | None = None,
    ) -> APIResponse[bool]:
        """``POST /customer/{customerId}/contacts``: add a contact; True when created."""
        cid = path_int("customer_id", customer_id)
        payload = as_body(CustomerContactCreate, body)
        return await self._core.send(
            _CREATE,
            lambda c, ext: create_customer_contact.asyncio_detailed(
                cid, client=c, body=payload, extensions=ext
            ),
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )


class Contacts(Resource):
    """Contacts by contact id (``/contacts/{id}/...``, ``/contacts-ud/{id}``) and the contact
    sync triggers."""

    @endpoint
    async def get(
        self,
        contact_id: PathId,
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[Contact]:
        """``GET /contacts/{id}/doc``: the contact document."""
        cid = path_str("contact_id", contact_id)
        return await self._core.send(
            _GET,
            lambda c, ext: get_contact.asyncio_detailed(cid, client=c, extensions=ext),
            timeout=timeout,
            max_retries=max_retries,
            edge_cache=edge_cache,
        )

    @list_endpoint
    async def customers(
        self,
        contact_id: PathId,
        *,
        q: str | None = None,
        class_5_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        order_by: str | None = None,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[builtins.list[Customer]]:
        """``GET /contacts/{id}/customers``: the customers this contact belongs to."""
        cid = path_str("contact_id", contact_id)
        return await self._core.send(
            _CUSTOMERS,
            lambda c, ext: list_contact_customers.asyncio_detailed(
                cid,
                client=c,
                q=unset(q),
                class_5_id=unset(class_5_id),
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
    async def web_allowance(
        self,
        contact_id: PathId,
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[WebAllowance]:
        """``GET /contacts/{id}/web-allowance``: the contact's web spending allowance."""
        cid = path_str("contact_id", contact_id)
        return await self._core.send(
            _WEB_ALLOWANCE,
            lambda c, ext: get_contact_web_allowance.asyncio_detailed(
                cid, client=c, extensions=ext
            ),
            timeout=timeout,
            max_retries=max_retries,
            edge_cache=edge_cache,
        )

    @endpoint
    async def user_defined_fields(
        self,
        contact_id: PathId,
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[ContactUserDefinedFields]:
        """``GET /contacts-ud/{id}``: the contact's user-defined fields."""
        cid = path_str("contact_id", contact_id)
        return await self._core.send(
            _UD,
            lambda c, ext: get_contact_user_defined_fields.asyncio_detailed(
                cid, client=c, extensions=ext
            ),
            timeout=timeout,
            max_retries=max_retries,
            edge_cache=edge_cache,
        )

    @endpoint
    async def refresh(
        self, *, timeout: TimeoutTypes | None = None, max_retries: int | None = None
    ) -> APIResponse[Any]:
        """``GET /contacts/refresh``: trigger the contacts sync from Prophet 21."""
        return await self._core.send(
            _REFRESH,
            lambda c, ext: refresh_contacts.asyncio_detailed(client=c, extensions=ext),
            timeout=timeout,
            max_retries=max_retries,
        )

    @endpoint
    async def refresh_oe_contacts_customer(
        self, *, timeout: TimeoutTypes | None = None, max_retries: int | None = None
    ) -> APIResponse[Any]:
        """``GET /oe-contacts-customer/refresh``: trigger the contact-customer link sync."""
        return await self._core.send(
            _REFRESH_OE,
            lambda c, ext: refresh_oe_contacts_customer.asyncio_detailed(client=c, extensions=ext),
            timeout=timeout,
            max_retries=max_retries,
        )
