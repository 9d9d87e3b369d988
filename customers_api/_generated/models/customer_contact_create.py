from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _m
from ..errors import DecodeError
from ..types import (
    UNSET,
    NoneType,
    Unset,
    decode_union,
    json_type,
    not_an_object,
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
        value = src_dict.get("contactLeadSources", UNSET)
        if value is not UNSET:
            if type(value) not in (dict, list, NoneType):
                raise DecodeError(
                    ("contactLeadSources",),
                    f"expected object or array or null, got {json_type(value)}",
                )
            try:
                value = decode_union(
                    value,
                    (
                        ((dict,), _m.UserDefinedFieldsObject.from_dict),
                        ((list,), None),
                        ((NoneType,), None),
                    ),
                )
            except DecodeError as exc:
                raise exc.within("contactLeadSources") from None
            obj.contact_lead_sources = value
        value = src_dict.get("contactLinks", UNSET)
        if value is not UNSET:
            if type(value) not in (dict, list, NoneType):
                raise DecodeError(
                    ("contactLinks",), f"expected object or array or null, got {json_type(value)}"
                )
            try:
                value = decode_union(
                    value,
                    (
                        ((dict,), _m.UserDefinedFieldsObject.from_dict),
                        ((list,), None),
                        ((NoneType,), None),
                    ),
                )
            except DecodeError as exc:
                raise exc.within("contactLinks") from None
            obj.contact_links = value
        value = src_dict.get("contactSalesreps", UNSET)
        if value is not UNSET:
            if type(value) not in (dict, list, NoneType):
                raise DecodeError(
                    ("contactSalesreps",),
                    f"expected object or array or null, got {json_type(value)}",
                )
            try:
                value = decode_union(
                    value,
                    (
                        ((dict,), _m.UserDefinedFieldsObject.from_dict),
                        ((list,), None),
                        ((NoneType,), None),
                    ),
                )
            except DecodeError as exc:
                raise exc.within("contactSalesreps") from None
            obj.contact_salesreps = value
        value = src_dict.get("userDefinedFields", UNSET)
        if value is not UNSET:
            if type(value) not in (dict, list, NoneType):
                raise DecodeError(
                    ("userDefinedFields",),
                    f"expected object or array or null, got {json_type(value)}",
                )
            try:
                value = decode_union(
                    value,
                    (
                        ((dict,), _m.UserDefinedFieldsObject.from_dict),
                        ((list,), None),
                        ((NoneType,), None),
                    ),
                )
            except DecodeError as exc:
                raise exc.within("userDefinedFields") from None
            obj.user_defined_fields = value
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
_ALLOWED: tuple[tuple[type, ...] | None, ...] = ()
_SIGNATURES: set[tuple[type, ...]] = set()
