"""Argument checks, done before a byte is sent: every bad value is a ``ValueError`` naming
the parameter (``ConfigError``, also a ``ValueError``, when it is the client's setting).

The rendered friendly methods call these on their arguments (``path_int``, ``choice``,
``integer``, ``date_param``, ``as_body``, ...); the pipeline calls ``timeout_phases``,
``retry_count`` and ``edge_cache_param`` on the per-call options. A leaf module: it imports
only the generated layer's ``UNSET`` and ``DecodeError``.
"""

from __future__ import annotations

import datetime
import difflib
import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, TypeAlias, TypeVar, overload

import httpx

from ._generated.errors import DecodeError
from ._generated.types import UNSET, Unset

__all__ = [
    "EDGE_CACHE_VALUES",
    "EdgeCache",
    "PathId",
    "Phases",
    "as_body",
    "choice",
    "date_param",
    "datetime_param",
    "edge_cache_param",
    "integer",
    "ints",
    "path_id",
    "path_int",
    "path_str",
    "path_text",
    "requires",
    "retry_count",
    "timeout_phases",
    "unset",
]

B = TypeVar("B")
V = TypeVar("V")

#: A path identifier: a non-negative int, or a string of ASCII digits (``"12"``).
PathId: TypeAlias = "int | str"

#: The API's edgeCache values (Cloudflare edge cache lifetimes), sent as ``cacheSiteId{v}``.
EdgeCache: TypeAlias = Literal["30s", "1m", "5m", 1, 2, 3, 4, 5, 8]

EDGE_CACHE_VALUES: tuple[str | int, ...] = ("30s", "1m", "5m", 1, 2, 3, 4, 5, 8)
_EDGE_CACHE_PARAM = {v: f"cacheSiteId{v}" for v in EDGE_CACHE_VALUES}

_MAX_DIGITS = 18  # fits a signed 64-bit int; anything longer is not a Prophet 21 id
_DIGITS = frozenset("0123456789")


def unset(value: V | None) -> V | Unset:
    """None (the SDK's "not given") as the generated code's UNSET."""
    return UNSET if value is None else value


# -- path ids ---------------------------------------------------------------------------


def path_id(name: str, value: object) -> str:
    """``value`` as the path segment for parameter ``name``, or ValueError naming ``name``.

    Accepts an ``int`` >= 0 (not ``bool``) or a ``str`` of 1-18 ASCII digits. Everything else
    (floats, negatives, ``"12/../x"``, ``"%2F"``, whitespace, non-ASCII digits) is refused, so
    the result never needs percent-encoding and can never change the request's path.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            raise ValueError(f"{name} must be a non-negative integer, got a negative number")
        text = str(int(value))
    elif isinstance(value, str):
        text = value
        if not text or not _DIGITS.issuperset(text):
            raise ValueError(
                f"{name} must be a non-negative integer or a string of ASCII digits "
                f"(got a string that is not)"
            )
    else:
        raise ValueError(
            f"{name} must be a non-negative integer or a string of ASCII digits, "
            f"not {type(value).__name__}"
        )
    if len(text) > _MAX_DIGITS:
        raise ValueError(f"{name} is too long (more than {_MAX_DIGITS} digits)")
    return text


def path_int(name: str, value: object) -> int:
    """A validated integer path parameter (see :func:`path_id`); an int is passed through."""
    if type(value) is int and 0 <= value < 10**_MAX_DIGITS:
        return value
    return int(path_id(name, value))


def path_str(name: str, value: object) -> str:
    """A validated string path parameter: same rule, digits kept as given (``"007"``)."""
    return path_id(name, value)


def path_text(name: str, value: object) -> str:
    """A validated free-text path parameter (a ``str`` one whose spec admits more than digits):
    a non-empty ``str`` other than ``.`` and ``..``; the generated code percent-encodes the
    rest (``/`` included), so the value can never change the request's path."""
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a string, not {type(value).__name__}")
    if value in ("", ".", ".."):
        raise ValueError(f"{name} must be a non-empty string other than '.' and '..'")
    return value


# -- query values -----------------------------------------------------------------------


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


def requires(name: str, value: object, other: str, other_value: object) -> None:
    """``name`` goes only with ``other`` (the spec says "requires ..."): a ValueError naming
    both when ``name`` is given alone, before a byte is sent, instead of the API's 400."""
    if value is not None and other_value is None:
        raise ValueError(f"{name} requires {other}: give both (the API refuses one alone)")


@overload
def integer(name: str, value: None) -> Unset: ...
@overload
def integer(name: str, value: int) -> int: ...
def integer(name: str, value: int | None) -> int | Unset:
    """An integer parameter: an ``int`` (not ``bool``, which is not a number the API takes),
    else ValueError naming the parameter."""
    if value is None:
        return UNSET
    if type(value) is int or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise ValueError(f"{name} must be an int, not {type(value).__name__}")


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


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?", re.ASCII)


