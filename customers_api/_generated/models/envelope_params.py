from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Plan,
    Tables,
    not_an_object,
)

T = TypeVar("T", bound="EnvelopeParams")


@_attrs_define
class EnvelopeParams:
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            raise not_an_object(src_dict)
        obj = cls()
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
_KNOWN = frozenset(_KEYS + ())


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
