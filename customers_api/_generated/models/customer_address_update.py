from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    NoneType,
    Plan,
    Tables,
    Unset,
    as_int,
    decode_field,
    not_an_object,
    union,
)

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
        if type(src_dict) is not dict:
            raise not_an_object(src_dict)
        obj = cls()
        tables = _tables()
        value = src_dict.get("address1", UNSET)
        if value is not UNSET:
            obj.address1 = decode_field(value, "address1", tables.optional[0])
        value = src_dict.get("address2", UNSET)
        if value is not UNSET:
            obj.address2 = decode_field(value, "address2", tables.optional[1])
        value = src_dict.get("address3", UNSET)
        if value is not UNSET:
            obj.address3 = decode_field(value, "address3", tables.optional[2])
        value = src_dict.get("city", UNSET)
        if value is not UNSET:
            obj.city = decode_field(value, "city", tables.optional[3])
        value = src_dict.get("country", UNSET)
        if value is not UNSET:
            obj.country = decode_field(value, "country", tables.optional[4])
        value = src_dict.get("emailAddress", UNSET)
        if value is not UNSET:
            obj.email_address = decode_field(value, "emailAddress", tables.optional[5])
        value = src_dict.get("name", UNSET)
        if value is not UNSET:
            obj.name = decode_field(value, "name", tables.optional[6])
        value = src_dict.get("phoneNumberMain", UNSET)
        if value is not UNSET:
            obj.phone_number_main = decode_field(value, "phoneNumberMain", tables.optional[7])
        value = src_dict.get("phoneNumberMobile", UNSET)
        if value is not UNSET:
            obj.phone_number_mobile = decode_field(value, "phoneNumberMobile", tables.optional[8])
        value = src_dict.get("postalCode", UNSET)
        if value is not UNSET:
            obj.postal_code = decode_field(value, "postalCode", tables.optional[9])
        value = src_dict.get("processCd", UNSET)
        if value is not UNSET:
            obj.process_cd = decode_field(value, "processCd", tables.optional[10])
        value = src_dict.get("state", UNSET)
        if value is not UNSET:
            obj.state = decode_field(value, "state", tables.optional[11])
        value = src_dict.get("statusCd", UNSET)
        if value is not UNSET:
            obj.status_cd = decode_field(value, "statusCd", tables.optional[12])
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
    )
)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(),
        optional=(
            {str: None, NoneType: None},  # address1
            {str: None, NoneType: None},  # address2
            {str: None, NoneType: None},  # address3
            {str: None, NoneType: None},  # city
            {str: None, NoneType: None},  # country
            {str: None, NoneType: None},  # emailAddress
            {str: None, NoneType: None},  # name
            {str: None, NoneType: None},  # phoneNumberMain
            {str: None, NoneType: None},  # phoneNumberMobile
            {str: None, NoneType: None},  # postalCode
            union({int: None, float: as_int}, {NoneType: None}),  # processCd
            {str: None, NoneType: None},  # state
            union({int: None, float: as_int}, {NoneType: None}),  # statusCd
        ),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
