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
    as_date_or_none,
    as_int,
    list_of,
    make_plan,
    not_an_object,
    union,
)

if TYPE_CHECKING:
    from ..models.order_line import OrderLine
    from ..models.pick_ticket import PickTicket


T = TypeVar("T", bound="OrderDocument")


@_attrs_define
class OrderDocument:
    """GET /customer/{customerId}/orders/{orderNo} response data (MINIMUM keys).

    Attributes:
        cancel_flag (None | str): Y when the order is canceled (max 1 chars)
        carrier_id (int | None): Prophet 21 address id of the order's carrier
        carrier_name (str): Carrier name; empty when the order has no carrier
        class_1_id (None | str): Order class 1
        class_2_id (None | str): Order class 2
        class_3_id (None | str): Order class 3
        class_4_id (None | str): Order class 4
        class_5_id (None | str): Order class 5
        completed (None | str): Y when the order is complete (fully shipped) (max 1 chars)
        contact_first_name (None | str): First name of the ordering contact; null when the order has no contact
        contact_id (None | str): Prophet 21 contact who placed the order (max 16 chars)
        contact_last_name (None | str): Last name of the ordering contact; null when the order has no contact
        customer_id (int): Prophet 21 customer the order belongs to
        customer_name (None | str): Customer name
        delete_flag (str): Y when the order is deleted in Prophet 21 (max 1 chars)
        delivery_instructions (None | str): Delivery instructions for the carrier (max 255 chars)
        job_name (None | str): Job name entered on the order (max 40 chars)
        lines (list[OrderLine]): Order lines, by line number
        order_date (datetime.date | None): Date the order was placed (Y-m-d)
        order_no (str): Prophet 21 order number (max 8 chars)
        order_status (str): PENDING, SUBMITTED, IN PROCESS, ON HOLD or SHIPPED, derived from the completed, approved,
            cancel and validation flags
        pick_tickets (list[PickTicket]): Pick tickets issued for the order
        po_no (None | str): Customer purchase order number (max 50 chars)
        requested_date (datetime.date | None): Date the customer requested delivery (Y-m-d)
        ship_2_add_1 (None | str): Ship-to address line 1 (max 50 chars)
        ship_2_add_2 (None | str): Ship-to address line 2 (max 50 chars)
        ship_2_add_3 (None | str): Ship-to address line 3 (max 50 chars)
        ship_2_city (None | str): Ship-to city (max 50 chars)
        ship_2_country (None | str): Ship-to country (max 50 chars)
        ship_2_email_address (None | str): Ship-to email address (max 255 chars)
        ship_2_name (None | str): Ship-to name (max 50 chars)
        ship_2_state (None | str): Ship-to state or province (max 50 chars)
        ship_2_zip (None | str): Ship-to postal code (max 10 chars)
        ship_to_phone (None | str): Ship-to phone number (max 20 chars)
        taker (None | str): User who entered the order (max 30 chars)
        web_reference_no (None | str): Web order reference number from the storefront (max 255 chars)
    """

    cancel_flag: None | str
    carrier_id: int | None
    carrier_name: str
    class_1_id: None | str
    class_2_id: None | str
    class_3_id: None | str
    class_4_id: None | str
    class_5_id: None | str
    completed: None | str
    contact_first_name: None | str
    contact_id: None | str
    contact_last_name: None | str
    customer_id: int
    customer_name: None | str
    delete_flag: str
    delivery_instructions: None | str
    job_name: None | str
    lines: list[OrderLine]
    order_date: datetime.date | None
    order_no: str
    order_status: str
    pick_tickets: list[PickTicket]
    po_no: None | str
    requested_date: datetime.date | None
    ship_2_add_1: None | str
    ship_2_add_2: None | str
    ship_2_add_3: None | str
    ship_2_city: None | str
    ship_2_country: None | str
    ship_2_email_address: None | str
    ship_2_name: None | str
    ship_2_state: None | str
    ship_2_zip: None | str
    ship_to_phone: None | str
    taker: None | str
    web_reference_no: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancel_flag: None | str
        cancel_flag = self.cancel_flag

        carrier_id: int | None
        carrier_id = self.carrier_id

        carrier_name = self.carrier_name

        class_1_id: None | str
        class_1_id = self.class_1_id

        class_2_id: None | str
        class_2_id = self.class_2_id

        class_3_id: None | str
        class_3_id = self.class_3_id

        class_4_id: None | str
        class_4_id = self.class_4_id

        class_5_id: None | str
        class_5_id = self.class_5_id

        completed: None | str
        completed = self.completed

        contact_first_name: None | str
        contact_first_name = self.contact_first_name

        contact_id: None | str
        contact_id = self.contact_id

        contact_last_name: None | str
        contact_last_name = self.contact_last_name

        customer_id = self.customer_id

        customer_name: None | str
        customer_name = self.customer_name

        delete_flag = self.delete_flag

        delivery_instructions: None | str
        delivery_instructions = self.delivery_instructions

        job_name: None | str
        job_name = self.job_name

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        order_date: None | str
        if isinstance(self.order_date, datetime.date):
            order_date = self.order_date.isoformat()
        else:
            order_date = self.order_date

        order_no = self.order_no

        order_status = self.order_status

        pick_tickets = []
        for pick_tickets_item_data in self.pick_tickets:
            pick_tickets_item = pick_tickets_item_data.to_dict()
            pick_tickets.append(pick_tickets_item)

        po_no: None | str
        po_no = self.po_no

        requested_date: None | str
        if isinstance(self.requested_date, datetime.date):
            requested_date = self.requested_date.isoformat()
        else:
            requested_date = self.requested_date

        ship_2_add_1: None | str
        ship_2_add_1 = self.ship_2_add_1

        ship_2_add_2: None | str
        ship_2_add_2 = self.ship_2_add_2

        ship_2_add_3: None | str
        ship_2_add_3 = self.ship_2_add_3

        ship_2_city: None | str
        ship_2_city = self.ship_2_city

        ship_2_country: None | str
        ship_2_country = self.ship_2_country

        ship_2_email_address: None | str
        ship_2_email_address = self.ship_2_email_address

        ship_2_name: None | str
        ship_2_name = self.ship_2_name

        ship_2_state: None | str
        ship_2_state = self.ship_2_state

        ship_2_zip: None | str
        ship_2_zip = self.ship_2_zip

        ship_to_phone: None | str
        ship_to_phone = self.ship_to_phone

        taker: None | str
        taker = self.taker

        web_reference_no: None | str
        web_reference_no = self.web_reference_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancelFlag": cancel_flag,
                "carrierId": carrier_id,
                "carrierName": carrier_name,
                "class1Id": class_1_id,
                "class2Id": class_2_id,
                "class3Id": class_3_id,
                "class4Id": class_4_id,
                "class5Id": class_5_id,
                "completed": completed,
                "contactFirstName": contact_first_name,
                "contactId": contact_id,
                "contactLastName": contact_last_name,
                "customerId": customer_id,
                "customerName": customer_name,
                "deleteFlag": delete_flag,
                "deliveryInstructions": delivery_instructions,
                "jobName": job_name,
                "lines": lines,
                "orderDate": order_date,
                "orderNo": order_no,
                "orderStatus": order_status,
                "pickTickets": pick_tickets,
                "poNo": po_no,
                "requestedDate": requested_date,
                "ship2Add1": ship_2_add_1,
                "ship2Add2": ship_2_add_2,
                "ship2Add3": ship_2_add_3,
                "ship2City": ship_2_city,
                "ship2Country": ship_2_country,
                "ship2EmailAddress": ship_2_email_address,
                "ship2Name": ship_2_name,
                "ship2State": ship_2_state,
                "ship2Zip": ship_2_zip,
                "shipToPhone": ship_to_phone,
                "taker": taker,
                "webReferenceNo": web_reference_no,
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
        if len(src_dict) != 36:
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
    "cancelFlag",
    "carrierId",
    "carrierName",
    "class1Id",
    "class2Id",
    "class3Id",
    "class4Id",
    "class5Id",
    "completed",
    "contactFirstName",
    "contactId",
    "contactLastName",
    "customerId",
    "customerName",
    "deleteFlag",
    "deliveryInstructions",
    "jobName",
    "lines",
    "orderDate",
    "orderNo",
    "orderStatus",
    "pickTickets",
    "poNo",
    "requestedDate",
    "ship2Add1",
    "ship2Add2",
    "ship2Add3",
    "ship2City",
    "ship2Country",
    "ship2EmailAddress",
    "ship2Name",
    "ship2State",
    "ship2Zip",
    "shipToPhone",
    "taker",
    "webReferenceNo",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {str: None, NoneType: None},  # cancelFlag
            union({int: None, float: as_int}, {NoneType: None}),  # carrierId
            {str: None},  # carrierName
            {str: None, NoneType: None},  # class1Id
            {str: None, NoneType: None},  # class2Id
            {str: None, NoneType: None},  # class3Id
            {str: None, NoneType: None},  # class4Id
            {str: None, NoneType: None},  # class5Id
            {str: None, NoneType: None},  # completed
            {str: None, NoneType: None},  # contactFirstName
            {str: None, NoneType: None},  # contactId
            {str: None, NoneType: None},  # contactLastName
            {int: None, float: as_int},  # customerId
            {str: None, NoneType: None},  # customerName
            {str: None},  # deleteFlag
            {str: None, NoneType: None},  # deliveryInstructions
            {str: None, NoneType: None},  # jobName
            {list: list_of({dict: _m.OrderLine.from_dict})},  # lines
            union({str: as_date_or_none}, {NoneType: None}),  # orderDate
            {str: None},  # orderNo
            {str: None},  # orderStatus
            {list: list_of({dict: _m.PickTicket.from_dict})},  # pickTickets
            {str: None, NoneType: None},  # poNo
            union({str: as_date_or_none}, {NoneType: None}),  # requestedDate
            {str: None, NoneType: None},  # ship2Add1
            {str: None, NoneType: None},  # ship2Add2
            {str: None, NoneType: None},  # ship2Add3
            {str: None, NoneType: None},  # ship2City
            {str: None, NoneType: None},  # ship2Country
            {str: None, NoneType: None},  # ship2EmailAddress
            {str: None, NoneType: None},  # ship2Name
            {str: None, NoneType: None},  # ship2State
            {str: None, NoneType: None},  # ship2Zip
            {str: None, NoneType: None},  # shipToPhone
            {str: None, NoneType: None},  # taker
            {str: None, NoneType: None},  # webReferenceNo
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
