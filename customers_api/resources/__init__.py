"""Resource namespaces: one small module per noun of the API.

Rule for names: a URL under ``/customer/{customerId}/<noun>`` lives at
``client.customers.<noun>``; a top-level URL noun (``/contacts``, ``/ship-to``) is a top-level
namespace (``client.contacts``, ``client.ship_tos``); service endpoints are client methods.
"""

from ._base import Resource
from .addresses import Addresses
from .aging import Aging
from .contacts import Contacts, CustomerContacts
from .customers import Customers
from .invoices import Invoices
from .orders import Orders
from .purchased_items import PurchasedItems
from .quotes import Quotes
from .rmas import Rmas
from .sales_usage import SalesUsage
from .ship_tos import CustomerShipTos, ShipTos
from .tags import Tags

__all__ = [
    "Addresses",
    "Aging",
    "Contacts",
    "CustomerContacts",
    "CustomerShipTos",
    "Customers",
    "Invoices",
    "Orders",
    "PurchasedItems",
    "Quotes",
    "Resource",
    "Rmas",
    "SalesUsage",
    "ShipTos",
    "Tags",
]
