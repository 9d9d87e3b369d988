from __future__ import annotations

import operator
from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _m
from ..errors import DecodeError
from ..types import (
    NoneType,
    Plan,
    Tables,
    apply_plan,
    as_int,
    make_plan,
    not_an_object,
    union,
)

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
        if len(src_dict) != 14:
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
    "address",
    "addressId",
    "class1Id",
    "class2Id",
    "class3Id",
    "class4Id",
    "class5Id",
    "contactRoleUid",
    "directPhone",
    "emailAddress",
    "firstName",
    "id",
    "lastName",
    "salesrepDefaultLocationId",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {dict: _m.ContactAddress.from_dict},  # address
            {int: None, float: as_int},  # addressId
            {str: None, NoneType: None},  # class1Id
            {str: None, NoneType: None},  # class2Id
            {str: None, NoneType: None},  # class3Id
            {str: None, NoneType: None},  # class4Id
            {str: None, NoneType: None},  # class5Id
            union({int: None, float: as_int}, {NoneType: None}),  # contactRoleUid
            {str: None, NoneType: None},  # directPhone
            {str: None, NoneType: None},  # emailAddress
            {str: None},  # firstName
            {str: None},  # id
            {str: None},  # lastName
            union({int: None, float: as_int}, {NoneType: None}),  # salesrepDefaultLocationId
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
