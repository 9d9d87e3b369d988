"""Client-wide back-off: one shared pause after a 429, and an adaptive cap on calls in flight.

Every attempt of every call of one client goes through one :class:`Throttle`:

* **Shared pause.** A 429 (or a 503 with ``Retry-After``) pauses *new attempts of the whole
  client* until the server's time has passed. The call that was refused sleeps the
  ``Retry-After`` itself (as before); every other call waits at :meth:`Throttle.acquire` for
  what is left of the pause instead of sending into a limit it has just been told about.
* **Adaptive concurrency (AIMD).** The number of attempts in flight is capped by a window
  between 1 and ``max_connections``. A rate-limited answer halves it (once per pause: the
  answers to attempts sent before the pause do not halve it again); after that, one more
  slot is added per window's worth of successes, but not more often than once per
  ``increase_interval`` (default 1 s, the granularity of ``Retry-After``: probing faster than
  the server can answer "no" overshoots and costs a whole pause). Until the first 429
  there is no cap (the pool's own limit and wait apply, as without a throttle), and once the
  window has grown back to ``max_connections`` it opens again: unthrottled, it costs a
  counter per attempt.

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

from . import _logging, _retry

__all__ = ["Throttle"]

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


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
        "_grown_at",
        "_in_flight",
        "_pause_id",
        "_resume_at",
        "_sleep",
        "_successes",
        "_waiters",
        "adaptive",
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
        #: The current cap on attempts in flight (``math.inf``: none). The adaptive window
        #: is open (no cap: the pool's own wait applies) until the first 429, and opens again
        #: once it has grown back to ``max_concurrency``.
        self.limit: float = math.inf if adaptive or max_concurrency is None else max_concurrency
        self._clock = clock
        self._sleep = sleep
        self._in_flight = 0
        self._waiters: deque[asyncio.Future[None]] = deque()
        self._resume_at = -math.inf
        self._pause_id = 0
        self._epoch = 0  # bumped at each decrease
        self._successes = 0
        self._grown_at = -math.inf

    @property
    def in_flight(self) -> int:
        return self._in_flight

    @property
    def paused_for(self) -> float:
        """Seconds left of the current shared pause (0 when not paused)."""
        return max(0.0, self._resume_at - self._clock())

    @property
    def pause_id(self) -> int:
        return self._pause_id

    async def acquire(self, waited: int = -1) -> int:
        """Wait out the shared pause (unless pause ``waited`` is the one already slept
        through) and a free slot; returns the window's epoch, for :meth:`limited`."""
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
            await self._queue()
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
            else:
                self._waiters.remove(future)
            raise

    def _wake(self) -> None:
        waiters = self._waiters
        while waiters and self._in_flight < self.limit:
            future = waiters.popleft()
            if not future.done():
                self._in_flight += 1
                future.set_result(None)

    def release(self, ok: bool) -> None:
        """An attempt is over; ``ok``: it was answered without a rate limit."""
        self._in_flight -= 1
        if ok and self.limit != math.inf and self.adaptive:
            self._successes += 1
            if self._successes >= self.limit:
                now = self._clock()
                if now - self._grown_at >= self.increase_interval:
                    self._successes = 0
                    self._grown_at = now
                    self.limit += 1
                    if self.limit >= self.max_concurrency:  # type: ignore[operator]
                        self.limit = math.inf
        if self._waiters:
            self._wake()

    def limited(self, epoch: int, retry_after: float | None) -> float | None:
        """A rate-limited answer to an attempt acquired at ``epoch``: shrink the window once
        per pause and start/extend the shared pause. Returns how long the refused call itself
        should sleep (None: no shared pause, the caller's own backoff applies)."""
        if self.adaptive and epoch == self._epoch:
            before = self.limit
            top = self.max_concurrency or self._in_flight
            self.limit = max(1, int(min(self.limit, self._in_flight, top)) // 2)
            self._epoch += 1
            self._successes = 0
            self._grown_at = self._clock()
            _logging.window(before, int(self.limit))
        if not self.shared_pause or retry_after is None:
            return None
        resume_at = self._clock() + retry_after
        if resume_at > self._resume_at:
            self._resume_at = resume_at
            self._pause_id += 1
            return retry_after
        return self._resume_at - self._clock()
