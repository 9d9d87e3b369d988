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
    Plan,
    Tables,
    apply_plan,
    as_int,
    list_of,
    make_plan,
    not_an_object,
    union,
)

if TYPE_CHECKING:
    from ..models.customer_address import CustomerAddress
    from ..models.envelope_options import EnvelopeOptions
    from ..models.envelope_params import EnvelopeParams


T = TypeVar("T", bound="ListCustomerAddressesResponse")


@_attrs_define
class ListCustomerAddressesResponse:
    """The envelope of `GET /customer/{customerId}/addresses`.

    Attributes:
        count (int): items in this response
        message (str):
        options (EnvelopeOptions | list[Any]): options
        params (EnvelopeParams | list[Any]): the parameters the server applied
        status (int): HTTP status code
        total (int): total matching items across all pages
        total_results (int):
        data (list[CustomerAddress]):
    """

    count: int
    message: str
    options: EnvelopeOptions | list[Any]
    params: EnvelopeParams | list[Any]
    status: int
    total: int
    total_results: int
    data: list[CustomerAddress]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.envelope_options import EnvelopeOptions
        from ..models.envelope_params import EnvelopeParams

        count = self.count

        message = self.message

        options: dict[str, Any] | list[Any]
        if isinstance(self.options, EnvelopeOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        params: dict[str, Any] | list[Any]
        if isinstance(self.params, EnvelopeParams):
            params = self.params.to_dict()
        else:
            params = self.params

        status = self.status

        total = self.total

        total_results = self.total_results

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "message": message,
                "options": options,
                "params": params,
                "status": status,
                "total": total,
                "totalResults": total_results,
                "data": data,
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
    "count",
    "message",
    "options",
    "params",
    "status",
    "total",
    "totalResults",
    "data",
)
_KNOWN = frozenset(_KEYS + ())
_GET = operator.itemgetter(*_KEYS)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {int: None, float: as_int},  # count
            {str: None},  # message
            union({dict: _m.EnvelopeOptions.from_dict}, {list: None}),  # options
            union({dict: _m.EnvelopeParams.from_dict}, {list: None}),  # params
            {int: None, float: as_int},  # status
            {int: None, float: as_int},  # total
            {int: None, float: as_int},  # totalResults
            {list: list_of({dict: _m.CustomerAddress.from_dict})},  # data
        ),
        optional=(),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
