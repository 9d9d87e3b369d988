"""``client.customers``: the customer master, and everything under ``/customer/{customerId}``."""

from __future__ import annotations

import builtins
from collections.abc import Sequence

from .._core import Core, Operation, TimeoutTypes, status_codes, unset
from .._endpoint import endpoint, list_endpoint
from .._generated.api.customers import get_customer, list_customers, lookup_customers
from .._generated.models import Customer, CustomerLookupItem
from .._response import APIResponse
from .._validation import EdgeCache, PathId, path_int
from ._base import Resource
from .addresses import Addresses
from .aging import Aging
from .contacts import CustomerContacts
from .invoices import Invoices
from .orders import Orders
from .purchased_items import PurchasedItems
from .quotes import Quotes
from .rmas import Rmas
from .sales_usage import SalesUsage
from .ship_tos import CustomerShipTos
from .tags import Tags

__all__ = ["Customers"]

_LIST = Operation(list_customers)
_LOOKUP = Operation(lookup_customers)
_GET = Operation(get_customer)


class Customers(Resource):
    """Customers (``/customer``), with one namespace per sub-resource of a customer."""

    def __init__(self, core: Core) -> None:
        super().__init__(core)
        self.addresses = Addresses(core)
        self.aging = Aging(core)
        self.contacts = CustomerContacts(core)
        self.invoices = Invoices(core)
        self.orders = Orders(core)
        self.purchased_items = PurchasedItems(core)
        self.quotes = Quotes(core)
        self.rmas = Rmas(core)
        self.sales_usage = SalesUsage(core)
        self.ship_tos = CustomerShipTos(core)
        self.tags = Tags(core)

    @list_endpoint
    async def list(
        self,
        *,
        q: str | None = None,
        class_5_id: str | None = None,
        company_id: str | None = None,
        delete_flag: str | None = None,
        status_cd: int | Sequence[int] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        order_by: str | None = None,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[builtins.list[Customer]]:
        """``GET /customer``: a page of customers (``status_cd``: 704 active, 705 inactive,
        700 deleted, -1 all; several are sent comma-joined)."""
        codes = status_codes(status_cd)
        return await self._core.send(
            _LIST,
            lambda c, ext: list_customers.asyncio_detailed(
                client=c,
                q=unset(q),
                class_5_id=unset(class_5_id),
                company_id=unset(company_id),
                delete_flag=unset(delete_flag),
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
        q: str,
        *,
        status_cd: int | Sequence[int] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        order_by: str | None = None,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[builtins.list[CustomerLookupItem]]:
        """``GET /customer/lookup``: customers matching ``q`` (id/name pairs, for pickers)."""
        codes = status_codes(status_cd)
        return await self._core.send(
            _LOOKUP,
            lambda c, ext: lookup_customers.asyncio_detailed(
                client=c,
                q=q,
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
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        edge_cache: EdgeCache | None = None,
    ) -> APIResponse[Customer]:
        """``GET /customer/{customerId}/doc``: the customer document."""
        cid = path_int("customer_id", customer_id)
        return await self._core.send(
            _GET,
            lambda c, ext: get_customer.asyncio_detailed(cid, client=c, extensions=ext),
            timeout=timeout,
            max_retries=max_retries,
            edge_cache=edge_cache,
        )
