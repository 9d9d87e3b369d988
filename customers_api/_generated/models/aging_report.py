from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.aging_bucket_total import AgingBucketTotal
    from ..models.aging_invoice import AgingInvoice


T = TypeVar("T", bound="AgingReport")


@_attrs_define
class AgingReport:
    """GET /customer/{customerId}/aging response data (MINIMUM keys).

    Attributes:
        as_of (str): Date the ages are measured to (Y-m-d)
        bucket_keys (list[str]): Bucket keys in display order
        customer_id (str): Prophet 21 customer the report is for
        data (list[AgingInvoice]): The requested page of outstanding invoices
        invoice_count (int): Number of outstanding invoices across every bucket
        total_balance (float): Outstanding balance across every bucket
        totals (list[AgingBucketTotal]): Balance and invoice count per bucket, in bucketKeys order
    """

    as_of: str
    bucket_keys: list[str]
    customer_id: str
    data: list[AgingInvoice]
    invoice_count: int
    total_balance: float
    totals: list[AgingBucketTotal]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of

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
        from ..models.aging_bucket_total import AgingBucketTotal
        from ..models.aging_invoice import AgingInvoice

        d = dict(src_dict)
        as_of = d.pop("asOf")

        bucket_keys = cast(list[str], d.pop("bucketKeys"))

        customer_id = d.pop("customerId")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = AgingInvoice.from_dict(data_item_data)

            data.append(data_item)

        invoice_count = d.pop("invoiceCount")

        total_balance = d.pop("totalBalance")

        totals = []
        _totals = d.pop("totals")
        for totals_item_data in _totals:
            totals_item = AgingBucketTotal.from_dict(totals_item_data)

            totals.append(totals_item)

        aging_report = cls(
            as_of=as_of,
            bucket_keys=bucket_keys,
            customer_id=customer_id,
            data=data,
            invoice_count=invoice_count,
            total_balance=total_balance,
            totals=totals,
        )

        aging_report.additional_properties = d
        return aging_report

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
