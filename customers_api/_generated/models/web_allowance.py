from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebAllowance")


@_attrs_define
class WebAllowance:
    """GET /contacts/{id}/web-allowance response data (MINIMUM keys).

    Attributes:
        customer_id (int): Prophet 21 customer the contact orders for
        id (str): Prophet 21 contact ID
        order_start_date (None | str): Start of the allowance period (Y-m-d), from the customer's class 5 fiscal-month
            code; null when it has none
        web_allowance (float): Allowance left in the period; 0 when the customer has no allowance period (orderStartDate
            null)
    """

    customer_id: int
    id: str
    order_start_date: None | str
    web_allowance: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        id = self.id

        order_start_date: None | str
        order_start_date = self.order_start_date

        web_allowance = self.web_allowance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "id": id,
                "orderStartDate": order_start_date,
                "webAllowance": web_allowance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        id = d.pop("id")

        def _parse_order_start_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        order_start_date = _parse_order_start_date(d.pop("orderStartDate"))

        web_allowance = d.pop("webAllowance")

        web_allowance = cls(
            customer_id=customer_id,
            id=id,
            order_start_date=order_start_date,
            web_allowance=web_allowance,
        )

        web_allowance.additional_properties = d
        return web_allowance

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
