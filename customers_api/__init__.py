"""Async-first Python SDK for the Augur Customers API (Prophet 21 customer data).

::

    from customers_api import CustomersClient

    async with CustomersClient.from_env() as client:
        customer = await client.customers.get(42)
"""

from typing import TYPE_CHECKING, Any

from ._client import DEFAULT_BASE_URL, CustomersClient
from ._endpoint import BoundEndpoint, BoundListEndpoint
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ClientStateError,
    ConfigError,
    CustomersAPIError,
    EventLoopMismatchError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    UnexpectedStatusError,
)
from ._generated.types import UNSET, Unset
from ._params import EdgeCache
from ._response import APIResponse
from ._retry import RetryPolicy
from ._version import __version__
from .pagination import Page

if TYPE_CHECKING:  # the models load on first use (``customers_api.Invoice``): import is cheap
    from .models import (
        AddressLookupItem,
        AgingReport,
        Contact,
        ContactUserDefinedFields,
        Customer,
        CustomerAddress,
        CustomerAddressCreate,
        CustomerAddressUpdate,
        CustomerContact,
        CustomerContactCreate,
        CustomerLookupItem,
        CustomerTag,
        CustomerTagCreate,
        CustomerTagUpdate,
        FreightCode,
        HealthCheck,
        Invoice,
        OrderDocument,
        OrderHeader,
        OrderHeaderWithLines,
        PurchasedItem,
        SalesUsageReport,
        ShipTo,
        ShipToCreate,
        ShipToLookupItem,
        TokenClaims,
        WebAllowance,
    )

_MODELS = frozenset(
    {
        "AddressLookupItem",
        "AgingReport",
        "Contact",
        "ContactUserDefinedFields",
        "Customer",
        "CustomerAddress",
        "CustomerAddressCreate",
        "CustomerAddressUpdate",
        "CustomerContact",
        "CustomerContactCreate",
        "CustomerLookupItem",
        "CustomerTag",
        "CustomerTagCreate",
        "CustomerTagUpdate",
        "FreightCode",
        "HealthCheck",
        "Invoice",
        "OrderDocument",
        "OrderHeader",
        "OrderHeaderWithLines",
        "PurchasedItem",
        "SalesUsageReport",
        "ShipTo",
        "ShipToCreate",
        "ShipToLookupItem",
        "TokenClaims",
        "WebAllowance",
    }
)


def __getattr__(name: str) -> Any:
    if name in _MODELS:
        from . import models

        value = getattr(models, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_BASE_URL",
    "UNSET",
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AddressLookupItem",
    "AgingReport",
    "AuthenticationError",
    "BadRequestError",
    "BoundEndpoint",
    "BoundListEndpoint",
    "ClientClosedError",
    "ClientStateError",
    "ConfigError",
    "Contact",
    "ContactUserDefinedFields",
    "Customer",
    "CustomerAddress",
    "CustomerAddressCreate",
    "CustomerAddressUpdate",
    "CustomerContact",
    "CustomerContactCreate",
    "CustomerLookupItem",
    "CustomerTag",
    "CustomerTagCreate",
    "CustomerTagUpdate",
    "CustomersAPIError",
    "CustomersClient",
    "EdgeCache",
    "EventLoopMismatchError",
    "FreightCode",
    "HealthCheck",
    "Invoice",
    "NotFoundError",
    "OrderDocument",
    "OrderHeader",
    "OrderHeaderWithLines",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "PurchasedItem",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "SalesUsageReport",
    "ServerError",
    "ShipTo",
    "ShipToCreate",
    "ShipToLookupItem",
    "TokenClaims",
    "UnexpectedStatusError",
    "Unset",
    "WebAllowance",
    "__version__",
]
