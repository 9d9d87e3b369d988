"""Canned response bodies shaped like the real API (see shared/reference facts).

Every body is the API envelope `{count, data, message, options, params, status, total,
totalResults}`. Field sets follow the facts schemas `ContactsCustomersListItem` (a customer
document, also the item of the customer list) and `CustomerInvoicesListItem` with its
`lines` (`CustomerInvoicesListItemLinesItem`). Values are deterministic, vary by index and
include realistic nulls so generated `from_dict` code walks both branches.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

_CITIES = ["Springfield", "Riverside", "Franklin", "Greenville", "Bristol", "Clinton"]
_STATES = ["OH", "IN", "MI", "KY", "PA", "IL"]
_ITEMS = ["PVC-ELB-090", "CU-PIPE-075", "GATE-VLV-100", "BALL-VLV-050", "FLEX-HOSE-24"]
_UOMS = ["EA", "FT", "BX", "CS", None]


def envelope(
    data: Any, *, total: int, params: dict[str, Any] | list[Any] | None = None
) -> dict[str, Any]:
    """Wrap `data` in the API envelope."""
    count = len(data) if isinstance(data, list) else 1
    return {
        "count": count,
        "data": data,
        "message": "",
        "options": [],
        "params": params if params is not None else [],
        "status": 200,
        "total": total,
        "totalResults": total,
    }


def customer(customer_id: int) -> dict[str, Any]:
    """One customer document (`ContactsCustomersListItem`, all keys present)."""
    i = customer_id
    user_defined: dict[str, Any] | list[Any]
    if i % 3 == 0:
        user_defined = []  # the API sends [] when a customer has no user-defined fields
    else:
        user_defined = {
            "creditHold": "N" if i % 2 else "Y",
            "territory": f"T{i % 17:02d}",
            "preferredCarrier": "UPS GROUND",
        }
    return {
        "customerId": i,
        "companyId": "AUGUR01",
        "customerName": f"Acme Plumbing Supply #{i}" if i % 11 else None,
        "class1Id": "WHOLESALE",
        "class2Id": "PLUMBING" if i % 2 else None,
        "class3Id": None,
        "class4Id": f"REGION{i % 5}",
        "class5Id": None,
        "webEnabledFlag": "Y",
        "deleteFlag": "N",
        "salesRepId": f"{1000 + i % 40}" if i % 4 else None,
        "poNoRequired": "Y" if i % 2 else "N",
        "termsId": "N3" if i % 7 else None,
        "termsDesc": "Net 30" if i % 7 else "",
        "taxableFlag": "N" if i % 5 == 0 else "Y",
        "statusCd": 704,
        "jobPricing": "N",
        "userDefined": user_defined,
    }


def invoice_line(invoice_index: int, line_no: int) -> dict[str, Any]:
    """One invoice line (`CustomerInvoicesListItemLinesItem`)."""
    k = invoice_index * 7 + line_no
    stock = k % 9 != 0
    qty = float(1 + k % 12)
    price = round(3.25 + (k % 40) * 1.17, 2)
    return {
        "lineNo": line_no,
        "invMastUid": 50000 + k % 3000 if stock else None,
        "itemId": _ITEMS[k % len(_ITEMS)] if stock else None,
        "itemDesc": f"{_ITEMS[k % len(_ITEMS)].replace('-', ' ').title()} line item",
        "shortCode": f"SC{k % 500}" if stock else None,
        "unitOfMeasure": _UOMS[k % len(_UOMS)],
        "unitPrice": price,
        "extendedPrice": round(price * qty, 2),
        "qtyRequested": qty,
        "qtyShipped": qty if k % 6 else qty - 1,
        "oderNo": f"{1000000 + invoice_index}",
        "orderNo": f"{1000000 + invoice_index}",
        "oeLineNumber": line_no if stock else None,
    }


def invoice(customer_id: int, index: int, lines: int = 5) -> dict[str, Any]:
    """One invoice with `lines` lines (`CustomerInvoicesListItem`)."""
    city = _CITIES[index % len(_CITIES)]
    state = _STATES[index % len(_STATES)]
    line_items = [invoice_line(index, n + 1) for n in range(lines)]
    total = round(sum(line["extendedPrice"] for line in line_items), 2)
    paid = index % 3 != 0
    return {
        "invoiceNo": f"{2000000 + index}",
        "customerId": customer_id,
        "customerName": f"Acme Plumbing Supply #{customer_id}",
        "orderNo": f"{1000000 + index}",
        "invoiceDate": f"2026-{1 + index % 12:02d}-{1 + index % 28:02d}",
        "poNo": f"PO-{index:06d}" if index % 4 else None,
        "ship2Name": "Acme Plumbing Supply - Warehouse",
        "ship2Contact": "Receiving Dept" if index % 2 else None,
        "ship2Address1": f"{100 + index % 900} Industrial Pkwy",
        "ship2Address2": "Dock 4" if index % 5 == 0 else None,
        "ship2Address3": None,
        "ship2City": city,
        "ship2State": state,
        "ship2PostalCode": f"{43000 + index % 999:05d}",
        "ship2Country": "USA",
        "ship2EmailAddress": "receiving@acme-plumbing.example" if index % 3 else None,
        "shipToPhone": "555-010-2000",
        "bill2Name": "Acme Plumbing Supply",
        "bill2Contact": "Accounts Payable",
        "bill2Address1": "1 Main St",
        "bill2Address2": None,
        "bill2Address3": None,
        "bill2City": "Springfield",
        "bill2State": "OH",
        "bill2PostalCode": "45501",
        "bill2Country": "USA",
        "totalAmount": total,
        "amountPaid": total if paid else 0.0,
        "paidInFullFlag": "Y" if paid else "N",
        "taxAmount": round(total * 0.0725, 2),
        "taxAmountPaid": round(total * 0.0725, 2) if paid else 0.0,
        "shippingCost": 12.5 if index % 2 else None,
        "freight": 0.0 if index % 2 else None,
        "datePaid": f"2026-{1 + index % 12:02d}-28" if paid else None,
        "lines": line_items,
    }


def dumps(obj: Any) -> bytes:
    """Compact JSON, as the API sends it."""
    return json.dumps(obj, separators=(",", ":")).encode()


@lru_cache(maxsize=4)
def _customer_doc_parts() -> tuple[bytes, bytes]:
    # The document for id 1 split around its id, so any id's body is one concatenation.
    marker = 987654321
    body = dumps(envelope(customer(1) | {"customerId": marker}, total=1))
    head, tail = body.split(str(marker).encode(), 1)
    return head, tail


def customer_doc_body(customer_id: int) -> bytes:
    """`GET /customer/{id}/doc`: one customer document in the envelope (~700 bytes)."""
    head, tail = _customer_doc_parts()
    return head + str(customer_id).encode() + tail


@lru_cache(maxsize=256)
def invoices_page_body(customer_id: int, limit: int, offset: int, total: int) -> bytes:
    """`GET /customer/{id}/invoices?limit=&offset=`: one page of invoices, 5 lines each."""
    limit = max(0, min(limit, 1000))
    offset = max(0, offset)
    items = [invoice(customer_id, i) for i in range(offset, min(offset + limit, total))]
    params = {"limit": limit, "offset": offset}
    return dumps(envelope(items, total=total, params=params))


@lru_cache(maxsize=64)
def customers_page_body(limit: int, offset: int, total: int) -> bytes:
    """`GET /customer?limit=&offset=`: one page of customer documents."""
    limit = max(0, min(limit, 1000))
    offset = max(0, offset)
    items = [customer(1 + i) for i in range(offset, min(offset + limit, total))]
    params = {"limit": limit, "offset": offset}
    return dumps(envelope(items, total=total, params=params))
