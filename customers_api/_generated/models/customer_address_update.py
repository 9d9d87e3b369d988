from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerAddressUpdate")


@_attrs_define
class CustomerAddressUpdate:
    """PUT /customer/{customerId}/addresses/{customerAddressUid} request body (MINIMUM keys).

    Attributes:
        address1 (None | str | Unset): Address line 1
        address2 (None | str | Unset): Address line 2
        address3 (None | str | Unset): Address line 3
        city (None | str | Unset): City
        country (None | str | Unset): Country
        email_address (None | str | Unset): Email address
        name (None | str | Unset): Address name
        phone_number_main (None | str | Unset): Main phone number
        phone_number_mobile (None | str | Unset): Mobile phone number
        postal_code (None | str | Unset): Postal code
        process_cd (int | None | Unset): Process code
        state (None | str | Unset): State or province
        status_cd (int | None | Unset): Status code (704 = Active, 705 = Inactive, 700 = Deleted)
    """

    address1: None | str | Unset = UNSET
    address2: None | str | Unset = UNSET
    address3: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    email_address: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    phone_number_main: None | str | Unset = UNSET
    phone_number_mobile: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    process_cd: int | None | Unset = UNSET
    state: None | str | Unset = UNSET
    status_cd: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address1: None | str | Unset
        if isinstance(self.address1, Unset):
            address1 = UNSET
        else:
            address1 = self.address1

        address2: None | str | Unset
        if isinstance(self.address2, Unset):
            address2 = UNSET
        else:
            address2 = self.address2

        address3: None | str | Unset
        if isinstance(self.address3, Unset):
            address3 = UNSET
        else:
            address3 = self.address3

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        phone_number_main: None | str | Unset
        if isinstance(self.phone_number_main, Unset):
            phone_number_main = UNSET
        else:
            phone_number_main = self.phone_number_main

        phone_number_mobile: None | str | Unset
        if isinstance(self.phone_number_mobile, Unset):
            phone_number_mobile = UNSET
        else:
            phone_number_mobile = self.phone_number_mobile

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        process_cd: int | None | Unset
        if isinstance(self.process_cd, Unset):
            process_cd = UNSET
        else:
            process_cd = self.process_cd

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        status_cd: int | None | Unset
        if isinstance(self.status_cd, Unset):
            status_cd = UNSET
        else:
            status_cd = self.status_cd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if address3 is not UNSET:
            field_dict["address3"] = address3
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if email_address is not UNSET:
            field_dict["emailAddress"] = email_address
        if name is not UNSET:
            field_dict["name"] = name
        if phone_number_main is not UNSET:
            field_dict["phoneNumberMain"] = phone_number_main
        if phone_number_mobile is not UNSET:
            field_dict["phoneNumberMobile"] = phone_number_mobile
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if process_cd is not UNSET:
            field_dict["processCd"] = process_cd
        if state is not UNSET:
            field_dict["state"] = state
        if status_cd is not UNSET:
            field_dict["statusCd"] = status_cd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_address1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address1 = _parse_address1(d.pop("address1", UNSET))

        def _parse_address2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address2 = _parse_address2(d.pop("address2", UNSET))

        def _parse_address3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address3 = _parse_address3(d.pop("address3", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_email_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_address = _parse_email_address(d.pop("emailAddress", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_phone_number_main(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number_main = _parse_phone_number_main(d.pop("phoneNumberMain", UNSET))

        def _parse_phone_number_mobile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number_mobile = _parse_phone_number_mobile(d.pop("phoneNumberMobile", UNSET))

        def _parse_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_code = _parse_postal_code(d.pop("postalCode", UNSET))

        def _parse_process_cd(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        process_cd = _parse_process_cd(d.pop("processCd", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_status_cd(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status_cd = _parse_status_cd(d.pop("statusCd", UNSET))

        customer_address_update = cls(
            address1=address1,
            address2=address2,
            address3=address3,
            city=city,
            country=country,
            email_address=email_address,
            name=name,
            phone_number_main=phone_number_main,
            phone_number_mobile=phone_number_mobile,
            postal_code=postal_code,
            process_cd=process_cd,
            state=state,
            status_cd=status_cd,
        )

        customer_address_update.additional_properties = d
        return customer_address_update

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
