from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SalesUsageBucket")


@_attrs_define
class SalesUsageBucket:
    """Shape of each item of `buckets` (MINIMUM keys; reused wherever the same shape appears).

    Attributes:
        key (str): Period key, one of the response's bucketKeys
        lines (int): Number of invoice lines folded into the period
        quantity (float): Quantity invoiced in the period
        total (float): Sales total invoiced in the period
    """

    key: str
    lines: int
    quantity: float
    total: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        lines = self.lines

        quantity = self.quantity

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "lines": lines,
                "quantity": quantity,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        lines = d.pop("lines")

        quantity = d.pop("quantity")

        total = d.pop("total")

        sales_usage_bucket = cls(
            key=key,
            lines=lines,
            quantity=quantity,
            total=total,
        )

        sales_usage_bucket.additional_properties = d
        return sales_usage_bucket

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
