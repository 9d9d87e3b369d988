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
    as_int,
    make_plan,
    not_an_object,
    union,
)

if TYPE_CHECKING:
    from ..models.user_defined_fields_object import UserDefinedFieldsObject


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """A Prophet 21 customer: ids, name, classes, terms, flags and user-defined fields.

    Attributes:
        class_1_id (None | str): Customer class 1
        class_2_id (None | str): Customer class 2
        class_3_id (None | str): Customer class 3
        class_4_id (None | str): Customer class 4
        class_5_id (None | str): Customer class 5
        company_id (str): Prophet 21 company (max 8 chars)
        customer_id (int): Prophet 21 customer ID
        customer_name (None | str): Customer name (max 255 chars)
        delete_flag (str): Y when the customer is deleted in Prophet 21 (max 1 chars)
        job_pricing (str): Y when the customer uses job pricing (max 1 chars)
        po_no_required (str): Y when orders require a purchase order number (max 1 chars)
        sales_rep_id (None | str): Prophet 21 contact ID of the customer's salesrep
        status_cd (int): Augur status code
        taxable_flag (str): Y when the customer is taxable (max 1 chars)
        terms_desc (str): Payment terms description; empty when the customer has no terms
        terms_id (None | str): Prophet 21 payment terms (max 2 chars)
        user_defined (list[Any] | UserDefinedFieldsObject): Prophet 21 user-defined fields keyed by field name; PHP
            sends [] when there are none.
        web_enabled_flag (str): Y when the customer may order on the web (max 1 chars)
    """

    class_1_id: None | str
    class_2_id: None | str
    class_3_id: None | str
    class_4_id: None | str
    class_5_id: None | str
    company_id: str
    customer_id: int
    customer_name: None | str
    delete_flag: str
    job_pricing: str
    po_no_required: str
    sales_rep_id: None | str
    status_cd: int
    taxable_flag: str
    terms_desc: str
    terms_id: None | str
    user_defined: list[Any] | UserDefinedFieldsObject
    web_enabled_flag: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_defined_fields_object import UserDefinedFieldsObject

        class_1_id: None | str
        class_1_id = self.class_1_id

        class_2_id: None | str
        class_2_id = self.class_2_id

        class_3_id: None | str
        class_3_id = self.class_3_id

        class_4_id: None | str
        class_4_id = self.class_4_id

        class_5_id: None | str
        class_5_id = self.class_5_id

        company_id = self.company_id

        customer_id = self.customer_id

        customer_name: None | str
        customer_name = self.customer_name

        delete_flag = self.delete_flag

        job_pricing = self.job_pricing

        po_no_required = self.po_no_required

        sales_rep_id: None | str
        sales_rep_id = self.sales_rep_id

        status_cd = self.status_cd

        taxable_flag = self.taxable_flag

        terms_desc = self.terms_desc

        terms_id: None | str
        terms_id = self.terms_id

        user_defined: dict[str, Any] | list[Any]
        if isinstance(self.user_defined, UserDefinedFieldsObject):
            user_defined = self.user_defined.to_dict()
        else:
            user_defined = self.user_defined

        web_enabled_flag = self.web_enabled_flag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "class1Id": class_1_id,
                "class2Id": class_2_id,
                "class3Id": class_3_id,
                "class4Id": class_4_id,
                "class5Id": class_5_id,
                "companyId": company_id,
                "customerId": customer_id,
                "customerName": customer_name,
                "deleteFlag": delete_flag,
                "jobPricing": job_pricing,
                "poNoRequired": po_no_required,
                "salesRepId": sales_rep_id,
                "statusCd": status_cd,
                "taxableFlag": taxable_flag,
                "termsDesc": terms_desc,
                "termsId": terms_id,
                "userDefined": user_defined,
                "webEnabledFlag": web_enabled_flag,
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
        if len(src_dict) != 18:
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
    "class1Id",
    "class2Id",
    "class3Id",
    "class4Id",
    "class5Id",
    "companyId",
    "customerId",
    "customerName",
    "deleteFlag",
    "jobPricing",
    "poNoRequired",
    "salesRepId",
    "statusCd",
    "taxableFlag",
    "termsDesc",
    "termsId",
    "userDefined",
    "webEnabledFlag",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {str: None, NoneType: None},  # class1Id
            {str: None, NoneType: None},  # class2Id
            {str: None, NoneType: None},  # class3Id
            {str: None, NoneType: None},  # class4Id
            {str: None, NoneType: None},  # class5Id
            {str: None},  # companyId
            {int: None, float: as_int},  # customerId
            {str: None, NoneType: None},  # customerName
            {str: None},  # deleteFlag
            {str: None},  # jobPricing
            {str: None},  # poNoRequired
            {str: None, NoneType: None},  # salesRepId
            {int: None, float: as_int},  # statusCd
            {str: None},  # taxableFlag
            {str: None},  # termsDesc
            {str: None, NoneType: None},  # termsId
            union({dict: _m.UserDefinedFieldsObject.from_dict}, {list: None}),  # userDefined
            {str: None},  # webEnabledFlag
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
