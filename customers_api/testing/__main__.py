"""``python -m customers_api.testing serve --port N``: the fake Customers API on loopback."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Sequence
from types import FrameType

from customers_api._extras import require_extra
from customers_api.testing._app import FakeCustomersAPI
from customers_api.testing._data import Dataset
from customers_api.testing._faults import FaultConfig


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m customers_api.testing")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the fake Customers API with uvicorn")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    serve.add_argument("--customers", type=int, default=500)
    serve.add_argument("--seed", type=int, default=1)
    serve.add_argument("--token", action="append", help="accept only this bearer token")
    faults = serve.add_argument_group("fault injection")
    faults.add_argument("--latency", type=float, default=0.0, help="seconds added")
    faults.add_argument("--jitter", type=float, default=0.0, help="up to this many more")
    faults.add_argument("--fail-503", type=float, default=0.0, help="fraction of 503s")
    faults.add_argument("--fail-429", type=float, default=0.0, help="fraction of 429s")
    faults.add_argument("--retry-after", type=int, default=1, help="Retry-After of a 429")
    faults.add_argument("--drop", type=float, default=0.0, help="fraction of dropped conns")
    faults.add_argument("--drop-phase", choices=("before", "after"), default="before")
    faults.add_argument("--fault-seed", type=int, default=0)
    faults.add_argument(
        "--rate-limit", type=float, help="requests/s per site id (token bucket; 429 beyond)"
    )
    faults.add_argument("--burst", type=int, help="token bucket size (default: the rate)")
    serve.add_argument("--log-level", default="warning")
    return parser


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _faults(args: argparse.Namespace) -> FaultConfig:
    return FaultConfig(
        latency=args.latency,
        jitter=args.jitter,
        fail_503=args.fail_503,
        fail_429=args.fail_429,
        retry_after=args.retry_after,
        drop=args.drop,
        drop_phase=args.drop_phase,
        seed=args.fault_seed,
        rate_limit=args.rate_limit,
        rate_burst=args.burst,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        require_extra("testing", "serve", "uvicorn")
    except ImportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, _interrupt)  # stop the server cleanly on terminate()
    try:
        faults = _faults(args)
    except ValueError as exc:  # a knob out of range: a usage error, not a traceback
        _parser().error(str(exc))
    started = time.perf_counter()
    api = FakeCustomersAPI(
        Dataset(customers=args.customers, seed=args.seed), faults=faults, tokens=args.token
    )
    built = time.perf_counter() - started
    from customers_api.testing._serve import serve_in_thread

    with serve_in_thread(api, host=args.host, port=args.port, log_level=args.log_level) as url:
        # One parseable line for scripts that start the fake as a subprocess (--port 0).
        print(
            f"fake Customers API serving on {url} ({args.customers} customers, "
            f"seed {args.seed}, built in {built * 1000:.0f} ms)",
            flush=True,
        )
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
