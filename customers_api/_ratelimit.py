"""The client's gate: every attempt of every call of one client goes through one
:class:`Throttle` (the pool queue, the pacing by rate, the shared pause).

The protocol with the attempt loop (``_pipeline.Pipeline.send``), per attempt::

    ticket = await gate.acquire(waited, pool_timeout)  # before sending; may raise SlotTimeout
    ...send...
    stale = gate.stale(ticket)          # on a 429 / 503+Retry-After, before `limited`
    pause = gate.limited(ticket, retry_after, overloaded=status == 503)
    gate.release(ok)                    # exactly once per acquired attempt, after `limited`
    # pause is not None: sleep `pause`, then retry with waited = gate.pause_id

* ``acquire(waited=-1, timeout=None) -> int``: waits out a shared pause (unless ``waited`` is
  the ``pause_id`` the caller already slept through), then a free slot for at most
  ``timeout`` seconds (the pool timeout: a slot stands for a pooled connection; else
  :class:`SlotTimeout`, an ``httpx.PoolTimeout``, with no slot held), then the pacer's next
  slot when pacing. Returns the attempt's ticket: tickets number attempts in send order.
* ``release(ok: bool) -> None``: the attempt is over; ``ok``: answered with no retryable
  status (429, 502, 503, 504); a transport error or a cancellation: ``False``.
* ``stale(ticket) -> bool``: the attempt was sent before the client's last reaction to a
  limit (a rate step, a window decrease, a pause): its refusal is not the call's fault, and
  the loop does not count it against the call's retries (a bounded number of times).
* ``limited(ticket, retry_after, *, overloaded=False) -> float | None``: the attempt was
  answered 429 (``overloaded``: 503 with ``Retry-After``); ``retry_after`` in seconds, None
  when absent or beyond the retry policy's cap. Returns how long the refused call sleeps
  when the whole client pauses (it then retries with ``waited=pause_id``); None: the call
  waits its own ``Retry-After`` (or backoff) and the others go on.
* ``pause_id: int``: bumped when a shared pause starts or is extended.

What the gate does with them:

* **Pacing by rate** (``_pacing.Pacer``): after the first 429 (default, ``adaptive``) or from
  the first call (``rate``: a known quota), attempts are sent at a paced rate that follows
  what the server accepts. A refused call sleeps its own ``Retry-After``; the others keep
  going at the paced rate. A refusal steps the rate only when it is *fresh*: sent after the
  client's last reaction, once the attempts in flight then have been answered (until
  then the server's bucket still pays for the old rate).
* **Shared pause**, when the server says everyone must wait: a 503 with ``Retry-After`` (the
  service is unavailable for that long, RFC 9110, not this client's quota), or
  ``STRIKES`` refusals in a row of attempts sent at the paced rate with nothing accepted
  between them (the quota is spent, not just exceeded: pacing cannot help, waiting can).
  Without pacing (a fixed ``concurrency=N`` or ``None``), every 429 pauses the client.
* **The window** caps attempts in flight: at ``max_concurrency`` (the pool size), or, when
  ``adaptive``, from ``INITIAL_WINDOW`` growing by one per success (slow start: the first
  wave against an unknown quota stays small, for a round trip or two) and halved by an
  overload (503 with ``Retry-After``), then grown back by one per window of successes.
  A rate limit does not shrink it: a rate is what the pacer is for.

Unthrottled (no pace, no pause, a free slot) an attempt costs a few comparisons and two
counters. Tests inject ``clock`` and ``sleep``; the defaults are ``customers_api._retry``'s
``clock`` and ``sleep`` (looked up per call, so the test suite's patched ones apply: a
recorded sleep moves that clock on by its length).

Handwritten: aiolimiter (leaky bucket) and aiometer (``max_per_second``) pace to a rate the
caller must know, here it is learned; and the runtime dependencies are fixed (httpx, attrs,
python-dateutil).
"""

from __future__ import annotations

import asyncio
import math
from collections import deque
from collections.abc import Awaitable, Callable

import httpx

from . import _logging, _retry
from ._pacing import Pacer

__all__ = ["INITIAL_WINDOW", "STRIKES", "SlotTimeout", "Throttle"]

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]

#: The adaptive window's first size (then one more per success, up to the ceiling).
INITIAL_WINDOW = 32
#: Refusals in a row at the paced rate, nothing accepted between them: pause everyone.
STRIKES = 3


class SlotTimeout(httpx.PoolTimeout):
    """No free slot in the window within the pool timeout (raised before any send)."""


async def _default_sleep(seconds: float) -> None:
    await _retry.sleep(seconds)


def _default_clock() -> float:
    return _retry.clock()


