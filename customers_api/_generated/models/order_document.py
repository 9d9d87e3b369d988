from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        order_date (None | str): Date the order was placed (Y-m-d)
        order_no (str): Prophet 21 order number (max 8 chars)
        order_status (str): PENDING, SUBMITTED, IN PROCESS, ON HOLD or SHIPPED, derived from the completed, approved,
            cancel and validation flags
        pick_tickets (list[PickTicket]): Pick tickets issued for the order
        po_no (None | str): Customer purchase order number (max 50 chars)
        requested_date (None | str): Date the customer requested delivery (Y-m-d)
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
    order_date: None | str
    order_no: str
    order_status: str
    pick_tickets: list[PickTicket]
    po_no: None | str
    requested_date: None | str
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
        from ..models.order_line import OrderLine
        from ..models.pick_ticket import PickTicket

        d = dict(src_dict)

        def _parse_cancel_flag(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cancel_flag = _parse_cancel_flag(d.pop("cancelFlag"))

        def _parse_carrier_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        carrier_id = _parse_carrier_id(d.pop("carrierId"))

        carrier_name = d.pop("carrierName")

        def _parse_class_1_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        class_1_id = _parse_class_1_id(d.pop("class1Id"))

        def _parse_class_2_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        class_2_id = _parse_class_2_id(d.pop("class2Id"))

        def _parse_class_3_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        class_3_id = _parse_class_3_id(d.pop("class3Id"))

        def _parse_class_4_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        class_4_id = _parse_class_4_id(d.pop("class4Id"))

        def _parse_class_5_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        class_5_id = _parse_class_5_id(d.pop("class5Id"))

        def _parse_completed(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        completed = _parse_completed(d.pop("completed"))

        def _parse_contact_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_first_name = _parse_contact_first_name(d.pop("contactFirstName"))

        def _parse_contact_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_id = _parse_contact_id(d.pop("contactId"))

        def _parse_contact_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_last_name = _parse_contact_last_name(d.pop("contactLastName"))

        customer_id = d.pop("customerId")

        def _parse_customer_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_name = _parse_customer_name(d.pop("customerName"))

        delete_flag = d.pop("deleteFlag")

        def _parse_delivery_instructions(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        delivery_instructions = _parse_delivery_instructions(d.pop("deliveryInstructions"))

        def _parse_job_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        job_name = _parse_job_name(d.pop("jobName"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = OrderLine.from_dict(lines_item_data)

            lines.append(lines_item)

        def _parse_order_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        order_date = _parse_order_date(d.pop("orderDate"))

        order_no = d.pop("orderNo")

        order_status = d.pop("orderStatus")

        pick_tickets = []
        _pick_tickets = d.pop("pickTickets")
        for pick_tickets_item_data in _pick_tickets:
            pick_tickets_item = PickTicket.from_dict(pick_tickets_item_data)

            pick_tickets.append(pick_tickets_item)

        def _parse_po_no(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        po_no = _parse_po_no(d.pop("poNo"))

        def _parse_requested_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        requested_date = _parse_requested_date(d.pop("requestedDate"))

        def _parse_ship_2_add_1(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ship_2_add_1 = _parse_ship_2_add_1(d.pop("ship2Add1"))

        def _parse_ship_2_add_2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ship_2_add_2 = _parse_ship_2_add_2(d.pop("ship2Add2"))

        def _parse_ship_2_add_3(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ship_2_add_3 = _parse_ship_2_add_3(d.pop("ship2Add3"))

        def _parse_ship_2_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ship_2_city = _parse_ship_2_city(d.pop("ship2City"))

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

        def _parse_ship_2_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ship_2_state = _parse_ship_2_state(d.pop("ship2State"))

        def _parse_ship_2_zip(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ship_2_zip = _parse_ship_2_zip(d.pop("ship2Zip"))

        def _parse_ship_to_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ship_to_phone = _parse_ship_to_phone(d.pop("shipToPhone"))

        def _parse_taker(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        taker = _parse_taker(d.pop("taker"))

        def _parse_web_reference_no(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        web_reference_no = _parse_web_reference_no(d.pop("webReferenceNo"))

        order_document = cls(
            cancel_flag=cancel_flag,
            carrier_id=carrier_id,
            carrier_name=carrier_name,
            class_1_id=class_1_id,
            class_2_id=class_2_id,
            class_3_id=class_3_id,
            class_4_id=class_4_id,
            class_5_id=class_5_id,
            completed=completed,
            contact_first_name=contact_first_name,
            contact_id=contact_id,
            contact_last_name=contact_last_name,
            customer_id=customer_id,
            customer_name=customer_name,
            delete_flag=delete_flag,
            delivery_instructions=delivery_instructions,
            job_name=job_name,
            lines=lines,
            order_date=order_date,
            order_no=order_no,
            order_status=order_status,
            pick_tickets=pick_tickets,
            po_no=po_no,
            requested_date=requested_date,
            ship_2_add_1=ship_2_add_1,
            ship_2_add_2=ship_2_add_2,
            ship_2_add_3=ship_2_add_3,
            ship_2_city=ship_2_city,
            ship_2_country=ship_2_country,
            ship_2_email_address=ship_2_email_address,
            ship_2_name=ship_2_name,
            ship_2_state=ship_2_state,
            ship_2_zip=ship_2_zip,
            ship_to_phone=ship_to_phone,
            taker=taker,
            web_reference_no=web_reference_no,
        )

        order_document.additional_properties = d
        return order_document

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
