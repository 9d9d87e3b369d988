from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        date_paid (None | str): Date the invoice was paid (Y-m-d); null while unpaid
        freight (float | None): Freight charged
        invoice_date (str): Invoice date (Y-m-d)
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
    date_paid: None | str
    freight: float | None
    invoice_date: str
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
        date_paid = self.date_paid

        freight: float | None
        freight = self.freight

        invoice_date = self.invoice_date

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
        from ..models.invoice_line import InvoiceLine

        d = dict(src_dict)
        amount_paid = d.pop("amountPaid")

        def _parse_bill_2_address_1(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bill_2_address_1 = _parse_bill_2_address_1(d.pop("bill2Address1"))

        def _parse_bill_2_address_2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bill_2_address_2 = _parse_bill_2_address_2(d.pop("bill2Address2"))

        def _parse_bill_2_address_3(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bill_2_address_3 = _parse_bill_2_address_3(d.pop("bill2Address3"))

        def _parse_bill_2_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bill_2_city = _parse_bill_2_city(d.pop("bill2City"))

        def _parse_bill_2_contact(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bill_2_contact = _parse_bill_2_contact(d.pop("bill2Contact"))

        def _parse_bill_2_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bill_2_country = _parse_bill_2_country(d.pop("bill2Country"))

        def _parse_bill_2_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bill_2_name = _parse_bill_2_name(d.pop("bill2Name"))

        def _parse_bill_2_postal_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bill_2_postal_code = _parse_bill_2_postal_code(d.pop("bill2PostalCode"))

        def _parse_bill_2_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bill_2_state = _parse_bill_2_state(d.pop("bill2State"))

        customer_id = d.pop("customerId")

        def _parse_customer_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_name = _parse_customer_name(d.pop("customerName"))

        def _parse_date_paid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date_paid = _parse_date_paid(d.pop("datePaid"))

        def _parse_freight(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        freight = _parse_freight(d.pop("freight"))

        invoice_date = d.pop("invoiceDate")

        invoice_no = d.pop("invoiceNo")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = InvoiceLine.from_dict(lines_item_data)

            lines.append(lines_item)

        def _parse_order_no(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        order_no = _parse_order_no(d.pop("orderNo"))

        def _parse_paid_in_full_flag(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        paid_in_full_flag = _parse_paid_in_full_flag(d.pop("paidInFullFlag"))

        def _parse_po_no(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        po_no = _parse_po_no(d.pop("poNo"))

        def _parse_ship_2_address_1(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ship_2_address_1 = _parse_ship_2_address_1(d.pop("ship2Address1"))

        def _parse_ship_2_address_2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ship_2_address_2 = _parse_ship_2_address_2(d.pop("ship2Address2"))

        def _parse_ship_2_address_3(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ship_2_address_3 = _parse_ship_2_address_3(d.pop("ship2Address3"))

        def _parse_ship_2_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ship_2_city = _parse_ship_2_city(d.pop("ship2City"))

        def _parse_ship_2_contact(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ship_2_contact = _parse_ship_2_contact(d.pop("ship2Contact"))

        def _parse_ship_2_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ship_2_country = _parse_ship_2_country(d.pop("ship2Country"))

        def _parse_ship_2_email_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ship_2_email_address = _parse_ship_2_email_address(d.pop("ship2EmailAddress"))

        def _parse_ship_2_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ship_2_name = _parse_ship_2_name(d.pop("ship2Name"))

        def _parse_ship_2_postal_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ship_2_postal_code = _parse_ship_2_postal_code(d.pop("ship2PostalCode"))

        def _parse_ship_2_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ship_2_state = _parse_ship_2_state(d.pop("ship2State"))

        def _parse_ship_to_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ship_to_phone = _parse_ship_to_phone(d.pop("shipToPhone"))

        def _parse_shipping_cost(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        shipping_cost = _parse_shipping_cost(d.pop("shippingCost"))

        tax_amount = d.pop("taxAmount")

        tax_amount_paid = d.pop("taxAmountPaid")

        total_amount = d.pop("totalAmount")

        invoice = cls(
            amount_paid=amount_paid,
            bill_2_address_1=bill_2_address_1,
            bill_2_address_2=bill_2_address_2,
            bill_2_address_3=bill_2_address_3,
            bill_2_city=bill_2_city,
            bill_2_contact=bill_2_contact,
            bill_2_country=bill_2_country,
            bill_2_name=bill_2_name,
            bill_2_postal_code=bill_2_postal_code,
            bill_2_state=bill_2_state,
            customer_id=customer_id,
            customer_name=customer_name,
            date_paid=date_paid,
            freight=freight,
            invoice_date=invoice_date,
            invoice_no=invoice_no,
            lines=lines,
            order_no=order_no,
            paid_in_full_flag=paid_in_full_flag,
            po_no=po_no,
            ship_2_address_1=ship_2_address_1,
            ship_2_address_2=ship_2_address_2,
            ship_2_address_3=ship_2_address_3,
            ship_2_city=ship_2_city,
            ship_2_contact=ship_2_contact,
            ship_2_country=ship_2_country,
            ship_2_email_address=ship_2_email_address,
            ship_2_name=ship_2_name,
            ship_2_postal_code=ship_2_postal_code,
            ship_2_state=ship_2_state,
            ship_to_phone=ship_to_phone,
            shipping_cost=shipping_cost,
            tax_amount=tax_amount,
            tax_amount_paid=tax_amount_paid,
            total_amount=total_amount,
        )

        invoice.additional_properties = d
        return invoice

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
