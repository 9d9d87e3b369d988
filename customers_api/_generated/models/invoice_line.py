from __future__ import annotations

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
    as_float,
    as_int,
    make_plan,
    not_an_object,
    union,
)

T = TypeVar("T", bound="InvoiceLine")


@_attrs_define
class InvoiceLine:
    """Shape of each item of `lines` (MINIMUM keys; reused wherever the same shape appears).

    Attributes:
        extended_price (float): Extended price
        inv_mast_uid (int | None): Item (inv_mast) on the line; null for a non-stock line
        item_desc (str): Item description (max 40 chars)
        item_id (None | str): Item ID (max 40 chars)
        line_no (int): Invoice line number
        oder_no (None | str): Order the line came from; misspelled duplicate of orderNo, kept for existing consumers
        oe_line_number (int | None): Order line number the invoice line came from
        order_no (None | str): Order the line came from (max 8 chars)
        qty_requested (float): Quantity requested
        qty_shipped (float): Quantity shipped
        short_code (None | str): Item short code; null when the line has no item
        unit_of_measure (None | str): Unit of measure (max 10 chars)
        unit_price (float): Unit price
    """

    extended_price: float
    inv_mast_uid: int | None
    item_desc: str
    item_id: None | str
    line_no: int
    oder_no: None | str
    oe_line_number: int | None
    order_no: None | str
    qty_requested: float
    qty_shipped: float
    short_code: None | str
    unit_of_measure: None | str
    unit_price: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extended_price = self.extended_price

        inv_mast_uid: int | None
        inv_mast_uid = self.inv_mast_uid

        item_desc = self.item_desc

        item_id: None | str
        item_id = self.item_id

        line_no = self.line_no

        oder_no: None | str
        oder_no = self.oder_no

        oe_line_number: int | None
        oe_line_number = self.oe_line_number

        order_no: None | str
        order_no = self.order_no

        qty_requested = self.qty_requested

        qty_shipped = self.qty_shipped

        short_code: None | str
        short_code = self.short_code

        unit_of_measure: None | str
        unit_of_measure = self.unit_of_measure

        unit_price = self.unit_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "extendedPrice": extended_price,
                "invMastUid": inv_mast_uid,
                "itemDesc": item_desc,
                "itemId": item_id,
                "lineNo": line_no,
                "oderNo": oder_no,
                "oeLineNumber": oe_line_number,
                "orderNo": order_no,
                "qtyRequested": qty_requested,
                "qtyShipped": qty_shipped,
                "shortCode": short_code,
                "unitOfMeasure": unit_of_measure,
                "unitPrice": unit_price,
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
        if len(src_dict) != 13:
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
    "extendedPrice",
    "invMastUid",
    "itemDesc",
    "itemId",
    "lineNo",
    "oderNo",
    "oeLineNumber",
    "orderNo",
    "qtyRequested",
    "qtyShipped",
    "shortCode",
    "unitOfMeasure",
    "unitPrice",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {int: as_float, float: None},  # extendedPrice
            union({int: None, float: as_int}, {NoneType: None}),  # invMastUid
            {str: None},  # itemDesc
            {str: None, NoneType: None},  # itemId
            {int: None, float: as_int},  # lineNo
            {str: None, NoneType: None},  # oderNo
            union({int: None, float: as_int}, {NoneType: None}),  # oeLineNumber
            {str: None, NoneType: None},  # orderNo
            {int: as_float, float: None},  # qtyRequested
            {int: as_float, float: None},  # qtyShipped
            {str: None, NoneType: None},  # shortCode
            {str: None, NoneType: None},  # unitOfMeasure
            {int: as_float, float: None},  # unitPrice
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
