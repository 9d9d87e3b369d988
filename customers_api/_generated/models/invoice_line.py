from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        extended_price = d.pop("extendedPrice")

        def _parse_inv_mast_uid(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        inv_mast_uid = _parse_inv_mast_uid(d.pop("invMastUid"))

        item_desc = d.pop("itemDesc")

        def _parse_item_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        item_id = _parse_item_id(d.pop("itemId"))

        line_no = d.pop("lineNo")

        def _parse_oder_no(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        oder_no = _parse_oder_no(d.pop("oderNo"))

        def _parse_oe_line_number(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        oe_line_number = _parse_oe_line_number(d.pop("oeLineNumber"))

        def _parse_order_no(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        order_no = _parse_order_no(d.pop("orderNo"))

        qty_requested = d.pop("qtyRequested")

        qty_shipped = d.pop("qtyShipped")

        def _parse_short_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        short_code = _parse_short_code(d.pop("shortCode"))

        def _parse_unit_of_measure(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_of_measure = _parse_unit_of_measure(d.pop("unitOfMeasure"))

        unit_price = d.pop("unitPrice")

        invoice_line = cls(
            extended_price=extended_price,
            inv_mast_uid=inv_mast_uid,
            item_desc=item_desc,
            item_id=item_id,
            line_no=line_no,
            oder_no=oder_no,
            oe_line_number=oe_line_number,
            order_no=order_no,
            qty_requested=qty_requested,
            qty_shipped=qty_shipped,
            short_code=short_code,
            unit_of_measure=unit_of_measure,
            unit_price=unit_price,
        )

        invoice_line.additional_properties = d
        return invoice_line

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
