"""Shared helpers: bounded worker pools, medians, table printing, crash bookkeeping."""

from __future__ import annotations

import asyncio
import statistics
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")


class CellTimeout(Exception):
    """A timed run exceeded its time bound (a timing problem, not a crash)."""


async def run_workers(
    fetch: Callable[[T], Awaitable[Any]],
    items: Iterable[T],
    concurrency: int,
    *,
    time_limit: float,
) -> None:
    """`concurrency` workers pull from one shared iterator until it is exhausted.

    Workers are cheaper than a task per item behind a semaphore. The first exception
    cancels the rest and propagates; exceeding `time_limit` raises CellTimeout.
    """
    it = iter(items)

    async def worker() -> None:
        for item in it:
            await fetch(item)

    tasks = [asyncio.ensure_future(worker()) for _ in range(max(1, concurrency))]
    try:
        done, pending = await asyncio.wait(
            tasks, timeout=time_limit, return_when=asyncio.FIRST_EXCEPTION
        )
        for t in done:
            exc = t.exception()
            if exc is not None:
                raise exc
        if pending:
            raise CellTimeout(f"not finished within {time_limit:.0f} s")
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def fmt_num(value: float | None, width: int = 9) -> str:
    if value is None:
        return "-".rjust(width)
    if value >= 100:
        return f"{value:,.0f}".rjust(width)
    return f"{value:,.2f}".rjust(width)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A Markdown table (pasteable into BENCHMARKS.md)."""
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"
    print(line)
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        cells = [
            c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
        ]
        print("| " + " | ".join(cells) + " |")


@dataclass
class Outcome:
    """What a section reports to __main__: crashed rows make the run exit non-zero."""

    section: str
    crashed: dict[str, str] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    timeouts: dict[str, str] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)

    def report(self) -> None:
        for name, why in self.skipped.items():
            print(f"  skipped  {name}: {why}")
        for name, why in self.timeouts.items():
            print(f"  timeout  {name}: {why}")
        for name, why in self.crashed.items():
            print(f"  CRASHED  {name}: {why}")
