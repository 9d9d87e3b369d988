"""oe_hdr documents (orders, quotes, RMAs) and invoices: generation and response shapes."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from customers_api.testing import _vocab as v
from customers_api.testing._records import Bundle, Record, fmt_date, fmt_dt, public

_CARRIERS = dict(v.CARRIERS)


def _when(bundle: Bundle, rng: random.Random, max_days: int) -> datetime:
    today = bundle.dataset.today
    day = datetime(today.year, today.month, today.day) - timedelta(days=rng.randint(0, max_days))
    return day + timedelta(seconds=rng.randint(7 * 3600, 18 * 3600))


def _ship_to(bundle: Bundle, rng: random.Random) -> Record:
    return rng.choice(bundle.ship_tos)


def build_orders(
    bundle: Bundle, rng: random.Random, kind: str, count: int, first: int
) -> list[Record]:
    """``count`` oe_hdr rows of one kind; numbers are ``customerId * 100 + first + n``."""
    rows = []
    for n in range(count):
        uid = bundle.customer_id * 100 + first + n
        created = _when(bundle, rng, 540)
        age = (datetime(*bundle.dataset.today.timetuple()[:3]) - created).days
        contact = rng.choice(bundle.contacts)
        ship = _ship_to(bundle, rng)
        addr = ship["address"]
        carrier_id = ship["defaultCarrierId"]
        completed = "Y" if age > 20 and kind == "order" else "N"
        cancel = "Y" if rng.random() < 0.05 else "N"
        delete = "Y" if rng.random() < 0.03 else "N"
        order_no = str(uid)
        lines = _order_lines(bundle, rng, order_no, uid, completed == "Y")
        row: Record = {
            "oeHdrUid": uid,
            "orderNo": order_no,
            "customerId": bundle.customer_id,
            "companyId": "AUG",
            "addressId": ship["shipToId"],
            "contactId": contact["id"],
            "approved": "Y",
            "cancelFlag": cancel,
            "deleteFlag": delete,
            "completed": completed,
            "carrierId": carrier_id,
            "class1id": None,
            "class2id": None,
            "class3id": None,
            "class4id": None,
            "class5id": bundle.customer["class5Id"],
            "dateCreated": fmt_dt(created),
            "dateLastChecked": fmt_dt(created + timedelta(hours=1)),
            "dateLastModified": fmt_dt(created + timedelta(days=min(age, 3))),
            "dateOrderCompleted": fmt_dt(created + timedelta(days=5)) if completed == "Y" else None,
            "deliveryInstructions": ship["deliveryInstructions"],
            "downpaymentInvoiced": "N",
            "freightOut": round(rng.choice((0.0, 0.0, 15.0, 42.5)), 2),
            "jobName": rng.choice((None, "Warehouse retrofit", "School addition", "Service")),
            "locationId": ship["preferredLocationId"],
            "orderDate": created.strftime("%Y-%m-%d 00:00:00"),
            "orderPriorityUid": None,
            "poNo": f"PO-{rng.randint(10000, 99999)}" if rng.random() < 0.8 else None,
            "projectedOrder": "Y" if kind == "quote" else "N",
            "requestedDate": (created + timedelta(days=7)).strftime("%Y-%m-%d 00:00:00"),
            "requestedDownpayment": None,
            "rmaFlag": "Y" if kind == "rma" else "N",
            "ship2Add1": addr["mailAddress1"] or None,
            "ship2Add2": addr["mailAddress2"],
            "ship2Add3": addr["mailAddress3"],
            "ship2City": addr["mailCity"],
            "ship2Country": addr["mailCountry"],
            "ship2EmailAddress": contact["emailAddress"],
            "ship2Name": addr["name"],
            "ship2State": addr["mailState"],
            "ship2Zip": addr["mailPostalCode"],
            "shipToPhone": addr["centralPhoneNumber"],
            "shippingRouteUid": None,
            "sourceCodeNo": 706 if rng.random() < 0.3 else 0,
            "statusCd": 704,
            "taker": rng.choice(("JSMITH", "WEBORDER", "KLEE")),
            "terms": bundle.customer["termsId"],
            "updateCd": 1185,
            "validationStatus": None,
            "webReferenceNo": f"W{uid}" if rng.random() < 0.3 else None,
            "_kind": kind,
            "_lines": lines,
            "_pickTickets": _pick_tickets(rng, order_no, uid, lines, carrier_id, created)
            if completed == "Y"
            else [],
            "_contactFirstName": contact["firstName"],
            "_contactLastName": contact["lastName"],
            "_orderStatus": _status_text(kind, completed, cancel),
        }
        rows.append(row)
    return rows


def _status_text(kind: str, completed: str, cancel: str) -> str:
    if cancel == "Y":
        return "Cancelled"
    if kind == "quote":
        return "Quote"
    if kind == "rma":
        return "RMA"
    return "Complete" if completed == "Y" else "Open"


def _order_lines(
    bundle: Bundle, rng: random.Random, order_no: str, uid: int, done: bool
) -> list[Record]:
    lines = []
    for line_no in range(1, rng.randint(1, 6) + 1):
        item = rng.choice(bundle.dataset.catalog)
        qty = float(rng.randint(1, 40))
        cancelled = rng.random() < 0.05
        lines.append(
            {
                "lineNo": line_no,
                "oeLineUid": uid * 100 + line_no,
                "parentOeLineUid": 0,
                "orderNo": order_no,
                "invMastUid": item.inv_mast_uid,
                "itemId": item.item_id,
                "itemDesc": item.item_desc,
                "displayDesc": item.display_desc,
                "shortCode": item.short_code,
                "agentItemDesc": None,
                "agentItemId": None,
                "trinityItemDesc": None,
                "trinityItemId": None,
                "unitOfMeasure": item.unit_of_measure,
                "unitPrice": item.unit_price,
                "unitQuantity": 1.0,
                "unitSize": 1.0,
                "qtyOrdered": qty,
                "originalQtyOrdered": qty,
                "qtyAllocated": qty if done else 0.0,
                "qtyCanceled": qty if cancelled else 0.0,
                "qtyInvoiced": qty if done else 0.0,
                "qtyOnPickTickets": 0.0,
                "extendedPrice": round(qty * item.unit_price, 2),
                "cancelFlag": "Y" if cancelled else "N",
                "deleteFlag": "Y" if rng.random() < 0.03 else "N",
                "complete": "Y" if done else "N",
                "disposition": None,
            }
        )
    return lines


def _pick_tickets(
    rng: random.Random,
    order_no: str,
    uid: int,
    lines: list[Record],
    carrier_id: int | None,
    created: datetime,
) -> list[Record]:
    shipped = created + timedelta(days=2)
    return [
        {
            "pickTicketNo": uid * 10 + 1,
            "orderNo": order_no,
            "carrierId": carrier_id,
            "carrierName": _CARRIERS.get(carrier_id or 0, ""),
            "instructions": None,
            "invoiceNo": None,
            "printDate": fmt_date(created + timedelta(days=1)),
            "printedFlag": "Y",
            "shipDate": fmt_date(shipped),
            "trackingNo": f"1Z{rng.randint(10**9, 10**10 - 1)}",
            "lines": [
                {
                    "lineNumber": line["lineNo"],
                    "invMastUid": line["invMastUid"],
                    "itemId": line["itemId"],
                    "itemDesc": line["itemDesc"],
                    "displayDesc": line["displayDesc"],
                    "agentItemDesc": None,
                    "agentItemId": None,
                    "trinityItemDesc": None,
                    "trinityItemId": None,
                    "qtyRequested": line["qtyOrdered"],
                    "shipQuantity": line["qtyOrdered"],
                }
                for line in lines
                if line["cancelFlag"] != "Y"
            ],
        }
    ]


# -- order shapes (fullDocument Y / N / L) ---------------------------------------------------
def order_header(row: Record) -> Record:
    """fullDocument=N: the oe_hdr row."""
    return public(row)


def order_header_with_lines(row: Record) -> Record:
    """fullDocument=L: the oe_hdr row plus light lines (deleted and cancelled excluded)."""
    out = public(row)
    out["lines"] = [
        {key: line[key] for key in _LIGHT_LINE}
        for line in row["_lines"]
        if line["deleteFlag"] != "Y" and line["cancelFlag"] != "Y"
    ]
    return out


_LIGHT_LINE = ("itemId", "lineNo", "oeLineUid", "parentOeLineUid", "qtyOrdered", "unitPrice")
_DOC_KEYS = (
    "cancelFlag", "carrierId", "completed", "contactId", "customerId", "deleteFlag",
    "deliveryInstructions", "jobName", "orderDate", "orderNo", "poNo", "requestedDate",
    "ship2Add1", "ship2Add2", "ship2Add3", "ship2City", "ship2Country", "ship2EmailAddress",
    "ship2Name", "ship2State", "ship2Zip", "shipToPhone", "taker", "webReferenceNo",
)  # fmt: skip


def order_document(row: Record, customer: Record) -> Record:
    """fullDocument=Y (and every single-order GET): the order document."""
    out: dict[str, Any] = {key: row[key] for key in _DOC_KEYS}
    for key in ("orderDate", "requestedDate"):  # datetimes on the header, Y-m-d here
        out[key] = out[key] and out[key][:10]
    out.update(
        {
            "carrierName": _CARRIERS.get(row["carrierId"] or 0, ""),
            "class1Id": customer["class1Id"],
            "class2Id": customer["class2Id"],
            "class3Id": customer["class3Id"],
            "class4Id": customer["class4Id"],
            "class5Id": customer["class5Id"],
            "contactFirstName": row["_contactFirstName"],
            "contactLastName": row["_contactLastName"],
            "customerName": customer["customerName"],
            "orderStatus": row["_orderStatus"],
            "lines": [dict(line) for line in row["_lines"]],
            "pickTickets": [
                {**pt, "lines": [dict(x) for x in pt["lines"]]} for pt in row["_pickTickets"]
            ],
        }
    )
    return out


# -- invoices --------------------------------------------------------------------------------
def build_invoices(bundle: Bundle, rng: random.Random) -> list[Record]:
    rows = []
    n_orders = bundle.counts["orders"]
    customer = bundle.customer
    bill = bundle.address
    today = bundle.dataset.today
    for k in range(1, bundle.counts["invoices"] + 1):
        created = _when(bundle, rng, 540)
        age = (datetime(today.year, today.month, today.day) - created).days
        ship = _ship_to(bundle, rng)
        addr = ship["address"]
        contact = rng.choice(bundle.contacts)
        order_no = str(bundle.customer_id * 100 + 1 + (k % n_orders)) if n_orders else None
        lines: list[Record] = []
        for line_no in range(1, rng.randint(1, 6) + 1):
            item = rng.choice(bundle.dataset.catalog)
            qty = float(rng.randint(1, 50))
            lines.append(
                {
                    "lineNo": line_no,
                    "invMastUid": item.inv_mast_uid,
                    "itemId": item.item_id,
                    "itemDesc": item.item_desc,
                    "shortCode": item.short_code,
                    "unitOfMeasure": item.unit_of_measure,
                    "unitPrice": item.unit_price,
                    "qtyRequested": qty,
                    "qtyShipped": qty,
                    "extendedPrice": round(qty * item.unit_price, 2),
                    "orderNo": order_no,
                    "oderNo": order_no,
                    "oeLineNumber": line_no if order_no else None,
                }
            )
        subtotal = sum(line["extendedPrice"] for line in lines)
        tax = round(subtotal * 0.07, 2) if customer["taxableFlag"] == "Y" else 0.0
        freight = rng.choice((0.0, 12.5, 35.0))
        total = round(subtotal + tax + freight, 2)
        paid_roll = rng.random()
        if (age > 90 and paid_roll < 0.85) or paid_roll < 0.45:
            paid, paid_flag = total, "Y"
        elif paid_roll < 0.6:
            paid, paid_flag = round(total * 0.5, 2), "N"
        else:
            paid, paid_flag = 0.0, "N"
        rows.append(
            {
                "invoiceNo": str(bundle.customer_id * 1000 + k),
                "invoiceDate": fmt_date(created),
                "customerId": bundle.customer_id,
                "customerName": customer["customerName"],
                "orderNo": order_no,
                "poNo": f"PO-{rng.randint(10000, 99999)}" if rng.random() < 0.7 else None,
                "totalAmount": total,
                "amountPaid": paid,
                "taxAmount": tax,
                "taxAmountPaid": tax if paid_flag == "Y" else 0.0,
                "freight": freight,
                "shippingCost": freight,
                "paidInFullFlag": paid_flag,
                "datePaid": fmt_date(created + timedelta(days=25)) if paid_flag == "Y" else None,
                "bill2Name": (customer["customerName"] or "")[:50],
                "bill2Contact": f"{contact['firstName']} {contact['lastName']}"[:30],
                "bill2Address1": bill["mailAddress1"],
                "bill2Address2": None,
                "bill2Address3": None,
                "bill2City": bill["mailCity"],
                "bill2State": bill["mailState"],
                "bill2PostalCode": bill["mailPostalCode"],
                "bill2Country": bill["mailCountry"],
                "ship2Name": addr["name"],
                "ship2Contact": f"{contact['firstName']} {contact['lastName']}"[:30],
                "ship2Address1": addr["mailAddress1"] or None,
                "ship2Address2": addr["mailAddress2"],
                "ship2Address3": addr["mailAddress3"],
                "ship2City": addr["mailCity"],
                "ship2State": addr["mailState"],
                "ship2PostalCode": addr["mailPostalCode"],
                "ship2Country": addr["mailCountry"],
                "ship2EmailAddress": contact["emailAddress"],
                "shipToPhone": addr["centralPhoneNumber"],
                "lines": lines,
                "_shipToId": ship["shipToId"],
                "_contactId": contact["id"],
                "_dateCreated": fmt_dt(created),
            }
        )
    return rows


def invoice(row: Record) -> Record:
    out = public(row)
    out["lines"] = [dict(line) for line in row["lines"]]
    return out
