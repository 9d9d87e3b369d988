from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _m
from ..errors import DecodeError
from ..types import (
    NoneType,
    check_signature,
    decode_list,
    not_an_object,
)

if TYPE_CHECKING:
    from ..models.pick_ticket_line import PickTicketLine


T = TypeVar("T", bound="PickTicket")


@_attrs_define
class PickTicket:
    """Shape of each item of `pickTickets` (MINIMUM keys; reused wherever the same shape appears).

    Attributes:
        carrier_id (int | None): Prophet 21 address id of the pick ticket's carrier
        carrier_name (str): Carrier name; empty when the pick ticket has no carrier
        instructions (None | str): Picking or shipping instructions (max 255 chars)
        invoice_no (int | None): Invoice raised for the pick ticket; null until invoiced
        lines (list[PickTicketLine]): Lines on the pick ticket
        order_no (str): Order the pick ticket belongs to (max 8 chars)
        pick_ticket_no (int): Pick ticket number
        print_date (None | str): Date the pick ticket was printed (Y-m-d)
        printed_flag (None | str): Y when the pick ticket has been printed (max 1 chars)
        ship_date (None | str): Date the pick ticket shipped (Y-m-d)
        tracking_no (None | str): Carrier tracking number (max 40 chars)
    """

    carrier_id: int | None
    carrier_name: str
    instructions: None | str
    invoice_no: int | None
    lines: list[PickTicketLine]
    order_no: str
    pick_ticket_no: int
    print_date: None | str
    printed_flag: None | str
    ship_date: None | str
    tracking_no: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_id: int | None
        carrier_id = self.carrier_id

        carrier_name = self.carrier_name

        instructions: None | str
        instructions = self.instructions

        invoice_no: int | None
        invoice_no = self.invoice_no

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        order_no = self.order_no

        pick_ticket_no = self.pick_ticket_no

        print_date: None | str
        print_date = self.print_date

        printed_flag: None | str
        printed_flag = self.printed_flag

        ship_date: None | str
        ship_date = self.ship_date

        tracking_no: None | str
        tracking_no = self.tracking_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrierId": carrier_id,
                "carrierName": carrier_name,
                "instructions": instructions,
                "invoiceNo": invoice_no,
                "lines": lines,
                "orderNo": order_no,
                "pickTicketNo": pick_ticket_no,
                "printDate": print_date,
                "printedFlag": printed_flag,
                "shipDate": ship_date,
                "trackingNo": tracking_no,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            values = _GET(src_dict)
        except KeyError as exc:
            raise DecodeError((exc.args[0],), "required field is missing") from None
        except TypeError:
            raise not_an_object(src_dict) from None
        signature = tuple(map(type, values))
        if signature not in _SIGNATURES:
            check_signature(_KEYS, _ALLOWED, values, signature, _SIGNATURES)
        obj = cls(*values)
        try:
            obj.lines = decode_list(values[4], _m.PickTicketLine.from_dict)
        except DecodeError as exc:
            raise exc.within("lines") from None
        if len(src_dict) != 11:
            obj.additional_properties = {k: src_dict[k] for k in src_dict.keys() - _KNOWN}
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
    "carrierId",
    "carrierName",
    "instructions",
    "invoiceNo",
    "lines",
    "orderNo",
    "pickTicketNo",
    "printDate",
    "printedFlag",
    "shipDate",
    "trackingNo",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)
_ALLOWED: tuple[tuple[type, ...] | None, ...] = (
    (int, NoneType),  # carrierId
    (str,),  # carrierName
    (str, NoneType),  # instructions
    (int, NoneType),  # invoiceNo
    (list,),  # lines
    (str,),  # orderNo
    (int,),  # pickTicketNo
    (str, NoneType),  # printDate
    (str, NoneType),  # printedFlag
    (str, NoneType),  # shipDate
    (str, NoneType),  # trackingNo
)
_SIGNATURES: set[tuple[type, ...]] = set()
