from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sales_usage_bucket import SalesUsageBucket


T = TypeVar("T", bound="SalesUsageItem")


@_attrs_define
class SalesUsageItem:
    """Shape of each item of `data` (MINIMUM keys; reused wherever the same shape appears).

    Attributes:
        buckets (list[SalesUsageBucket]): Consumption per period, in bucketKeys order
        item_desc (str): Item description (max 40 chars)
        item_id (str): Item ID (max 40 chars)
        pricing_unit_size (float | None): Base units per pricing unit
        sales_unit_size (float | None): Base units per sales unit
        unit_of_measure (None | str): Unit of measure the item was sold in (max 10 chars)
    """

    buckets: list[SalesUsageBucket]
    item_desc: str
    item_id: str
    pricing_unit_size: float | None
    sales_unit_size: float | None
    unit_of_measure: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buckets = []
        for buckets_item_data in self.buckets:
            buckets_item = buckets_item_data.to_dict()
            buckets.append(buckets_item)

        item_desc = self.item_desc

        item_id = self.item_id

        pricing_unit_size: float | None
        pricing_unit_size = self.pricing_unit_size

        sales_unit_size: float | None
        sales_unit_size = self.sales_unit_size

        unit_of_measure: None | str
        unit_of_measure = self.unit_of_measure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buckets": buckets,
                "itemDesc": item_desc,
                "itemId": item_id,
                "pricingUnitSize": pricing_unit_size,
                "salesUnitSize": sales_unit_size,
                "unitOfMeasure": unit_of_measure,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sales_usage_bucket import SalesUsageBucket

        d = dict(src_dict)
        buckets = []
        _buckets = d.pop("buckets")
        for buckets_item_data in _buckets:
            buckets_item = SalesUsageBucket.from_dict(buckets_item_data)

            buckets.append(buckets_item)

        item_desc = d.pop("itemDesc")

        item_id = d.pop("itemId")

        def _parse_pricing_unit_size(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        pricing_unit_size = _parse_pricing_unit_size(d.pop("pricingUnitSize"))

        def _parse_sales_unit_size(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        sales_unit_size = _parse_sales_unit_size(d.pop("salesUnitSize"))

        def _parse_unit_of_measure(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_of_measure = _parse_unit_of_measure(d.pop("unitOfMeasure"))

        sales_usage_item = cls(
            buckets=buckets,
            item_desc=item_desc,
            item_id=item_id,
            pricing_unit_size=pricing_unit_size,
            sales_unit_size=sales_unit_size,
            unit_of_measure=unit_of_measure,
        )

        sales_usage_item.additional_properties = d
        return sales_usage_item

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
