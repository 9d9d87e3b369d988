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

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The body of a non-2xx response.

    Attributes:
        message (str): Why the request failed
        code (int | None | str | Unset): A machine-readable code
        request_id (None | str | Unset): The server's request id
    """

    message: str
    code: int | None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code: int | None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

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
        value = src_dict.get("code", UNSET)
        if value is not UNSET:
            obj.code = decode_field(value, "code", tables.optional[0])
        value = src_dict.get("requestId", UNSET)
        if value is not UNSET:
            obj.request_id = decode_field(value, "requestId", tables.optional[1])
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


_KEYS: tuple[str, ...] = ("message",)
_KNOWN = frozenset(
    _KEYS
    + (
        "code",
        "requestId",
    )
)


def _GET(src: Mapping[str, Any]) -> tuple[Any, ...]:
    return (src["message"],)


@cache
def _tables() -> Tables:
    """The fields' decoding tables, built on first use (when every model class exists)."""
    return Tables(
        required=(
            {str: None},  # message
        ),
        optional=(
            union({str: None}, {int: None, float: as_int}, {NoneType: None}),  # code
            {str: None, NoneType: None},  # requestId
        ),
        extra=None,
    )


_PLANS: dict[tuple[type, ...], Plan] = {}
