"""Pagination: iterate 10,000 invoices at page size 100, sequential vs concurrent pages.

A pager row is a name plus `open(base_url, window)`, an async context manager yielding
`iterate(customer_id, max_items, page_size, mode)`: an async iterator over the items, in
order, with `mode` "sequential" (one page at a time) or "concurrent" (the first page gives
the total, then up to `window` pages in flight, yielded in order, so memory stays bounded
by the window). Raw rows build this from a page fetcher + json.loads; [gen] rows use the
generated `list_customer_invoices` endpoint with typed models; SDK rows plug in through
`sdk_pager_rows()` (the SDK's `list.paging(...).iter(...)`) or `register_pager_row()`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import time
import traceback
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from bench.common import Outcome, fmt_num, median, print_table
from bench.rows import HEADERS, RowUnavailable, aiohttp_transport, httpx_limits

CUSTOMER_ID = 10
MODES = ("sequential", "concurrent")

GetPage = Callable[[int, int, int], Awaitable[tuple[list[Any], int]]]  # (cid, limit, offset)
Iterate = Callable[[int, int, int, str], AsyncIterator[Any]]  # (cid, max_items, size, mode)
PagerOpener = Callable[[str, int], contextlib.AbstractAsyncContextManager[Iterate]]


@dataclass(frozen=True)
class PagerRow:
    name: str
    kind: str  # "raw" | "gen" | "sdk"
    open: PagerOpener
    note: str = ""


async def iter_sequential(
    get_page: GetPage, cid: int, max_items: int, page_size: int
) -> AsyncIterator[Any]:
    offset = 0
    for _ in range(max_items // page_size + 2):  # bounded: never more pages than needed
        if offset >= max_items:
            return
        limit = min(page_size, max_items - offset)
        items, total = await get_page(cid, limit, offset)
        for item in items:
            yield item
        offset += len(items)
        if len(items) < limit or offset >= total:
            return


async def iter_concurrent(
    get_page: GetPage, cid: int, max_items: int, page_size: int, window: int
) -> AsyncIterator[Any]:
    items, total = await get_page(cid, min(page_size, max_items), 0)
    for item in items:
        yield item
    end = min(total, max_items)
    offsets = iter(range(len(items), end, page_size))
    pending: deque[asyncio.Task[tuple[list[Any], int]]] = deque()

    def launch() -> None:
        off = next(offsets, None)
        if off is not None:
            pending.append(asyncio.ensure_future(get_page(cid, min(page_size, end - off), off)))

    try:
        for _ in range(max(1, window)):
            launch()
        while pending:
            page, _total = await pending.popleft()
            launch()
            for item in page:
                yield item
    finally:
        for t in pending:
            t.cancel()
        await asyncio.gather(*pending, return_exceptions=True)


def iterate_from(get_page: GetPage, window: int) -> Iterate:
    def iterate(cid: int, max_items: int, page_size: int, mode: str) -> AsyncIterator[Any]:
        if mode == "sequential":
            return iter_sequential(get_page, cid, max_items, page_size)
        return iter_concurrent(get_page, cid, max_items, page_size, window)

    return iterate


def _json_page(status: int, body: bytes) -> tuple[list[Any], int]:
    import json

    if status != 200:
        raise RuntimeError(f"HTTP {status}: {body[:200]!r}")
    env = json.loads(body)
    return env["data"], env["total"]


# --- raw pager rows ----------------------------------------------------------------------


def _open_raw_httpx(aiohttp_engine: bool) -> PagerOpener:
    @contextlib.asynccontextmanager
    async def open_(base_url: str, window: int) -> AsyncIterator[Iterate]:
        conns = max(window, 1) + 1
        kw: dict[str, Any] = (
            {"transport": aiohttp_transport(conns)}
            if aiohttp_engine
            else {"limits": httpx_limits(conns)}
        )
        async with httpx.AsyncClient(base_url=base_url, headers=HEADERS, **kw) as client:

            async def get_page(cid: int, limit: int, offset: int) -> tuple[list[Any], int]:
                r = await client.get(
                    f"/customer/{cid}/invoices", params={"limit": limit, "offset": offset}
                )
                return _json_page(r.status_code, r.content)

            yield iterate_from(get_page, window)

    return open_


@contextlib.asynccontextmanager
async def open_raw_aiohttp(base_url: str, window: int) -> AsyncIterator[Iterate]:
    import aiohttp

    connector = aiohttp.TCPConnector(limit=max(window, 1) + 1)
    async with aiohttp.ClientSession(base_url, headers=HEADERS, connector=connector) as session:

        async def get_page(cid: int, limit: int, offset: int) -> tuple[list[Any], int]:
            async with session.get(
                f"/customer/{cid}/invoices", params={"limit": limit, "offset": offset}
            ) as r:
                return _json_page(r.status, await r.read())

        yield iterate_from(get_page, window)


# --- generated-layer preview rows (typed models) -----------------------------------------


def _open_generated(aiohttp_engine: bool) -> PagerOpener:
    @contextlib.asynccontextmanager
    async def open_(base_url: str, window: int) -> AsyncIterator[Iterate]:
        try:
            from customers_api._generated.api.invoices import list_customer_invoices
            from customers_api._generated.client import Client
        except ImportError as exc:
            raise RowUnavailable(f"generated layer not importable: {exc}") from exc
        conns = max(window, 1) + 1
        http = (
            httpx.AsyncClient(transport=aiohttp_transport(conns))
            if aiohttp_engine
            else httpx.AsyncClient(limits=httpx_limits(conns))
        )
        async with http:
            gen = Client(base_url=base_url, http=http, headers=dict(HEADERS))

            async def get_page(cid: int, limit: int, offset: int) -> tuple[list[Any], int]:
                resp = await list_customer_invoices.asyncio_detailed(
                    cid, client=gen, limit=limit, offset=offset
                )
                if resp.parsed is None:
                    raise RuntimeError(f"HTTP {resp.status_code}: {resp.content[:200]!r}")
                return resp.parsed.data, resp.parsed.total

            yield iterate_from(get_page, window)

    return open_


# --- SDK rows (issue 4) ------------------------------------------------------------------

_EXTRA_PAGER_ROWS: list[PagerRow] = []


def register_pager_row(row: PagerRow) -> None:
    """Add a pagination row (e.g. the SDK's) before the benchmark runs."""
    _EXTRA_PAGER_ROWS.append(row)


def _open_sdk(transport_name: Literal["aiohttp", "httpx"]) -> PagerOpener:
    """The SDK's documented pagination: ``list.paging(...).iter(...)`` on one shared client."""

    @contextlib.asynccontextmanager
    async def open_(base_url: str, window: int) -> AsyncIterator[Iterate]:
        from bench.rows import BENCH_SITE_ID, BENCH_TOKEN
        from customers_api import CustomersClient

        client = CustomersClient(
            token=BENCH_TOKEN, site_id=BENCH_SITE_ID, base_url=base_url, transport=transport_name
        )
        async with client:

            def iterate(cid: int, max_items: int, page_size: int, mode: str) -> AsyncIterator[Any]:
                pager = client.customers.invoices.list.paging(
                    page_size=page_size,
                    max_items=max_items,
                    concurrency=1 if mode == "sequential" else window,
                )
                return pager.iter(cid)

            yield iterate

    return open_


def sdk_pager_rows() -> list[PagerRow]:
    """The SDK's pagination rows (aiohttp engine, and httpx's default for comparison)."""
    from bench.rows import sdk_available

    if not sdk_available():
        return []
    return [
        PagerRow('SDK transport="aiohttp"', "sdk", _open_sdk("aiohttp"), "typed models"),
        PagerRow('SDK transport="httpx"', "sdk", _open_sdk("httpx"), "typed models"),
    ]


def pager_rows(*, include_gen: bool = False) -> list[PagerRow]:
    from bench.rows import generated_available

    rows = [
        PagerRow("httpx (default transport)", "raw", _open_raw_httpx(False), "json.loads"),
        PagerRow("aiohttp", "raw", open_raw_aiohttp, "json.loads"),
        PagerRow("httpx + AiohttpTransport", "raw", _open_raw_httpx(True), "json.loads"),
    ]
    if include_gen and generated_available():
        rows += [
            PagerRow("gen layer, httpx default", "gen", _open_generated(False), "typed"),
            PagerRow("gen layer, AiohttpTransport", "gen", _open_generated(True), "typed"),
        ]
    return rows + sdk_pager_rows() + list(_EXTRA_PAGER_ROWS)


@dataclass
class PaginationConfig:
    items: int = 10_000
    page_size: int = 100
    window: int = 4
    reps: int = 3
    time_limit: float = 120.0


async def count_items(iterate: Iterate, cid: int, max_items: int, size: int, mode: str) -> int:
    n = 0
    async for _item in iterate(cid, max_items, size, mode):
        n += 1
    return n


async def run_pagination(base_url: str, rows: Sequence[PagerRow], cfg: PaginationConfig) -> Outcome:
    out = Outcome("pagination")
    results: dict[tuple[str, str], list[float]] = {}
    for row in rows:
        try:
            async with row.open(base_url, cfg.window) as iterate:
                # warm-up: open the connections, fill server-side page caches
                await count_items(
                    iterate,
                    CUSTOMER_ID,
                    cfg.page_size * cfg.window * 2,
                    cfg.page_size,
                    "concurrent",
                )
                for _rep in range(cfg.reps):
                    for mode in MODES:
                        t0 = time.perf_counter()
                        n = await asyncio.wait_for(
                            count_items(iterate, CUSTOMER_ID, cfg.items, cfg.page_size, mode),
                            cfg.time_limit,
                        )
                        dt = time.perf_counter() - t0
                        if n != cfg.items:
                            raise RuntimeError(f"{mode}: iterated {n} items, expected {cfg.items}")
                        results.setdefault((row.name, mode), []).append(n / dt)
        except RowUnavailable as exc:
            out.skipped[row.name] = str(exc)
        except TimeoutError:
            out.timeouts[row.name] = f"over {cfg.time_limit:.0f} s"
        except Exception as exc:
            out.crashed[row.name] = repr(exc)
            traceback.print_exc()
    medians = {f"{k[0]} | {k[1]}": median(v) for k, v in results.items()}
    out.data = {"medians": medians}
    print(
        f"\n## Pagination: {cfg.items:,} invoices (5 lines each), page size {cfg.page_size}, "
        f"concurrent window {cfg.window}, median of {cfg.reps} reps, items/s\n"
    )
    table = []
    for row in rows:
        seq = (
            median(results[(row.name, "sequential")])
            if (row.name, "sequential") in results
            else None
        )
        con = (
            median(results[(row.name, "concurrent")])
            if (row.name, "concurrent") in results
            else None
        )
        speedup = f"{con / seq:.2f}x" if seq and con else "-"
        table.append([f"{row.name} [{row.kind}]", fmt_num(seq), fmt_num(con), speedup.rjust(7)])
    if not any(r.kind == "sdk" for r in rows):
        table.append(["SDK pagination [sdk]", "pending", "pending", "pending"])
    print_table(["row", "sequential", "concurrent", "conc/seq"], table)
    out.report()
    return out


def main(argv: list[str] | None = None) -> int:
    from bench.server import start_server

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--items", type=int, default=10_000)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--window", type=int, default=4)
    ap.add_argument("--server", default="auto")
    args = ap.parse_args(argv)
    cfg = PaginationConfig(items=args.items, reps=args.reps, window=args.window)
    with start_server(args.server, invoices_total=max(cfg.items, 10_000)) as url:
        out = asyncio.run(run_pagination(url, pager_rows(), cfg))
    return 1 if out.crashed else 0


if __name__ == "__main__":
    raise SystemExit(main())
