"""Argument checks done before any request is sent."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "EDGE_CACHE_VALUES",
    "EdgeCache",
    "PathId",
    "check_edge_cache",
    "path_id",
    "path_int",
    "path_str",
    "path_text",
]

#: A path identifier: a non-negative int, or a string of ASCII digits (``"12"``).
PathId: TypeAlias = "int | str"

#: The API's edgeCache values (Cloudflare edge cache lifetimes), sent as ``cacheSiteId{v}``.
EdgeCache: TypeAlias = Literal["30s", "1m", "5m", 1, 2, 3, 4, 5, 8]

EDGE_CACHE_VALUES: tuple[str | int, ...] = ("30s", "1m", "5m", 1, 2, 3, 4, 5, 8)
_EDGE_CACHE_PARAM = {v: f"cacheSiteId{v}" for v in EDGE_CACHE_VALUES}

_MAX_DIGITS = 18  # fits a signed 64-bit int; anything longer is not a Prophet 21 id
_DIGITS = frozenset("0123456789")


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


def check_edge_cache(value: object) -> str:
    """The query parameter name for an edge_cache value, or ValueError listing the valid set."""
    if type(value) is int or type(value) is str:
        param = _EDGE_CACHE_PARAM.get(value)
        if param is not None:
            return param
    allowed = ", ".join(repr(v) for v in EDGE_CACHE_VALUES)
    raise ValueError(f"edge_cache must be one of {allowed}; got {value!r}")


def path_int(name: str, value: object) -> int:
    """A validated integer path parameter (see :func:`path_id`)."""
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
