"""`make demo`: start the fake Customers API on 127.0.0.1, run the tour, stop the server.

python examples/run_demo.py            # against the embedded fake (writes included)
python examples/run_demo.py --live     # against the real API, read-only
                                       # (CUSTOMERS_API_TOKEN, CUSTOMERS_API_SITE_ID)
python examples/run_demo.py --live --writes
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tour

READY = re.compile(r"serving on (http://127\.0\.0\.1:\d+)")


def start_fake() -> tuple[subprocess.Popen[str], str]:
    """The fake API in its own process on a free loopback port; returns it and its URL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "customers_api.testing", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    match = READY.search(line)
    if not match:
        proc.kill()
        raise SystemExit(f"the fake API did not start: {line.strip() or 'no output'}")
    print(line.strip())
    return proc, match.group(1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--live", action="store_true", help="run against the real API")
    parser.add_argument("--writes", action="store_true", help="with --live: include writes")
    args = parser.parse_args()
    if args.live:
        missing = [
            v for v in ("CUSTOMERS_API_TOKEN", "CUSTOMERS_API_SITE_ID") if not os.environ.get(v)
        ]
        if missing:
            print(f"--live needs {', '.join(missing)} in the environment", file=sys.stderr)
            return 2
        return asyncio.run(tour.main(["--writes"] if args.writes else []))
    proc, url = start_fake()
    try:
        return asyncio.run(
            tour.main(["--base-url", url, "--token", "demo", "--site-id", "demo", "--writes"])
        )
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


if __name__ == "__main__":
    raise SystemExit(main())
