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
    as_float,
    as_int,
    list_of,
    make_plan,
    not_an_object,
)

if TYPE_CHECKING:
    from ..models.aging_bucket_total import AgingBucketTotal
    from ..models.aging_invoice import AgingInvoice


T = TypeVar("T", bound="AgingReport")


@_attrs_define
class AgingReport:
    """GET /customer/{customerId}/aging response data (MINIMUM keys).

    Attributes:
        as_of (datetime.date): Date the ages are measured to (Y-m-d)
        bucket_keys (list[str]): Bucket keys in display order
        customer_id (int): Prophet 21 customer the report is for
        data (list[AgingInvoice]): The requested page of outstanding invoices
        invoice_count (int): Number of outstanding invoices across every bucket
        total_balance (float): Outstanding balance across every bucket
        totals (list[AgingBucketTotal]): Balance and invoice count per bucket, in bucketKeys order
    """

    as_of: datetime.date
    bucket_keys: list[str]
    customer_id: int
    data: list[AgingInvoice]
    invoice_count: int
    total_balance: float
    totals: list[AgingBucketTotal]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        bucket_keys = self.bucket_keys

        customer_id = self.customer_id

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        invoice_count = self.invoice_count

        total_balance = self.total_balance

        totals = []
        for totals_item_data in self.totals:
            totals_item = totals_item_data.to_dict()
            totals.append(totals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asOf": as_of,
                "bucketKeys": bucket_keys,
                "customerId": customer_id,
                "data": data,
                "invoiceCount": invoice_count,
                "totalBalance": total_balance,
                "totals": totals,
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
        if len(src_dict) != 7:
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
    "asOf",
    "bucketKeys",
    "customerId",
    "data",
    "invoiceCount",
    "totalBalance",
    "totals",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {str: as_date},  # asOf
            {list: list_of({str: None})},  # bucketKeys
            {int: None, float: as_int},  # customerId
            {list: list_of({dict: _m.AgingInvoice.from_dict})},  # data
            {int: None, float: as_int},  # invoiceCount
            {int: as_float, float: None},  # totalBalance
            {list: list_of({dict: _m.AgingBucketTotal.from_dict})},  # totals
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
