"""`python -m bench [--quick] [--server canned|fake] [--only SECTION ...]`.

Runs fan-out, pagination, parsing and memory against a loopback server in its own
process. Exits non-zero only when a row crashes, never on timing.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.metadata
import json
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable
from typing import Any

from bench.common import Outcome

SECTIONS = ("fanout", "pagination", "parsing", "memory", "ratelimit")
QUICK_SKIPS = ("ratelimit",)  # ~4 min, rate-bound: `make bench` only
PACKAGES = ("httpx", "httpcore", "aiohttp", "httpx-aiohttp", "attrs", "uvloop", "httptools",
            "granian", "uvicorn", "customers-api")  # fmt: skip


def machine_header(server_impl: str) -> None:
    versions = []
    for pkg in PACKAGES:
        try:
            versions.append(f"{pkg} {importlib.metadata.version(pkg)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{pkg} -")
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    print("# customers-api benchmarks")
    print()
    print(f"- machine: {os.cpu_count()} cores (nproc), {platform.machine()}, {platform.system()}")
    print(f"- load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"- python {platform.python_version()} ({platform.python_implementation()})")
    print(f"- packages: {', '.join(versions)}")
    print(f"- server: {server_impl}, own process, 127.0.0.1; client and server share the cores")
    print("- client event loop: asyncio (stdlib)")


def _raise_fd_limit() -> None:
    with contextlib.suppress(Exception):
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        want = 8192 if hard == resource.RLIM_INFINITY else min(hard, 8192)
        if soft < want:
            resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    ap.add_argument("--quick", action="store_true", help="< 60 s: fewer requests and reps")
    ap.add_argument(
        "--server",
        choices=("canned", "fake"),
        default="canned",
        help="canned bodies (default) or the SDK's fake API (customers_api.testing)",
    )
    ap.add_argument(
        "--server-impl",
        default="auto",
        help="canned server implementation: auto|raw|aiohttp|uvicorn|granian",
    )
    ap.add_argument("--only", nargs="+", choices=SECTIONS)
    ap.add_argument("--n", type=int, help="fan-out requests per cell (default 3000, quick 600)")
    ap.add_argument("--reps", type=int, help="repetitions per cell (default 3)")
    ap.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    args = ap.parse_args(argv)  # fmt: skip
    only = args.only or []
    args.only = args.only or list(SECTIONS)

    from bench.fanout import FanoutConfig, run_fanout
    from bench.memory import MemoryConfig, memory_rows, run_memory
    from bench.pagination import PaginationConfig, pager_rows, run_pagination
    from bench.parsing import ParsingConfig, run_parsing
    from bench.ratelimit import RateLimitConfig, run_ratelimit
    from bench.rows import fanout_rows
    from bench.server import resolve_impl, start_server

    _raise_fd_limit()
    impl = "fake" if args.server == "fake" else resolve_impl(args.server_impl)
    q = args.quick
    fan = FanoutConfig(
        n=args.n or (600 if q else 3000),
        concurrencies=(16, 64, 256) if q else (1, 16, 64, 256),
        reps=args.reps or 3,
        cell_time_limit=20.0 if q else 60.0,
        httpcore_concurrencies=(64,) if q else None,
        httpcore_n=200 if q else None,
    )
    pag = PaginationConfig(items=2_000 if q else 10_000, reps=args.reps or (2 if q else 3))
    par = ParsingConfig(
        repeat=5 if q else 15, target_seconds=0.03 if q else 0.05, profile_top=8 if q else 12
    )
    mem = MemoryConfig(sizes=(300, 3_000) if q else (1_000, 10_000))

    machine_header(impl)
    t0 = time.monotonic()
    outcomes: list[Outcome] = []
    with start_server(impl, invoices_total=10_000) as url:
        print(f"- mode: {'quick' if q else 'full'}; base URL {url}")
        steps: dict[str, Callable[[], Outcome]] = {
            "fanout": lambda: asyncio.run(run_fanout(url, fanout_rows(), fan)),
            "pagination": lambda: asyncio.run(run_pagination(url, pager_rows(), pag)),
            "parsing": lambda: run_parsing(par),
            "memory": lambda: asyncio.run(run_memory(url, memory_rows(), mem)),
            "ratelimit": lambda: run_ratelimit(RateLimitConfig()),  # its own fake servers
        }
        for name in SECTIONS:
            if name not in args.only or (q and name in QUICK_SKIPS and name not in only):
                continue
            t_section = time.monotonic()
            try:
                outcomes.append(steps[name]())
            except Exception as exc:  # a harness failure counts as a crash
                traceback.print_exc()
                outcomes.append(Outcome(name, crashed={"section": repr(exc)}))
            print(f"\n({name}: {time.monotonic() - t_section:.1f} s)")
    elapsed = time.monotonic() - t0
    crashed = {f"{o.section}: {k}": v for o in outcomes for k, v in o.crashed.items()}
    print(f"\nTotal {elapsed:.1f} s. Crashed rows: {len(crashed)}")
    for k, v in crashed.items():
        print(f"  {k}: {v}")
    if args.json:
        payload: dict[str, Any] = {o.section: o.data for o in outcomes}
        payload["crashed"] = crashed
        with open(args.json, "w") as fh:
            json.dump(payload, fh, indent=2, default=str)
    sys.stdout.flush()
    return 1 if crashed else 0


if __name__ == "__main__":
    raise SystemExit(main())
