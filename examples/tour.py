"""A tour of the SDK: health, lookup, paging, fan-out and a write round trip.

    python examples/tour.py --base-url http://127.0.0.1:8000 --token t --site-id s
    python examples/tour.py                 # CUSTOMERS_API_TOKEN / _SITE_ID / _BASE_URL

Read-only unless --writes is given (examples/run_demo.py passes it for the fake API).
"""

from __future__ import annotations

import argparse
import asyncio
import time
from dataclasses import dataclass, field

from customers_api import CustomerAddressCreate, CustomersAPIError, CustomersClient


@dataclass
class Summary:
    requests: int = 0
    steps: dict[str, str] = field(default_factory=dict)

    def step(self, name: str, detail: str, requests: int) -> None:
        self.requests += requests
        self.steps[name] = detail
        print(f"  {name:<22} {detail}")


async def tour(client: CustomersClient, *, writes: bool, max_customers: int | None) -> Summary:
    summary = Summary()

    health = await client.health_check()
    pong = await client.ping()
    summary.step("health check", f"site {health.site_id!r}, ping -> {pong!r}", 2)

    first = await client.customers.list(limit=1)
    name = (first[0].customer_name or "a")[:3] if first else "a"
    found = await client.customers.lookup(name, limit=5)
    shown = f"{len(found)} of {found.total}" if found.has_more else f"{len(found)}"
    summary.step("customer lookup", f"q={name!r}: {shown} match(es)", 2)

    page_size = 100
    pager = client.customers.list.paging(page_size=page_size, max_items=max_customers)
    customers = [c async for c in pager.iter()]
    pages = -(-len(customers) // page_size)
    summary.step("page all customers", f"{len(customers)} customers in {pages} pages", pages)

    started = time.perf_counter()
    invoice_pages = await asyncio.gather(
        *(client.customers.invoices.list.with_response(c.customer_id) for c in customers)
    )
    elapsed = time.perf_counter() - started
    total_invoices = sum(p.total for p in invoice_pages)
    summary.step(
        "fan-out invoices",
        f"{len(invoice_pages)} calls in {elapsed:.2f} s"
        f" ({len(invoice_pages) / elapsed:,.0f} req/s), {total_invoices:,} invoices in all",
        len(invoice_pages),
    )

    if writes and customers:
        customer_id = customers[0].customer_id
        created = await client.customers.addresses.create(
            customer_id, CustomerAddressCreate(name="Tour depot", city="Springfield")
        )
        uid = created.customer_address_uid
        updated = await client.customers.addresses.update(customer_id, uid, {"city": "Shelbyville"})
        deleted = await client.customers.addresses.delete(customer_id, uid)
        summary.step(
            "address round trip",
            f"#{uid}: created in {created.city}, moved to {updated.city},"
            f" deleted (statusCd {deleted.status_cd})",
            3,
        )
    return summary


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base-url")
    parser.add_argument("--token")
    parser.add_argument("--site-id")
    parser.add_argument("--writes", action="store_true", help="also create/update/delete")
    parser.add_argument("--max-customers", type=int, help="page at most this many customers")
    args = parser.parse_args(argv)
    if args.token and args.site_id:
        client = CustomersClient(
            token=args.token,
            site_id=args.site_id,
            **({"base_url": args.base_url} if args.base_url else {}),
        )
    else:
        client = CustomersClient.from_env()
    print(f"customers-api tour against {client.base_url}")
    started = time.perf_counter()
    try:
        async with client:
            summary = await tour(client, writes=args.writes, max_customers=args.max_customers)
    except CustomersAPIError as exc:
        print(f"tour failed: {type(exc).__name__}: {exc}")
        return 1
    elapsed = time.perf_counter() - started
    print(
        f"done: {summary.requests:,} requests in {elapsed:.2f} s"
        f" ({summary.requests / elapsed:,.0f} req/s overall)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
