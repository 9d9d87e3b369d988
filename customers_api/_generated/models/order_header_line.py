from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)

        def _parse_item_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        item_id = _parse_item_id(d.pop("itemId"))

        line_no = d.pop("lineNo")

        oe_line_uid = d.pop("oeLineUid")

        parent_oe_line_uid = d.pop("parentOeLineUid")

        def _parse_qty_ordered(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        qty_ordered = _parse_qty_ordered(d.pop("qtyOrdered"))

        def _parse_unit_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        unit_price = _parse_unit_price(d.pop("unitPrice"))

        order_header_line = cls(
            item_id=item_id,
            line_no=line_no,
            oe_line_uid=oe_line_uid,
            parent_oe_line_uid=parent_oe_line_uid,
            qty_ordered=qty_ordered,
            unit_price=unit_price,
        )

        order_header_line.additional_properties = d
        return order_header_line

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
