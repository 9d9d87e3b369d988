from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _m
from ..types import (
    UNSET,
    NoneType,
    Plan,
    Tables,
    Unset,
    decode_field,
    not_an_object,
    union,
)

if TYPE_CHECKING:
    from ..models.user_defined_fields_object import UserDefinedFieldsObject


T = TypeVar("T", bound="CustomerContactCreate")


@_attrs_define
class CustomerContactCreate:
    """POST /customer/{customerId}/contacts request body (MINIMUM keys).

    Attributes:
        contact_lead_sources (list[Any] | None | Unset | UserDefinedFieldsObject): P21 ContactLeadSource fields ([] when
            empty)
        contact_links (list[Any] | None | Unset | UserDefinedFieldsObject): P21 ContactLink fields ([] when empty)
        contact_salesreps (list[Any] | None | Unset | UserDefinedFieldsObject): P21 ContactSalesrep fields ([] when
            empty)
        user_defined_fields (list[Any] | None | Unset | UserDefinedFieldsObject): P21 user-defined fields keyed by field
            name ([] when empty)
    """

    contact_lead_sources: list[Any] | None | Unset | UserDefinedFieldsObject = UNSET
    contact_links: list[Any] | None | Unset | UserDefinedFieldsObject = UNSET
    contact_salesreps: list[Any] | None | Unset | UserDefinedFieldsObject = UNSET
    user_defined_fields: list[Any] | None | Unset | UserDefinedFieldsObject = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_defined_fields_object import UserDefinedFieldsObject

        contact_lead_sources: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.contact_lead_sources, Unset):
            contact_lead_sources = UNSET
        elif isinstance(self.contact_lead_sources, UserDefinedFieldsObject):
            contact_lead_sources = self.contact_lead_sources.to_dict()
        elif isinstance(self.contact_lead_sources, list):
            contact_lead_sources = self.contact_lead_sources

        else:
            contact_lead_sources = self.contact_lead_sources

        contact_links: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.contact_links, Unset):
            contact_links = UNSET
        elif isinstance(self.contact_links, UserDefinedFieldsObject):
            contact_links = self.contact_links.to_dict()
        elif isinstance(self.contact_links, list):
            contact_links = self.contact_links

        else:
            contact_links = self.contact_links

        contact_salesreps: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.contact_salesreps, Unset):
            contact_salesreps = UNSET
        elif isinstance(self.contact_salesreps, UserDefinedFieldsObject):
            contact_salesreps = self.contact_salesreps.to_dict()
        elif isinstance(self.contact_salesreps, list):
            contact_salesreps = self.contact_salesreps

        else:
            contact_salesreps = self.contact_salesreps

        user_defined_fields: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.user_defined_fields, Unset):
            user_defined_fields = UNSET
        elif isinstance(self.user_defined_fields, UserDefinedFieldsObject):
            user_defined_fields = self.user_defined_fields.to_dict()
        elif isinstance(self.user_defined_fields, list):
            user_defined_fields = self.user_defined_fields

        else:
            user_defined_fields = self.user_defined_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_lead_sources is not UNSET:
            field_dict["contactLeadSources"] = contact_lead_sources
        if contact_links is not UNSET:
            field_dict["contactLinks"] = contact_links
        if contact_salesreps is not UNSET:
            field_dict["contactSalesreps"] = contact_salesreps
        if user_defined_fields is not UNSET:
            field_dict["userDefinedFields"] = user_defined_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            raise not_an_object(src_dict)
        obj = cls()
        tables = _tables()
        value = src_dict.get("contactLeadSources", UNSET)
        if value is not UNSET:
            obj.contact_lead_sources = decode_field(value, "contactLeadSources", tables.optional[0])
        value = src_dict.get("contactLinks", UNSET)
        if value is not UNSET:
            obj.contact_links = decode_field(value, "contactLinks", tables.optional[1])
        value = src_dict.get("contactSalesreps", UNSET)
        if value is not UNSET:
            obj.contact_salesreps = decode_field(value, "contactSalesreps", tables.optional[2])
        value = src_dict.get("userDefinedFields", UNSET)
        if value is not UNSET:
            obj.user_defined_fields = decode_field(value, "userDefinedFields", tables.optional[3])
        obj.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN}
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


_KEYS: tuple[str, ...] = ()
_KNOWN = frozenset(
    _KEYS
    + (
        "contactLeadSources",
        "contactLinks",
        "contactSalesreps",
        "userDefinedFields",
    )
)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(),
        optional=(
            union(
                {dict: _m.UserDefinedFieldsObject.from_dict}, {list: None}, {NoneType: None}
            ),  # contactLeadSources
            union(
                {dict: _m.UserDefinedFieldsObject.from_dict}, {list: None}, {NoneType: None}
            ),  # contactLinks
            union(
                {dict: _m.UserDefinedFieldsObject.from_dict}, {list: None}, {NoneType: None}
            ),  # contactSalesreps
            union(
                {dict: _m.UserDefinedFieldsObject.from_dict}, {list: None}, {NoneType: None}
            ),  # userDefinedFields
        ),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
