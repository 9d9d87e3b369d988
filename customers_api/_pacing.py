"""Pacing by rate: a small token bucket whose rate is the known quota or follows what the
server accepts.

* **The bucket** is GCRA (a token bucket kept as one "theoretical arrival time"): each send
  reserves the next slot, ``1 / rate`` after the previous one; up to ``burst`` sends may go
  at once after idling. The burst is small, ``BURST_SECONDS`` of the rate unless given: the
  server's bucket saves its own burst while the client idles, and a client burst larger
  than that is refused.
* **The estimate.** A 429 from a token bucket means its bucket was empty when the request
  arrived. Between two refusals the server accepted what it refilled, so the requests
  accepted between them (the attempts sent in between, less those refused; those still in
  flight count as accepted) over the time between them is the server's rate, within one
  request either way, provided the bucket never filled up meanwhile (the client kept
  sending). So an estimate is taken only within a *run* of refusals, each less than ``GAP``
  after the previous one, over at most ``HORIZON`` seconds, once ``MIN_ACCEPTED`` requests
  were accepted in it; a run starts at a refusal of the paced traffic alone (sent after the
  client's last reaction, once what was in flight then was answered: a burst of stale
  answers says little). Several clients on one quota each measure what is left to them.
* **The rate** is unknown until the first 429 (no pacing). It then starts at ``START`` and
  doubles every ``DOUBLING`` seconds (slow start: 8 to 1,000 requests/s in 0.7 s) until a
  refusal of an attempt sent at the paced rate. (Starting from what was accepted so far
  would save a doubling or two, but clients that share a quota and start together would
  then keep the uneven shares of the burst they found.) Each such refusal sets
  the rate to ``1 - MARGIN`` of the estimate, or without one to ``BETA`` of the rate (or
  ``1 - MARGIN`` of the last estimate when that is higher and still below the rate), and
  the growth restarts as CUBIC (RFC 9438, botocore's ``CubicCalculator``) with the
  estimate (else the refused rate) as its plateau: back at it after ``RECOVERY`` seconds,
  flat near it, then probing above; a probe that meets no refusal ``PROBE`` seconds past the
  plateau means the limit has moved up (another client left): slow start finds it again.
* The growth clock runs only while sends queue for the bucket, so a client that sends less
  than its rate does not grow a rate it never tried. A known quota (``rate_limit=``) is the
  starting rate and the cap of the growth.

Measured against botocore's adaptive mode in BENCHMARKS.md ("Rate limit"). Handwritten like
``_ratelimit``: aiolimiter paces to a fixed rate the caller must know.
"""

from __future__ import annotations

import math

__all__ = ["Pacer"]

#: Never pace slower than this (requests/s), as botocore's token bucket.
FLOOR = 0.5
#: Pacing starts at this rate (requests/s): slow start doubles it quickly.
START = 8.0
#: The bucket's own burst, in seconds of its rate (at least one request).
BURST_SECONDS = 0.05
#: Slow start: the rate doubles this often (s).
DOUBLING = 0.1
#: After a refusal, pace this far below the estimate.
MARGIN = 0.05
#: The decrease without an estimate (a refusal that starts a run).
BETA = 0.9
#: CUBIC: seconds from a MARGIN decrease back to the plateau; C follows. The growth scales
#: with the plateau, not below ``CUBIC_SCALE`` requests/s (there it is botocore's 0.4/s^3).
RECOVERY = 2.0
CUBIC_C = MARGIN / RECOVERY**3
CUBIC_SCALE = 64.0
#: Seconds of CUBIC probing past the plateau without a refusal before slow start again.
PROBE = 3.0
#: A run of refusals: each less than GAP seconds after the previous one.
GAP = 0.5
#: An estimate spans at most HORIZON seconds and needs MIN_ACCEPTED accepted requests.
HORIZON = 2.0
MIN_ACCEPTED = 10


