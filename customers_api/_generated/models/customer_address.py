from __future__ import annotations

import datetime
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
    as_datetime,
    as_int,
    encode_datetime,
    make_plan,
    not_an_object,
)

T = TypeVar("T", bound="CustomerAddress")


@_attrs_define
class CustomerAddress:
    """GET /customer/{customerId}/addresses response data (MINIMUM keys).

    Attributes:
        address1 (None | str): Address line 1 (max 50 chars)
        address2 (None | str): Address line 2 (max 50 chars)
        address3 (None | str): Address line 3 (max 50 chars)
        city (None | str): City (max 50 chars)
        country (None | str): Country (max 50 chars)
        customer_address_uid (int): Customer address ID
        customer_id (int): Prophet 21 customer the address belongs to
        date_created (datetime.datetime): When the record was created (mysql-datetime, e.g. 2025-07-30 15:50:49)
        date_last_modified (datetime.datetime): When the record last changed (mysql-datetime, e.g. 2025-07-30 15:50:49)
        email_address (None | str): Email address (max 255 chars)
        name (None | str): Address name (max 255 chars)
        phone_number_main (None | str): Main phone number (max 20 chars)
        phone_number_mobile (None | str): Mobile phone number (max 20 chars)
        postal_code (None | str): Postal code (max 10 chars)
        process_cd (int): Process code (704 = Active, 1185 = Import Complete)
        state (None | str): State or province (max 50 chars)
        status_cd (int): Status code (704 = Active, 705 = Inactive, 700 = Deleted)
        update_cd (int): Update code (1185 = Import Complete)
    """

    address1: None | str
    address2: None | str
    address3: None | str
    city: None | str
    country: None | str
    customer_address_uid: int
    customer_id: int
    date_created: datetime.datetime
    date_last_modified: datetime.datetime
    email_address: None | str
    name: None | str
    phone_number_main: None | str
    phone_number_mobile: None | str
    postal_code: None | str
    process_cd: int
    state: None | str
    status_cd: int
    update_cd: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address1: None | str
        address1 = self.address1

        address2: None | str
        address2 = self.address2

        address3: None | str
        address3 = self.address3

        city: None | str
        city = self.city

        country: None | str
        country = self.country

        customer_address_uid = self.customer_address_uid

        customer_id = self.customer_id

        date_created = encode_datetime(self.date_created)

        date_last_modified = encode_datetime(self.date_last_modified)

        email_address: None | str
        email_address = self.email_address

        name: None | str
        name = self.name

        phone_number_main: None | str
        phone_number_main = self.phone_number_main

        phone_number_mobile: None | str
        phone_number_mobile = self.phone_number_mobile

        postal_code: None | str
        postal_code = self.postal_code

        process_cd = self.process_cd

        state: None | str
        state = self.state

        status_cd = self.status_cd

        update_cd = self.update_cd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address1": address1,
                "address2": address2,
                "address3": address3,
                "city": city,
                "country": country,
                "customerAddressUid": customer_address_uid,
                "customerId": customer_id,
                "dateCreated": date_created,
                "dateLastModified": date_last_modified,
                "emailAddress": email_address,
                "name": name,
                "phoneNumberMain": phone_number_main,
                "phoneNumberMobile": phone_number_mobile,
                "postalCode": postal_code,
                "processCd": process_cd,
                "state": state,
                "statusCd": status_cd,
                "updateCd": update_cd,
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
        if len(src_dict) != 18:
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
    "address1",
    "address2",
    "address3",
    "city",
    "country",
    "customerAddressUid",
    "customerId",
    "dateCreated",
    "dateLastModified",
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
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {str: None, NoneType: None},  # address1
            {str: None, NoneType: None},  # address2
            {str: None, NoneType: None},  # address3
            {str: None, NoneType: None},  # city
            {str: None, NoneType: None},  # country
            {int: None, float: as_int},  # customerAddressUid
            {int: None, float: as_int},  # customerId
            {str: as_datetime},  # dateCreated
            {str: as_datetime},  # dateLastModified
            {str: None, NoneType: None},  # emailAddress
            {str: None, NoneType: None},  # name
            {str: None, NoneType: None},  # phoneNumberMain
            {str: None, NoneType: None},  # phoneNumberMobile
            {str: None, NoneType: None},  # postalCode
            {int: None, float: as_int},  # processCd
            {str: None, NoneType: None},  # state
            {int: None, float: as_int},  # statusCd
            {int: None, float: as_int},  # updateCd
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
