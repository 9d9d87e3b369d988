"""Fault injection: added latency, 503s, 429s with Retry-After, dropped connections, and a
token-bucket rate limit.

Deterministic under a seed: one ``random.Random(seed)`` draws, per request that the faults
apply to and in arrival order, first the fault (one roll against the cumulative fractions)
and then the jitter. ``script`` forces the faults of the first matching requests, for tests
that need "first call fails, second succeeds" without probabilities.

A dropped connection never sends a response:

* over a socket (uvicorn), the connection is aborted (TCP reset) before any byte is written;
  an httpx client sees ``httpx.RemoteProtocolError`` (or ``httpx.ReadError``);
* in process (``httpx.ASGITransport``), the app raises ``httpx.RemoteProtocolError``, which
  ASGITransport re-raises to the client as is (with its default
  ``raise_app_exceptions=True``; with ``False`` it would become a 500 instead).

``rate_limit`` (requests per second) and ``rate_burst`` put a token bucket per site id
(``x-site-id``) in front of the requests the faults apply to, like the rate-limited edge in
front of the real API: a request that finds no whole token is answered ``429`` at once (no
added latency) with ``Retry-After`` computed from the bucket -- the whole seconds until a
token is back, rounded up, at least 1 (HTTP's delta-seconds are whole). A refused request
takes no token.

``drop_phase="before"`` drops before the handler runs (the request had no effect);
``"after"`` runs the handler first (writes are persisted) and then drops: the case where a
retried POST would create a duplicate.
"""

from __future__ import annotations

import asyncio
import math
import random
import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any, Literal

import httpx

FaultKind = Literal["503", "429", "drop"]
FAULT_KINDS: tuple[FaultKind, ...] = ("503", "429", "drop")


@dataclass(frozen=True)
class FaultConfig:
    """What the fake API does wrong, and how often. All fractions are in ``[0, 1]``."""

    latency: float = 0.0
    """Seconds added to every response the faults apply to."""
    jitter: float = 0.0
    """Up to this many more seconds, uniformly drawn per request."""
    fail_503: float = 0.0
    """Fraction of requests answered ``503 Service Unavailable``."""
    fail_429: float = 0.0
    """Fraction of requests answered ``429 Too Many Requests`` with ``Retry-After``."""
    retry_after: int = 1
    """The ``Retry-After`` value (whole seconds) of an injected 429."""
    drop: float = 0.0
    """Fraction of requests whose connection is dropped without a response."""
    drop_phase: Literal["before", "after"] = "before"
    seed: int = 0
    script: tuple[FaultKind | None, ...] = ()
    """Faults for the first matching requests, in order (None: no fault); then fractions."""
    paths: Collection[str] | None = None
    """Path templates the faults apply to (e.g. ``/customer/{customerId}/addresses``); None:
    every path."""
    methods: Collection[str] | None = None
    """HTTP methods the faults apply to; None: every method."""
    rate_limit: float | None = None
    """Requests per second allowed per site id (a token bucket); None: no limit."""
    rate_burst: int | None = None
    """The bucket's size: requests allowed at once after idling; None: ``max(1, rate_limit)``."""

    def __post_init__(self) -> None:
        for name in ("fail_503", "fail_429", "drop"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be within [0, 1], got {value}")
        if self.fail_503 + self.fail_429 + self.drop > 1.0:
            raise ValueError("fail_503 + fail_429 + drop must not exceed 1")
        if self.latency < 0 or self.jitter < 0 or self.retry_after < 0:
            raise ValueError("latency, jitter and retry_after must not be negative")
        if self.rate_limit is not None and not (
            math.isfinite(self.rate_limit) and self.rate_limit > 0
        ):
            raise ValueError(f"rate_limit must be a positive number, got {self.rate_limit}")
        if self.rate_burst is not None and (
            isinstance(self.rate_burst, bool)
            or not isinstance(self.rate_burst, int)
            or self.rate_burst < 1
        ):
            raise ValueError(f"rate_burst must be an int >= 1, got {self.rate_burst!r}")
        if self.rate_burst is not None and self.rate_limit is None:
            raise ValueError("rate_burst needs rate_limit")
        for kind in self.script:
            if kind is not None and kind not in FAULT_KINDS:
                raise ValueError(f"unknown fault {kind!r} in script; use {FAULT_KINDS}")

    @property
    def active(self) -> bool:
        return bool(
            self.latency or self.jitter or self.fail_503 or self.fail_429 or self.drop
        ) or bool(self.script or self.rate_limit)

    @property
    def burst(self) -> int:
        """The token bucket's size (``rate_burst``, else ``max(1, rate_limit)``)."""
        if self.rate_burst is not None:
            return self.rate_burst
        return max(1, int(self.rate_limit or 1))


class TokenBucket:
    """Per-key token buckets: ``rate`` tokens a second, at most ``burst`` kept.

    :meth:`take` spends one token of ``key``'s bucket and returns 0, or, when there is no
    whole token, spends nothing and returns the ``Retry-After`` in whole seconds (at least
    1). Thread-safe; ``clock`` is injectable for tests.
    """

    def __init__(
        self, rate: float, burst: int, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)
        self._lock = threading.Lock()

    def take(self, key: str) -> int:
        with self._lock:
            now = self._clock()
            tokens, at = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - at) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                return 0
            self._buckets[key] = (tokens, now)
            return max(1, math.ceil((1.0 - tokens) / self.rate))


@dataclass(frozen=True)
class Decision:
    fault: FaultKind | None
    delay: float


class FaultInjector:
    """Draws the decisions of a :class:`FaultConfig`; thread-safe, deterministic."""

    def __init__(self, config: FaultConfig) -> None:
        self.config = config
        self._rng = random.Random(config.seed)
        self._seen = 0
        self._lock = threading.Lock()
        self.bucket = (
            TokenBucket(config.rate_limit, config.burst) if config.rate_limit is not None else None
        )

    def limited(self, site_id: str) -> int:
        """0 when ``site_id``'s bucket has a token (spent now), else the Retry-After."""
        return 0 if self.bucket is None else self.bucket.take(site_id)

    def applies(self, method: str, template: str | None) -> bool:
        cfg = self.config
        if not cfg.active:
            return False
        if cfg.methods is not None and method not in cfg.methods:
            return False
        return cfg.paths is None or template in cfg.paths

    def decide(self) -> Decision:
        cfg = self.config
        with self._lock:
            index = self._seen
            self._seen += 1
            fault: FaultKind | None = None
            if index < len(cfg.script):
                fault = cfg.script[index]
            elif cfg.fail_503 or cfg.fail_429 or cfg.drop:
                roll = self._rng.random()
                if roll < cfg.drop:
                    fault = "drop"
                elif roll < cfg.drop + cfg.fail_503:
                    fault = "503"
                elif roll < cfg.drop + cfg.fail_503 + cfg.fail_429:
                    fault = "429"
            delay = cfg.latency + (self._rng.random() * cfg.jitter if cfg.jitter else 0.0)
        return Decision(fault, delay)


async def drop_connection(send: Any) -> None:
    """Close the connection without a response (see the module docstring)."""
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is not None and hasattr(transport, "abort"):
        transport.abort()
        # Let uvicorn's connection_lost run, so it marks the cycle disconnected and does
        # not try to answer with a 500 of its own.
        for _ in range(3):
            await asyncio.sleep(0)
        return
    raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
