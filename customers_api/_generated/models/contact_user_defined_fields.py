from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactUserDefinedFields")


@_attrs_define
class ContactUserDefinedFields:
    """GET /contacts-ud/{id} response data (MINIMUM keys).

    Attributes:
        contacts_ud_uid (int): Prophet 21 contacts_ud row
        created_by (None | str): Prophet 21 user who created the row
        date_created (str): When the row was created (Y-m-d H:i:s)
        date_last_modified (str): When the row was last modified (Y-m-d H:i:s)
        id (str): Prophet 21 contact ID
        last_maintained_by (str): Prophet 21 user who last changed the row
    """

    contacts_ud_uid: int
    created_by: None | str
    date_created: str
    date_last_modified: str
    id: str
    last_maintained_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts_ud_uid = self.contacts_ud_uid

        created_by: None | str
        created_by = self.created_by

        date_created = self.date_created

        date_last_modified = self.date_last_modified

        id = self.id

        last_maintained_by = self.last_maintained_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contactsUdUid": contacts_ud_uid,
                "createdBy": created_by,
                "dateCreated": date_created,
                "dateLastModified": date_last_modified,
                "id": id,
                "lastMaintainedBy": last_maintained_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contacts_ud_uid = d.pop("contactsUdUid")

        def _parse_created_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by = _parse_created_by(d.pop("createdBy"))

        date_created = d.pop("dateCreated")

        date_last_modified = d.pop("dateLastModified")

        id = d.pop("id")

        last_maintained_by = d.pop("lastMaintainedBy")

        contact_user_defined_fields = cls(
            contacts_ud_uid=contacts_ud_uid,
            created_by=created_by,
            date_created=date_created,
            date_last_modified=date_last_modified,
            id=id,
            last_maintained_by=last_maintained_by,
        )

        contact_user_defined_fields.additional_properties = d
        return contact_user_defined_fields

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
