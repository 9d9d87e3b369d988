from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import (
    NoneType,
    check_signature,
    not_an_object,
)

T = TypeVar("T", bound="ContactAddress")


@_attrs_define
class ContactAddress:
    """Shape of `address` (MINIMUM keys; reused wherever the same shape appears).

    Attributes:
        id (int): Prophet 21 address ID
        mail_address_1 (None | str): Mailing address line 1 (max 50 chars)
        mail_address_2 (None | str): Mailing address line 2 (max 50 chars)
        mail_city (None | str): Mailing city (max 50 chars)
        mail_country (None | str): Mailing country (max 50 chars)
        mail_postal_code (None | str): Mailing postal code (max 10 chars)
        mail_state (None | str): Mailing state or province (max 50 chars)
        phys_address_1 (None | str): Physical address line 1 (max 50 chars)
        phys_address_2 (None | str): Physical address line 2 (max 50 chars)
        phys_city (None | str): Physical city (max 50 chars)
        phys_country (None | str): Physical country (max 50 chars)
        phys_postal_code (None | str): Physical postal code (max 10 chars)
        phys_state (None | str): Physical state or province (max 50 chars)
    """

    id: int
    mail_address_1: None | str
    mail_address_2: None | str
    mail_city: None | str
    mail_country: None | str
    mail_postal_code: None | str
    mail_state: None | str
    phys_address_1: None | str
    phys_address_2: None | str
    phys_city: None | str
    phys_country: None | str
    phys_postal_code: None | str
    phys_state: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mail_address_1: None | str
        mail_address_1 = self.mail_address_1

        mail_address_2: None | str
        mail_address_2 = self.mail_address_2

        mail_city: None | str
        mail_city = self.mail_city

        mail_country: None | str
        mail_country = self.mail_country

        mail_postal_code: None | str
        mail_postal_code = self.mail_postal_code

        mail_state: None | str
        mail_state = self.mail_state

        phys_address_1: None | str
        phys_address_1 = self.phys_address_1

        phys_address_2: None | str
        phys_address_2 = self.phys_address_2

        phys_city: None | str
        phys_city = self.phys_city

        phys_country: None | str
        phys_country = self.phys_country

        phys_postal_code: None | str
        phys_postal_code = self.phys_postal_code

        phys_state: None | str
        phys_state = self.phys_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mailAddress1": mail_address_1,
                "mailAddress2": mail_address_2,
                "mailCity": mail_city,
                "mailCountry": mail_country,
                "mailPostalCode": mail_postal_code,
                "mailState": mail_state,
                "physAddress1": phys_address_1,
                "physAddress2": phys_address_2,
                "physCity": phys_city,
                "physCountry": phys_country,
                "physPostalCode": phys_postal_code,
                "physState": phys_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            values = _GET(src_dict)
        except KeyError as exc:
            raise DecodeError((exc.args[0],), "required field is missing") from None
        except TypeError:
            raise not_an_object(src_dict) from None
        signature = tuple(map(type, values))
        if signature not in _SIGNATURES:
            check_signature(_KEYS, _ALLOWED, values, signature, _SIGNATURES)
        obj = cls(*values)
        if len(src_dict) != 13:
            obj.additional_properties = {k: src_dict[k] for k in src_dict.keys() - _KNOWN}
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
    "id",
    "mailAddress1",
    "mailAddress2",
    "mailCity",
    "mailCountry",
    "mailPostalCode",
    "mailState",
    "physAddress1",
    "physAddress2",
    "physCity",
    "physCountry",
    "physPostalCode",
    "physState",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)
_ALLOWED: tuple[tuple[type, ...] | None, ...] = (
    (int,),  # id
    (str, NoneType),  # mailAddress1
    (str, NoneType),  # mailAddress2
    (str, NoneType),  # mailCity
    (str, NoneType),  # mailCountry
    (str, NoneType),  # mailPostalCode
    (str, NoneType),  # mailState
    (str, NoneType),  # physAddress1
    (str, NoneType),  # physAddress2
    (str, NoneType),  # physCity
    (str, NoneType),  # physCountry
    (str, NoneType),  # physPostalCode
    (str, NoneType),  # physState
)
_SIGNATURES: set[tuple[type, ...]] = set()
