"""The boundary every engine implements (see the package docstring): a leaf module."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol, TypeAlias

from .._params import Phases

__all__ = ["Engine", "Reply"]

#: ``(status, headers, content)``: what an engine returns for one request.
Reply: TypeAlias = tuple[int, Mapping[str, str], bytes]


class Engine(Protocol):
    """What sends: the one boundary between the pipeline and an HTTP library."""

    async def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: Phases,
    ) -> Reply:
        """Send one request; return ``(status, headers, content)`` or raise an httpx
        ``TransportError`` subclass (no request attached, no URL in its message)."""
        ...

    @property
    def is_closed(self) -> bool: ...

    async def aclose(self) -> None: ...
