from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import (
    UNSET,
    NoneType,
    Unset,
    json_type,
    not_an_object,
)

T = TypeVar("T", bound="CustomerAddressCreate")


@_attrs_define
class CustomerAddressCreate:
    """POST /customer/{customerId}/addresses request body (MINIMUM keys).

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
        process_cd (int | None | Unset): Process code; defaults to 704 (Active)
        state (None | str | Unset): State or province
        status_cd (int | None | Unset): Status code (704 = Active, 705 = Inactive, 700 = Deleted); defaults to 704
        update_cd (int | None | Unset): Update code; defaults to 1185 (Import Complete)
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
    update_cd: int | None | Unset = UNSET
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

        update_cd: int | None | Unset
        if isinstance(self.update_cd, Unset):
            update_cd = UNSET
        else:
            update_cd = self.update_cd

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
        if update_cd is not UNSET:
            field_dict["updateCd"] = update_cd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            raise not_an_object(src_dict)
        obj = cls()
        value = src_dict.get("address1", UNSET)
        if value is not UNSET:
            if type(value) not in (str, NoneType):
                raise DecodeError(("address1",), f"expected string or null, got {json_type(value)}")
            obj.address1 = value
        value = src_dict.get("address2", UNSET)
        if value is not UNSET:
            if type(value) not in (str, NoneType):
                raise DecodeError(("address2",), f"expected string or null, got {json_type(value)}")
            obj.address2 = value
        value = src_dict.get("address3", UNSET)
        if value is not UNSET:
            if type(value) not in (str, NoneType):
                raise DecodeError(("address3",), f"expected string or null, got {json_type(value)}")
            obj.address3 = value
        value = src_dict.get("city", UNSET)
        if value is not UNSET:
            if type(value) not in (str, NoneType):
                raise DecodeError(("city",), f"expected string or null, got {json_type(value)}")
            obj.city = value
        value = src_dict.get("country", UNSET)
        if value is not UNSET:
            if type(value) not in (str, NoneType):
                raise DecodeError(("country",), f"expected string or null, got {json_type(value)}")
            obj.country = value
        value = src_dict.get("emailAddress", UNSET)
        if value is not UNSET:
            if type(value) not in (str, NoneType):
                raise DecodeError(
                    ("emailAddress",), f"expected string or null, got {json_type(value)}"
                )
            obj.email_address = value
        value = src_dict.get("name", UNSET)
        if value is not UNSET:
            if type(value) not in (str, NoneType):
                raise DecodeError(("name",), f"expected string or null, got {json_type(value)}")
            obj.name = value
        value = src_dict.get("phoneNumberMain", UNSET)
        if value is not UNSET:
            if type(value) not in (str, NoneType):
                raise DecodeError(
                    ("phoneNumberMain",), f"expected string or null, got {json_type(value)}"
                )
            obj.phone_number_main = value
        value = src_dict.get("phoneNumberMobile", UNSET)
        if value is not UNSET:
            if type(value) not in (str, NoneType):
                raise DecodeError(
                    ("phoneNumberMobile",), f"expected string or null, got {json_type(value)}"
                )
            obj.phone_number_mobile = value
        value = src_dict.get("postalCode", UNSET)
        if value is not UNSET:
            if type(value) not in (str, NoneType):
                raise DecodeError(
                    ("postalCode",), f"expected string or null, got {json_type(value)}"
                )
            obj.postal_code = value
        value = src_dict.get("processCd", UNSET)
        if value is not UNSET:
            if type(value) not in (int, NoneType):
                raise DecodeError(
                    ("processCd",), f"expected integer or null, got {json_type(value)}"
                )
            obj.process_cd = value
        value = src_dict.get("state", UNSET)
        if value is not UNSET:
            if type(value) not in (str, NoneType):
                raise DecodeError(("state",), f"expected string or null, got {json_type(value)}")
            obj.state = value
        value = src_dict.get("statusCd", UNSET)
        if value is not UNSET:
            if type(value) not in (int, NoneType):
                raise DecodeError(
                    ("statusCd",), f"expected integer or null, got {json_type(value)}"
                )
            obj.status_cd = value
        value = src_dict.get("updateCd", UNSET)
        if value is not UNSET:
            if type(value) not in (int, NoneType):
                raise DecodeError(
                    ("updateCd",), f"expected integer or null, got {json_type(value)}"
                )
            obj.update_cd = value
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
        "address1",
        "address2",
        "address3",
        "city",
        "country",
        "emailAddress",
        "name",
        "phoneNumberMain",
        "phoneNumberMobile",
        "postalCode",
        "processCd",
        "state",
        "statusCd",
        "updateCd",
    )
)
_ALLOWED: tuple[tuple[type, ...] | None, ...] = ()
_SIGNATURES: set[tuple[type, ...]] = set()
