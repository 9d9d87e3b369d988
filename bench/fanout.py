"""Fan-out: N GETs of /customer/{id}/doc at several concurrencies, every row, one run.

Per (row, concurrency) cell: one client, warmed up (connections opened), then `reps` timed
batches of N requests with a short re-warm before each; requests/s = N / wall time, and the
client's CPU per request = `time.process_time()` over the batch / N (the loopback server
runs in its own process: on a 2-core box a throughput ratio can be server-bound, the client
CPU ratio cannot); the cell's figure is the median. Repetitions are interleaved across rows
(rep 1 of every row, then rep 2, ...) so that machine noise drifts over all rows alike.
"Layer" rows (the SDK's engine alone, then its pipeline) run at c=64 only: where the SDK's
time goes, one layer at a time.
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

# Targets (read, never asserted on): issue 8 (vs httpx, c256/c16), issue 17 (vs raw aiohttp
# + json.loads at c=64: client CPU per request and throughput, each at least 0.8).
TARGET_VS_HTTPX_64 = 10.0
TARGET_VS_AIOHTTP_64 = 0.8
TARGET_CPU_VS_AIOHTTP_64 = 0.8
TARGET_256_VS_16 = 0.9
LAYER_CONCURRENCY = 64


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


async def _timed(
    fetch: Fetch, ids: list[int], concurrency: int, limit: float
) -> tuple[float, float]:
    """(requests/s, client CPU microseconds per request) of one batch."""
    c0, t0 = time.process_time(), time.perf_counter()
    await run_workers(fetch, ids, concurrency, time_limit=limit)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return len(ids) / wall, cpu / len(ids) * 1e6


async def run_fanout(base_url: str, rows: Sequence[Row], cfg: FanoutConfig) -> Outcome:
    out = Outcome("fanout")
    results: dict[str, dict[int, list[float]]] = {r.name: {} for r in rows}
    cpu: dict[str, dict[int, list[float]]] = {r.name: {} for r in rows}
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
                if row.kind == "layer" and conc != LAYER_CONCURRENCY:
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
                        rps, us = await _timed(fetch, batch, conc, cfg.cell_time_limit)
                        results[name].setdefault(conc, []).append(rps)
                        cpu[name].setdefault(conc, []).append(us)
                    except CellTimeout as exc:
                        out.timeouts[f"{name} @ {conc}"] = str(exc)
                    except Exception as exc:
                        out.crashed[name] = f"@{conc}: {exc!r}"
                        traceback.print_exc()
    medians = {name: {c: median(v) for c, v in per.items() if v} for name, per in results.items()}
    cpu_medians = {name: {c: median(v) for c, v in per.items() if v} for name, per in cpu.items()}
    out.data = {
        "medians": medians,
        "cpu_us_medians": cpu_medians,
        "reps": results,
        "cpu_reps": cpu,
        "config": cfg.__dict__ | {},
    }
    _print(rows, cfg, medians, out)
    _print_cpu(rows, cfg, medians, cpu_medians)
    return out


def _print_cpu(
    rows: Sequence[Row],
    cfg: FanoutConfig,
    medians: dict[str, dict[int, float]],
    cpu: dict[str, dict[int, float]],
) -> None:
    """Client CPU per request at c=64 next to raw aiohttp + json.loads (issue 17)."""
    c = LAYER_CONCURRENCY
    base_cpu = cpu.get(RAW_AIOHTTP, {}).get(c)
    base_rps = medians.get(RAW_AIOHTTP, {}).get(c)
    if c not in cfg.concurrencies or not base_cpu or not base_rps:
        return
    print(f"\n## Client CPU per request at c={c} (time.process_time / N), same run\n")
    print("Ratios are raw aiohttp + json.loads over the row (higher is better); targets for")
    print("the SDK rows (issue 17): client CPU >= 0.8x and throughput >= 0.8x.\n")
    table = []
    for r in rows:
        us = cpu.get(r.name, {}).get(c)
        rps = medians.get(r.name, {}).get(c)
        if us is None or rps is None:
            continue
        judged = r.kind == "sdk"
        table.append(
            [
                f"{r.name} [{r.kind}]",
                f"{us:7.1f}",
                _mark(base_cpu / us, TARGET_CPU_VS_AIOHTTP_64, judged),
                _mark(rps / base_rps, TARGET_VS_AIOHTTP_64, judged),
            ]
        )
    print_table(["row", "us/req", "CPU vs aiohttp", "req/s vs aiohttp"], table)


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
    print("Ratios (same run). Targets for SDK rows: vs httpx@64 >= 10x, vs aiohttp@64 >= 0.8x,")
    print("c=256 / c=16 >= 0.9x.")
    print()
    ratio_rows = []
    for r in rows:
        if r.kind == "raw" and r.name in (RAW_HTTPX, RAW_AIOHTTP):
            continue
        rt = ratios(medians, r.name)
        # targets apply to the SDK (and its [gen] preview), not to the baselines
        judged = r.kind == "sdk"
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
