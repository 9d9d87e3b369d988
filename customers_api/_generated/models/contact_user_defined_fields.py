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

T = TypeVar("T", bound="ContactUserDefinedFields")


@_attrs_define
class ContactUserDefinedFields:
    """GET /contacts-ud/{id} response data (MINIMUM keys).

    Attributes:
        contacts_ud_uid (int): Prophet 21 contacts_ud row
        created_by (None | str): Prophet 21 user who created the row
        date_created (datetime.datetime): When the row was created (Y-m-d H:i:s)
        date_last_modified (datetime.datetime): When the row was last modified (Y-m-d H:i:s)
        id (str): Prophet 21 contact ID
        last_maintained_by (str): Prophet 21 user who last changed the row
    """

    contacts_ud_uid: int
    created_by: None | str
    date_created: datetime.datetime
    date_last_modified: datetime.datetime
    id: str
    last_maintained_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts_ud_uid = self.contacts_ud_uid

        created_by: None | str
        created_by = self.created_by

        date_created = encode_datetime(self.date_created)

        date_last_modified = encode_datetime(self.date_last_modified)

        id = self.id

        last_maintained_by = self.last_maintained_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contactsUdUid": contacts_ud_uid,
                "createdBy": created_by,
                "dateCreated": date_created,
                "dateLastModified": date_last_modified,
                "id": id,
                "lastMaintainedBy": last_maintained_by,
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
        if len(src_dict) != 6:
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
    "contactsUdUid",
    "createdBy",
    "dateCreated",
    "dateLastModified",
    "id",
    "lastMaintainedBy",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {int: None, float: as_int},  # contactsUdUid
            {str: None, NoneType: None},  # createdBy
            {str: as_datetime},  # dateCreated
            {str: as_datetime},  # dateLastModified
            {str: None},  # id
            {str: None},  # lastMaintainedBy
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
