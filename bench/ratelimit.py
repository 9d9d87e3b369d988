"""Fan-out against a rate limit: the fake API behind a token bucket, in its own process.

N GETs of ``client.customers.get`` through ``fanout.map`` (concurrency C) and through plain
``asyncio.gather`` over one shared client, against ``python -m customers_api.testing serve
--rate-limit R --burst B --latency L`` (429 with a whole-seconds ``Retry-After`` beyond the
bucket). Each case runs twice in the same run: "per-call" (today's behaviour:
``concurrency=None, shared_pause=False``, each refused call sleeps on its own) and "shared"
(the defaults: one client-wide pause, adaptive concurrency). Every case has its own site id,
hence its own bucket. Attempts and 429s are counted from the SDK's DEBUG log lines.

Goal (issue 14), read, never asserted: with the defaults every call succeeds, at most 10 %
of requests are answered 429, and successful calls/s is at least 0.7 x R.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from bench.common import Outcome, print_table
from bench.rows import BENCH_SITE_ID, BENCH_TOKEN

FIRST_CUSTOMER_ID = 100001
GOAL_429_SHARE = 0.10
GOAL_RATIO = 0.70


@dataclass
class RateLimitConfig:
    n: int = 3000
    concurrency: int = 64
    rate: float = 200.0
    burst: int = 40
    latency: float = 0.02
    customers: int = 500
    modes: tuple[str, ...] = ("fanout.map", "asyncio.gather")
    variants: tuple[str, ...] = ("per-call", "shared")
    time_limit: float = 180.0


@contextlib.contextmanager
def start_fake(cfg: RateLimitConfig) -> Iterator[str]:
    """``python -m customers_api.testing serve`` behind a token bucket; yields its URL."""
    cmd = [
        sys.executable, "-m", "customers_api.testing", "serve", "--port", "0",
        "--customers", str(cfg.customers), "--rate-limit", str(cfg.rate),
        "--burst", str(cfg.burst), "--latency", str(cfg.latency),
    ]  # fmt: skip
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    proc = subprocess.Popen(
        cmd, cwd=root, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        found = re.search(r"https?://[\w.\[\]:]+", line)
        if found is None:
            raise RuntimeError(f"the fake did not start: {line!r}")
        yield found.group(0)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


class _Attempts(logging.Handler):
    """Counts the SDK's per-attempt DEBUG lines (and the 429s among them)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.attempts = 0
        self.limited = 0
        self.pauses = 0

    def emit(self, record: logging.LogRecord) -> None:
        status = getattr(record, "status", None)
        if status is not None and hasattr(record, "elapsed_ms"):
            self.attempts += 1
            self.limited += status == 429
        elif getattr(record, "window", None) is not None:
            self.pauses += 1


@dataclass
class CaseResult:
    mode: str
    variant: str
    ok: int = 0
    failed: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    attempts: int = 0
    limited: int = 0
    shrinks: int = 0
    seconds: float = 0.0

    def share_429(self) -> float:
        return self.limited / self.attempts if self.attempts else 0.0

    def ratio(self, rate: float) -> float:
        return self.ok / self.seconds / rate if self.seconds else 0.0


async def run_case(url: str, cfg: RateLimitConfig, mode: str, variant: str) -> CaseResult:
    from customers_api import CustomersClient, fanout

    options: dict[str, Any] = {}
    if variant == "per-call":
        options = {"concurrency": None, "shared_pause": False}
    site = f"{BENCH_SITE_ID}-{mode}-{variant}"
    ids = [FIRST_CUSTOMER_ID + i % cfg.customers for i in range(cfg.n)]
    counter = _Attempts()
    log = logging.getLogger("customers_api")
    level = log.level
    log.addHandler(counter)
    log.setLevel(logging.DEBUG)
    result = CaseResult(mode, variant)
    try:
        async with CustomersClient(
            token=BENCH_TOKEN, site_id=site, base_url=url, **options
        ) as client:
            t0 = time.perf_counter()
            if mode == "fanout.map":
                outcomes: list[Any] = await asyncio.wait_for(
                    fanout.map(
                        client.customers.get, ids, concurrency=cfg.concurrency, errors="collect"
                    ),
                    cfg.time_limit,
                )
            else:
                outcomes = await asyncio.wait_for(
                    asyncio.gather(*(client.customers.get(i) for i in ids), return_exceptions=True),
                    cfg.time_limit,
                )
            result.seconds = time.perf_counter() - t0
    finally:
        log.removeHandler(counter)
        log.setLevel(level)
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            result.failed += 1
            name = type(outcome).__name__
            result.errors[name] = result.errors.get(name, 0) + 1
        else:
            result.ok += 1
    result.attempts, result.limited, result.shrinks = (
        counter.attempts,
        counter.limited,
        counter.pauses,
    )
    return result


