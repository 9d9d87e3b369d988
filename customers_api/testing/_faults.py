"""Fault injection: added latency, 503s, 429s with Retry-After, dropped connections.

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

``drop_phase="before"`` drops before the handler runs (the request had no effect);
``"after"`` runs the handler first (writes are persisted) and then drops: the case where a
retried POST would create a duplicate.
"""

from __future__ import annotations

import asyncio
import random
import threading
from collections.abc import Collection
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

    def __post_init__(self) -> None:
        for name in ("fail_503", "fail_429", "drop"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be within [0, 1], got {value}")
        if self.fail_503 + self.fail_429 + self.drop > 1.0:
            raise ValueError("fail_503 + fail_429 + drop must not exceed 1")
        if self.latency < 0 or self.jitter < 0 or self.retry_after < 0:
            raise ValueError("latency, jitter and retry_after must not be negative")
        for kind in self.script:
            if kind is not None and kind not in FAULT_KINDS:
                raise ValueError(f"unknown fault {kind!r} in script; use {FAULT_KINDS}")

    @property
    def active(self) -> bool:
        return bool(
            self.latency or self.jitter or self.fail_503 or self.fail_429 or self.drop
        ) or bool(self.script)


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
