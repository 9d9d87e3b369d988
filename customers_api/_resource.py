"""What the rendered resource classes (``customers_api.resources``) share: the base class and
the argument checks done before a byte is sent.

Per-call options, on every method after its own arguments:

- ``timeout``: seconds or an ``httpx.Timeout`` for this call.
- ``max_retries``: overrides the client's retry count for this call.
- ``edge_cache`` (GET endpoints the API caches): ``"30s" | "1m" | "5m" | 1 | 2 | 3 | 4 | 5 | 8``.
- ``retry_writes`` (POST/PUT/DELETE): opt this call in to retries.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar, overload

from ._core import Core
from ._generated.errors import DecodeError
from ._generated.types import UNSET, Unset

__all__ = ["Resource", "as_body", "choice", "ints"]

B = TypeVar("B")


class Resource:
    """A namespace of endpoints sharing the client's core."""

    _core: Core

    def __init__(self, core: Core) -> None:
        self._core = core

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource>"


def _closest(key: str, valid: Sequence[str]) -> str:
    match = difflib.get_close_matches(key, valid, n=1, cutoff=0.0)
    return match[0] if match else valid[0]


def as_body(cls: type[B], value: B | Mapping[str, Any], keys: Mapping[str, str]) -> B:
    """A request body: the model itself, or a mapping keyed by the API's camelCase names or
    the model's snake_case attributes (``keys`` maps the latter to the former).

    Any other key is a ValueError naming it and the closest valid key: nothing is dropped or
    sent unread.
    """
    if isinstance(value, cls):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(f"body must be a {cls.__name__} or a mapping, not {type(value).__name__}")
    wire = set(keys.values())
    payload: dict[str, Any] = {}
    spelled: dict[str, str] = {}  # wire name -> the key the caller used for it
    for key, item in value.items():
        name = keys.get(key, key) if isinstance(key, str) else None
        if name is None or name not in wire:
            valid = sorted(wire | set(keys))
            if not valid:
                raise ValueError(f"{cls.__name__} takes no fields; got {key!r}")
            raise ValueError(
                f"{cls.__name__} has no field {key!r}; did you mean {_closest(str(key), valid)!r}?"
            )
        if name in payload:
            raise ValueError(
                f"{cls.__name__} field {name!r} is given twice: as {spelled[name]!r} and {key!r}"
            )
        payload[name] = item
        spelled[name] = key
    parse: Callable[[Mapping[str, Any]], B] = cls.from_dict  # type: ignore[attr-defined]
    try:
        return parse(payload)
    except DecodeError as exc:
        raise ValueError(
            f"body does not match {cls.__name__} at {exc.json_path}: {exc.reason}"
        ) from None


@overload
def choice(name: str, value: None, allowed: tuple[str, ...]) -> Unset: ...
@overload
def choice(name: str, value: str | bool, allowed: tuple[str, ...]) -> str: ...
def choice(name: str, value: str | bool | None, allowed: tuple[str, ...]) -> str | Unset:
    """A parameter whose spec fixes its values: one of ``allowed`` (a bool means "Y"/"N"
    where both are allowed), else ValueError naming the parameter and the values."""
    if value is None:
        return UNSET
    if isinstance(value, bool) and "Y" in allowed and "N" in allowed:
        return "Y" if value else "N"
    if isinstance(value, str) and value in allowed:
        return value
    shown = ", ".join(repr(v) for v in allowed)
    flags = " or a bool" if "Y" in allowed and "N" in allowed else ""
    raise ValueError(f"{name} must be one of {shown}{flags}; got {value!r}")


@overload
def ints(name: str, value: None) -> Unset: ...
@overload
def ints(name: str, value: int | Sequence[int]) -> int | list[int]: ...
def ints(name: str, value: int | Sequence[int] | None) -> int | list[int] | Unset:
    """One int or several (sent comma-joined), else ValueError naming the parameter."""
    if value is None:
        return UNSET
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise ValueError(f"{name} must be an int or a sequence of ints")
    codes = list(value)
    if not codes or any(isinstance(c, bool) or not isinstance(c, int) for c in codes):
        raise ValueError(f"{name} must be an int or a non-empty sequence of ints")
    return codes
