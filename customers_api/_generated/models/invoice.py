from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _m
from ..errors import DecodeError
from ..types import (
    NoneType,
    Plan,
    Tables,
    apply_plan,
    as_date,
    as_date_or_none,
    as_float,
    as_int,
    list_of,
    make_plan,
    not_an_object,
    union,
)

if TYPE_CHECKING:
    from ..models.invoice_line import InvoiceLine


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """GET /customer/{customerId}/invoices response data (MINIMUM keys).

    Attributes:
        amount_paid (float): Amount paid so far
        bill_2_address_1 (None | str): Bill-to address line 1 (max 50 chars)
        bill_2_address_2 (None | str): Bill-to address line 2 (max 50 chars)
        bill_2_address_3 (None | str): Bill-to address line 3 (max 50 chars)
        bill_2_city (None | str): Bill-to city (max 50 chars)
        bill_2_contact (None | str): Bill-to contact (max 30 chars)
        bill_2_country (None | str): Bill-to country (max 50 chars)
        bill_2_name (None | str): Bill-to name (max 50 chars)
        bill_2_postal_code (None | str): Bill-to postal code (max 10 chars)
        bill_2_state (None | str): Bill-to state or province (max 50 chars)
        customer_id (int): Prophet 21 customer invoiced
        customer_name (None | str): Customer name
        date_paid (datetime.date | None): Date the invoice was paid (Y-m-d); null while unpaid
        freight (float | None): Freight charged
        invoice_date (datetime.date): Invoice date (Y-m-d)
        invoice_no (str): Invoice number (max 10 chars)
        lines (list[InvoiceLine]): Invoice lines
        order_no (None | str): Order the invoice bills (max 8 chars)
        paid_in_full_flag (None | str): Y when the invoice is paid in full (max 1 chars)
        po_no (None | str): Customer purchase order number (max 255 chars)
        ship_2_address_1 (None | str): Ship-to address line 1 (max 50 chars)
        ship_2_address_2 (None | str): Ship-to address line 2 (max 50 chars)
        ship_2_address_3 (None | str): Ship-to address line 3 (max 50 chars)
        ship_2_city (None | str): Ship-to city (max 50 chars)
        ship_2_contact (None | str): Ship-to contact (max 30 chars)
        ship_2_country (None | str): Ship-to country (max 50 chars)
        ship_2_email_address (None | str): Ship-to email address (max 255 chars)
        ship_2_name (None | str): Ship-to name (max 50 chars)
        ship_2_postal_code (None | str): Ship-to postal code (max 10 chars)
        ship_2_state (None | str): Ship-to state or province (max 50 chars)
        ship_to_phone (None | str): Ship-to phone number (max 20 chars)
        shipping_cost (float | None): Shipping cost
        tax_amount (float): Tax on the invoice
        tax_amount_paid (float): Tax paid so far
        total_amount (float): Invoice total
    """

    amount_paid: float
    bill_2_address_1: None | str
    bill_2_address_2: None | str
    bill_2_address_3: None | str
    bill_2_city: None | str
    bill_2_contact: None | str
    bill_2_country: None | str
    bill_2_name: None | str
    bill_2_postal_code: None | str
    bill_2_state: None | str
    customer_id: int
    customer_name: None | str
    date_paid: datetime.date | None
    freight: float | None
    invoice_date: datetime.date
    invoice_no: str
    lines: list[InvoiceLine]
    order_no: None | str
    paid_in_full_flag: None | str
    po_no: None | str
    ship_2_address_1: None | str
    ship_2_address_2: None | str
    ship_2_address_3: None | str
    ship_2_city: None | str
    ship_2_contact: None | str
    ship_2_country: None | str
    ship_2_email_address: None | str
    ship_2_name: None | str
    ship_2_postal_code: None | str
    ship_2_state: None | str
    ship_to_phone: None | str
    shipping_cost: float | None
    tax_amount: float
    tax_amount_paid: float
    total_amount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_paid = self.amount_paid

        bill_2_address_1: None | str
        bill_2_address_1 = self.bill_2_address_1

        bill_2_address_2: None | str
        bill_2_address_2 = self.bill_2_address_2

        bill_2_address_3: None | str
        bill_2_address_3 = self.bill_2_address_3

        bill_2_city: None | str
        bill_2_city = self.bill_2_city

        bill_2_contact: None | str
        bill_2_contact = self.bill_2_contact

        bill_2_country: None | str
        bill_2_country = self.bill_2_country

        bill_2_name: None | str
        bill_2_name = self.bill_2_name

        bill_2_postal_code: None | str
        bill_2_postal_code = self.bill_2_postal_code

        bill_2_state: None | str
        bill_2_state = self.bill_2_state

        customer_id = self.customer_id

        customer_name: None | str
        customer_name = self.customer_name

        date_paid: None | str
        if isinstance(self.date_paid, datetime.date):
            date_paid = self.date_paid.isoformat()
        else:
            date_paid = self.date_paid

        freight: float | None
        freight = self.freight

        invoice_date = self.invoice_date.isoformat()

        invoice_no = self.invoice_no

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        order_no: None | str
        order_no = self.order_no

        paid_in_full_flag: None | str
        paid_in_full_flag = self.paid_in_full_flag

        po_no: None | str
        po_no = self.po_no

        ship_2_address_1: None | str
        ship_2_address_1 = self.ship_2_address_1

        ship_2_address_2: None | str
        ship_2_address_2 = self.ship_2_address_2

        ship_2_address_3: None | str
        ship_2_address_3 = self.ship_2_address_3

        ship_2_city: None | str
        ship_2_city = self.ship_2_city

        ship_2_contact: None | str
        ship_2_contact = self.ship_2_contact

        ship_2_country: None | str
        ship_2_country = self.ship_2_country

        ship_2_email_address: None | str
        ship_2_email_address = self.ship_2_email_address

        ship_2_name: None | str
        ship_2_name = self.ship_2_name

        ship_2_postal_code: None | str
        ship_2_postal_code = self.ship_2_postal_code

        ship_2_state: None | str
        ship_2_state = self.ship_2_state

        ship_to_phone: None | str
        ship_to_phone = self.ship_to_phone

        shipping_cost: float | None
        shipping_cost = self.shipping_cost

        tax_amount = self.tax_amount

        tax_amount_paid = self.tax_amount_paid

        total_amount = self.total_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amountPaid": amount_paid,
                "bill2Address1": bill_2_address_1,
                "bill2Address2": bill_2_address_2,
                "bill2Address3": bill_2_address_3,
                "bill2City": bill_2_city,
                "bill2Contact": bill_2_contact,
                "bill2Country": bill_2_country,
                "bill2Name": bill_2_name,
                "bill2PostalCode": bill_2_postal_code,
                "bill2State": bill_2_state,
                "customerId": customer_id,
                "customerName": customer_name,
                "datePaid": date_paid,
                "freight": freight,
                "invoiceDate": invoice_date,
                "invoiceNo": invoice_no,
                "lines": lines,
                "orderNo": order_no,
                "paidInFullFlag": paid_in_full_flag,
                "poNo": po_no,
                "ship2Address1": ship_2_address_1,
                "ship2Address2": ship_2_address_2,
                "ship2Address3": ship_2_address_3,
                "ship2City": ship_2_city,
                "ship2Contact": ship_2_contact,
                "ship2Country": ship_2_country,
                "ship2EmailAddress": ship_2_email_address,
                "ship2Name": ship_2_name,
                "ship2PostalCode": ship_2_postal_code,
                "ship2State": ship_2_state,
                "shipToPhone": ship_to_phone,
                "shippingCost": shipping_cost,
                "taxAmount": tax_amount,
                "taxAmountPaid": tax_amount_paid,
                "totalAmount": total_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            values: Sequence[Any] = _GET(src_dict)
        except KeyError as exc:
            raise DecodeError((exc.args[0],), "required field is missing") from None
        except TypeError:
            raise not_an_object(src_dict) from None
        signature = tuple(map(type, values))
        plan = _PLANS.get(signature)
        if plan is None:
            plan = make_plan(_KEYS, _tables().required, values, signature, _PLANS)
        if plan:
            values = apply_plan(values, plan)
        obj = cls(*values)
        if len(src_dict) != 35:
            extra = src_dict.keys() - _KNOWN
            obj.additional_properties = {k: src_dict[k] for k in extra}
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_KEYS: tuple[str, ...] = (
    "amountPaid",
    "bill2Address1",
    "bill2Address2",
    "bill2Address3",
    "bill2City",
    "bill2Contact",
    "bill2Country",
    "bill2Name",
    "bill2PostalCode",
    "bill2State",
    "customerId",
    "customerName",
    "datePaid",
    "freight",
    "invoiceDate",
    "invoiceNo",
    "lines",
    "orderNo",
    "paidInFullFlag",
    "poNo",
    "ship2Address1",
    "ship2Address2",
    "ship2Address3",
    "ship2City",
    "ship2Contact",
    "ship2Country",
    "ship2EmailAddress",
    "ship2Name",
    "ship2PostalCode",
    "ship2State",
    "shipToPhone",
    "shippingCost",
    "taxAmount",
    "taxAmountPaid",
    "totalAmount",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {int: as_float, float: None},  # amountPaid
            {str: None, NoneType: None},  # bill2Address1
            {str: None, NoneType: None},  # bill2Address2
            {str: None, NoneType: None},  # bill2Address3
            {str: None, NoneType: None},  # bill2City
            {str: None, NoneType: None},  # bill2Contact
            {str: None, NoneType: None},  # bill2Country
            {str: None, NoneType: None},  # bill2Name
            {str: None, NoneType: None},  # bill2PostalCode
            {str: None, NoneType: None},  # bill2State
            {int: None, float: as_int},  # customerId
            {str: None, NoneType: None},  # customerName
            union({str: as_date_or_none}, {NoneType: None}),  # datePaid
            union({int: as_float, float: None}, {NoneType: None}),  # freight
            {str: as_date},  # invoiceDate
            {str: None},  # invoiceNo
            {list: list_of({dict: _m.InvoiceLine.from_dict})},  # lines
            {str: None, NoneType: None},  # orderNo
            {str: None, NoneType: None},  # paidInFullFlag
            {str: None, NoneType: None},  # poNo
            {str: None, NoneType: None},  # ship2Address1
            {str: None, NoneType: None},  # ship2Address2
            {str: None, NoneType: None},  # ship2Address3
            {str: None, NoneType: None},  # ship2City
            {str: None, NoneType: None},  # ship2Contact
            {str: None, NoneType: None},  # ship2Country
            {str: None, NoneType: None},  # ship2EmailAddress
            {str: None, NoneType: None},  # ship2Name
            {str: None, NoneType: None},  # ship2PostalCode
            {str: None, NoneType: None},  # ship2State
            {str: None, NoneType: None},  # shipToPhone
            union({int: as_float, float: None}, {NoneType: None}),  # shippingCost
            {int: as_float, float: None},  # taxAmount
            {int: as_float, float: None},  # taxAmountPaid
            {int: as_float, float: None},  # totalAmount
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