class Pacer:
    """The rate and the bucket. ``rate`` is the known quota (None: learn it at the first
    refusal); ``learn=False`` keeps it fixed. The owner passes the clock's ``now``."""

    __slots__ = (
        "_epoch",
        "_grown",
        "_k",
        "_last",
        "_refused",
        "_run",
        "_run_last",
        "_run_refused",
        "_scale",
        "_slow",
        "_start",
        "_tat",
        "_w_max",
        "burst",
        "ceiling",
        "estimate",
        "learn",
        "rate",
    )

    def __init__(self, rate: float | None = None, burst: int | None = None, *, learn: bool = True):
        #: The known quota: the starting rate and the cap of the growth (None: unknown).
        self.ceiling = rate
        self.burst = burst
        self.learn = learn
        #: The rate at the last step (0: not pacing).
        self.rate = rate or 0.0
        #: The last estimate of what the server accepts from this client (requests/s).
        self.estimate: float | None = None
        self._w_max = self.rate  # CUBIC's plateau
        self._scale = CUBIC_C * max(self.rate, CUBIC_SCALE)  # CUBIC: requests/s per s^3
        self._k = 0.0  # CUBIC: growth seconds from the last step back to the plateau
        self._start = self.rate  # slow start's first rate
        self._slow = False
        self._grown = 0.0  # the growth clock: seconds with sends queued for the bucket
        self._epoch = 0.0  # the growth clock at the last step
        self._tat = -math.inf  # GCRA: when the next send is due
        self._last = 0.0  # the clock at the last reservation
        self._refused = 0  # refusals seen
        self._run: tuple[float, int] | None = None  # the run's first refusal: (when, ticket)
        self._run_last = 0.0  # when the run's last refusal came
        self._run_refused = 0  # refusals in the run of attempts sent after its first

    @property
    def active(self) -> bool:
        return self.rate > 0.0

    @property
    def refusals(self) -> int:
        return self._refused

    def current(self) -> float:
        """The rate now, growth included."""
        grown = self._grown - self._epoch
        if not self._slow and grown > self._k + PROBE:  # the limit has moved up
            self._start = self._w_max + self._scale * PROBE**3
            self._slow = True
            self._epoch = self._grown
            grown = 0.0
        if self._slow:
            rate = self._start * 2.0 ** min(grown / DOUBLING, 60.0)
        else:
            rate = self._w_max + self._scale * (grown - self._k) ** 3
        floor = FLOOR
        if self.ceiling is not None:
            rate = min(rate, self.ceiling)
            floor = min(floor, self.ceiling)  # a quota below the floor is still kept
        return rate if rate > floor else floor

    def reserve(self, now: float) -> float:
        """Take the next slot; returns how long to wait for it (0: send now)."""
        if self._tat > now:  # sends queue for the bucket: the rate is what limits them
            # (at most one doubling or one second of growth per send at low rates)
            self._grown += min(now - self._last, DOUBLING if self._slow else 1.0)
        self._last = now
        rate = self.current()
        interval = 1.0 / rate
        burst = self.burst or max(1.0, rate * BURST_SECONDS)
        due = self._tat if self._tat > now else now
        self._tat = due + interval
        wait = due - (burst - 1.0) * interval - now
        return wait if wait > 0.0 else 0.0

    def _measure(self, now: float, ticket: int, fresh: bool) -> float | None:
        """What the server accepted per second over the current run (module docstring):
        attempts sent since the run's first refusal, less those refused since."""
        run = self._run
        if run is not None and (now - self._run_last > GAP or now - run[0] > HORIZON):
            run = self._run = None
        if run is None:
            if fresh:  # a run starts at a refusal of the paced traffic alone
                self._run = (now, ticket)
                self._run_refused = 0
                self._run_last = now
            return None
        self._run_last = now
        if ticket > run[1]:
            self._run_refused += 1
        accepted = (ticket - run[1]) - self._run_refused
        if accepted < MIN_ACCEPTED or now <= run[0]:
            return None
        return accepted / (now - run[0])

    def refused(self, now: float, ticket: int, fresh: bool) -> bool:
        """A 429 to attempt ``ticket`` (``fresh``: sent after the client's last reaction,
        once what was in flight then was answered). Returns whether the rate stepped."""
        self._refused += 1
        if self.learn and not self.active:  # the first refusal: pacing starts, in slow start
            self._start = min(START, self.ceiling or math.inf)
            self._slow = True
            self._step(self._start)
            # The server's bucket is empty now: the first paced send waits one interval.
            self._tat = now + max(1.0, self._start * BURST_SECONDS) / self._start
            self._last = now
            return True
        estimate = self._measure(now, ticket, fresh)
        if estimate is not None:
            self.estimate = estimate
        if not fresh or not self.learn:
            return False
        rate = self.current()
        if estimate is not None:
            self._w_max = max(estimate, FLOOR)
            new = min(estimate, rate) * (1.0 - MARGIN)
        else:  # a run's first refusal: BETA, or just below the last estimate if that is more
            self._w_max = rate
            new = rate * BETA
            if self.estimate is not None:
                new = max(new, min(self.estimate, rate) * (1.0 - MARGIN))
        if self.ceiling is not None:
            self._w_max = min(self._w_max, self.ceiling)
        self._slow = False
        self._scale = CUBIC_C * max(self._w_max, CUBIC_SCALE)
        self._k = (max(0.0, self._w_max - new) / self._scale) ** (1.0 / 3.0)
        self._step(max(new, FLOOR))
        return True

    def _step(self, rate: float) -> None:
        self.rate = rate
        self._epoch = self._grown
