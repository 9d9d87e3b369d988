"""Bulk export: every invoice of every customer to JSON Lines, with progress on stderr.

    python examples/export_invoices.py invoices.jsonl                  # CUSTOMERS_API_* env
    python examples/export_invoices.py out.jsonl --base-url http://127.0.0.1:8000 \\
        --token t --site-id s --max-customers 50

Customers are paged with the list endpoint's pager; their invoices are fetched with a
bounded fan-out (``customers_api.fanout.map``), each customer's invoices paged to the end.
The file is written to a temporary name and renamed when complete, so a failed export
never leaves a half-written file behind. Progress is a bar on a terminal, plain lines in a
pipe or a CI log (see :class:`Progress`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from pathlib import Path
from typing import TextIO

from customers_api import CustomersAPIError, CustomersClient, Invoice, fanout


class Progress:
    """``fanout.map``'s progress callback, written to `stream`: on a terminal a bar redrawn in
    place; elsewhere (a pipe, a CI log) a plain line each time another tenth is done -- at
    most 11 lines and no ``\\r``, however many customers and however long it takes."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.terminal = stream.isatty()
        self.tenths = -1  # the last tenth reported by a plain line

    def __call__(self, done: int, total: int) -> None:
        if self.terminal:
            filled = 30 * done // max(total, 1)
            bar = f"[{'#' * filled}{'.' * (30 - filled)}]"
            end = "\n" if done == total else ""
            print(f"\r  {bar} {done}/{total} customers", end=end, file=self.stream)
        elif (tenths := 10 * done // max(total, 1)) > self.tenths:
            self.tenths = tenths
            percent = 100 * done // max(total, 1)
            print(f"  {done}/{total} customers ({percent} %)", file=self.stream)


async def export(
    client: CustomersClient, out: Path, *, max_customers: int | None = None, concurrency: int = 32
) -> int:
    """Write every invoice as one JSON line; return how many were written."""
    pager = client.customers.list.paging(page_size=500, max_items=max_customers)
    customer_ids = [c.customer_id async for c in pager.iter()]

    async def invoices_of(customer_id: int) -> list[Invoice]:
        return await client.customers.invoices.list.paging(page_size=100).all(customer_id)

    per_customer = await fanout.map(
        invoices_of, customer_ids, concurrency=concurrency, progress=Progress(sys.stderr)
    )
    partial = out.with_name(out.name + ".part")
    count = 0
    with partial.open("w") as fh:
        for invoices in per_customer:
            for invoice in invoices:
                fh.write(json.dumps(invoice.to_dict(), separators=(",", ":")) + "\n")
                count += 1
    os.replace(partial, out)
    return count


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--base-url")
    parser.add_argument("--token")
    parser.add_argument("--site-id")
    parser.add_argument("--max-customers", type=int)
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args(argv)
    if args.token and args.site_id:
        extra = {"base_url": args.base_url} if args.base_url else {}
        client = CustomersClient(token=args.token, site_id=args.site_id, **extra)
    else:
        client = CustomersClient.from_env()
    try:
        async with client:
            count = await export(
                client, args.out, max_customers=args.max_customers, concurrency=args.concurrency
            )
    except CustomersAPIError as exc:  # one line, as the tour does; nothing was written
        print(f"export failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {count:,} invoices to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
