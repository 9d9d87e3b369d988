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
    as_date,
    as_float,
    as_int,
    make_plan,
    not_an_object,
)

T = TypeVar("T", bound="AgingInvoice")


@_attrs_define
class AgingInvoice:
    """Shape of each item of `data` (MINIMUM keys; reused wherever the same shape appears).

    Attributes:
        age_days (int): Whole days from invoiceDate to the as-of date
        amount_paid (float): Amount paid so far
        balance (float): Amount still owed: totalAmount - amountPaid
        bucket (str): Aging bucket key the invoice falls in
        invoice_date (datetime.date): Invoice date the age is measured from (Y-m-d)
        invoice_no (str): Prophet 21 invoice number (max 10 chars)
        order_no (None | str): Order the invoice was raised for (max 8 chars)
        po_no (None | str): Customer purchase order number (max 255 chars)
        ship_2_name (None | str): Ship-to name (max 50 chars)
        total_amount (float): Invoice total
    """

    age_days: int
    amount_paid: float
    balance: float
    bucket: str
    invoice_date: datetime.date
    invoice_no: str
    order_no: None | str
    po_no: None | str
    ship_2_name: None | str
    total_amount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age_days = self.age_days

        amount_paid = self.amount_paid

        balance = self.balance

        bucket = self.bucket

        invoice_date = self.invoice_date.isoformat()

        invoice_no = self.invoice_no

        order_no: None | str
        order_no = self.order_no

        po_no: None | str
        po_no = self.po_no

        ship_2_name: None | str
        ship_2_name = self.ship_2_name

        total_amount = self.total_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ageDays": age_days,
                "amountPaid": amount_paid,
                "balance": balance,
                "bucket": bucket,
                "invoiceDate": invoice_date,
                "invoiceNo": invoice_no,
                "orderNo": order_no,
                "poNo": po_no,
                "ship2Name": ship_2_name,
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
        if len(src_dict) != 10:
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
    "ageDays",
    "amountPaid",
    "balance",
    "bucket",
    "invoiceDate",
    "invoiceNo",
    "orderNo",
    "poNo",
    "ship2Name",
    "totalAmount",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {int: None, float: as_int},  # ageDays
            {int: as_float, float: None},  # amountPaid
            {int: as_float, float: None},  # balance
            {str: None},  # bucket
            {str: as_date},  # invoiceDate
            {str: None},  # invoiceNo
            {str: None, NoneType: None},  # orderNo
            {str: None, NoneType: None},  # poNo
            {str: None, NoneType: None},  # ship2Name
            {int: as_float, float: None},  # totalAmount
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
