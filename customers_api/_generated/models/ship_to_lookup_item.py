from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ShipToLookupItem")


@_attrs_define
class ShipToLookupItem:
    """GET /customer/{customerId}/ship-to/lookup response data (MINIMUM keys).

    Attributes:
        class_5_id (None | str): Address class 5 (max 8 chars)
        default_branch (str): Default branch for the ship-to (max 8 chars)
        id (int): Prophet 21 ship-to (address) ID
        mail_address_1 (str): Mailing address line 1 (max 50 chars)
        mail_address_2 (None | str): Mailing address line 2 (max 50 chars)
        mail_address_3 (None | str): Mailing address line 3 (max 50 chars)
        mail_city (None | str): Mailing city (max 50 chars)
        mail_country (None | str): Mailing country (max 50 chars)
        mail_postal_code (None | str): Mailing postal code (max 10 chars)
        mail_state (None | str): Mailing state or province (max 50 chars)
        name (str): Ship-to name (max 50 chars)
        phys_address_1 (None | str): Physical address line 1 (max 50 chars)
        phys_address_2 (None | str): Physical address line 2 (max 50 chars)
        phys_address_3 (None | str): Physical address line 3 (max 50 chars)
        phys_city (None | str): Physical city (max 50 chars)
        phys_country (None | str): Physical country (max 50 chars)
        phys_postal_code (None | str): Physical postal code (max 10 chars)
        phys_state (None | str): Physical state or province (max 50 chars)
        preferred_location_id (int | None): Prophet 21 location the ship-to prefers to ship from
    """

    class_5_id: None | str
    default_branch: str
    id: int
    mail_address_1: str
    mail_address_2: None | str
    mail_address_3: None | str
    mail_city: None | str
    mail_country: None | str
    mail_postal_code: None | str
    mail_state: None | str
    name: str
    phys_address_1: None | str
    phys_address_2: None | str
    phys_address_3: None | str
    phys_city: None | str
    phys_country: None | str
    phys_postal_code: None | str
    phys_state: None | str
    preferred_location_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        class_5_id: None | str
        class_5_id = self.class_5_id

        default_branch = self.default_branch

        id = self.id

        mail_address_1 = self.mail_address_1

        mail_address_2: None | str
        mail_address_2 = self.mail_address_2

        mail_address_3: None | str
        mail_address_3 = self.mail_address_3

        mail_city: None | str
        mail_city = self.mail_city

        mail_country: None | str
        mail_country = self.mail_country

        mail_postal_code: None | str
        mail_postal_code = self.mail_postal_code

        mail_state: None | str
        mail_state = self.mail_state

        name = self.name

        phys_address_1: None | str
        phys_address_1 = self.phys_address_1

        phys_address_2: None | str
        phys_address_2 = self.phys_address_2

        phys_address_3: None | str
        phys_address_3 = self.phys_address_3

        phys_city: None | str
        phys_city = self.phys_city

        phys_country: None | str
        phys_country = self.phys_country

        phys_postal_code: None | str
        phys_postal_code = self.phys_postal_code

        phys_state: None | str
        phys_state = self.phys_state

        preferred_location_id: int | None
        preferred_location_id = self.preferred_location_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "class5Id": class_5_id,
                "defaultBranch": default_branch,
                "id": id,
                "mailAddress1": mail_address_1,
                "mailAddress2": mail_address_2,
                "mailAddress3": mail_address_3,
                "mailCity": mail_city,
                "mailCountry": mail_country,
                "mailPostalCode": mail_postal_code,
                "mailState": mail_state,
                "name": name,
                "physAddress1": phys_address_1,
                "physAddress2": phys_address_2,
                "physAddress3": phys_address_3,
                "physCity": phys_city,
                "physCountry": phys_country,
                "physPostalCode": phys_postal_code,
                "physState": phys_state,
                "preferredLocationId": preferred_location_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_class_5_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        class_5_id = _parse_class_5_id(d.pop("class5Id"))

        default_branch = d.pop("defaultBranch")

        id = d.pop("id")

        mail_address_1 = d.pop("mailAddress1")

        def _parse_mail_address_2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mail_address_2 = _parse_mail_address_2(d.pop("mailAddress2"))

        def _parse_mail_address_3(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mail_address_3 = _parse_mail_address_3(d.pop("mailAddress3"))

        def _parse_mail_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mail_city = _parse_mail_city(d.pop("mailCity"))

        def _parse_mail_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mail_country = _parse_mail_country(d.pop("mailCountry"))

        def _parse_mail_postal_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mail_postal_code = _parse_mail_postal_code(d.pop("mailPostalCode"))

        def _parse_mail_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mail_state = _parse_mail_state(d.pop("mailState"))

        name = d.pop("name")

        def _parse_phys_address_1(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phys_address_1 = _parse_phys_address_1(d.pop("physAddress1"))

        def _parse_phys_address_2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phys_address_2 = _parse_phys_address_2(d.pop("physAddress2"))

        def _parse_phys_address_3(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phys_address_3 = _parse_phys_address_3(d.pop("physAddress3"))

        def _parse_phys_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phys_city = _parse_phys_city(d.pop("physCity"))

        def _parse_phys_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phys_country = _parse_phys_country(d.pop("physCountry"))

        def _parse_phys_postal_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phys_postal_code = _parse_phys_postal_code(d.pop("physPostalCode"))

        def _parse_phys_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phys_state = _parse_phys_state(d.pop("physState"))

        def _parse_preferred_location_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        preferred_location_id = _parse_preferred_location_id(d.pop("preferredLocationId"))

        ship_to_lookup_item = cls(
            class_5_id=class_5_id,
            default_branch=default_branch,
            id=id,
            mail_address_1=mail_address_1,
            mail_address_2=mail_address_2,
            mail_address_3=mail_address_3,
            mail_city=mail_city,
            mail_country=mail_country,
            mail_postal_code=mail_postal_code,
            mail_state=mail_state,
            name=name,
            phys_address_1=phys_address_1,
            phys_address_2=phys_address_2,
            phys_address_3=phys_address_3,
            phys_city=phys_city,
            phys_country=phys_country,
            phys_postal_code=phys_postal_code,
            phys_state=phys_state,
            preferred_location_id=preferred_location_id,
        )

        ship_to_lookup_item.additional_properties = d
        return ship_to_lookup_item

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
