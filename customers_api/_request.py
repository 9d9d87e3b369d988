"""What one call is: the endpoint it targets (:class:`Operation`) and its per-call options.

A rendered friendly method describes its call once and hands it to the pipeline::

    from .._generated.api.invoices import list_customer_invoices as _gen
    return await self._pipeline.send(
        _OP_LIST,                          # method, path template, token or not, envelope
        _gen._get_kwargs(customer_id, ...),  # the filled path, query and body (generated)
        _gen._parse,                       # the typed decoder of a 2xx body (generated)
        timeout, max_retries, edge_cache, retry_writes,  # the per-call options
    )

A leaf module: it imports nothing of the SDK.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeAlias

import httpx

__all__ = ["Operation", "Parse", "TimeoutTypes"]

#: A timeout as callers give it: seconds, or an ``httpx.Timeout`` (one value per phase).
TimeoutTypes: TypeAlias = "float | httpx.Timeout"

#: The generated decoder of a 2xx body: ``(status, content) -> the typed body``.
Parse: TypeAlias = Callable[[int, bytes], Any]


class Operation:
    """One endpoint: its method and path template, and what the pipeline must know of it.

    ``token``: the call carries the bearer token (the spec's ``security`` names the bearer
    scheme; ``/health-check`` and ``/ping`` do not). ``envelope``: a 2xx body is the API's
    envelope, whose ``data`` is what the plain call returns (else the body itself is).
    """

    __slots__ = ("endpoint", "envelope", "idempotent", "method", "path", "token")

    def __init__(
        self, method: str, path: str, *, token: bool = True, envelope: bool = True
    ) -> None:
        self.method = method
        self.path = path
        self.token = token
        self.envelope = envelope
        #: ``"GET /customer/{customerId}/doc"``: how errors, logs and spans name the call.
        self.endpoint = f"{method} {path}"
        self.idempotent = method in ("GET", "HEAD", "OPTIONS")

    def __repr__(self) -> str:
        return f"Operation({self.endpoint!r})"
