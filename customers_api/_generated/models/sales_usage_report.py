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
    Plan,
    Tables,
    apply_plan,
    as_date,
    as_int,
    list_of,
    make_plan,
    not_an_object,
)

if TYPE_CHECKING:
    from ..models.sales_usage_item import SalesUsageItem


T = TypeVar("T", bound="SalesUsageReport")


@_attrs_define
class SalesUsageReport:
    """GET /customer/{customerId}/sales-usage response data (MINIMUM keys).

    Attributes:
        bucket_keys (list[str]): Period keys in display order
        customer_id (int): Prophet 21 customer the report is for
        data (list[SalesUsageItem]): The requested page of items
        invoice_count (int): Number of invoices in the date range
        invoiced_from (datetime.date): Start of the invoice date range (Y-m-d)
        invoiced_to (datetime.date): End of the invoice date range (Y-m-d)
        item_count (int): Number of items across the whole report
        lines_folded (int): Number of invoice lines folded into the report
        total_by (str): Period the buckets are folded by: week, month or year
    """

    bucket_keys: list[str]
    customer_id: int
    data: list[SalesUsageItem]
    invoice_count: int
    invoiced_from: datetime.date
    invoiced_to: datetime.date
    item_count: int
    lines_folded: int
    total_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_keys = self.bucket_keys

        customer_id = self.customer_id

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        invoice_count = self.invoice_count

        invoiced_from = self.invoiced_from.isoformat()

        invoiced_to = self.invoiced_to.isoformat()

        item_count = self.item_count

        lines_folded = self.lines_folded

        total_by = self.total_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucketKeys": bucket_keys,
                "customerId": customer_id,
                "data": data,
                "invoiceCount": invoice_count,
                "invoicedFrom": invoiced_from,
                "invoicedTo": invoiced_to,
                "itemCount": item_count,
                "linesFolded": lines_folded,
                "totalBy": total_by,
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
        if len(src_dict) != 9:
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
    "bucketKeys",
    "customerId",
    "data",
    "invoiceCount",
    "invoicedFrom",
    "invoicedTo",
    "itemCount",
    "linesFolded",
    "totalBy",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {list: list_of({str: None})},  # bucketKeys
            {int: None, float: as_int},  # customerId
            {list: list_of({dict: _m.SalesUsageItem.from_dict})},  # data
            {int: None, float: as_int},  # invoiceCount
            {str: as_date},  # invoicedFrom
            {str: as_date},  # invoicedTo
            {int: None, float: as_int},  # itemCount
            {int: None, float: as_int},  # linesFolded
            {str: None},  # totalBy
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
