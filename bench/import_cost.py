"""`python -m bench.import_cost [--runs N]`: what `import customers_api` costs next to httpx.

Each sample is a fresh interpreter timing one import with `time.perf_counter` (interpreter
start-up excluded); `httpx` and `customers_api` alternate so both see the same machine load.
Prints the medians and the ratio of the SDK's own cost (customers_api minus httpx, which it
imports) to httpx's. Resources, the generated endpoint modules and the models load on
first use, not at import.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

PROBE = "import time; t = time.perf_counter(); import {0}; print(time.perf_counter() - t)"


def sample(module: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(module)], capture_output=True, text=True, check=True
    )
    return float(out.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.import_cost")
    parser.add_argument("--runs", type=int, default=15, help="fresh processes per module")
    args = parser.parse_args(argv)
    times: dict[str, list[float]] = {"httpx": [], "customers_api": []}
    for _ in range(args.runs):
        for module in times:
            times[module].append(sample(module))
    httpx_ms = statistics.median(times["httpx"]) * 1000
    sdk_ms = statistics.median(times["customers_api"]) * 1000
    own = sdk_ms - httpx_ms
    print(f"import httpx          median {httpx_ms:7.1f} ms  ({args.runs} processes)")
    print(f"import customers_api  median {sdk_ms:7.1f} ms  (httpx included)")
    print(f"SDK's own cost        {own:7.1f} ms = {own / httpx_ms:.2f} x httpx's")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
