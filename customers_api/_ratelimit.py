"""Client-wide back-off: one shared pause after a 429, and an adaptive cap on calls in flight.

Every attempt of every call of one client goes through one :class:`Throttle`:

* **Shared pause.** A 429 (or a 503 with ``Retry-After``) pauses *new attempts of the whole
  client* until the server's time has passed. The call that was refused sleeps the
  ``Retry-After`` itself (as before); every other call waits at :meth:`Throttle.acquire` for
  what is left of the pause instead of sending into a limit it has just been told about.
* **Adaptive concurrency (AIMD).** The number of attempts in flight is capped by a window
  between 1 and ``max_connections``. A rate-limited answer shrinks it, once per pause
  (answers to attempts sent before the pause do not shrink it again): to the rate the server
  accepted over the last second times an attempt's duration (Little's law), or to a
  quarter when refused within a quarter second of (re)starting; after that, one more
  slot is added per window's worth of successes, but not more often than once per
  ``increase_interval`` (default 1 s, the granularity of ``Retry-After``: probing faster than
  the server can answer "no" overshoots and costs a whole pause), and not before ``hold``
  seconds (5) after a decrease; a probe that fails back to the same level doubles that wait
  (up to 60 s): a 429 costs a whole ``Retry-After``, so probing an unchanged limit loses.
  With no 429 the window stays at ``max_connections`` (the pool size), so calls beyond it
  wait here rather than in the pool, under the same pool timeout; unthrottled, it costs a
  counter and a clock read per attempt.

Handwritten: aiolimiter (leaky bucket) and aiometer (``max_per_second``) both pace to a rate
the caller must know in advance; here the rate is learned from the server's 429s, and the
runtime dependencies are fixed (httpx, attrs, python-dateutil).

Tests inject ``clock`` and ``sleep``; the default sleep is ``customers_api._retry.sleep``
(looked up per call, so the test suite's patched sleep applies).
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable

import httpx

from . import _logging, _retry

__all__ = ["SlotTimeout", "Throttle"]

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class SlotTimeout(httpx.PoolTimeout):
    """No free slot in the window within the pool timeout (raised before any send)."""


async def _default_sleep(seconds: float) -> None:
    await _retry.sleep(seconds)


class Throttle:
    """The shared pause and the AIMD window of one client (see the module docstring).

    ``adaptive=False`` fixes the window at ``max_concurrency`` (``None``: no cap at all);
    ``shared_pause=False`` leaves each refused call to sleep on its own.
    """

    __slots__ = (
        "_clock",
        "_epoch",
        "_floor",
        "_grown_at",
        "_held",
        "_in_flight",
        "_latency",
        "_ok_times",
        "_pause_id",
        "_resume_at",
        "_sleep",
        "_successes",
        "_waiters",
        "adaptive",
        "hold",
        "increase_interval",
        "limit",
        "max_concurrency",
        "shared_pause",
    )

    def __init__(
        self,
        max_concurrency: int | None,
        *,
        adaptive: bool = True,
        shared_pause: bool = True,
        increase_interval: float = 1.0,
        hold: float = 5.0,
        clock: Clock = time.monotonic,
        sleep: Sleep = _default_sleep,
    ) -> None:
        if max_concurrency is not None and (
            isinstance(max_concurrency, bool)
            or not isinstance(max_concurrency, int)
            or max_concurrency < 1
        ):
            raise ValueError(f"max_concurrency must be an int >= 1, got {max_concurrency!r}")
        if adaptive and max_concurrency is None:
            raise ValueError("adaptive concurrency needs a ceiling (max_concurrency)")
        self.max_concurrency = max_concurrency
        self.adaptive = adaptive
        self.shared_pause = shared_pause
        self.increase_interval = increase_interval
        self.hold = hold
        self._held = hold  # the current hold: doubles while probes fail at the same level
        self._floor = 0  # the window after the previous decrease
        #: The current cap on attempts in flight (``math.inf``: none).
        self.limit: float = math.inf if max_concurrency is None else max_concurrency
        self._clock = clock
        self._sleep = sleep
        self._in_flight = 0
        self._waiters: deque[asyncio.Future[None]] = deque()
        self._resume_at = -math.inf
        self._pause_id = 0
        self._epoch = 0  # bumped at each decrease
        self._successes = 0
        self._grown_at = -math.inf
        self._ok_times: deque[float] = deque()  # when attempts succeeded, the last second
        self._latency = 0.0  # moving average of a successful attempt's duration

    @property
    def in_flight(self) -> int:
        return self._in_flight

    @property
    def paused_for(self) -> float:
        """Seconds left of the current shared pause (0 when not paused)."""
        return max(0.0, self._resume_at - self._clock())

    @property
    def epoch(self) -> int:
        """Bumped at each decrease of the window."""
        return self._epoch

    @property
    def pause_id(self) -> int:
        return self._pause_id

    async def acquire(self, waited: int = -1, timeout: float | None = None) -> int:
        """Wait out the shared pause (unless pause ``waited`` is the one already slept
        through) and a free slot, the latter for at most ``timeout`` seconds (the pool
        timeout: a slot stands for a pooled connection), else ``httpx.PoolTimeout``.
        Returns the window's epoch, for :meth:`limited`."""
        while True:
            if self._resume_at > -math.inf and self._pause_id != waited:
                left = self._resume_at - self._clock()
                if left > 0:
                    waited = self._pause_id
                    await self._sleep(left)
                    continue
            if self._in_flight < self.limit and not self._waiters:
                self._in_flight += 1
                return self._epoch
            try:
                async with asyncio.timeout(timeout):
                    await self._queue()
            except TimeoutError:
                raise SlotTimeout(
                    "timed out waiting for a free pooled connection: the concurrency window"
                    f" ({self._in_flight} calls in flight) stayed full for {timeout} s"
                ) from None
            # A slot was handed over; a pause that began meanwhile must still be waited.
            if self._resume_at > self._clock() and self._pause_id != waited:
                self._in_flight -= 1
                self._wake()
                continue
            return self._epoch

    async def _queue(self) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(future)
        try:
            await future
        except BaseException:
            if future.done() and not future.cancelled():
                self._in_flight -= 1  # granted, but the caller is gone: pass it on
                self._wake()
            elif future in self._waiters:  # (a wake-up may have popped it already)
                self._waiters.remove(future)
            raise

    def _wake(self) -> None:
        waiters = self._waiters
        while waiters and self._in_flight < self.limit:
            future = waiters.popleft()
            if not future.done():
                self._in_flight += 1
                future.set_result(None)

    def release(self, ok: bool, elapsed: float = 0.0) -> None:
        """An attempt is over after ``elapsed`` seconds; ``ok``: answered without a rate
        limit."""
        self._in_flight -= 1
        if ok:
            now = self._clock()
            times = self._ok_times
            times.append(now)
            while times[0] < now - 1.0:
                times.popleft()
            if self._latency:
                self._latency += (elapsed - self._latency) * 0.1
            else:
                self._latency = elapsed
            if self.adaptive and self.limit < self.max_concurrency:  # type: ignore[operator]
                self._successes += 1
                if self._successes >= self.limit and now - self._grown_at >= self.increase_interval:
                    self._successes = 0
                    self._grown_at = now
                    self.limit += 1
                    if self.limit >= self.max_concurrency:  # type: ignore[operator]
                        self.limit = self.max_concurrency  # type: ignore[assignment]
        if self._waiters:
            self._wake()

    def _smaller_window(self, now: float) -> int:
        """The window after a rate limit: the rate the server accepted over the last second
        (since the last pause and the first success) times an attempt's duration (Little's
        law), when that span is long enough to tell (a quarter second); else a quarter:
        refused that soon, the window was far too wide. Always at least one less than in
        flight, and at least 1."""
        current = int(min(self.limit, self._in_flight, self.max_concurrency or self._in_flight))
        times = self._ok_times
        span = min(1.0, now - self._resume_at, now - times[0] if times else 0.0)
        if span >= 0.25 and self._latency > 0:
            accepted = sum(1 for t in times if t >= now - span)
            # x 0.85: part of what was accepted is the burst the server's bucket had saved.
            fits = int(accepted / span * self._latency * 0.85)
            return max(1, min(current - 1, fits))
        return max(1, current // 4)

    def limited(self, epoch: int, retry_after: float | None) -> float | None:
        """A rate-limited answer to an attempt acquired at ``epoch``: shrink the window once
        per pause and start/extend the shared pause. Returns how long the refused call itself
        should sleep (None: no shared pause, the caller's own backoff applies)."""
        now = self._clock()
        if self.adaptive and epoch == self._epoch:
            before = self.limit
            self.limit = self._smaller_window(now)
            self._epoch += 1
            self._successes = 0
            # A probe that failed back to the level of the last decrease: the server's rate
            # has not moved, so wait twice as long before the next probe.
            failed_probe = 0 < self._floor <= self.limit
            self._held = min(self._held * 2, 60.0) if failed_probe else self.hold
            self._floor = int(self.limit)
            self._grown_at = now + self._held - self.increase_interval
            _logging.window(before, int(self.limit))
        if not self.shared_pause or retry_after is None:
            return None
        resume_at = now + retry_after
        if resume_at > self._resume_at:
            self._resume_at = resume_at
            self._pause_id += 1
            return retry_after
        return self._resume_at - now
