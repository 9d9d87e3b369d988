"""Peak memory (tracemalloc) of a paginated iteration: is it bounded by the page window?

Each pager row iterates 1,000 and then 10,000 invoices (page size 100), counting items and
keeping none; tracemalloc's peak covers this process only (the server is another process).
Bounded means the 10,000-item peak is close to the 1,000-item peak (ratio ~1), since only
the pages in flight are alive. A control row keeps every item in a list, to show what an
unbounded iteration looks like (ratio ~10).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import traceback
import tracemalloc
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any

from bench.common import Outcome, print_table
from bench.pagination import CUSTOMER_ID, Iterate, PagerRow, open_raw_aiohttp, pager_rows
from bench.rows import RowUnavailable

BOUNDED_RATIO = 2.0  # peak(10k) / peak(1k) under this counts as bounded


@dataclass
class MemoryConfig:
    sizes: tuple[int, int] = (1_000, 10_000)
    page_size: int = 100
    window: int = 4
    time_limit: float = 120.0


@contextlib.asynccontextmanager
async def _open_hoarding(base_url: str, window: int) -> AsyncIterator[Iterate]:
    """Control: raw aiohttp, but every item is kept (what an unbounded pager costs)."""
    async with open_raw_aiohttp(base_url, window) as inner:
        kept: list[Any] = []

        async def iterate(cid: int, n: int, size: int, mode: str) -> AsyncIterator[Any]:
            async for item in inner(cid, n, size, mode):
                kept.append(item)
                yield item

        yield iterate


async def _peak(row: PagerRow, base_url: str, items: int, mode: str, cfg: MemoryConfig) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        async with row.open(base_url, cfg.window) as iterate:
            n = 0
            async for _item in iterate(CUSTOMER_ID, items, cfg.page_size, mode):
                n += 1
            if n != items:
                raise RuntimeError(f"iterated {n} items, expected {items}")
            _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak


async def run_memory(base_url: str, rows: Sequence[PagerRow], cfg: MemoryConfig) -> Outcome:
    out = Outcome("memory")
    table = []
    small, large = cfg.sizes
    for row in rows:
        with contextlib.suppress(Exception):  # untraced warm-up: imports, caches, first use
            await asyncio.wait_for(_peak(row, base_url, cfg.page_size * 2, "concurrent", cfg), 30)
        for mode in ("sequential", "concurrent"):
            key = f"{row.name} | {mode}"
            try:
                p_small = await asyncio.wait_for(
                    _peak(row, base_url, small, mode, cfg), cfg.time_limit
                )
                p_large = await asyncio.wait_for(
                    _peak(row, base_url, large, mode, cfg), cfg.time_limit
                )
            except RowUnavailable as exc:
                out.skipped[row.name] = str(exc)
                break
            except TimeoutError:
                out.timeouts[key] = f"over {cfg.time_limit:.0f} s"
                continue
            except Exception as exc:
                out.crashed[key] = repr(exc)
                traceback.print_exc()
                continue
            ratio = p_large / p_small
            verdict = "bounded" if ratio <= BOUNDED_RATIO else "GROWS"
            if row.kind == "control":
                verdict = f"(control) {verdict.lower()}"
            out.data[key] = {"peak_small": p_small, "peak_large": p_large, "ratio": ratio}
            mib_small, mib_large = f"{p_small / 2**20:.1f}", f"{p_large / 2**20:.1f}"
            table.append(
                [f"{row.name} [{row.kind}]", mode, mib_small, mib_large, f"{ratio:.2f}x", verdict]
            )
    print(
        f"\n## Memory: tracemalloc peak (MiB) iterating {small:,} vs {large:,} invoices, "
        f"page size {cfg.page_size}, window {cfg.window}\n"
    )
    print_table(["row", "mode", f"peak {small:,}", f"peak {large:,}", "ratio", "verdict"], table)
    out.report()
    return out


def memory_rows() -> list[PagerRow]:
    wanted = {"aiohttp", 'SDK transport="aiohttp"'}
    rows = [r for r in pager_rows() if r.name in wanted]
    return [*rows, PagerRow("keep every item (control)", "control", _open_hoarding)]


def main(argv: list[str] | None = None) -> int:
    from bench.server import start_server

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--server", default="auto")
    args = ap.parse_args(argv)
    cfg = MemoryConfig()
    with start_server(args.server, invoices_total=max(cfg.sizes)) as url:
        out = asyncio.run(run_memory(url, memory_rows(), cfg))
    return 1 if out.crashed else 0


if __name__ == "__main__":
    raise SystemExit(main())
