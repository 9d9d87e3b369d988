"""Contains some shared types for properties"""

from collections.abc import Callable, Mapping, MutableMapping
from typing import Any, Generic, Literal, TypeVar

import httpx
from attrs import define

from .errors import DecodeError


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint: `parsed` is the typed body of a 2xx, else None."""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    raw: httpx.Response


# --- Decoding helpers used by the generated models' `from_dict` -------------------------
# A model checks the exact JSON types of all its fields at once: the tuple of value types
# (its "signature") is looked up in a per-model cache of signatures already proven valid,
# so the per-field checks run only the first time a shape is seen.

NoneType = type(None)
_JSON_NAMES = {
    dict: "object",
    list: "array",
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    NoneType: "null",
}
_MAX_SIGNATURES = 4096


def json_type(value: object) -> str:
    """The JSON name of a decoded value's type."""
    return _JSON_NAMES.get(type(value), type(value).__name__)


def check_signature(
    keys: tuple[str, ...],
    allowed: tuple[tuple[type, ...] | None, ...],
    values: tuple[object, ...],
    signature: tuple[type, ...],
    seen: set[tuple[type, ...]],
) -> None:
    """Raise DecodeError for the first value whose type is not allowed; else remember it."""
    for key, types, value in zip(keys, allowed, values):
        if types is not None and type(value) not in types:
            expected = " or ".join(_JSON_NAMES.get(t, t.__name__) for t in types)
            raise DecodeError((key,), f"expected {expected}, got {json_type(value)}")
    if len(seen) < _MAX_SIGNATURES:
        seen.add(signature)


def not_an_object(src: object) -> Exception:
    """The error for a model whose input is not a JSON object."""
    return DecodeError((), f"expected object, got {json_type(src)}")


def decode_list(value: Any, decode: Callable[[Any], T]) -> list[T]:
    """Decode every item; a failure names the item's index."""
    try:
        return [decode(item) for item in value]
    except DecodeError:
        for index, item in enumerate(value):
            try:
                decode(item)
            except DecodeError as exc:
                raise exc.within(index) from None
        raise


def check_items(value: list[Any], types: tuple[type, ...]) -> list[Any]:
    """Check the JSON type of every item of a list of scalars."""
    for index, item in enumerate(value):
        if type(item) not in types:
            expected = " or ".join(_JSON_NAMES.get(t, t.__name__) for t in types)
            raise DecodeError((index,), f"expected {expected}, got {json_type(item)}")
    return value


def decode_union(
    value: Any,
    options: tuple[tuple[tuple[type, ...] | None, Callable[[Any], Any] | None], ...],
) -> Any:
    """Decode with the first option whose JSON type fits and whose shape matches."""
    first: DecodeError | None = None
    kind = type(value)
    for types, decode in options:
        if types is None or kind in types:
            if decode is None:
                return value
            try:
                return decode(value)
            except DecodeError as exc:
                first = first or exc
    if first is not None:
        raise first
    names = dict.fromkeys(
        _JSON_NAMES.get(t, t.__name__) for types, _ in options for t in types or ()
    )
    raise DecodeError((), f"expected {' or '.join(names)}, got {json_type(value)}")


__all__ = ["UNSET", "Mapping", "Response", "Unset"]
