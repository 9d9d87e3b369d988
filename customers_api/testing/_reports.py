"""Reports folded from a customer's invoices: aging, sales usage and purchased items."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from customers_api.testing._records import Record

if TYPE_CHECKING:
    from customers_api.testing._data import CustomerBundle
    from customers_api.testing._records import Item

AGING_BUCKETS = ("0-30", "31-60", "61-90", "91+")


def _day(stamp: str) -> date:
    return date.fromisoformat(stamp[:10])


def _aging_bucket(days: int) -> str:
    if days <= 30:
        return AGING_BUCKETS[0]
    if days <= 60:
        return AGING_BUCKETS[1]
    return AGING_BUCKETS[2] if days <= 90 else AGING_BUCKETS[3]


def aging(
    bundle: CustomerBundle | None, customer_id: int, as_of: date, ship_to: int | None
) -> Record:
    """Open invoices (balance > 0, dated on or before ``as_of``) aged into buckets.

    ``data`` holds every aged invoice; the caller sorts and pages it.
    """
    rows: list[Record] = []
    for inv in bundle.invoices if bundle else []:
        balance = round(inv["totalAmount"] - inv["amountPaid"], 2)
        invoiced = _day(inv["invoiceDate"])
        if balance <= 0 or invoiced > as_of:
            continue
        if ship_to is not None and inv["_shipToId"] != ship_to:
            continue
        days = (as_of - invoiced).days
        rows.append(
            {
                "invoiceNo": inv["invoiceNo"],
                "orderNo": inv["orderNo"],
                "poNo": inv["poNo"],
                "ship2Name": inv["ship2Name"],
                "invoiceDate": invoiced.isoformat(),
                "totalAmount": inv["totalAmount"],
                "amountPaid": inv["amountPaid"],
                "balance": balance,
                "ageDays": days,
                "bucket": _aging_bucket(days),
            }
        )
    totals = [
        {
            "key": key,
            "balance": float(round(sum(r["balance"] for r in rows if r["bucket"] == key), 2)),
            "invoices": sum(1 for r in rows if r["bucket"] == key),
        }
        for key in AGING_BUCKETS
    ]
    return {
        "customerId": customer_id,
        "asOf": as_of.isoformat(),
        "bucketKeys": list(AGING_BUCKETS),
        "invoiceCount": len(rows),
        "totalBalance": float(round(sum(r["balance"] for r in rows), 2)),
        "totals": totals,
        "data": rows,
    }


def period_key(day: date, total_by: str) -> str:
    if total_by == "year":
        return f"{day.year}"
    if total_by == "month":
        return f"{day.year}-{day.month:02d}"
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _period_keys(start: date, end: date, total_by: str) -> list[str]:
    keys: list[str] = []
    day = start
    while day <= end:
        key = period_key(day, total_by)
        if not keys or keys[-1] != key:
            keys.append(key)
        day += timedelta(days=1)
    return keys


def sales_usage(
    bundle: CustomerBundle | None,
    customer_id: int,
    *,
    start: date,
    end: date,
    total_by: str,
    ship_to: int | None,
    supplier: int | None,
    q: str | None,
) -> Record:
    """Invoice lines in ``[start, end]`` folded per item and period; ``data`` is unpaged."""
    keys = _period_keys(start, end, total_by)
    catalog = {item.inv_mast_uid: item for item in bundle.dataset.catalog} if bundle else {}
    needle = q.lower() if q else None
    folded: dict[int, dict[str, Record]] = {}
    invoices = lines_folded = 0
    for inv in bundle.invoices if bundle else []:
        invoiced = _day(inv["invoiceDate"])
        if not start <= invoiced <= end:
            continue
        if ship_to is not None and inv["_shipToId"] != ship_to:
            continue
        invoices += 1
        key = period_key(invoiced, total_by)
        for line in inv["lines"]:
            item = catalog[line["invMastUid"]]
            if supplier is not None and item.supplier_id != supplier:
                continue
            if needle and needle not in f"{item.item_id} {item.item_desc}".lower():
                continue
            lines_folded += 1
            bucket = folded.setdefault(item.inv_mast_uid, {}).setdefault(
                key, {"key": key, "quantity": 0.0, "total": 0.0, "lines": 0}
            )
            bucket["quantity"] += line["qtyShipped"]
            bucket["total"] = round(bucket["total"] + line["extendedPrice"], 2)
            bucket["lines"] += 1
    data = [_usage_item(catalog[uid], keys, by_key) for uid, by_key in folded.items()]
    return {
        "customerId": customer_id,
        "invoicedFrom": start.isoformat(),
        "invoicedTo": end.isoformat(),
        "totalBy": total_by,
        "bucketKeys": keys,
        "invoiceCount": invoices,
        "linesFolded": lines_folded,
        "itemCount": len(data),
        "data": data,
    }


def _usage_item(item: Item, keys: list[str], by_key: dict[str, Record]) -> Record:
    return {
        "itemId": item.item_id,
        "itemDesc": item.item_desc,
        "unitOfMeasure": item.unit_of_measure,
        "salesUnitSize": 1.0,
        "pricingUnitSize": 1.0,
        "buckets": [
            by_key.get(key, {"key": key, "quantity": 0.0, "total": 0.0, "lines": 0}) for key in keys
        ],
    }


def purchased_items(bundle: CustomerBundle | None) -> list[Record]:
    """Every item the customer was invoiced for, with quantity, invoices and recency."""
    if bundle is None:
        return []
    catalog = {item.inv_mast_uid: item for item in bundle.dataset.catalog}
    folded: dict[int, Record] = {}
    for inv in sorted(bundle.invoices, key=lambda r: r["invoiceDate"]):
        for uid in {line["invMastUid"] for line in inv["lines"]}:
            item = catalog[uid]
            row = folded.setdefault(
                uid,
                {
                    "customerId": bundle.customer_id,
                    "invMastUid": uid,
                    "itemId": item.item_id,
                    "itemDesc": item.item_desc,
                    "displayDesc": item.display_desc,
                    "count": 0.0,
                    "invoices": 0,
                    "lastOrderNo": None,
                    "dateLastPurchased": None,
                },
            )
            row["invoices"] += 1
            row["count"] += sum(x["qtyShipped"] for x in inv["lines"] if x["invMastUid"] == uid)
            row["lastOrderNo"] = inv["orderNo"]
            row["dateLastPurchased"] = inv["invoiceDate"][:10]
    return list(folded.values())
