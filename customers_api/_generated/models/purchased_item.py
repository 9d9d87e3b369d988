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
    as_date_or_none,
    as_float,
    as_int,
    make_plan,
    not_an_object,
    union,
)

T = TypeVar("T", bound="PurchasedItem")


@_attrs_define
class PurchasedItem:
    """GET /customer/{customerId}/purchased-items response data (MINIMUM keys).

    Attributes:
        count (float): Total quantity purchased
        customer_id (int): Prophet 21 customer
        date_last_purchased (datetime.date | None): Date the item was last purchased (Y-m-d)
        display_desc (None | str): Item description shown on the storefront
        inv_mast_uid (int): Item (inv_mast) purchased
        invoices (int): Number of invoices the item appeared on
        item_desc (None | str): Item description
        item_id (str): Item ID
        last_order_no (None | str): Most recent order the item was on
    """

    count: float
    customer_id: int
    date_last_purchased: datetime.date | None
    display_desc: None | str
    inv_mast_uid: int
    invoices: int
    item_desc: None | str
    item_id: str
    last_order_no: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        customer_id = self.customer_id

        date_last_purchased: None | str
        if isinstance(self.date_last_purchased, datetime.date):
            date_last_purchased = self.date_last_purchased.isoformat()
        else:
            date_last_purchased = self.date_last_purchased

        display_desc: None | str
        display_desc = self.display_desc

        inv_mast_uid = self.inv_mast_uid

        invoices = self.invoices

        item_desc: None | str
        item_desc = self.item_desc

        item_id = self.item_id

        last_order_no: None | str
        last_order_no = self.last_order_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "customerId": customer_id,
                "dateLastPurchased": date_last_purchased,
                "displayDesc": display_desc,
                "invMastUid": inv_mast_uid,
                "invoices": invoices,
                "itemDesc": item_desc,
                "itemId": item_id,
                "lastOrderNo": last_order_no,
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
        if len(src_dict) != 9:
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
    "count",
    "customerId",
    "dateLastPurchased",
    "displayDesc",
    "invMastUid",
    "invoices",
    "itemDesc",
    "itemId",
    "lastOrderNo",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {int: as_float, float: None},  # count
            {int: None, float: as_int},  # customerId
            union({str: as_date_or_none}, {NoneType: None}),  # dateLastPurchased
            {str: None, NoneType: None},  # displayDesc
            {int: None, float: as_int},  # invMastUid
            {int: None, float: as_int},  # invoices
            {str: None, NoneType: None},  # itemDesc
            {str: None},  # itemId
            {str: None, NoneType: None},  # lastOrderNo
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
