"""Async-first Python SDK for the Augur Customers API (Prophet 21 customer data).

::

    from customers_api import CustomersClient

    async with CustomersClient.from_env() as client:
        customer = await client.customers.get(42)
"""

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
from ._response import APIResponse
from ._retry import RetryPolicy
from ._validation import EdgeCache
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

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_BASE_URL",
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
    "WebAllowance",
    "__version__",
]
