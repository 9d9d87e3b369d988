"""Contains all the data models used in inputs/outputs"""

from .address_lookup_item import AddressLookupItem
from .aging_bucket_total import AgingBucketTotal
from .aging_invoice import AgingInvoice
from .aging_report import AgingReport
from .contact import Contact
from .contact_address import ContactAddress
from .contact_user_defined_fields import ContactUserDefinedFields
from .create_customer_address_response import CreateCustomerAddressResponse
from .create_customer_contact_response import CreateCustomerContactResponse
from .create_customer_ship_to_response import CreateCustomerShipToResponse
from .create_customer_tag_response import CreateCustomerTagResponse
from .customer import Customer
from .customer_address import CustomerAddress
from .customer_address_create import CustomerAddressCreate
from .customer_address_update import CustomerAddressUpdate
from .customer_contact import CustomerContact
from .customer_contact_create import CustomerContactCreate
from .customer_lookup_item import CustomerLookupItem
from .customer_tag import CustomerTag
from .customer_tag_create import CustomerTagCreate
from .customer_tag_update import CustomerTagUpdate
from .delete_customer_address_response import DeleteCustomerAddressResponse
from .delete_customer_tag_response import DeleteCustomerTagResponse
from .envelope_meta import EnvelopeMeta
from .envelope_options import EnvelopeOptions
from .envelope_params import EnvelopeParams
from .error import Error
from .freight_code import FreightCode
from .get_contact_response import GetContactResponse
from .get_contact_user_defined_fields_response import GetContactUserDefinedFieldsResponse
from .get_contact_web_allowance_response import GetContactWebAllowanceResponse
from .get_customer_address_response import GetCustomerAddressResponse
from .get_customer_aging_response import GetCustomerAgingResponse
from .get_customer_invoice_response import GetCustomerInvoiceResponse
from .get_customer_order_response import GetCustomerOrderResponse
from .get_customer_quote_response import GetCustomerQuoteResponse
from .get_customer_response import GetCustomerResponse
from .get_customer_rma_response import GetCustomerRmaResponse
from .get_customer_sales_usage_response import GetCustomerSalesUsageResponse
from .get_customer_ship_to_freight_codes_response import GetCustomerShipToFreightCodesResponse
from .get_customer_tag_response import GetCustomerTagResponse
from .health_check import HealthCheck
from .health_check_response import HealthCheckResponse
from .invoice import Invoice
from .invoice_line import InvoiceLine
from .list_contact_customers_response import ListContactCustomersResponse
from .list_customer_addresses_response import ListCustomerAddressesResponse
from .list_customer_contacts_response import ListCustomerContactsResponse
from .list_customer_invoices_response import ListCustomerInvoicesResponse
from .list_customer_orders_response import ListCustomerOrdersResponse
from .list_customer_purchased_items_response import ListCustomerPurchasedItemsResponse
from .list_customer_quotes_response import ListCustomerQuotesResponse
from .list_customer_rmas_response import ListCustomerRmasResponse
from .list_customer_ship_tos_response import ListCustomerShipTosResponse
from .list_customer_tags_response import ListCustomerTagsResponse
from .list_customers_response import ListCustomersResponse
from .lookup_customer_addresses_response import LookupCustomerAddressesResponse
from .lookup_customer_ship_tos_response import LookupCustomerShipTosResponse
from .lookup_customers_response import LookupCustomersResponse
from .order_document import OrderDocument
from .order_header import OrderHeader
from .order_header_line import OrderHeaderLine
from .order_header_with_lines import OrderHeaderWithLines
from .order_line import OrderLine
from .pick_ticket import PickTicket
from .pick_ticket_line import PickTicketLine
from .ping_response import PingResponse
from .purchased_item import PurchasedItem
from .refresh_contacts_response import RefreshContactsResponse
from .refresh_oe_contacts_customer_response import RefreshOeContactsCustomerResponse
from .refresh_ship_tos_response import RefreshShipTosResponse
from .sales_usage_bucket import SalesUsageBucket
from .sales_usage_item import SalesUsageItem
from .sales_usage_report import SalesUsageReport
from .ship_to import ShipTo
from .ship_to_address import ShipToAddress
from .ship_to_create import ShipToCreate
from .ship_to_lookup_item import ShipToLookupItem
from .token_claims import TokenClaims
from .update_customer_address_response import UpdateCustomerAddressResponse
from .update_customer_tag_response import UpdateCustomerTagResponse
from .user_defined_fields_object import UserDefinedFieldsObject
from .web_allowance import WebAllowance
from .whoami_response import WhoamiResponse

__all__ = (
    "AddressLookupItem",
    "AgingBucketTotal",
    "AgingInvoice",
    "AgingReport",
    "Contact",
    "ContactAddress",
    "ContactUserDefinedFields",
    "CreateCustomerAddressResponse",
    "CreateCustomerContactResponse",
    "CreateCustomerShipToResponse",
    "CreateCustomerTagResponse",
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
    "DeleteCustomerAddressResponse",
    "DeleteCustomerTagResponse",
    "EnvelopeMeta",
    "EnvelopeOptions",
    "EnvelopeParams",
    "Error",
    "FreightCode",
    "GetContactResponse",
    "GetContactUserDefinedFieldsResponse",
    "GetContactWebAllowanceResponse",
    "GetCustomerAddressResponse",
    "GetCustomerAgingResponse",
    "GetCustomerInvoiceResponse",
    "GetCustomerOrderResponse",
    "GetCustomerQuoteResponse",
    "GetCustomerResponse",
    "GetCustomerRmaResponse",
    "GetCustomerSalesUsageResponse",
    "GetCustomerShipToFreightCodesResponse",
    "GetCustomerTagResponse",
    "HealthCheck",
    "HealthCheckResponse",
    "Invoice",
    "InvoiceLine",
    "ListContactCustomersResponse",
    "ListCustomerAddressesResponse",
    "ListCustomerContactsResponse",
    "ListCustomerInvoicesResponse",
    "ListCustomerOrdersResponse",
    "ListCustomerPurchasedItemsResponse",
    "ListCustomerQuotesResponse",
    "ListCustomerRmasResponse",
    "ListCustomerShipTosResponse",
    "ListCustomerTagsResponse",
    "ListCustomersResponse",
    "LookupCustomerAddressesResponse",
    "LookupCustomerShipTosResponse",
    "LookupCustomersResponse",
    "OrderDocument",
    "OrderHeader",
    "OrderHeaderLine",
    "OrderHeaderWithLines",
    "OrderLine",
    "PickTicket",
    "PickTicketLine",
    "PingResponse",
    "PurchasedItem",
    "RefreshContactsResponse",
    "RefreshOeContactsCustomerResponse",
    "RefreshShipTosResponse",
    "SalesUsageBucket",
    "SalesUsageItem",
    "SalesUsageReport",
    "ShipTo",
    "ShipToAddress",
    "ShipToCreate",
    "ShipToLookupItem",
    "TokenClaims",
    "UpdateCustomerAddressResponse",
    "UpdateCustomerTagResponse",
    "UserDefinedFieldsObject",
    "WebAllowance",
    "WhoamiResponse",
)
