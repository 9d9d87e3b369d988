"""Which loopback server? `python -m bench.server_compare`.

Each implementation in `bench.server` is started in its own process and hit by the
fastest client here (raw aiohttp + json.loads) at concurrency 64; the best one is the
suite's default (`--server auto`) so the server is not what limits the client rows.
"""

from __future__ import annotations

import argparse
import asyncio
import time

from bench.common import fmt_num, median, print_table, run_workers
from bench.rows import open_raw_aiohttp
from bench.server import _has, start_server

CANDIDATES = ("raw", "aiohttp", "uvicorn", "granian")


async def _measure(base_url: str, n: int, conc: int, reps: int) -> list[float]:
    ids = [1 + i % 1000 for i in range(n)]
    out: list[float] = []
    async with open_raw_aiohttp(base_url, conc) as fetch:
        await run_workers(fetch, ids[: max(200, 2 * conc)], conc, time_limit=60)
        for _ in range(reps):
            t0 = time.perf_counter()
            await run_workers(fetch, ids, conc, time_limit=60)
            out.append(n / (time.perf_counter() - t0))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args(argv)
    extras = {
        "raw": "httptools parser + asyncio.Protocol",
        "aiohttp": "aiohttp.web",
        "uvicorn": f"minimal ASGI, http={'httptools' if _has('httptools') else 'h11'}",
        "granian": "minimal ASGI on granian (Rust)",
    }
    loop = "uvloop" if _has("uvloop") else "asyncio"
    rows = []
    for impl in CANDIDATES:
        need = {"raw": "httptools", "granian": "granian", "uvicorn": "uvicorn"}.get(impl)
        if need and not _has(need):
            rows.append([impl, f"{need} not installed", "-", "-"])
            continue
        with start_server(impl) as url:
            reps = asyncio.run(_measure(url, args.n, args.concurrency, args.reps))
        rows.append(
            [
                impl,
                f"{extras[impl]}, loop={loop}",
                fmt_num(median(reps)),
                " ".join(f"{r:,.0f}" for r in reps),
            ]
        )
    print(f"\n## Server choice: raw aiohttp client, N={args.n}, c={args.concurrency}, req/s\n")
    print_table(["server", "what", "median", "reps"], rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
