from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _m
from ..types import (
    UNSET,
    NoneType,
    Plan,
    Tables,
    Unset,
    decode_field,
    not_an_object,
    union,
)

if TYPE_CHECKING:
    from ..models.user_defined_fields_object import UserDefinedFieldsObject


T = TypeVar("T", bound="ShipToCreate")


@_attrs_define
class ShipToCreate:
    """POST /customer/{customerId}/ship-to request body (MINIMUM keys).

    Attributes:
        ship_to_address (list[Any] | None | Unset | UserDefinedFieldsObject): P21 ShipToAddress fields (name, mail and
            physical address, phone) ([] when empty)
    """

    ship_to_address: list[Any] | None | Unset | UserDefinedFieldsObject = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_defined_fields_object import UserDefinedFieldsObject

        ship_to_address: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.ship_to_address, Unset):
            ship_to_address = UNSET
        elif isinstance(self.ship_to_address, UserDefinedFieldsObject):
            ship_to_address = self.ship_to_address.to_dict()
        elif isinstance(self.ship_to_address, list):
            ship_to_address = self.ship_to_address

        else:
            ship_to_address = self.ship_to_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ship_to_address is not UNSET:
            field_dict["shipToAddress"] = ship_to_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            raise not_an_object(src_dict)
        obj = cls()
        tables = _tables()
        value = src_dict.get("shipToAddress", UNSET)
        if value is not UNSET:
            obj.ship_to_address = decode_field(value, "shipToAddress", tables.optional[0])
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
_KNOWN = frozenset(_KEYS + ("shipToAddress",))


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(),
        optional=(
            union(
                {dict: _m.UserDefinedFieldsObject.from_dict}, {list: None}, {NoneType: None}
            ),  # shipToAddress
        ),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
