from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _m
from ..errors import DecodeError
from ..types import (
    NoneType,
    Plan,
    Tables,
    apply_plan,
    as_date_or_none,
    as_int,
    list_of,
    make_plan,
    not_an_object,
    union,
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
        print_date (datetime.date | None): Date the pick ticket was printed (Y-m-d)
        printed_flag (None | str): Y when the pick ticket has been printed (max 1 chars)
        ship_date (datetime.date | None): Date the pick ticket shipped (Y-m-d)
        tracking_no (None | str): Carrier tracking number (max 40 chars)
    """

    carrier_id: int | None
    carrier_name: str
    instructions: None | str
    invoice_no: int | None
    lines: list[PickTicketLine]
    order_no: str
    pick_ticket_no: int
    print_date: datetime.date | None
    printed_flag: None | str
    ship_date: datetime.date | None
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
        if isinstance(self.print_date, datetime.date):
            print_date = self.print_date.isoformat()
        else:
            print_date = self.print_date

        printed_flag: None | str
        printed_flag = self.printed_flag

        ship_date: None | str
        if isinstance(self.ship_date, datetime.date):
            ship_date = self.ship_date.isoformat()
        else:
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


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            union({int: None, float: as_int}, {NoneType: None}),  # carrierId
            {str: None},  # carrierName
            {str: None, NoneType: None},  # instructions
            union({int: None, float: as_int}, {NoneType: None}),  # invoiceNo
            {list: list_of({dict: _m.PickTicketLine.from_dict})},  # lines
            {str: None},  # orderNo
            {int: None, float: as_int},  # pickTicketNo
            union({str: as_date_or_none}, {NoneType: None}),  # printDate
            {str: None, NoneType: None},  # printedFlag
            union({str: as_date_or_none}, {NoneType: None}),  # shipDate
            {str: None, NoneType: None},  # trackingNo
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