@overload
def date_param(name: str, value: None) -> Unset: ...
@overload
def date_param(name: str, value: datetime.date | str) -> datetime.date: ...
def date_param(name: str, value: datetime.date | str | None) -> datetime.date | Unset:
    """A date filter: a ``datetime.date`` or a ``"YYYY-MM-DD"`` string (the API's format);
    anything else -- a datetime, a malformed or impossible date -- is a ValueError naming
    the parameter."""
    if value is None:
        return UNSET
    if isinstance(value, datetime.datetime):
        raise ValueError(
            f"{name} takes a date (YYYY-MM-DD), not a datetime: pass value.date() if that "
            "is the day you mean"
        )
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"{name} must be a datetime.date or a 'YYYY-MM-DD' string; got {value!r}")


@overload
def datetime_param(name: str, value: None) -> Unset: ...
@overload
def datetime_param(name: str, value: datetime.datetime | str) -> datetime.datetime: ...
def datetime_param(name: str, value: datetime.datetime | str | None) -> datetime.datetime | Unset:
    """A date-time filter: a ``datetime.datetime`` or a ``"YYYY-MM-DD HH:MM:SS"`` string
    (``T`` as the separator too); else a ValueError naming the parameter."""
    if value is None:
        return UNSET
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str) and _DATETIME.fullmatch(value):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(
        f"{name} must be a datetime.datetime or a 'YYYY-MM-DD HH:MM:SS' string; got {value!r}"
    )


# -- request bodies ---------------------------------------------------------------------


def _closest(key: str, valid: Sequence[str]) -> str:
    match = difflib.get_close_matches(key, valid, n=1, cutoff=0.0)
    return match[0] if match else valid[0]


def as_body(cls: type[B], value: B | Mapping[str, Any], keys: Mapping[str, str]) -> B:
    """A request body: the model itself, or a mapping keyed by the API's camelCase names or
    the model's snake_case attributes (``keys`` maps the latter to the former).

    Any other key is a ValueError naming it and the closest valid key: nothing is dropped or
    sent unread. Either way the body is checked against the model's types (a model built by
    hand is not: attrs does not check types), so ``{"priority": True}`` for an integer field
    is a ValueError naming the field, not a 400.
    """
    parse: Callable[[Mapping[str, Any]], B] = cls.from_dict  # type: ignore[attr-defined]
    if isinstance(value, cls):
        payload: dict[str, Any] = value.to_dict()  # type: ignore[attr-defined]
        _decode(cls, parse, payload)
        return value
    if not isinstance(value, Mapping):
        raise TypeError(f"body must be a {cls.__name__} or a mapping, not {type(value).__name__}")
    wire = set(keys.values())
    payload = {}
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
    return _decode(cls, parse, payload)


def _decode(cls: type[B], parse: Callable[[Mapping[str, Any]], B], payload: dict[str, Any]) -> B:
    try:
        return parse(payload)
    except DecodeError as exc:
        raise ValueError(
            f"body does not match {cls.__name__} at {exc.json_path}: {exc.reason}"
        ) from None


# -- per-call options -------------------------------------------------------------------

#: Seconds per phase: (connect, read, write, pool); None: no limit on that phase.
Phases: TypeAlias = tuple[float | None, float | None, float | None, float | None]


def _seconds(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{name} must be a number of seconds, not {type(value).__name__}")
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{name} must be a finite number of seconds > 0; got {value!r}")
    return float(value)


def timeout_phases(value: object, name: str = "timeout") -> Phases:
    """A timeout under the SDK's one contract, as ``(connect, read, write, pool)``.

    A number ``T`` bounds connect, read and write to ``T`` and leaves the wait for a free
    connection unlimited; an ``httpx.Timeout`` sets each phase (None: unlimited). A number
    that is not finite and > 0 (``0``, ``-1``, ``nan``, ``inf``, a bool), in either form, is a
    ValueError naming ``timeout`` (and the phase), whatever the engine.
    """
    if isinstance(value, httpx.Timeout):
        parts = (value.connect, value.read, value.write, value.pool)
        names = ("connect", "read", "write", "pool")
        return tuple(  # type: ignore[return-value]
            None if v is None else _seconds(f"{name}.{n}", v)
            for n, v in zip(names, parts, strict=True)
        )
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(
            f"{name} must be a number of seconds or an httpx.Timeout, not {type(value).__name__}"
        )
    seconds = _seconds(name, value)
    return (seconds, seconds, seconds, None)


def retry_count(value: object) -> int:
    """``max_retries`` of one call: an int >= 0."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be an int >= 0, got {value!r}")
    return value


def edge_cache_param(value: object) -> str:
    """The query parameter name for an edge_cache value, or ValueError listing the valid set."""
    if type(value) is int or type(value) is str:
        param = _EDGE_CACHE_PARAM.get(value)
        if param is not None:
            return param
    allowed = ", ".join(repr(v) for v in EDGE_CACHE_VALUES)
    raise ValueError(f"edge_cache must be one of {allowed}; got {value!r}")
