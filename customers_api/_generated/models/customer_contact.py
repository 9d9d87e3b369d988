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

T = TypeVar("T", bound="CustomerContact")


@_attrs_define
class CustomerContact:
    """GET /customer/{customerId}/contacts response data (MINIMUM keys).

    Attributes:
        address_class_5_id (None | str): Class 5 of the contact's address
        address_id (int): Prophet 21 address the contact belongs to
        cellular (None | str): Mobile phone number (max 20 chars)
        email_address (None | str): Email address (max 255 chars)
        ext (None | str): Phone extension
        first_name (str): First name (max 15 chars)
        id (str): Prophet 21 contact ID (max 16 chars)
        last_name (str): Last name (max 24 chars)
        phone (None | str): Direct phone number
        title (None | str): Job title (max 40 chars)
    """

    address_class_5_id: None | str
    address_id: int
    cellular: None | str
    email_address: None | str
    ext: None | str
    first_name: str
    id: str
    last_name: str
    phone: None | str
    title: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_class_5_id: None | str
        address_class_5_id = self.address_class_5_id

        address_id = self.address_id

        cellular: None | str
        cellular = self.cellular

        email_address: None | str
        email_address = self.email_address

        ext: None | str
        ext = self.ext

        first_name = self.first_name

        id = self.id

        last_name = self.last_name

        phone: None | str
        phone = self.phone

        title: None | str
        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressClass5Id": address_class_5_id,
                "addressId": address_id,
                "cellular": cellular,
                "emailAddress": email_address,
                "ext": ext,
                "firstName": first_name,
                "id": id,
                "lastName": last_name,
                "phone": phone,
                "title": title,
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
        if len(src_dict) != 10:
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
    "addressClass5Id",
    "addressId",
    "cellular",
    "emailAddress",
    "ext",
    "firstName",
    "id",
    "lastName",
    "phone",
    "title",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {str: None, NoneType: None},  # addressClass5Id
            {int: None, float: as_int},  # addressId
            {str: None, NoneType: None},  # cellular
            {str: None, NoneType: None},  # emailAddress
            {str: None, NoneType: None},  # ext
            {str: None},  # firstName
            {str: None},  # id
            {str: None},  # lastName
            {str: None, NoneType: None},  # phone
            {str: None, NoneType: None},  # title
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
