"""Retry policy: which failures are retried, and how long to wait between attempts.

Handwritten on purpose: httpx-retries and stamina are both good, but each would add a
runtime dependency (the runtime stack is fixed to httpx, attrs, python-dateutil), and
httpx-retries works as a transport, which would not wrap a caller's own ``http_client``.
The attempt loop itself is ``_pipeline.Pipeline.send``.

Tests patch :func:`sleep` (``customers_api._retry.sleep``) and :data:`random` so nothing waits,
and :data:`clock` (what the client's gate reads) so that a patched sleep still moves time on.
"""

from __future__ import annotations

import asyncio
import email.utils
import math
import random as _random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

__all__ = ["RETRY_STATUSES", "RetryPolicy", "clock", "parse_retry_after", "sleep"]

#: Statuses worth another attempt: rate limited, or a gateway that could not reach the API.
RETRY_STATUSES = frozenset({429, 502, 503, 504})

_UTC = timezone(timedelta(0))

#: The source of jitter, in [0, 1); patchable.
random: Callable[[], float] = _random.random

#: The clock of the client's gate (pauses, pacing), in seconds; patchable with :func:`sleep`.
clock: Callable[[], float] = time.monotonic


async def sleep(seconds: float) -> None:
    """Wait between attempts (tests replace this)."""
    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """How a client retries.

    ``max_retries`` is the number of *extra* attempts (2 -> at most 3 requests).
    Attempt ``n`` (1-based) that failed waits ``min(backoff_max, backoff_base * 2**(n-1))``
    minus up to ``jitter`` of that (full jitter would make tests flaky; 25% spreads load fine).
    A ``Retry-After`` from the server replaces the backoff; if it asks for longer than
    ``retry_after_max`` seconds the SDK does not wait and raises instead.
    """

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    jitter: float = 0.25
    retry_after_max: float = 60.0
    retry_writes: bool = False

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int):
            raise TypeError("max_retries must be an int")
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")

    def backoff(self, attempt: int) -> float:
        """The delay after failed attempt number ``attempt`` (1-based), with jitter."""
        delay = min(self.backoff_max, self.backoff_base * 2.0 ** (attempt - 1))
        return delay * (1.0 - self.jitter * random())

    def delay(self, attempt: int, retry_after: float | None) -> float | None:
        """Seconds to wait before the next attempt, or None to give up now."""
        if retry_after is None:
            return self.backoff(attempt)
        if retry_after > self.retry_after_max:
            return None
        return retry_after


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds from now: delta-seconds or an HTTP date; None if absent or bad.

    A date in the past gives 0. Negative, non-finite or unparseable values give None.
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if value.isascii() and value.replace(".", "", 1).isdigit():
        seconds = float(value)
        return seconds if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=_UTC)
    current = now if now is not None else datetime.now(_UTC)
    return max(0.0, (when - current).total_seconds())
