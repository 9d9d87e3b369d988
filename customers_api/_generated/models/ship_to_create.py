from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        from ..models.user_defined_fields_object import UserDefinedFieldsObject

        d = dict(src_dict)

        def _parse_ship_to_address(
            data: object,
        ) -> list[Any] | None | Unset | UserDefinedFieldsObject:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_user_defined_fields_type_0 = UserDefinedFieldsObject.from_dict(
                    data
                )

                return componentsschemas_user_defined_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_user_defined_fields_type_1 = cast(list[Any], data)

                return componentsschemas_user_defined_fields_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset | UserDefinedFieldsObject, data)

        ship_to_address = _parse_ship_to_address(d.pop("shipToAddress", UNSET))

        ship_to_create = cls(
            ship_to_address=ship_to_address,
        )

        ship_to_create.additional_properties = d
        return ship_to_create

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
