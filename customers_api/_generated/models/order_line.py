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

T = TypeVar("T", bound="OrderLine")


@_attrs_define
class OrderLine:
    """Shape of each item of `lines` (MINIMUM keys; reused wherever the same shape appears).

    Attributes:
        agent_item_desc (None | str): Agent private-label item description (trinitysurfaces only)
        agent_item_id (None | str): Agent private-label item ID (trinitysurfaces only)
        cancel_flag (None | str): Y when the line is canceled (max 1 chars)
        complete (None | str): Y when the line is complete (max 1 chars)
        delete_flag (str): Y when the line is deleted in Prophet 21 (max 1 chars)
        display_desc (None | str): Item description shown on the storefront
        disposition (None | str): Prophet 21 disposition code for unallocated quantity (e.g. B = backorder) (max 1
            chars)
        extended_price (float | None): Line total
        inv_mast_uid (int): Item (inv_mast) ordered on the line
        item_desc (None | str): Item description
        item_id (str): Item ID
        line_no (int): Line number on the order
        oe_line_uid (int): Order line ID
        order_no (str): Order the line belongs to (max 8 chars)
        original_qty_ordered (float | None): Quantity on the line when it was entered
        parent_oe_line_uid (int): Parent line's oeLineUid for an assembly component; 0 for a top-level line
        qty_allocated (float | None): Quantity allocated from stock
        qty_canceled (float | None): Quantity canceled
        qty_invoiced (float | None): Quantity invoiced
        qty_on_pick_tickets (float | None): Quantity on open pick tickets
        qty_ordered (float | None): Quantity ordered
        short_code (None | str): Item short code
        trinity_item_desc (None | str): Trinity private-label item description (trinitysurfaces only)
        trinity_item_id (None | str): Trinity private-label item ID (trinitysurfaces only)
        unit_of_measure (None | str): Unit of measure the line was sold in (max 8 chars)
        unit_price (float | None): Price per unit of measure
        unit_quantity (float): Quantity in the line's unit of measure
        unit_size (float): Base units per unit of measure
    """

    agent_item_desc: None | str
    agent_item_id: None | str
    cancel_flag: None | str
    complete: None | str
    delete_flag: str
    display_desc: None | str
    disposition: None | str
    extended_price: float | None
    inv_mast_uid: int
    item_desc: None | str
    item_id: str
    line_no: int
    oe_line_uid: int
    order_no: str
    original_qty_ordered: float | None
    parent_oe_line_uid: int
    qty_allocated: float | None
    qty_canceled: float | None
    qty_invoiced: float | None
    qty_on_pick_tickets: float | None
    qty_ordered: float | None
    short_code: None | str
    trinity_item_desc: None | str
    trinity_item_id: None | str
    unit_of_measure: None | str
    unit_price: float | None
    unit_quantity: float
    unit_size: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_item_desc: None | str
        agent_item_desc = self.agent_item_desc

        agent_item_id: None | str
        agent_item_id = self.agent_item_id

        cancel_flag: None | str
        cancel_flag = self.cancel_flag

        complete: None | str
        complete = self.complete

        delete_flag = self.delete_flag

        display_desc: None | str
        display_desc = self.display_desc

        disposition: None | str
        disposition = self.disposition

        extended_price: float | None
        extended_price = self.extended_price

        inv_mast_uid = self.inv_mast_uid

        item_desc: None | str
        item_desc = self.item_desc

        item_id = self.item_id

        line_no = self.line_no

        oe_line_uid = self.oe_line_uid

        order_no = self.order_no

        original_qty_ordered: float | None
        original_qty_ordered = self.original_qty_ordered

        parent_oe_line_uid = self.parent_oe_line_uid

        qty_allocated: float | None
        qty_allocated = self.qty_allocated

        qty_canceled: float | None
        qty_canceled = self.qty_canceled

        qty_invoiced: float | None
        qty_invoiced = self.qty_invoiced

        qty_on_pick_tickets: float | None
        qty_on_pick_tickets = self.qty_on_pick_tickets

        qty_ordered: float | None
        qty_ordered = self.qty_ordered

        short_code: None | str
        short_code = self.short_code

        trinity_item_desc: None | str
        trinity_item_desc = self.trinity_item_desc

        trinity_item_id: None | str
        trinity_item_id = self.trinity_item_id

        unit_of_measure: None | str
        unit_of_measure = self.unit_of_measure

        unit_price: float | None
        unit_price = self.unit_price

        unit_quantity = self.unit_quantity

        unit_size = self.unit_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentItemDesc": agent_item_desc,
                "agentItemId": agent_item_id,
                "cancelFlag": cancel_flag,
                "complete": complete,
                "deleteFlag": delete_flag,
                "displayDesc": display_desc,
                "disposition": disposition,
                "extendedPrice": extended_price,
                "invMastUid": inv_mast_uid,
                "itemDesc": item_desc,
                "itemId": item_id,
                "lineNo": line_no,
                "oeLineUid": oe_line_uid,
                "orderNo": order_no,
                "originalQtyOrdered": original_qty_ordered,
                "parentOeLineUid": parent_oe_line_uid,
                "qtyAllocated": qty_allocated,
                "qtyCanceled": qty_canceled,
                "qtyInvoiced": qty_invoiced,
                "qtyOnPickTickets": qty_on_pick_tickets,
                "qtyOrdered": qty_ordered,
                "shortCode": short_code,
                "trinityItemDesc": trinity_item_desc,
                "trinityItemId": trinity_item_id,
                "unitOfMeasure": unit_of_measure,
                "unitPrice": unit_price,
                "unitQuantity": unit_quantity,
                "unitSize": unit_size,
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
        if len(src_dict) != 28:
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
    "agentItemDesc",
    "agentItemId",
    "cancelFlag",
    "complete",
    "deleteFlag",
    "displayDesc",
    "disposition",
    "extendedPrice",
    "invMastUid",
    "itemDesc",
    "itemId",
    "lineNo",
    "oeLineUid",
    "orderNo",
    "originalQtyOrdered",
    "parentOeLineUid",
    "qtyAllocated",
    "qtyCanceled",
    "qtyInvoiced",
    "qtyOnPickTickets",
    "qtyOrdered",
    "shortCode",
    "trinityItemDesc",
    "trinityItemId",
    "unitOfMeasure",
    "unitPrice",
    "unitQuantity",
    "unitSize",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {str: None, NoneType: None},  # agentItemDesc
            {str: None, NoneType: None},  # agentItemId
            {str: None, NoneType: None},  # cancelFlag
            {str: None, NoneType: None},  # complete
            {str: None},  # deleteFlag
            {str: None, NoneType: None},  # displayDesc
            {str: None, NoneType: None},  # disposition
            union({int: as_float, float: None}, {NoneType: None}),  # extendedPrice
            {int: None, float: as_int},  # invMastUid
            {str: None, NoneType: None},  # itemDesc
            {str: None},  # itemId
            {int: None, float: as_int},  # lineNo
            {int: None, float: as_int},  # oeLineUid
            {str: None},  # orderNo
            union({int: as_float, float: None}, {NoneType: None}),  # originalQtyOrdered
            {int: None, float: as_int},  # parentOeLineUid
            union({int: as_float, float: None}, {NoneType: None}),  # qtyAllocated
            union({int: as_float, float: None}, {NoneType: None}),  # qtyCanceled
            union({int: as_float, float: None}, {NoneType: None}),  # qtyInvoiced
            union({int: as_float, float: None}, {NoneType: None}),  # qtyOnPickTickets
            union({int: as_float, float: None}, {NoneType: None}),  # qtyOrdered
            {str: None, NoneType: None},  # shortCode
            {str: None, NoneType: None},  # trinityItemDesc
            {str: None, NoneType: None},  # trinityItemId
            {str: None, NoneType: None},  # unitOfMeasure
            union({int: as_float, float: None}, {NoneType: None}),  # unitPrice
            {int: as_float, float: None},  # unitQuantity
            {int: as_float, float: None},  # unitSize
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
