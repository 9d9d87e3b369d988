from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import (
    NoneType,
    Plan,
    Tables,
    apply_plan,
    as_datetime,
    as_datetime_or_none,
    as_float,
    as_int,
    encode_datetime,
    make_plan,
    not_an_object,
    union,
)

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
        date_created (datetime.datetime): When the record was created (mysql-datetime, e.g. 2025-07-30 15:50:49)
        date_last_checked (datetime.datetime): When Augur last checked the order against Prophet 21 (mysql-datetime,
            e.g. 2025-07-30 15:50:49)
        date_last_modified (datetime.datetime): When the record last changed (mysql-datetime, e.g. 2025-07-30 15:50:49)
        date_order_completed (datetime.datetime | None): When the order was completed (mysql-datetime, e.g. 2025-07-30
            15:50:49)
        delete_flag (str): Y when the order is deleted (max 1 chars)
        delivery_instructions (None | str): Delivery instructions for the carrier (max 255 chars)
        downpayment_invoiced (None | str): Y when the down payment has been invoiced (max 1 chars)
        freight_out (float): Outgoing freight charged on the order
        job_name (None | str): Job name (max 40 chars)
        location_id (int | None): Prophet 21 location the order ships from
        oe_hdr_uid (int): Unique id of the order header
        order_date (datetime.datetime | None): When the order was placed (mysql-datetime, e.g. 2025-07-30 15:50:49)
        order_no (str): Prophet 21 order number (max 8 chars)
        order_priority_uid (int | None): Order priority
        po_no (None | str): Customer purchase order number (max 50 chars)
        projected_order (None | str): Y when the order is projected (not yet firm) (max 1 chars)
        requested_date (datetime.datetime | None): Date the customer requested the order (mysql-datetime, e.g.
            2025-07-30 15:50:49)
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
    date_created: datetime.datetime
    date_last_checked: datetime.datetime
    date_last_modified: datetime.datetime
    date_order_completed: datetime.datetime | None
    delete_flag: str
    delivery_instructions: None | str
    downpayment_invoiced: None | str
    freight_out: float
    job_name: None | str
    location_id: int | None
    oe_hdr_uid: int
    order_date: datetime.datetime | None
    order_no: str
    order_priority_uid: int | None
    po_no: None | str
    projected_order: None | str
    requested_date: datetime.datetime | None
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

        date_created = encode_datetime(self.date_created)

        date_last_checked = encode_datetime(self.date_last_checked)

        date_last_modified = encode_datetime(self.date_last_modified)

        date_order_completed: None | str
        if isinstance(self.date_order_completed, datetime.datetime):
            date_order_completed = encode_datetime(self.date_order_completed)
        else:
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
        if isinstance(self.order_date, datetime.datetime):
            order_date = encode_datetime(self.order_date)
        else:
            order_date = self.order_date

        order_no = self.order_no

        order_priority_uid: int | None
        order_priority_uid = self.order_priority_uid

        po_no: None | str
        po_no = self.po_no

        projected_order: None | str
        projected_order = self.projected_order

        requested_date: None | str
        if isinstance(self.requested_date, datetime.datetime):
            requested_date = encode_datetime(self.requested_date)
        else:
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
        if len(src_dict) != 50:
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
    "addressId",
    "approved",
    "cancelFlag",
    "carrierId",
    "class1id",
    "class2id",
    "class3id",
    "class4id",
    "class5id",
    "companyId",
    "completed",
    "contactId",
    "customerId",
    "dateCreated",
    "dateLastChecked",
    "dateLastModified",
    "dateOrderCompleted",
    "deleteFlag",
    "deliveryInstructions",
    "downpaymentInvoiced",
    "freightOut",
    "jobName",
    "locationId",
    "oeHdrUid",
    "orderDate",
    "orderNo",
    "orderPriorityUid",
    "poNo",
    "projectedOrder",
    "requestedDate",
    "requestedDownpayment",
    "rmaFlag",
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
    "shippingRouteUid",
    "sourceCodeNo",
    "statusCd",
    "taker",
    "terms",
    "updateCd",
    "validationStatus",
    "webReferenceNo",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            union({int: None, float: as_int}, {NoneType: None}),  # addressId
            {str: None, NoneType: None},  # approved
            {str: None, NoneType: None},  # cancelFlag
            union({int: None, float: as_int}, {NoneType: None}),  # carrierId
            {str: None, NoneType: None},  # class1id
            {str: None, NoneType: None},  # class2id
            {str: None, NoneType: None},  # class3id
            {str: None, NoneType: None},  # class4id
            {str: None, NoneType: None},  # class5id
            {str: None, NoneType: None},  # companyId
            {str: None, NoneType: None},  # completed
            {str: None, NoneType: None},  # contactId
            {int: None, float: as_int},  # customerId
            {str: as_datetime},  # dateCreated
            {str: as_datetime},  # dateLastChecked
            {str: as_datetime},  # dateLastModified
            union({str: as_datetime_or_none}, {NoneType: None}),  # dateOrderCompleted
            {str: None},  # deleteFlag
            {str: None, NoneType: None},  # deliveryInstructions
            {str: None, NoneType: None},  # downpaymentInvoiced
            {int: as_float, float: None},  # freightOut
            {str: None, NoneType: None},  # jobName
            union({int: None, float: as_int}, {NoneType: None}),  # locationId
            {int: None, float: as_int},  # oeHdrUid
            union({str: as_datetime_or_none}, {NoneType: None}),  # orderDate
            {str: None},  # orderNo
            union({int: None, float: as_int}, {NoneType: None}),  # orderPriorityUid
            {str: None, NoneType: None},  # poNo
            {str: None, NoneType: None},  # projectedOrder
            union({str: as_datetime_or_none}, {NoneType: None}),  # requestedDate
            union({int: as_float, float: None}, {NoneType: None}),  # requestedDownpayment
            {str: None, NoneType: None},  # rmaFlag
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
            union({int: None, float: as_int}, {NoneType: None}),  # shippingRouteUid
            {int: None, float: as_int},  # sourceCodeNo
            {int: None, float: as_int},  # statusCd
            {str: None, NoneType: None},  # taker
            {str: None, NoneType: None},  # terms
            {int: None, float: as_int},  # updateCd
            {str: None, NoneType: None},  # validationStatus
            {str: None, NoneType: None},  # webReferenceNo
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
