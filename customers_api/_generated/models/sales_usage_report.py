from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sales_usage_item import SalesUsageItem


T = TypeVar("T", bound="SalesUsageReport")


@_attrs_define
class SalesUsageReport:
    """GET /customer/{customerId}/sales-usage response data (MINIMUM keys).

    Attributes:
        bucket_keys (list[str]): Period keys in display order
        customer_id (str): Prophet 21 customer the report is for
        data (list[SalesUsageItem]): The requested page of items
        invoice_count (int): Number of invoices in the date range
        invoiced_from (str): Start of the invoice date range (Y-m-d)
        invoiced_to (str): End of the invoice date range (Y-m-d)
        item_count (int): Number of items across the whole report
        lines_folded (int): Number of invoice lines folded into the report
        total_by (str): Period the buckets are folded by: week, month or year
    """

    bucket_keys: list[str]
    customer_id: str
    data: list[SalesUsageItem]
    invoice_count: int
    invoiced_from: str
    invoiced_to: str
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

        invoiced_from = self.invoiced_from

        invoiced_to = self.invoiced_to

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
        from ..models.sales_usage_item import SalesUsageItem

        d = dict(src_dict)
        bucket_keys = cast(list[str], d.pop("bucketKeys"))

        customer_id = d.pop("customerId")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = SalesUsageItem.from_dict(data_item_data)

            data.append(data_item)

        invoice_count = d.pop("invoiceCount")

        invoiced_from = d.pop("invoicedFrom")

        invoiced_to = d.pop("invoicedTo")

        item_count = d.pop("itemCount")

        lines_folded = d.pop("linesFolded")

        total_by = d.pop("totalBy")

        sales_usage_report = cls(
            bucket_keys=bucket_keys,
            customer_id=customer_id,
            data=data,
            invoice_count=invoice_count,
            invoiced_from=invoiced_from,
            invoiced_to=invoiced_to,
            item_count=item_count,
            lines_folded=lines_folded,
            total_by=total_by,
        )

        sales_usage_report.additional_properties = d
        return sales_usage_report

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
