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

T = TypeVar("T", bound="CustomerTagUpdate")


@_attrs_define
class CustomerTagUpdate:
    """PUT /customer/{customerId}/tags/{customerTagsUid} request body (MINIMUM keys).

    Attributes:
        process_cd (int | None | Unset): Process code
        status_cd (int | None | Unset): Status code (704 = Active, 705 = Inactive, 700 = Deleted)
        tag (None | str | Unset): New tag text; a blank value keeps the current text
    """

    process_cd: int | None | Unset = UNSET
    status_cd: int | None | Unset = UNSET
    tag: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        process_cd: int | None | Unset
        if isinstance(self.process_cd, Unset):
            process_cd = UNSET
        else:
            process_cd = self.process_cd

        status_cd: int | None | Unset
        if isinstance(self.status_cd, Unset):
            status_cd = UNSET
        else:
            status_cd = self.status_cd

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if process_cd is not UNSET:
            field_dict["processCd"] = process_cd
        if status_cd is not UNSET:
            field_dict["statusCd"] = status_cd
        if tag is not UNSET:
            field_dict["tag"] = tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            raise not_an_object(src_dict)
        obj = cls()
        tables = _tables()
        value = src_dict.get("processCd", UNSET)
        if value is not UNSET:
            obj.process_cd = decode_field(value, "processCd", tables.optional[0])
        value = src_dict.get("statusCd", UNSET)
        if value is not UNSET:
            obj.status_cd = decode_field(value, "statusCd", tables.optional[1])
        value = src_dict.get("tag", UNSET)
        if value is not UNSET:
            obj.tag = decode_field(value, "tag", tables.optional[2])
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
        "processCd",
        "statusCd",
        "tag",
    )
)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(),
        optional=(
            union({int: None, float: as_int}, {NoneType: None}),  # processCd
            union({int: None, float: as_int}, {NoneType: None}),  # statusCd
            {str: None, NoneType: None},  # tag
        ),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
