from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import (
    NoneType,
    Plan,
    Tables,
    apply_plan,
    as_date_or_none,
    as_float,
    as_int,
    make_plan,
    not_an_object,
    union,
)

T = TypeVar("T", bound="WebAllowance")


@_attrs_define
class WebAllowance:
    """GET /contacts/{id}/web-allowance response data (MINIMUM keys).

    Attributes:
        customer_id (int): Prophet 21 customer the contact orders for
        id (str): Prophet 21 contact ID
        order_start_date (datetime.date | None): Start of the allowance period (Y-m-d), from the customer's class 5
            fiscal-month code; null when it has none
        web_allowance (float): Allowance left in the period; 0 when the customer has no allowance period (orderStartDate
            null)
    """

    customer_id: int
    id: str
    order_start_date: datetime.date | None
    web_allowance: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        id = self.id

        order_start_date: None | str
        if isinstance(self.order_start_date, datetime.date):
            order_start_date = self.order_start_date.isoformat()
        else:
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
        if len(src_dict) != 4:
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
    "customerId",
    "id",
    "orderStartDate",
    "webAllowance",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {int: None, float: as_int},  # customerId
            {str: None},  # id
            union({str: as_date_or_none}, {NoneType: None}),  # orderStartDate
            {int: as_float, float: None},  # webAllowance
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
