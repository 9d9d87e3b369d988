from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrderHeader")


@_attrs_define
class OrderHeader:
    """Shape of each item of the response data (MINIMUM keys; reused wherever the same shape appears).

    Attributes:
        address_id (int | None): Prophet 21 address of the order
        approved (None | str): Y when the order is approved (max 1 chars)
        cancel_flag (None | str): Y when the order is canceled (max 1 chars)
        carrier_id (int | None): Prophet 21 address id of the carrier
        class1id (None | str): Order class 1 (max 8 chars)
        class2id (None | str): Order class 2 (max 8 chars)
        class3id (None | str): Order class 3 (max 8 chars)
        class4id (None | str): Order class 4 (max 8 chars)
        class5id (None | str): Order class 5 (max 8 chars)
        company_id (None | str): Prophet 21 company (max 8 chars)
        completed (None | str): Y when the order is complete (max 1 chars)
        contact_id (None | str): Prophet 21 contact who placed the order (max 16 chars)
        customer_id (int): Prophet 21 customer the order is for
        date_created (str): When the record was created (mysql-datetime, e.g. 2025-07-30 15:50:49)
        date_last_checked (str): When Augur last checked the order against Prophet 21 (mysql-datetime, e.g. 2025-07-30
            15:50:49)
        date_last_modified (str): When the record last changed (mysql-datetime, e.g. 2025-07-30 15:50:49)
        date_order_completed (None | str): When the order was completed (mysql-datetime, e.g. 2025-07-30 15:50:49)
        delete_flag (str): Y when the order is deleted (max 1 chars)
        delivery_instructions (None | str): Delivery instructions for the carrier (max 255 chars)
        downpayment_invoiced (None | str): Y when the down payment has been invoiced (max 1 chars)
        freight_out (float): Outgoing freight charged on the order
        job_name (None | str): Job name (max 40 chars)
        location_id (int | None): Prophet 21 location the order ships from
        oe_hdr_uid (int): Unique id of the order header
        order_date (None | str): When the order was placed (mysql-datetime, e.g. 2025-07-30 15:50:49)
        order_no (str): Prophet 21 order number (max 8 chars)
        order_priority_uid (int | None): Order priority
        po_no (None | str): Customer purchase order number (max 50 chars)
        projected_order (None | str): Y when the order is projected (not yet firm) (max 1 chars)
        requested_date (None | str): Date the customer requested the order (mysql-datetime, e.g. 2025-07-30 15:50:49)
        requested_downpayment (float | None): Down payment requested on the order
        rma_flag (None | str): Y when the order is an RMA (max 1 chars)
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
        shipping_route_uid (int | None): Shipping route assigned to the order
        source_code_no (int): Prophet 21 source code of the order (706 = Order Entry)
        status_cd (int): Augur status code of the record
        taker (None | str): Prophet 21 user who took the order (max 30 chars)
        terms (None | str): Prophet 21 payment terms (max 2 chars)
        update_cd (int): Update code (704 = queued for refresh from Prophet 21, 1185 = current)
        validation_status (None | str): Order validation status (max 8 chars)
        web_reference_no (None | str): Web order reference number; null for orders not placed on the web (max 255 chars)
    """

    address_id: int | None
    approved: None | str
    cancel_flag: None | str
    carrier_id: int | None
    class1id: None | str
    class2id: None | str
    class3id: None | str
    class4id: None | str
    class5id: None | str
    company_id: None | str
    completed: None | str
    contact_id: None | str
    customer_id: int
    date_created: str
    date_last_checked: str
    date_last_modified: str
    date_order_completed: None | str
    delete_flag: str
    delivery_instructions: None | str
    downpayment_invoiced: None | str
    freight_out: float
    job_name: None | str
    location_id: int | None
    oe_hdr_uid: int
    order_date: None | str
    order_no: str
    order_priority_uid: int | None
    po_no: None | str
    projected_order: None | str
    requested_date: None | str
    requested_downpayment: float | None
    rma_flag: None | str
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
    shipping_route_uid: int | None
    source_code_no: int
    status_cd: int
    taker: None | str
    terms: None | str
    update_cd: int
    validation_status: None | str
    web_reference_no: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_id: int | None
        address_id = self.address_id

        approved: None | str
        approved = self.approved

        cancel_flag: None | str
        cancel_flag = self.cancel_flag

        carrier_id: int | None
        carrier_id = self.carrier_id

        class1id: None | str
        class1id = self.class1id

        class2id: None | str
        class2id = self.class2id

        class3id: None | str
        class3id = self.class3id

        class4id: None | str
        class4id = self.class4id

        class5id: None | str
        class5id = self.class5id

        company_id: None | str
        company_id = self.company_id

        completed: None | str
        completed = self.completed

        contact_id: None | str
        contact_id = self.contact_id

        customer_id = self.customer_id

        date_created = self.date_created

        date_last_checked = self.date_last_checked

        date_last_modified = self.date_last_modified

        date_order_completed: None | str
        date_order_completed = self.date_order_completed

        delete_flag = self.delete_flag

        delivery_instructions: None | str
        delivery_instructions = self.delivery_instructions

        downpayment_invoiced: None | str
        downpayment_invoiced = self.downpayment_invoiced

        freight_out = self.freight_out

        job_name: None | str
        job_name = self.job_name

        location_id: int | None
        location_id = self.location_id

        oe_hdr_uid = self.oe_hdr_uid

        order_date: None | str
        order_date = self.order_date

        order_no = self.order_no

        order_priority_uid: int | None
        order_priority_uid = self.order_priority_uid

        po_no: None | str
        po_no = self.po_no

        projected_order: None | str
        projected_order = self.projected_order

        requested_date: None | str
        requested_date = self.requested_date

        requested_downpayment: float | None
        requested_downpayment = self.requested_downpayment

        rma_flag: None | str
        rma_flag = self.rma_flag

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

        shipping_route_uid: int | None
        shipping_route_uid = self.shipping_route_uid

        source_code_no = self.source_code_no

        status_cd = self.status_cd

        taker: None | str
        taker = self.taker

        terms: None | str
        terms = self.terms

        update_cd = self.update_cd

        validation_status: None | str
        validation_status = self.validation_status

        web_reference_no: None | str
        web_reference_no = self.web_reference_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressId": address_id,
                "approved": approved,
                "cancelFlag": cancel_flag,
                "carrierId": carrier_id,
                "class1id": class1id,
                "class2id": class2id,
                "class3id": class3id,
                "class4id": class4id,
                "class5id": class5id,
                "companyId": company_id,
                "completed": completed,
                "contactId": contact_id,
                "customerId": customer_id,
                "dateCreated": date_created,
                "dateLastChecked": date_last_checked,
                "dateLastModified": date_last_modified,
                "dateOrderCompleted": date_order_completed,
                "deleteFlag": delete_flag,
                "deliveryInstructions": delivery_instructions,
                "downpaymentInvoiced": downpayment_invoiced,
                "freightOut": freight_out,
                "jobName": job_name,
                "locationId": location_id,
                "oeHdrUid": oe_hdr_uid,
                "orderDate": order_date,
                "orderNo": order_no,
                "orderPriorityUid": order_priority_uid,
                "poNo": po_no,
                "projectedOrder": projected_order,
                "requestedDate": requested_date,
                "requestedDownpayment": requested_downpayment,
                "rmaFlag": rma_flag,
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
                "shippingRouteUid": shipping_route_uid,
                "sourceCodeNo": source_code_no,
                "statusCd": status_cd,
                "taker": taker,
                "terms": terms,
                "updateCd": update_cd,
                "validationStatus": validation_status,
                "webReferenceNo": web_reference_no,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_address_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        address_id = _parse_address_id(d.pop("addressId"))

        def _parse_approved(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approved = _parse_approved(d.pop("approved"))

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

        def _parse_class1id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        class1id = _parse_class1id(d.pop("class1id"))

        def _parse_class2id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        class2id = _parse_class2id(d.pop("class2id"))

        def _parse_class3id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        class3id = _parse_class3id(d.pop("class3id"))

        def _parse_class4id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        class4id = _parse_class4id(d.pop("class4id"))

        def _parse_class5id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        class5id = _parse_class5id(d.pop("class5id"))

        def _parse_company_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_id = _parse_company_id(d.pop("companyId"))

        def _parse_completed(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        completed = _parse_completed(d.pop("completed"))

        def _parse_contact_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_id = _parse_contact_id(d.pop("contactId"))

        customer_id = d.pop("customerId")

        date_created = d.pop("dateCreated")

        date_last_checked = d.pop("dateLastChecked")

        date_last_modified = d.pop("dateLastModified")

        def _parse_date_order_completed(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date_order_completed = _parse_date_order_completed(d.pop("dateOrderCompleted"))

        delete_flag = d.pop("deleteFlag")

        def _parse_delivery_instructions(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        delivery_instructions = _parse_delivery_instructions(d.pop("deliveryInstructions"))

        def _parse_downpayment_invoiced(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        downpayment_invoiced = _parse_downpayment_invoiced(d.pop("downpaymentInvoiced"))

        freight_out = d.pop("freightOut")

        def _parse_job_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        job_name = _parse_job_name(d.pop("jobName"))

        def _parse_location_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        location_id = _parse_location_id(d.pop("locationId"))

        oe_hdr_uid = d.pop("oeHdrUid")

        def _parse_order_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        order_date = _parse_order_date(d.pop("orderDate"))

        order_no = d.pop("orderNo")

        def _parse_order_priority_uid(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        order_priority_uid = _parse_order_priority_uid(d.pop("orderPriorityUid"))

        def _parse_po_no(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        po_no = _parse_po_no(d.pop("poNo"))

        def _parse_projected_order(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        projected_order = _parse_projected_order(d.pop("projectedOrder"))

        def _parse_requested_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        requested_date = _parse_requested_date(d.pop("requestedDate"))

        def _parse_requested_downpayment(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        requested_downpayment = _parse_requested_downpayment(d.pop("requestedDownpayment"))

        def _parse_rma_flag(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rma_flag = _parse_rma_flag(d.pop("rmaFlag"))

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

        def _parse_shipping_route_uid(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        shipping_route_uid = _parse_shipping_route_uid(d.pop("shippingRouteUid"))

        source_code_no = d.pop("sourceCodeNo")

        status_cd = d.pop("statusCd")

        def _parse_taker(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        taker = _parse_taker(d.pop("taker"))

        def _parse_terms(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        terms = _parse_terms(d.pop("terms"))

        update_cd = d.pop("updateCd")

        def _parse_validation_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        validation_status = _parse_validation_status(d.pop("validationStatus"))

        def _parse_web_reference_no(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        web_reference_no = _parse_web_reference_no(d.pop("webReferenceNo"))

        order_header = cls(
            address_id=address_id,
            approved=approved,
            cancel_flag=cancel_flag,
            carrier_id=carrier_id,
            class1id=class1id,
            class2id=class2id,
            class3id=class3id,
            class4id=class4id,
            class5id=class5id,
            company_id=company_id,
            completed=completed,
            contact_id=contact_id,
            customer_id=customer_id,
            date_created=date_created,
            date_last_checked=date_last_checked,
            date_last_modified=date_last_modified,
            date_order_completed=date_order_completed,
            delete_flag=delete_flag,
            delivery_instructions=delivery_instructions,
            downpayment_invoiced=downpayment_invoiced,
            freight_out=freight_out,
            job_name=job_name,
            location_id=location_id,
            oe_hdr_uid=oe_hdr_uid,
            order_date=order_date,
            order_no=order_no,
            order_priority_uid=order_priority_uid,
            po_no=po_no,
            projected_order=projected_order,
            requested_date=requested_date,
            requested_downpayment=requested_downpayment,
            rma_flag=rma_flag,
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
            shipping_route_uid=shipping_route_uid,
            source_code_no=source_code_no,
            status_cd=status_cd,
            taker=taker,
            terms=terms,
            update_cd=update_cd,
            validation_status=validation_status,
            web_reference_no=web_reference_no,
        )

        order_header.additional_properties = d
        return order_header

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
