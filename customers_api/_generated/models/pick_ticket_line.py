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

T = TypeVar("T", bound="PickTicketLine")


@_attrs_define
class PickTicketLine:
    """Shape of each item of `lines` (MINIMUM keys; reused wherever the same shape appears).

    Attributes:
        agent_item_desc (None | str): Agent private-label item description (trinitysurfaces only)
        agent_item_id (None | str): Agent private-label item ID (trinitysurfaces only)
        display_desc (None | str): Item description shown on the storefront
        inv_mast_uid (int): Item (inv_mast) on the line
        item_desc (None | str): Item description
        item_id (str): Item ID
        line_number (int): Line number on the pick ticket
        qty_requested (float | None): Quantity requested for picking
        ship_quantity (float | None): Quantity shipped
        trinity_item_desc (None | str): Trinity private-label item description (trinitysurfaces only)
        trinity_item_id (None | str): Trinity private-label item ID (trinitysurfaces only)
    """

    agent_item_desc: None | str
    agent_item_id: None | str
    display_desc: None | str
    inv_mast_uid: int
    item_desc: None | str
    item_id: str
    line_number: int
    qty_requested: float | None
    ship_quantity: float | None
    trinity_item_desc: None | str
    trinity_item_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_item_desc: None | str
        agent_item_desc = self.agent_item_desc

        agent_item_id: None | str
        agent_item_id = self.agent_item_id

        display_desc: None | str
        display_desc = self.display_desc

        inv_mast_uid = self.inv_mast_uid

        item_desc: None | str
        item_desc = self.item_desc

        item_id = self.item_id

        line_number = self.line_number

        qty_requested: float | None
        qty_requested = self.qty_requested

        ship_quantity: float | None
        ship_quantity = self.ship_quantity

        trinity_item_desc: None | str
        trinity_item_desc = self.trinity_item_desc

        trinity_item_id: None | str
        trinity_item_id = self.trinity_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentItemDesc": agent_item_desc,
                "agentItemId": agent_item_id,
                "displayDesc": display_desc,
                "invMastUid": inv_mast_uid,
                "itemDesc": item_desc,
                "itemId": item_id,
                "lineNumber": line_number,
                "qtyRequested": qty_requested,
                "shipQuantity": ship_quantity,
                "trinityItemDesc": trinity_item_desc,
                "trinityItemId": trinity_item_id,
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
        if len(src_dict) != 11:
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
    "displayDesc",
    "invMastUid",
    "itemDesc",
    "itemId",
    "lineNumber",
    "qtyRequested",
    "shipQuantity",
    "trinityItemDesc",
    "trinityItemId",
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
            {str: None, NoneType: None},  # displayDesc
            {int: None, float: as_int},  # invMastUid
            {str: None, NoneType: None},  # itemDesc
            {str: None},  # itemId
            {int: None, float: as_int},  # lineNumber
            union({int: as_float, float: None}, {NoneType: None}),  # qtyRequested
            union({int: as_float, float: None}, {NoneType: None}),  # shipQuantity
            {str: None, NoneType: None},  # trinityItemDesc
            {str: None, NoneType: None},  # trinityItemId
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
