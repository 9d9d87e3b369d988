from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import (
    UNSET,
    NoneType,
    Plan,
    Tables,
    Unset,
    apply_plan,
    as_int,
    decode_field,
    make_plan,
    not_an_object,
    union,
)

T = TypeVar("T", bound="CustomerTagCreate")


@_attrs_define
class CustomerTagCreate:
    """POST /customer/{customerId}/tags request body (MINIMUM keys).

    Attributes:
        tag (str): Tag text; an existing tag with the same text is refreshed in place
        process_cd (int | None | Unset): Process code; defaults to 704 (Active)
        status_cd (int | None | Unset): Status code (704 = Active, 705 = Inactive, 700 = Deleted); defaults to 704, and
            704 restores a deleted tag
        update_cd (int | None | Unset): Update code; defaults to 1185 (Import Complete)
    """

    tag: str
    process_cd: int | None | Unset = UNSET
    status_cd: int | None | Unset = UNSET
    update_cd: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag = self.tag

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

        update_cd: int | None | Unset
        if isinstance(self.update_cd, Unset):
            update_cd = UNSET
        else:
            update_cd = self.update_cd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tag": tag,
            }
        )
        if process_cd is not UNSET:
            field_dict["processCd"] = process_cd
        if status_cd is not UNSET:
            field_dict["statusCd"] = status_cd
        if update_cd is not UNSET:
            field_dict["updateCd"] = update_cd

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
        tables = _tables()
        value = src_dict.get("processCd", UNSET)
        if value is not UNSET:
            obj.process_cd = decode_field(value, "processCd", tables.optional[0])
        value = src_dict.get("statusCd", UNSET)
        if value is not UNSET:
            obj.status_cd = decode_field(value, "statusCd", tables.optional[1])
        value = src_dict.get("updateCd", UNSET)
        if value is not UNSET:
            obj.update_cd = decode_field(value, "updateCd", tables.optional[2])
        if len(src_dict) != 1:
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


_KEYS: tuple[str, ...] = ("tag",)
_KNOWN = frozenset(
    _KEYS
    + (
        "processCd",
        "statusCd",
        "updateCd",
    )
)


def _GET(src: Mapping[str, Any]) -> tuple[Any, ...]:
    return (src["tag"],)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {str: None},  # tag
        ),
        optional=(
            union({int: None, float: as_int}, {NoneType: None}),  # processCd
            union({int: None, float: as_int}, {NoneType: None}),  # statusCd
            union({int: None, float: as_int}, {NoneType: None}),  # updateCd
        ),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
