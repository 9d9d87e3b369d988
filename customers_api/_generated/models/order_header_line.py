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

T = TypeVar("T", bound="OrderHeaderLine")


@_attrs_define
class OrderHeaderLine:
    """Shape of each item of `lines` (MINIMUM keys; reused wherever the same shape appears).

    Attributes:
        item_id (None | str): Item ID; null when the item is not in inv_mast
        line_no (int): Line number on the order
        oe_line_uid (int): Order line ID
        parent_oe_line_uid (int): Parent line's oeLineUid for an assembly component; 0 for a top-level line
        qty_ordered (float | None): Quantity ordered
        unit_price (float | None): Price per unit of measure
    """

    item_id: None | str
    line_no: int
    oe_line_uid: int
    parent_oe_line_uid: int
    qty_ordered: float | None
    unit_price: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id: None | str
        item_id = self.item_id

        line_no = self.line_no

        oe_line_uid = self.oe_line_uid

        parent_oe_line_uid = self.parent_oe_line_uid

        qty_ordered: float | None
        qty_ordered = self.qty_ordered

        unit_price: float | None
        unit_price = self.unit_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "itemId": item_id,
                "lineNo": line_no,
                "oeLineUid": oe_line_uid,
                "parentOeLineUid": parent_oe_line_uid,
                "qtyOrdered": qty_ordered,
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
        if len(src_dict) != 6:
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
    "itemId",
    "lineNo",
    "oeLineUid",
    "parentOeLineUid",
    "qtyOrdered",
    "unitPrice",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {str: None, NoneType: None},  # itemId
            {int: None, float: as_int},  # lineNo
            {int: None, float: as_int},  # oeLineUid
            {int: None, float: as_int},  # parentOeLineUid
            union({int: as_float, float: None}, {NoneType: None}),  # qtyOrdered
            union({int: as_float, float: None}, {NoneType: None}),  # unitPrice
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