def _print(cfg: RateLimitConfig, results: list[CaseResult]) -> None:
    print(
        f"\n## Rate limit: {cfg.n} GETs /customer/{{id}}/doc against the fake behind a token "
        f"bucket (R = {cfg.rate:g}/s, burst {cfg.burst}, latency {cfg.latency * 1000:g} ms, "
        f"Retry-After whole seconds); fanout.map at concurrency {cfg.concurrency}\n"
    )
    rows = []
    for r in results:
        errors = ", ".join(f"{k} {v}" for k, v in sorted(r.errors.items())) or "-"
        share, ratio = r.share_429(), r.ratio(cfg.rate)
        judged = r.variant == "shared"
        verdict = ""
        if judged:
            met = r.failed == 0 and share <= GOAL_429_SHARE and ratio >= GOAL_RATIO
            verdict = "ok" if met else "MISS"
        rows.append(
            [
                f"{r.mode}, {r.variant}",
                f"{r.ok}",
                errors,
                f"{r.attempts}",
                f"{share:6.1%}",
                f"{r.seconds:6.1f}",
                f"{r.ok / r.seconds if r.seconds else 0:6.1f}",
                f"{ratio:5.2f}x {verdict}".rstrip(),
                f"{r.shrinks}",
            ]
        )
    print_table(
        ["case", "ok", "failed", "requests", "429 share", "s", "ok/s", "/ R", "shrinks"], rows
    )
    print()
    print("Goal for the shared (default) rows: every call ok, 429 share <= 10 %, ok/s >= 0.7 x R.")
    print("'per-call' is the old behaviour (concurrency=None, shared_pause=False);")
    print("'shrinks' counts the adaptive window's decreases (INFO lines).")


async def run_ratelimit_cases(url: str, cfg: RateLimitConfig) -> list[CaseResult]:
    results = []
    for mode in cfg.modes:
        for variant in cfg.variants:
            results.append(await run_case(url, cfg, mode, variant))
    return results


async def throttle_cost(n: int = 100_000) -> tuple[float, float]:
    """Microseconds per attempt of the throttle's acquire+release when nothing limits, and
    of an empty coroutine await for scale."""
    from customers_api._ratelimit import Throttle

    throttle = Throttle(100)
    t0 = time.perf_counter()
    for _ in range(n):
        await throttle.acquire()
        throttle.release(True)
    cost = (time.perf_counter() - t0) / n * 1e6

    async def nothing() -> None:
        return None

    t0 = time.perf_counter()
    for _ in range(n):
        await nothing()
    return cost, (time.perf_counter() - t0) / n * 1e6


def run_ratelimit(cfg: RateLimitConfig) -> Outcome:
    out = Outcome("ratelimit")
    with start_fake(cfg) as url:
        results = asyncio.run(run_ratelimit_cases(url, cfg))
    _print(cfg, results)
    cost, empty = asyncio.run(throttle_cost())
    print(
        f"\nThrottle cost with no limit: {cost:.2f} us per attempt (acquire + release; an "
        f"empty coroutine await: {empty:.2f} us). Compare the fan-out rows 'SDK "
        'transport="aiohttp"\' and its "no throttle" twin.'
    )
    out.data["throttle_cost_us"] = cost
    out.data |= {
        "config": cfg.__dict__ | {},
        "cases": [
            r.__dict__ | {"share_429": r.share_429(), "ratio": r.ratio(cfg.rate)} for r in results
        ],
    }
    out.report()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.ratelimit", description=__doc__)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--rate", type=float, default=200.0)
    ap.add_argument("--burst", type=int, default=40)
    ap.add_argument("--latency", type=float, default=0.02)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--mode", nargs="+", choices=("fanout.map", "asyncio.gather"))
    ap.add_argument("--variant", nargs="+", choices=("per-call", "shared"))
    args = ap.parse_args(argv)
    cfg = RateLimitConfig(
        n=args.n,
        rate=args.rate,
        burst=args.burst,
        latency=args.latency,
        concurrency=args.concurrency,
    )
    if args.mode:
        cfg.modes = tuple(args.mode)
    if args.variant:
        cfg.variants = tuple(args.variant)
    out = run_ratelimit(cfg)
    return 1 if out.crashed else 0


if __name__ == "__main__":
    raise SystemExit(main())
