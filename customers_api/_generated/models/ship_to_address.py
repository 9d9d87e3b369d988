from __future__ import annotations

import operator
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import (
    NoneType,
    Plan,
    Tables,
    apply_plan,
    as_int,
    make_plan,
    not_an_object,
)

T = TypeVar("T", bound="ShipToAddress")


@_attrs_define
class ShipToAddress:
    """Shape of `address` (MINIMUM keys; reused wherever the same shape appears).

    Attributes:
        central_phone_number (None | str): Main phone number (max 20 chars)
        class_5_id (None | str): Address class 5 (max 8 chars)
        id (int): Prophet 21 address ID
        mail_address_1 (None | str): Mailing address line 1 (max 50 chars)
        mail_address_2 (None | str): Mailing address line 2 (max 50 chars)
        mail_address_3 (None | str): Mailing address line 3 (max 50 chars)
        mail_city (None | str): Mailing city (max 50 chars)
        mail_country (None | str): Mailing country (max 50 chars)
        mail_postal_code (None | str): Mailing postal code (max 10 chars)
        mail_state (None | str): Mailing state or province (max 50 chars)
        name (str): Address name (max 50 chars)
        phys_address_1 (None | str): Physical address line 1 (max 50 chars)
        phys_address_2 (None | str): Physical address line 2 (max 50 chars)
        phys_address_3 (None | str): Physical address line 3 (max 50 chars)
        phys_city (None | str): Physical city (max 50 chars)
        phys_country (None | str): Physical country (max 50 chars)
        phys_postal_code (None | str): Physical postal code (max 10 chars)
        phys_state (None | str): Physical state or province (max 50 chars)
        ups_code (None | str): UPS code for the address (max 40 chars)
    """

    central_phone_number: None | str
    class_5_id: None | str
    id: int
    mail_address_1: None | str
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
    ups_code: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        central_phone_number: None | str
        central_phone_number = self.central_phone_number

        class_5_id: None | str
        class_5_id = self.class_5_id

        id = self.id

        mail_address_1: None | str
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

        ups_code: None | str
        ups_code = self.ups_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "centralPhoneNumber": central_phone_number,
                "class5Id": class_5_id,
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
                "upsCode": ups_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            values: Sequence[Any] = _GET(src_dict)
        except KeyError as exc:
            raise DecodeError((exc.args[0],), "required field is missing") from None
        except TypeError:
            raise not_an_object(src_dict) from None
        signature = tuple(map(type, values))
        plan = _PLANS.get(signature)
        if plan is None:
            plan = make_plan(_KEYS, _tables().required, values, signature, _PLANS)
        if plan:
            values = apply_plan(values, plan)
        obj = cls(*values)
        if len(src_dict) != 19:
            extra = src_dict.keys() - _KNOWN
            obj.additional_properties = {k: src_dict[k] for k in extra}
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
    "centralPhoneNumber",
    "class5Id",
    "id",
    "mailAddress1",
    "mailAddress2",
    "mailAddress3",
    "mailCity",
    "mailCountry",
    "mailPostalCode",
    "mailState",
    "name",
    "physAddress1",
    "physAddress2",
    "physAddress3",
    "physCity",
    "physCountry",
    "physPostalCode",
    "physState",
    "upsCode",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {str: None, NoneType: None},  # centralPhoneNumber
            {str: None, NoneType: None},  # class5Id
            {int: None, float: as_int},  # id
            {str: None, NoneType: None},  # mailAddress1
            {str: None, NoneType: None},  # mailAddress2
            {str: None, NoneType: None},  # mailAddress3
            {str: None, NoneType: None},  # mailCity
            {str: None, NoneType: None},  # mailCountry
            {str: None, NoneType: None},  # mailPostalCode
            {str: None, NoneType: None},  # mailState
            {str: None},  # name
            {str: None, NoneType: None},  # physAddress1
            {str: None, NoneType: None},  # physAddress2
            {str: None, NoneType: None},  # physAddress3
            {str: None, NoneType: None},  # physCity
            {str: None, NoneType: None},  # physCountry
            {str: None, NoneType: None},  # physPostalCode
            {str: None, NoneType: None},  # physState
            {str: None, NoneType: None},  # upsCode
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
