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

T = TypeVar("T", bound="CustomerTag")


@_attrs_define
class CustomerTag:
    """GET /customer/{customerId}/tags response data (MINIMUM keys).

    Attributes:
        customer_id (int): Prophet 21 customer the tag belongs to
        customer_tags_uid (int): Customer tag ID
        date_created (datetime.datetime): When the record was created (mysql-datetime, e.g. 2025-07-30 15:50:49)
        date_last_modified (datetime.datetime): When the record last changed (mysql-datetime, e.g. 2025-07-30 15:50:49)
        process_cd (int): Process code (704 = Active, 1185 = Import Complete)
        status_cd (int): Status code (704 = Active, 705 = Inactive, 700 = Deleted)
        tag (None | str): Tag text (max 255 chars)
        update_cd (int): Update code (1185 = Import Complete)
    """

    customer_id: int
    customer_tags_uid: int
    date_created: datetime.datetime
    date_last_modified: datetime.datetime
    process_cd: int
    status_cd: int
    tag: None | str
    update_cd: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        customer_tags_uid = self.customer_tags_uid

        date_created = encode_datetime(self.date_created)

        date_last_modified = encode_datetime(self.date_last_modified)

        process_cd = self.process_cd

        status_cd = self.status_cd

        tag: None | str
        tag = self.tag

        update_cd = self.update_cd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "customerTagsUid": customer_tags_uid,
                "dateCreated": date_created,
                "dateLastModified": date_last_modified,
                "processCd": process_cd,
                "statusCd": status_cd,
                "tag": tag,
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
        if len(src_dict) != 8:
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
    "customerId",
    "customerTagsUid",
    "dateCreated",
    "dateLastModified",
    "processCd",
    "statusCd",
    "tag",
    "updateCd",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {int: None, float: as_int},  # customerId
            {int: None, float: as_int},  # customerTagsUid
            {str: as_datetime},  # dateCreated
            {str: as_datetime},  # dateLastModified
            {int: None, float: as_int},  # processCd
            {int: None, float: as_int},  # statusCd
            {str: None, NoneType: None},  # tag
            {int: None, float: as_int},  # updateCd
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
