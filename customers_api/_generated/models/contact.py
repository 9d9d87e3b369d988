from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_address import ContactAddress


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """GET /contacts/{id}/doc response data (MINIMUM keys).

    Attributes:
        address (ContactAddress): Shape of `address` (MINIMUM keys; reused wherever the same shape appears).
        address_id (int): Prophet 21 address the contact belongs to
        class_1_id (None | str): Contact class 1
        class_2_id (None | str): Contact class 2
        class_3_id (None | str): Contact class 3
        class_4_id (None | str): Contact class 4
        class_5_id (None | str): Contact class 5
        contact_role_uid (int | None): Contact role
        direct_phone (None | str): Direct phone number (max 20 chars)
        email_address (None | str): Email address (max 255 chars)
        first_name (str): First name (max 15 chars)
        id (str): Prophet 21 contact ID (max 16 chars)
        last_name (str): Last name (max 24 chars)
        salesrep_default_location_id (int | None): Default location when the contact is a salesrep
    """

    address: ContactAddress
    address_id: int
    class_1_id: None | str
    class_2_id: None | str
    class_3_id: None | str
    class_4_id: None | str
    class_5_id: None | str
    contact_role_uid: int | None
    direct_phone: None | str
    email_address: None | str
    first_name: str
    id: str
    last_name: str
    salesrep_default_location_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address.to_dict()

        address_id = self.address_id

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

        contact_role_uid: int | None
        contact_role_uid = self.contact_role_uid

        direct_phone: None | str
        direct_phone = self.direct_phone

        email_address: None | str
        email_address = self.email_address

        first_name = self.first_name

        id = self.id

        last_name = self.last_name

        salesrep_default_location_id: int | None
        salesrep_default_location_id = self.salesrep_default_location_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "addressId": address_id,
                "class1Id": class_1_id,
                "class2Id": class_2_id,
                "class3Id": class_3_id,
                "class4Id": class_4_id,
                "class5Id": class_5_id,
                "contactRoleUid": contact_role_uid,
                "directPhone": direct_phone,
                "emailAddress": email_address,
                "firstName": first_name,
                "id": id,
                "lastName": last_name,
                "salesrepDefaultLocationId": salesrep_default_location_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_address import ContactAddress

        d = dict(src_dict)
        address = ContactAddress.from_dict(d.pop("address"))

        address_id = d.pop("addressId")

        def _parse_class_1_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        class_1_id = _parse_class_1_id(d.pop("class1Id"))

        def _parse_class_2_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        class_2_id = _parse_class_2_id(d.pop("class2Id"))

        def _parse_class_3_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        class_3_id = _parse_class_3_id(d.pop("class3Id"))

        def _parse_class_4_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        class_4_id = _parse_class_4_id(d.pop("class4Id"))

        def _parse_class_5_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        class_5_id = _parse_class_5_id(d.pop("class5Id"))

        def _parse_contact_role_uid(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        contact_role_uid = _parse_contact_role_uid(d.pop("contactRoleUid"))

        def _parse_direct_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        direct_phone = _parse_direct_phone(d.pop("directPhone"))

        def _parse_email_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email_address = _parse_email_address(d.pop("emailAddress"))

        first_name = d.pop("firstName")

        id = d.pop("id")

        last_name = d.pop("lastName")

        def _parse_salesrep_default_location_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        salesrep_default_location_id = _parse_salesrep_default_location_id(
            d.pop("salesrepDefaultLocationId")
        )

        contact = cls(
            address=address,
            address_id=address_id,
            class_1_id=class_1_id,
            class_2_id=class_2_id,
            class_3_id=class_3_id,
            class_4_id=class_4_id,
            class_5_id=class_5_id,
            contact_role_uid=contact_role_uid,
            direct_phone=direct_phone,
            email_address=email_address,
            first_name=first_name,
            id=id,
            last_name=last_name,
            salesrep_default_location_id=salesrep_default_location_id,
        )

        contact.additional_properties = d
        return contact

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
