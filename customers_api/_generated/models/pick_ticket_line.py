from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)

        def _parse_agent_item_desc(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent_item_desc = _parse_agent_item_desc(d.pop("agentItemDesc"))

        def _parse_agent_item_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent_item_id = _parse_agent_item_id(d.pop("agentItemId"))

        def _parse_display_desc(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_desc = _parse_display_desc(d.pop("displayDesc"))

        inv_mast_uid = d.pop("invMastUid")

        def _parse_item_desc(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        item_desc = _parse_item_desc(d.pop("itemDesc"))

        item_id = d.pop("itemId")

        line_number = d.pop("lineNumber")

        def _parse_qty_requested(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        qty_requested = _parse_qty_requested(d.pop("qtyRequested"))

        def _parse_ship_quantity(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        ship_quantity = _parse_ship_quantity(d.pop("shipQuantity"))

        def _parse_trinity_item_desc(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        trinity_item_desc = _parse_trinity_item_desc(d.pop("trinityItemDesc"))

        def _parse_trinity_item_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        trinity_item_id = _parse_trinity_item_id(d.pop("trinityItemId"))

        pick_ticket_line = cls(
            agent_item_desc=agent_item_desc,
            agent_item_id=agent_item_id,
            display_desc=display_desc,
            inv_mast_uid=inv_mast_uid,
            item_desc=item_desc,
            item_id=item_id,
            line_number=line_number,
            qty_requested=qty_requested,
            ship_quantity=ship_quantity,
            trinity_item_desc=trinity_item_desc,
            trinity_item_id=trinity_item_id,
        )

        pick_ticket_line.additional_properties = d
        return pick_ticket_line

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
