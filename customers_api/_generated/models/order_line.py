from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        def _parse_cancel_flag(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cancel_flag = _parse_cancel_flag(d.pop("cancelFlag"))

        def _parse_complete(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        complete = _parse_complete(d.pop("complete"))

        delete_flag = d.pop("deleteFlag")

        def _parse_display_desc(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_desc = _parse_display_desc(d.pop("displayDesc"))

        def _parse_disposition(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        disposition = _parse_disposition(d.pop("disposition"))

        def _parse_extended_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        extended_price = _parse_extended_price(d.pop("extendedPrice"))

        inv_mast_uid = d.pop("invMastUid")

        def _parse_item_desc(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        item_desc = _parse_item_desc(d.pop("itemDesc"))

        item_id = d.pop("itemId")

        line_no = d.pop("lineNo")

        oe_line_uid = d.pop("oeLineUid")

        order_no = d.pop("orderNo")

        def _parse_original_qty_ordered(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        original_qty_ordered = _parse_original_qty_ordered(d.pop("originalQtyOrdered"))

        parent_oe_line_uid = d.pop("parentOeLineUid")

        def _parse_qty_allocated(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        qty_allocated = _parse_qty_allocated(d.pop("qtyAllocated"))

        def _parse_qty_canceled(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        qty_canceled = _parse_qty_canceled(d.pop("qtyCanceled"))

        def _parse_qty_invoiced(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        qty_invoiced = _parse_qty_invoiced(d.pop("qtyInvoiced"))

        def _parse_qty_on_pick_tickets(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        qty_on_pick_tickets = _parse_qty_on_pick_tickets(d.pop("qtyOnPickTickets"))

        def _parse_qty_ordered(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        qty_ordered = _parse_qty_ordered(d.pop("qtyOrdered"))

        def _parse_short_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        short_code = _parse_short_code(d.pop("shortCode"))

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

        def _parse_unit_of_measure(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_of_measure = _parse_unit_of_measure(d.pop("unitOfMeasure"))

        def _parse_unit_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        unit_price = _parse_unit_price(d.pop("unitPrice"))

        unit_quantity = d.pop("unitQuantity")

        unit_size = d.pop("unitSize")

        order_line = cls(
            agent_item_desc=agent_item_desc,
            agent_item_id=agent_item_id,
            cancel_flag=cancel_flag,
            complete=complete,
            delete_flag=delete_flag,
            display_desc=display_desc,
            disposition=disposition,
            extended_price=extended_price,
            inv_mast_uid=inv_mast_uid,
            item_desc=item_desc,
            item_id=item_id,
            line_no=line_no,
            oe_line_uid=oe_line_uid,
            order_no=order_no,
            original_qty_ordered=original_qty_ordered,
            parent_oe_line_uid=parent_oe_line_uid,
            qty_allocated=qty_allocated,
            qty_canceled=qty_canceled,
            qty_invoiced=qty_invoiced,
            qty_on_pick_tickets=qty_on_pick_tickets,
            qty_ordered=qty_ordered,
            short_code=short_code,
            trinity_item_desc=trinity_item_desc,
            trinity_item_id=trinity_item_id,
            unit_of_measure=unit_of_measure,
            unit_price=unit_price,
            unit_quantity=unit_quantity,
            unit_size=unit_size,
        )

        order_line.additional_properties = d
        return order_line

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