class Throttle:
    """The gate of one client (see the module docstring).

    ``max_concurrency``: the cap on attempts in flight (None: none). ``adaptive``: learn the
    rate from 429s and adapt the window. ``rate``/``burst``: a known quota (requests/s and
    how many may go at once). ``shared_pause=False``: never pause the whole client.
    """

    __slots__ = (
        "_cap",
        "_clock",
        "_grown_ok",
        "_in_flight",
        "_mark",
        "_pace_lock",
        "_paced",
        "_pacing",
        "_pause_id",
        "_regime",
        "_resume_at",
        "_sent",
        "_sleep",
        "_ssthresh",
        "_strikes",
        "_unsettled",
        "_waiters",
        "adaptive",
        "limit",
        "max_concurrency",
        "pacer",
        "shared_pause",
    )

    def __init__(
        self,
        max_concurrency: int | None,
        *,
        adaptive: bool = True,
        shared_pause: bool = True,
        rate: float | None = None,
        burst: int | None = None,
        clock: Clock = _default_clock,
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
        ceiling: float = math.inf if max_concurrency is None else max_concurrency
        #: The current cap on attempts in flight (``math.inf``: none).
        self.limit: float = min(INITIAL_WINDOW, ceiling) if adaptive else ceiling
        self._cap = ceiling
        self._ssthresh = ceiling  # above it, the window grows one per window of successes
        self._grown_ok = 0
        #: The rate (None: neither learned nor known, 429s pause the client instead).
        self.pacer: Pacer | None = (
            Pacer(rate, burst, learn=adaptive) if adaptive or rate is not None else None
        )
        self._paced = self.pacer is not None and self.pacer.active
        self._pace_lock: asyncio.Lock | None = None
        self._clock = clock
        self._sleep = sleep
        self._in_flight = 0
        self._sent = 0  # the last ticket
        self._regime = 0  # the first ticket after the last reaction
        self._unsettled = 0  # attempts sent, not answered, at the last reaction
        self._pacing = 0  # attempts holding a slot while they wait for the pacer
        self._strikes = 0
        self._mark = (0, 0)  # (ticket, refusals) at the last fresh refusal
        self._waiters: deque[asyncio.Future[None]] = deque()
        self._resume_at = -math.inf
        self._pause_id = 0

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

    @property
    def rate(self) -> float | None:
        """The paced rate now (requests/s), None when not pacing."""
        return self.pacer.current() if self._paced and self.pacer is not None else None

    def stale(self, ticket: int) -> bool:
        return ticket < self._regime

    async def acquire(self, waited: int = -1, timeout: float | None = None) -> int:
        """Wait for the pause, a slot and the pacer (module docstring); returns a ticket."""
        while True:
            if self._resume_at > -math.inf and self._pause_id != waited:
                left = self._resume_at - self._clock()
                if left > 0:
                    waited = self._pause_id
                    await self._sleep(left)
                    continue
            if self._in_flight < self.limit and not self._waiters:
                self._in_flight += 1
                break
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
            break
        if self._paced:
            self._pacing += 1
            try:
                await self._pace(waited)
            except BaseException:
                self._in_flight -= 1
                self._wake()
                raise
            finally:
                self._pacing -= 1
        self._sent += 1
        return self._sent

    async def _pace(self, waited: int) -> None:
        """Wait for the pacer's next slot: one caller at a time (FIFO), so a rate that
        changes meanwhile applies from the next send."""
        if self._pace_lock is None:
            self._pace_lock = asyncio.Lock()
        assert self.pacer is not None
        async with self._pace_lock:
            wait = self.pacer.reserve(self._clock())
            if wait > 0.0:
                await self._sleep(wait)
            left = self._resume_at - self._clock()  # a pause that began while queued here
            if left > 0 and self._pause_id != waited:
                await self._sleep(left)

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

    def release(self, ok: bool) -> None:
        """An attempt is over; ``ok``: answered, and neither 429 nor 503."""
        self._in_flight -= 1
        if self._unsettled:
            self._unsettled -= 1
        if ok and self.limit < self._cap:  # (adaptive only: else the window is the cap)
            if self.limit < self._ssthresh:  # slow start
                self.limit += 1
            else:
                self._grown_ok += 1
                if self._grown_ok >= self.limit:
                    self._grown_ok = 0
                    self.limit += 1
        if self._waiters:
            self._wake()

    def limited(
        self, ticket: int, retry_after: float | None, *, overloaded: bool = False
    ) -> float | None:
        """Attempt ``ticket`` was answered 429 (``overloaded``: 503 with ``Retry-After``).
        Returns the shared pause the refused call sleeps, or None: its own wait applies."""
        now = self._clock()
        # Fresh: sent after the client's last reaction, and once what was in flight then
        # has been answered (those answers still drain the server's bucket).
        fresh = ticket >= self._regime and not self._unsettled
        if overloaded:
            if self.adaptive and fresh:
                before = self.limit
                self.limit = self._ssthresh = max(1, int(min(self.limit, self._in_flight)) // 2)
                self._grown_ok = 0
                self._react()
                _logging.window(before, int(self.limit))
            return self._pause(now, retry_after)
        pacer = self.pacer
        if pacer is None:  # neither learned nor known: the whole client waits (as before)
            return self._pause(now, retry_after)
        refusals = pacer.refusals + 1  # this one included
        if fresh:  # a strike when every attempt sent since the last fresh refusal was refused
            mark, marked = self._mark
            nothing = self._paced and (ticket - mark) - (refusals - marked) <= 0
            self._strikes = self._strikes + 1 if nothing else 1
            self._mark = (ticket, refusals)
        was = pacer.current() if self._paced else None
        if pacer.refused(now, ticket, fresh):
            self._paced = True
            self._react()
            _logging.pace(was, pacer.current(), pacer.estimate)
        if self._strikes >= STRIKES:
            self._strikes = 0
            return self._pause(now, retry_after)
        return None

    def _react(self) -> None:
        self._regime = self._sent + 1
        self._unsettled = self._in_flight - self._pacing

    def _pause(self, now: float, retry_after: float | None) -> float | None:
        """Start or extend the shared pause; what the refused call should sleep."""
        if not self.shared_pause or retry_after is None:
            return None
        resume_at = now + retry_after
        if resume_at > self._resume_at:
            self._resume_at = resume_at
            self._pause_id += 1
            self._react()
            return retry_after
        return self._resume_at - now
