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
    from ..models.ship_to_address import ShipToAddress


T = TypeVar("T", bound="ShipTo")


@_attrs_define
class ShipTo:
    """GET /customer/{customerId}/ship-to response data (MINIMUM keys).

    Attributes:
        address (None | ShipToAddress): The ship-to's address; null when no address row matches
        company_id (str): Prophet 21 company (max 8 chars)
        customer_id (int): Prophet 21 customer the ship-to belongs to
        default_branch (str): Default branch for the ship-to (max 8 chars)
        default_carrier_id (int | None): Prophet 21 address ID of the default carrier
        delivery_instructions (None | str): Delivery instructions for the carrier (max 255 chars)
        preferred_location_id (int | None): Prophet 21 location the ship-to prefers to ship from
        route_code (None | str): Shipping route code
        route_description (None | str): Shipping route description
        ship_to_id (int): Prophet 21 ship-to ID (also its address ID)
        shipping_route_uid (int | None): Shipping route assigned to the ship-to
    """

    address: None | ShipToAddress
    company_id: str
    customer_id: int
    default_branch: str
    default_carrier_id: int | None
    delivery_instructions: None | str
    preferred_location_id: int | None
    route_code: None | str
    route_description: None | str
    ship_to_id: int
    shipping_route_uid: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ship_to_address import ShipToAddress

        address: dict[str, Any] | None
        if isinstance(self.address, ShipToAddress):
            address = self.address.to_dict()
        else:
            address = self.address

        company_id = self.company_id

        customer_id = self.customer_id

        default_branch = self.default_branch

        default_carrier_id: int | None
        default_carrier_id = self.default_carrier_id

        delivery_instructions: None | str
        delivery_instructions = self.delivery_instructions

        preferred_location_id: int | None
        preferred_location_id = self.preferred_location_id

        route_code: None | str
        route_code = self.route_code

        route_description: None | str
        route_description = self.route_description

        ship_to_id = self.ship_to_id

        shipping_route_uid: int | None
        shipping_route_uid = self.shipping_route_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "companyId": company_id,
                "customerId": customer_id,
                "defaultBranch": default_branch,
                "defaultCarrierId": default_carrier_id,
                "deliveryInstructions": delivery_instructions,
                "preferredLocationId": preferred_location_id,
                "routeCode": route_code,
                "routeDescription": route_description,
                "shipToId": ship_to_id,
                "shippingRouteUid": shipping_route_uid,
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
        if len(src_dict) != 11:
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
    "companyId",
    "customerId",
    "defaultBranch",
    "defaultCarrierId",
    "deliveryInstructions",
    "preferredLocationId",
    "routeCode",
    "routeDescription",
    "shipToId",
    "shippingRouteUid",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            union({dict: _m.ShipToAddress.from_dict}, {NoneType: None}),  # address
            {str: None},  # companyId
            {int: None, float: as_int},  # customerId
            {str: None},  # defaultBranch
            union({int: None, float: as_int}, {NoneType: None}),  # defaultCarrierId
            {str: None, NoneType: None},  # deliveryInstructions
            union({int: None, float: as_int}, {NoneType: None}),  # preferredLocationId
            {str: None, NoneType: None},  # routeCode
            {str: None, NoneType: None},  # routeDescription
            {int: None, float: as_int},  # shipToId
            union({int: None, float: as_int}, {NoneType: None}),  # shippingRouteUid
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
