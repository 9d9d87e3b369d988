from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _m
from ..errors import DecodeError
from ..types import (
    check_signature,
    not_an_object,
)

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.envelope_options import EnvelopeOptions
    from ..models.envelope_params import EnvelopeParams


T = TypeVar("T", bound="GetCustomerResponse")


@_attrs_define
class GetCustomerResponse:
    """The envelope of `GET /customer/{customerId}/doc`.

    Attributes:
        count (int): items in this response
        message (str):
        options (EnvelopeOptions | list[Any]): options
        params (EnvelopeParams | list[Any]): the parameters the server applied
        status (int): HTTP status code
        total (int): total matching items across all pages
        total_results (int):
        data (Customer): A Prophet 21 customer: ids, name, classes, terms, flags and user-defined fields.
    """

    count: int
    message: str
    options: EnvelopeOptions | list[Any]
    params: EnvelopeParams | list[Any]
    status: int
    total: int
    total_results: int
    data: Customer
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

        data = self.data.to_dict()

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
            values = _GET(src_dict)
        except KeyError as exc:
            raise DecodeError((exc.args[0],), "required field is missing") from None
        except TypeError:
            raise not_an_object(src_dict) from None
        signature = tuple(map(type, values))
        if signature not in _SIGNATURES:
            check_signature(_KEYS, _ALLOWED, values, signature, _SIGNATURES)
        obj = cls(*values)
        value = values[2]
        if type(value) is dict:
            try:
                obj.options = _m.EnvelopeOptions.from_dict(value)
            except DecodeError as exc:
                raise exc.within("options") from None
        value = values[3]
        if type(value) is dict:
            try:
                obj.params = _m.EnvelopeParams.from_dict(value)
            except DecodeError as exc:
                raise exc.within("params") from None
        try:
            obj.data = _m.Customer.from_dict(values[7])
        except DecodeError as exc:
            raise exc.within("data") from None
        if len(src_dict) != 8:
            obj.additional_properties = {k: src_dict[k] for k in src_dict.keys() - _KNOWN}
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
_ALLOWED: tuple[tuple[type, ...] | None, ...] = (
    (int,),  # count
    (str,),  # message
    (dict, list),  # options
    (dict, list),  # params
    (int,),  # status
    (int,),  # total
    (int,),  # totalResults
    (dict,),  # data
)
_SIGNATURES: set[tuple[type, ...]] = set()
