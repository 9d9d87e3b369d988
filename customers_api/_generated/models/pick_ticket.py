from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.pick_ticket_line import PickTicketLine

        d = dict(src_dict)

        def _parse_carrier_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        carrier_id = _parse_carrier_id(d.pop("carrierId"))

        carrier_name = d.pop("carrierName")

        def _parse_instructions(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        instructions = _parse_instructions(d.pop("instructions"))

        def _parse_invoice_no(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        invoice_no = _parse_invoice_no(d.pop("invoiceNo"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = PickTicketLine.from_dict(lines_item_data)

            lines.append(lines_item)

        order_no = d.pop("orderNo")

        pick_ticket_no = d.pop("pickTicketNo")

        def _parse_print_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        print_date = _parse_print_date(d.pop("printDate"))

        def _parse_printed_flag(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        printed_flag = _parse_printed_flag(d.pop("printedFlag"))

        def _parse_ship_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ship_date = _parse_ship_date(d.pop("shipDate"))

        def _parse_tracking_no(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tracking_no = _parse_tracking_no(d.pop("trackingNo"))

        pick_ticket = cls(
            carrier_id=carrier_id,
            carrier_name=carrier_name,
            instructions=instructions,
            invoice_no=invoice_no,
            lines=lines,
            order_no=order_no,
            pick_ticket_no=pick_ticket_no,
            print_date=print_date,
            printed_flag=printed_flag,
            ship_date=ship_date,
            tracking_no=tracking_no,
        )

        pick_ticket.additional_properties = d
        return pick_ticket

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
