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
        if len(src_dict) != 13:
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


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {int: None, float: as_int},  # id
            {str: None, NoneType: None},  # mailAddress1
            {str: None, NoneType: None},  # mailAddress2
            {str: None, NoneType: None},  # mailCity
            {str: None, NoneType: None},  # mailCountry
            {str: None, NoneType: None},  # mailPostalCode
            {str: None, NoneType: None},  # mailState
            {str: None, NoneType: None},  # physAddress1
            {str: None, NoneType: None},  # physAddress2
            {str: None, NoneType: None},  # physCity
            {str: None, NoneType: None},  # physCountry
            {str: None, NoneType: None},  # physPostalCode
            {str: None, NoneType: None},  # physState
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
