"""The base class of the rendered resource namespaces (``customers_api.resources``).

Per-call options, on every method after its own arguments:

- ``timeout``: seconds or an ``httpx.Timeout`` for this call.
- ``max_retries``: overrides the client's retry count for this call.
- ``edge_cache`` (GET endpoints the API caches): ``"30s" | "1m" | "5m" | 1 | 2 | 3 | 4 | 5 | 8``.
- ``retry_writes`` (POST/PUT/DELETE): opt this call in to retries.
"""

from __future__ import annotations

from ._pipeline import Pipeline

__all__ = ["Resource"]


class Resource:
    """A namespace of endpoints sharing the client's pipeline."""

    _pipeline: Pipeline

    def __init__(self, pipeline: Pipeline) -> None:
        self._pipeline = pipeline

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource>"
