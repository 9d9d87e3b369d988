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
    as_datetime_or_none,
    as_float,
    as_int,
    encode_datetime,
    make_plan,
    not_an_object,
    union,
)

T = TypeVar("T", bound="FreightCode")


@_attrs_define
class FreightCode:
    """GET /customer/{customerId}/ship-to/{shipToId}/freight-codes response data (MINIMUM keys).

    Attributes:
        company_id (str): Prophet 21 company the freight code belongs to (max 8 chars)
        date_created (datetime.datetime | None): When the record was created (mysql-datetime, e.g. 2025-07-30 15:50:49)
        date_last_modified (datetime.datetime | None): When the record last changed (mysql-datetime, e.g. 2025-07-30
            15:50:49)
        deductible_flag (None | str): Y when the freight charge is deductible (max 1 chars)
        direct_ship_free_freight_flag (None | str): Y when direct shipments get free freight (max 1 chars)
        exclude_discounted_freight (str): Prophet 21 exclude-discounted-freight flag (max 1 chars)
        exclude_from_sales_master_inquiry (str): Y when excluded from Sales Master Inquiry (max 1 chars)
        external_tax_product_code_in (None | str): External tax product code for incoming freight (max 255 chars)
        external_tax_product_code_out (None | str): External tax product code for outgoing freight (max 255 chars)
        fedex_payment_method (int | None): FedEx payment method code
        free_bulk_freight (str): Y when bulk freight is free (max 1 chars)
        free_cold_freight (str): Y when cold freight is free (max 1 chars)
        free_express_freight (str): Y when express freight is free (max 1 chars)
        free_freight_basis_cd (int | None): Basis for free freight (Prophet 21 code number)
        free_freight_default_flag (None | str): Y when free freight applies by default (max 1 chars)
        free_hazmat_freight (str): Y when hazmat freight is free (max 1 chars)
        free_in_freight_min (float | None): Minimum for free incoming freight
        free_in_freight_min_web (float | None): Minimum for free incoming freight on web orders
        free_out_freight_min (float | None): Minimum for free outgoing freight
        free_out_freight_min_web (float | None): Minimum for free outgoing freight on web orders
        freight_cd (str): Freight code (max 30 chars)
        freight_code_uid (int): Unique Prophet 21 ID of the freight code
        freight_desc (str): Freight code description (max 255 chars)
        handling_charge_option_cd (int | None): Handling charge option (Prophet 21 code number)
        incoming_freight (str): Y when the code applies to incoming freight (max 1 chars)
        incoming_increase_commission (None | str): Y when incoming freight increases commission (max 1 chars)
        incoming_reduce_commission (str): Y when incoming freight reduces commission (max 1 chars)
        last_maintained_by (str): Prophet 21 user who last changed the record (max 30 chars)
        outgoing_adjust_commission_by_profit_flag (None | str): Y when outgoing freight adjusts commission by profit
            (max 1 chars)
        outgoing_freight (str): Y when the code applies to outgoing freight (max 1 chars)
        outgoing_increase_commission (str): Y when outgoing freight increases commission (max 1 chars)
        pay_special_flag (None | str): Prophet 21 pay special flag (max 1 chars)
        process_cd (int): Process code
        prorate_method_code_no (int): Prorate method (Prophet 21 code number)
        revenue_account_no (str): General ledger revenue account for the freight charge (max 32 chars)
        row_status (int): Prophet 21 row status code
        skip_first_shipment_flag (None | str): Prophet 21 skip-first-shipment flag (max 1 chars)
        status_cd (int): Status code (704 = Active, 705 = Inactive, 700 = Deleted)
        tax_group_id (None | str): Tax group for the freight charge (max 10 chars)
        update_cd (int): Update code (704 = queued for refresh from Prophet 21, 1185 = current)
    """

    company_id: str
    date_created: datetime.datetime | None
    date_last_modified: datetime.datetime | None
    deductible_flag: None | str
    direct_ship_free_freight_flag: None | str
    exclude_discounted_freight: str
    exclude_from_sales_master_inquiry: str
    external_tax_product_code_in: None | str
    external_tax_product_code_out: None | str
    fedex_payment_method: int | None
    free_bulk_freight: str
    free_cold_freight: str
    free_express_freight: str
    free_freight_basis_cd: int | None
    free_freight_default_flag: None | str
    free_hazmat_freight: str
    free_in_freight_min: float | None
    free_in_freight_min_web: float | None
    free_out_freight_min: float | None
    free_out_freight_min_web: float | None
    freight_cd: str
    freight_code_uid: int
    freight_desc: str
    handling_charge_option_cd: int | None
    incoming_freight: str
    incoming_increase_commission: None | str
    incoming_reduce_commission: str
    last_maintained_by: str
    outgoing_adjust_commission_by_profit_flag: None | str
    outgoing_freight: str
    outgoing_increase_commission: str
    pay_special_flag: None | str
    process_cd: int
    prorate_method_code_no: int
    revenue_account_no: str
    row_status: int
    skip_first_shipment_flag: None | str
    status_cd: int
    tax_group_id: None | str
    update_cd: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        date_created: None | str
        if isinstance(self.date_created, datetime.datetime):
            date_created = encode_datetime(self.date_created)
        else:
            date_created = self.date_created

        date_last_modified: None | str
        if isinstance(self.date_last_modified, datetime.datetime):
            date_last_modified = encode_datetime(self.date_last_modified)
        else:
            date_last_modified = self.date_last_modified

        deductible_flag: None | str
        deductible_flag = self.deductible_flag

        direct_ship_free_freight_flag: None | str
        direct_ship_free_freight_flag = self.direct_ship_free_freight_flag

        exclude_discounted_freight = self.exclude_discounted_freight

        exclude_from_sales_master_inquiry = self.exclude_from_sales_master_inquiry

        external_tax_product_code_in: None | str
        external_tax_product_code_in = self.external_tax_product_code_in

        external_tax_product_code_out: None | str
        external_tax_product_code_out = self.external_tax_product_code_out

        fedex_payment_method: int | None
        fedex_payment_method = self.fedex_payment_method

        free_bulk_freight = self.free_bulk_freight

        free_cold_freight = self.free_cold_freight

        free_express_freight = self.free_express_freight

        free_freight_basis_cd: int | None
        free_freight_basis_cd = self.free_freight_basis_cd

        free_freight_default_flag: None | str
        free_freight_default_flag = self.free_freight_default_flag

        free_hazmat_freight = self.free_hazmat_freight

        free_in_freight_min: float | None
        free_in_freight_min = self.free_in_freight_min

        free_in_freight_min_web: float | None
        free_in_freight_min_web = self.free_in_freight_min_web

        free_out_freight_min: float | None
        free_out_freight_min = self.free_out_freight_min

        free_out_freight_min_web: float | None
        free_out_freight_min_web = self.free_out_freight_min_web

        freight_cd = self.freight_cd

        freight_code_uid = self.freight_code_uid

        freight_desc = self.freight_desc

        handling_charge_option_cd: int | None
        handling_charge_option_cd = self.handling_charge_option_cd

        incoming_freight = self.incoming_freight

        incoming_increase_commission: None | str
        incoming_increase_commission = self.incoming_increase_commission

        incoming_reduce_commission = self.incoming_reduce_commission

        last_maintained_by = self.last_maintained_by

        outgoing_adjust_commission_by_profit_flag: None | str
        outgoing_adjust_commission_by_profit_flag = self.outgoing_adjust_commission_by_profit_flag

        outgoing_freight = self.outgoing_freight

        outgoing_increase_commission = self.outgoing_increase_commission

        pay_special_flag: None | str
        pay_special_flag = self.pay_special_flag

        process_cd = self.process_cd

        prorate_method_code_no = self.prorate_method_code_no

        revenue_account_no = self.revenue_account_no

        row_status = self.row_status

        skip_first_shipment_flag: None | str
        skip_first_shipment_flag = self.skip_first_shipment_flag

        status_cd = self.status_cd

        tax_group_id: None | str
        tax_group_id = self.tax_group_id

        update_cd = self.update_cd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyId": company_id,
                "dateCreated": date_created,
                "dateLastModified": date_last_modified,
                "deductibleFlag": deductible_flag,
                "directShipFreeFreightFlag": direct_ship_free_freight_flag,
                "excludeDiscountedFreight": exclude_discounted_freight,
                "excludeFromSalesMasterInquiry": exclude_from_sales_master_inquiry,
                "externalTaxProductCodeIn": external_tax_product_code_in,
                "externalTaxProductCodeOut": external_tax_product_code_out,
                "fedexPaymentMethod": fedex_payment_method,
                "freeBulkFreight": free_bulk_freight,
                "freeColdFreight": free_cold_freight,
                "freeExpressFreight": free_express_freight,
                "freeFreightBasisCd": free_freight_basis_cd,
                "freeFreightDefaultFlag": free_freight_default_flag,
                "freeHazmatFreight": free_hazmat_freight,
                "freeInFreightMin": free_in_freight_min,
                "freeInFreightMinWeb": free_in_freight_min_web,
                "freeOutFreightMin": free_out_freight_min,
                "freeOutFreightMinWeb": free_out_freight_min_web,
                "freightCd": freight_cd,
                "freightCodeUid": freight_code_uid,
                "freightDesc": freight_desc,
                "handlingChargeOptionCd": handling_charge_option_cd,
                "incomingFreight": incoming_freight,
                "incomingIncreaseCommission": incoming_increase_commission,
                "incomingReduceCommission": incoming_reduce_commission,
                "lastMaintainedBy": last_maintained_by,
                "outgoingAdjustCommissionByProfitFlag": outgoing_adjust_commission_by_profit_flag,
                "outgoingFreight": outgoing_freight,
                "outgoingIncreaseCommission": outgoing_increase_commission,
                "paySpecialFlag": pay_special_flag,
                "processCd": process_cd,
                "prorateMethodCodeNo": prorate_method_code_no,
                "revenueAccountNo": revenue_account_no,
                "rowStatus": row_status,
                "skipFirstShipmentFlag": skip_first_shipment_flag,
                "statusCd": status_cd,
                "taxGroupId": tax_group_id,
                "updateCd": update_cd,
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
        if len(src_dict) != 40:
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
    "companyId",
    "dateCreated",
    "dateLastModified",
    "deductibleFlag",
    "directShipFreeFreightFlag",
    "excludeDiscountedFreight",
    "excludeFromSalesMasterInquiry",
    "externalTaxProductCodeIn",
    "externalTaxProductCodeOut",
    "fedexPaymentMethod",
    "freeBulkFreight",
    "freeColdFreight",
    "freeExpressFreight",
    "freeFreightBasisCd",
    "freeFreightDefaultFlag",
    "freeHazmatFreight",
    "freeInFreightMin",
    "freeInFreightMinWeb",
    "freeOutFreightMin",
    "freeOutFreightMinWeb",
    "freightCd",
    "freightCodeUid",
    "freightDesc",
    "handlingChargeOptionCd",
    "incomingFreight",
    "incomingIncreaseCommission",
    "incomingReduceCommission",
    "lastMaintainedBy",
    "outgoingAdjustCommissionByProfitFlag",
    "outgoingFreight",
    "outgoingIncreaseCommission",
    "paySpecialFlag",
    "processCd",
    "prorateMethodCodeNo",
    "revenueAccountNo",
    "rowStatus",
    "skipFirstShipmentFlag",
    "statusCd",
    "taxGroupId",
    "updateCd",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {str: None},  # companyId
            union({str: as_datetime_or_none}, {NoneType: None}),  # dateCreated
            union({str: as_datetime_or_none}, {NoneType: None}),  # dateLastModified
            {str: None, NoneType: None},  # deductibleFlag
            {str: None, NoneType: None},  # directShipFreeFreightFlag
            {str: None},  # excludeDiscountedFreight
            {str: None},  # excludeFromSalesMasterInquiry
            {str: None, NoneType: None},  # externalTaxProductCodeIn
            {str: None, NoneType: None},  # externalTaxProductCodeOut
            union({int: None, float: as_int}, {NoneType: None}),  # fedexPaymentMethod
            {str: None},  # freeBulkFreight
            {str: None},  # freeColdFreight
            {str: None},  # freeExpressFreight
            union({int: None, float: as_int}, {NoneType: None}),  # freeFreightBasisCd
            {str: None, NoneType: None},  # freeFreightDefaultFlag
            {str: None},  # freeHazmatFreight
            union({int: as_float, float: None}, {NoneType: None}),  # freeInFreightMin
            union({int: as_float, float: None}, {NoneType: None}),  # freeInFreightMinWeb
            union({int: as_float, float: None}, {NoneType: None}),  # freeOutFreightMin
            union({int: as_float, float: None}, {NoneType: None}),  # freeOutFreightMinWeb
            {str: None},  # freightCd
            {int: None, float: as_int},  # freightCodeUid
            {str: None},  # freightDesc
            union({int: None, float: as_int}, {NoneType: None}),  # handlingChargeOptionCd
            {str: None},  # incomingFreight
            {str: None, NoneType: None},  # incomingIncreaseCommission
            {str: None},  # incomingReduceCommission
            {str: None},  # lastMaintainedBy
            {str: None, NoneType: None},  # outgoingAdjustCommissionByProfitFlag
            {str: None},  # outgoingFreight
            {str: None},  # outgoingIncreaseCommission
            {str: None, NoneType: None},  # paySpecialFlag
            {int: None, float: as_int},  # processCd
            {int: None, float: as_int},  # prorateMethodCodeNo
            {str: None},  # revenueAccountNo
            {int: None, float: as_int},  # rowStatus
            {str: None, NoneType: None},  # skipFirstShipmentFlag
            {int: None, float: as_int},  # statusCd
            {str: None, NoneType: None},  # taxGroupId
            {int: None, float: as_int},  # updateCd
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
