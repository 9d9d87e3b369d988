"""What every resource shares: the core, argument helpers, the per-call option types.

Per-call options, on every method after its own arguments:

- ``timeout``: seconds or an ``httpx.Timeout`` for this call.
- ``max_retries``: overrides the client's retry count for this call.
- ``edge_cache`` (GET endpoints the API caches): ``"30s" | "1m" | "5m" | 1 | 2 | 3 | 4 | 5 | 8``.
- ``retry_writes`` (POST/PUT/DELETE): opt this call in to retries.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .._core import Core
from .._generated.errors import DecodeError

__all__ = ["Resource", "as_body"]

B = TypeVar("B")


class Resource:
    """A namespace of endpoints sharing the client's core."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource>"


def as_body(cls: type[B], value: B | Mapping[str, Any]) -> B:
    """A request body: the model itself, or a mapping in the API's JSON (camelCase) form."""
    if isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        parse: Callable[[Mapping[str, Any]], B] = cls.from_dict  # type: ignore[attr-defined]
        try:
            return parse(value)
        except DecodeError as exc:
            raise ValueError(
                f"body does not match {cls.__name__} at {exc.json_path}: {exc.reason}"
            ) from None
    raise TypeError(f"body must be a {cls.__name__} or a mapping, not {type(value).__name__}")
