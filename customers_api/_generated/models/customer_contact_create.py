from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        from ..models.user_defined_fields_object import UserDefinedFieldsObject

        d = dict(src_dict)

        def _parse_contact_lead_sources(
            data: object,
        ) -> list[Any] | None | Unset | UserDefinedFieldsObject:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_user_defined_fields_type_0 = UserDefinedFieldsObject.from_dict(
                    data
                )

                return componentsschemas_user_defined_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_user_defined_fields_type_1 = cast(list[Any], data)

                return componentsschemas_user_defined_fields_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset | UserDefinedFieldsObject, data)

        contact_lead_sources = _parse_contact_lead_sources(d.pop("contactLeadSources", UNSET))

        def _parse_contact_links(
            data: object,
        ) -> list[Any] | None | Unset | UserDefinedFieldsObject:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_user_defined_fields_type_0 = UserDefinedFieldsObject.from_dict(
                    data
                )

                return componentsschemas_user_defined_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_user_defined_fields_type_1 = cast(list[Any], data)

                return componentsschemas_user_defined_fields_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset | UserDefinedFieldsObject, data)

        contact_links = _parse_contact_links(d.pop("contactLinks", UNSET))

        def _parse_contact_salesreps(
            data: object,
        ) -> list[Any] | None | Unset | UserDefinedFieldsObject:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_user_defined_fields_type_0 = UserDefinedFieldsObject.from_dict(
                    data
                )

                return componentsschemas_user_defined_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_user_defined_fields_type_1 = cast(list[Any], data)

                return componentsschemas_user_defined_fields_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset | UserDefinedFieldsObject, data)

        contact_salesreps = _parse_contact_salesreps(d.pop("contactSalesreps", UNSET))

        def _parse_user_defined_fields(
            data: object,
        ) -> list[Any] | None | Unset | UserDefinedFieldsObject:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_user_defined_fields_type_0 = UserDefinedFieldsObject.from_dict(
                    data
                )

                return componentsschemas_user_defined_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_user_defined_fields_type_1 = cast(list[Any], data)

                return componentsschemas_user_defined_fields_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset | UserDefinedFieldsObject, data)

        user_defined_fields = _parse_user_defined_fields(d.pop("userDefinedFields", UNSET))

        customer_contact_create = cls(
            contact_lead_sources=contact_lead_sources,
            contact_links=contact_links,
            contact_salesreps=contact_salesreps,
            user_defined_fields=user_defined_fields,
        )

        customer_contact_create.additional_properties = d
        return customer_contact_create

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
