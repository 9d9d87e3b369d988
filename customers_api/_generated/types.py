"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from typing import Generic, Literal, TypeVar

import httpx
from attrs import define


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


__all__ = ["UNSET", "Mapping", "Response", "Unset"]
