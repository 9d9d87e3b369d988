"""Fan-out: N GETs of /customer/{id}/doc at several concurrencies, every row, one run.

Per (row, concurrency) cell: one client, warmed up (connections opened), then `reps` timed
batches of N requests with a short re-warm before each; requests/s = N / wall time; the
cell's figure is the median. Repetitions are interleaved across rows (rep 1 of every row,
then rep 2, ...) so that machine noise drifts over all rows alike.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass

from bench.common import CellTimeout, Outcome, fmt_num, median, print_table, run_workers
from bench.rows import Fetch, Row, RowUnavailable, fanout_rows

RAW_HTTPX = "httpx (default transport)"
RAW_AIOHTTP = "aiohttp"

# Targets from issue 8 (read, never asserted on).
TARGET_VS_HTTPX_64 = 10.0
TARGET_VS_AIOHTTP_64 = 0.5
TARGET_256_VS_16 = 0.9


@dataclass
class FanoutConfig:
    n: int = 3000
    concurrencies: Sequence[int] = (1, 16, 64, 256)
    reps: int = 3
    cell_time_limit: float = 60.0  # per timed batch
    id_space: int = 1000
    # Quick mode: rows on httpx's default transport (engine "httpcore") run only at these
    # concurrencies (64, where the ratios are read; it crawls above) and with fewer requests.
    httpcore_concurrencies: Sequence[int] | None = None
    httpcore_n: int | None = None


def _ids(n: int, id_space: int) -> list[int]:
    return [1 + i % id_space for i in range(n)]


async def _timed(fetch: Fetch, ids: list[int], concurrency: int, limit: float) -> float:
    t0 = time.perf_counter()
    await run_workers(fetch, ids, concurrency, time_limit=limit)
    return len(ids) / (time.perf_counter() - t0)


async def run_fanout(base_url: str, rows: Sequence[Row], cfg: FanoutConfig) -> Outcome:
    out = Outcome("fanout")
    results: dict[str, dict[int, list[float]]] = {r.name: {} for r in rows}
    ids = _ids(cfg.n, cfg.id_space)
    slow_ids = _ids(min(cfg.n, cfg.httpcore_n or cfg.n), cfg.id_space)
    engine = {r.name: r.engine for r in rows}
    for conc in cfg.concurrencies:
        warm = _ids(max(conc, 20), cfg.id_space)
        rewarm = _ids(max(conc, 20), cfg.id_space)
        async with contextlib.AsyncExitStack() as stack:
            live: dict[str, Fetch] = {}
            for row in rows:
                if row.name in out.skipped or row.name in out.crashed:
                    continue
                only = cfg.httpcore_concurrencies
                if row.engine == "httpcore" and only is not None and conc not in only:
                    continue
                try:
                    fetch = await stack.enter_async_context(row.open(base_url, conc))
                    await run_workers(fetch, warm, conc, time_limit=cfg.cell_time_limit)
                    live[row.name] = fetch
                except RowUnavailable as exc:
                    out.skipped[row.name] = str(exc)
                except CellTimeout as exc:
                    out.timeouts[f"{row.name} @ {conc}"] = f"warm-up {exc}"
                except Exception as exc:
                    out.crashed[row.name] = f"@{conc}: {exc!r}"
                    traceback.print_exc()
            for _rep in range(cfg.reps):
                for name, fetch in live.items():
                    if name in out.crashed or f"{name} @ {conc}" in out.timeouts:
                        continue
                    try:
                        await run_workers(fetch, rewarm, conc, time_limit=cfg.cell_time_limit)
                        batch = slow_ids if engine[name] == "httpcore" else ids
                        rps = await _timed(fetch, batch, conc, cfg.cell_time_limit)
                        results[name].setdefault(conc, []).append(rps)
                    except CellTimeout as exc:
                        out.timeouts[f"{name} @ {conc}"] = str(exc)
                    except Exception as exc:
                        out.crashed[name] = f"@{conc}: {exc!r}"
                        traceback.print_exc()
    medians = {name: {c: median(v) for c, v in per.items() if v} for name, per in results.items()}
    out.data = {"medians": medians, "reps": results, "config": cfg.__dict__ | {}}
    _print(rows, cfg, medians, out)
    return out


def ratios(medians: dict[str, dict[int, float]], name: str) -> dict[str, float | None]:
    me = medians.get(name, {})
    httpx_ = medians.get(RAW_HTTPX, {})
    aio = medians.get(RAW_AIOHTTP, {})

    def div(a: float | None, b: float | None) -> float | None:
        return a / b if a is not None and b else None

    return {
        "vs_httpx_64": div(me.get(64), httpx_.get(64)),
        "vs_aiohttp_64": div(me.get(64), aio.get(64)),
        "256_vs_16": div(me.get(256), me.get(16)),
    }


def _mark(value: float | None, target: float, judged: bool = True) -> str:
    if value is None:
        return "-"
    if not judged:
        return f"{value:6.2f}x"
    return f"{value:6.2f}x {'ok' if value >= target else 'MISS'}"


def _print(
    rows: Sequence[Row], cfg: FanoutConfig, medians: dict[str, dict[int, float]], out: Outcome
) -> None:
    slow = ""
    if cfg.httpcore_n or cfg.httpcore_concurrencies:
        slow = f" (httpx default transport rows: N={cfg.httpcore_n or cfg.n}, quick)"
    print(
        f"\n## Fan-out: GET /customer/{{id}}/doc, N={cfg.n}{slow}, median of {cfg.reps} reps, "
        "req/s\n"
    )
    headers = ["row", *(f"c={c}" for c in cfg.concurrencies)]
    table = [
        [
            f"{r.name} [{r.kind}]",
            *(fmt_num(medians.get(r.name, {}).get(c)) for c in cfg.concurrencies),
        ]
        for r in rows
    ]
    print_table(headers, table)
    print()
    print("Ratios (same run). Targets for SDK rows: vs httpx@64 >= 10x, vs aiohttp@64 >= 0.5x,")
    print("c=256 / c=16 >= 0.9x.")
    print()
    ratio_rows = []
    for r in rows:
        if r.kind == "raw" and r.name in (RAW_HTTPX, RAW_AIOHTTP):
            continue
        rt = ratios(medians, r.name)
        # targets apply to the SDK (and its [gen] preview), not to the baselines
        judged = r.kind not in ("raw", "raw+decode")
        ratio_rows.append(
            [
                f"{r.name} [{r.kind}]",
                _mark(rt["vs_httpx_64"], TARGET_VS_HTTPX_64, judged),
                _mark(rt["vs_aiohttp_64"], TARGET_VS_AIOHTTP_64, judged),
                _mark(rt["256_vs_16"], TARGET_256_VS_16, judged),
            ]
        )
    if not any(r.kind == "sdk" for r in rows):
        ratio_rows.append(["SDK rows [sdk]", "pending", "pending", "pending"])
    print_table(["row", "/ httpx @64", "/ aiohttp @64", "c256 / c16"], ratio_rows)
    out.report()


def main(argv: list[str] | None = None) -> int:
    from bench.server import start_server

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 16, 64, 256])
    ap.add_argument("--server", default="auto")
    args = ap.parse_args(argv)
    cfg = FanoutConfig(n=args.n, reps=args.reps, concurrencies=args.concurrency)
    with start_server(args.server) as url:
        out = asyncio.run(run_fanout(url, fanout_rows(), cfg))
    return 1 if out.crashed else 0


if __name__ == "__main__":
    raise SystemExit(main())
