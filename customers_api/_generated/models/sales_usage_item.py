from __future__ import annotations

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
    as_float,
    list_of,
    make_plan,
    not_an_object,
    union,
)

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
        if len(src_dict) != 6:
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
    "buckets",
    "itemDesc",
    "itemId",
    "pricingUnitSize",
    "salesUnitSize",
    "unitOfMeasure",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {list: list_of({dict: _m.SalesUsageBucket.from_dict})},  # buckets
            {str: None},  # itemDesc
            {str: None},  # itemId
            union({int: as_float, float: None}, {NoneType: None}),  # pricingUnitSize
            union({int: as_float, float: None}, {NoneType: None}),  # salesUnitSize
            {str: None, NoneType: None},  # unitOfMeasure
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
