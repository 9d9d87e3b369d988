"""The 41 endpoints: each a plain function from a parsed request to an envelope payload."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from starlette.datastructures import QueryParams

from customers_api.testing import _orders, _reports
from customers_api.testing._data import STATUS_DELETED, CustomerBundle, Dataset
from customers_api.testing._query import (
    bad,
    columns_of,
    date_range,
    get_date,
    get_int,
    not_found,
    order_by,
    paging,
    search,
    sort_rows,
    status_filter,
)
from customers_api.testing._records import Record, public


@dataclass
class Ctx:
    """One parsed request as the handlers see it."""

    dataset: Dataset
    path: dict[str, str]
    query: QueryParams
    body: Any = None
    site_id: str = ""
    token: str = ""
    params: dict[str, Any] = field(default_factory=dict)

    def int_path(self, name: str) -> int:
        return int(self.path[name])

    def bundle(self) -> CustomerBundle | None:
        return self.dataset.bundle(self.int_path("customerId"))

    def need_bundle(self, message: str = "No customer with this ID.") -> CustomerBundle:
        found = self.bundle()
        if found is None:
            raise not_found(message)
        return found


@dataclass
class Payload:
    """The envelope's ``data`` with its ``count`` and ``total``."""

    data: Any
    count: int = 1
    total: int = 1


Handler = Callable[[Ctx], Payload]


def _one(record: Any) -> Payload:
    return Payload(record, 1, 1)


def _listing(
    ctx: Ctx,
    rows: list[Record],
    *,
    kind: str,
    default: str,
    table: str,
    shape: Callable[[Record], Any] = public,
) -> Payload:
    """Sort (orderBy), page (limit/offset) and shape a filtered row list."""
    key, desc = order_by(ctx.query, default, _columns(kind), table)
    return _page(ctx, sort_rows(rows, key, desc), shape)


def _page(ctx: Ctx, rows: list[Record], shape: Callable[[Record], Any] = public) -> Payload:
    limit, offset = paging(ctx.query)
    ctx.params.update(limit=limit, offset=offset)
    page = rows[offset : offset + limit]
    return Payload([shape(r) for r in page], len(page), len(rows))


_COLUMNS: dict[str, dict[str, str]] = {}
_PROTOTYPE: list[Dataset] = []


def _columns(kind: str) -> dict[str, str]:
    """The sortable columns of a record kind (its keys are fixed by the generator code).

    Read off a small private prototype dataset, so a user's dataset of any size (even one
    whose customers have no rows of this kind) accepts the same orderBy columns.
    """
    found = _COLUMNS.get(kind)
    if found is None:
        if not _PROTOTYPE:
            _PROTOTYPE.append(Dataset(customers=50, seed=0))
        found = {}
        for row in _PROTOTYPE[0].customer_rows:
            sample = _KIND_ROWS[kind](_PROTOTYPE[0], row["customerId"])
            if sample:
                found = columns_of(sample[0])
                break
        _COLUMNS[kind] = found
    return found


def _bundle_rows(attr: str) -> Callable[[Dataset, int], list[Record]]:
    def rows(dataset: Dataset, customer_id: int) -> list[Record]:
        bundle = dataset.bundle(customer_id)
        return list(getattr(bundle, attr)) if bundle else []

    return rows


def _aging_rows(dataset: Dataset, customer_id: int) -> list[Record]:
    report = _reports.aging(dataset.bundle(customer_id), customer_id, dataset.today, None)
    rows: list[Record] = report["data"]
    return rows


def _ship_to_addresses(dataset: Dataset, customer_id: int) -> list[Record]:
    bundle = dataset.bundle(customer_id)
    return [_ship_to_lookup(s) for s in bundle.ship_tos] if bundle else []


_KIND_ROWS: dict[str, Callable[[Dataset, int], list[Record]]] = {
    "customer": lambda ds, cid: [r for r in [ds.customer(cid)] if r],
    "address": _bundle_rows("addresses"),
    "contact": _bundle_rows("contacts"),
    "invoice": _bundle_rows("invoices"),
    "order": _bundle_rows("orders"),
    "tag": _bundle_rows("tags"),
    "ship_to": _bundle_rows("ship_tos"),
    "ship_to_address": _ship_to_addresses,
    "purchased": lambda ds, cid: _reports.purchased_items(ds.bundle(cid)),
    "aging": _aging_rows,
}


# -- validation of request bodies ---------------------------------------------------------
_S50, _S10, _S20, _S255 = ("str", 50), ("str", 10), ("str", 20), ("str", 255)
_INT = ("int", 0)
ADDRESS_FIELDS: Mapping[str, tuple[str, int]] = {
    "name": _S255, "address1": _S50, "address2": _S50, "address3": _S50, "city": _S50,
    "state": _S50, "postalCode": _S10, "country": _S50, "emailAddress": _S255,
    "phoneNumberMain": _S20, "phoneNumberMobile": _S20, "statusCd": _INT, "processCd": _INT,
    "updateCd": _INT,
}  # fmt: skip
TAG_FIELDS: Mapping[str, tuple[str, int]] = {
    "tag": _S255, "statusCd": _INT, "processCd": _INT, "updateCd": _INT,
}  # fmt: skip
CONTACT_FIELDS: Mapping[str, tuple[str, int]] = {
    "firstName": ("str", 15), "lastName": ("str", 24), "emailAddress": _S255,
    "title": ("str", 40), "phone": _S20,
}  # fmt: skip
SHIP_TO_FIELDS: Mapping[str, tuple[str, int]] = {
    "name": _S50, "mailAddress1": _S50, "mailAddress2": _S50, "mailAddress3": _S50,
    "mailCity": _S50, "mailState": _S50, "mailPostalCode": _S10, "mailCountry": _S50,
    "physAddress1": _S50, "physAddress2": _S50, "physAddress3": _S50, "physCity": _S50,
    "physState": _S50, "physPostalCode": _S10, "physCountry": _S50,
    "centralPhoneNumber": _S20, "upsCode": ("str", 40),
}  # fmt: skip


def _fields(body: Any, spec: Mapping[str, tuple[str, int]], *, drop_null: bool) -> Record:
    """The known fields of a JSON object body, type- and length-checked (400 otherwise)."""
    if isinstance(body, list) and not body:
        body = {}
    if not isinstance(body, dict):
        raise bad("The request body must be a JSON object.")
    out: Record = {}
    for name, (kind, size) in spec.items():
        if name not in body:
            continue
        value = body[name]
        if value is None:
            if not drop_null:
                out[name] = None
            continue
        if kind == "int" and (not isinstance(value, int) or isinstance(value, bool)):
            raise bad(f"{name} must be an integer.")
        if kind == "str":
            if not isinstance(value, str):
                raise bad(f"{name} must be a string.")
            if len(value) > size:
                raise bad(f"{name} is longer than {size} characters.")
        out[name] = value
    return out


# -- service endpoints --------------------------------------------------------------------
def ping(ctx: Ctx) -> Payload:
    return _one("pong")


def health_check(ctx: Ctx) -> Payload:
    return _one({"siteHash": ctx.dataset.site_hash(ctx.site_id), "siteId": ctx.site_id})


def whoami(ctx: Ctx) -> Payload:
    claims: dict[str, Any] = {"sub": "fake-user", "siteId": ctx.site_id, "iss": "fake"}
    parts = ctx.token.split(".")
    if len(parts) == 3:
        try:
            padded = parts[1] + "=" * (-len(parts[1]) % 4)
            decoded = json.loads(base64.urlsafe_b64decode(padded))
            if isinstance(decoded, dict):
                claims = decoded
        except (ValueError, UnicodeDecodeError):
            pass
    return _one(claims)


def _refresh(table: str) -> Handler:
    def refresh(ctx: Ctx) -> Payload:
        return _one({"table": table, "queued": True})

    return refresh


# -- contacts -------------------------------------------------------------------------------
def _contact(ctx: Ctx, message: str) -> tuple[CustomerBundle, Record]:
    found = ctx.dataset.contact(str(int(ctx.path["id"])))
    if found is None:
        raise not_found(message)
    return found


def contact_ud(ctx: Ctx) -> Payload:
    _bundle, contact = _contact(ctx, "No user-defined fields row for this contact.")
    if not contact["_hasUd"]:
        raise not_found("No user-defined fields row for this contact.")
    fixed = {
        "id": contact["id"],
        "contactsUdUid": int(contact["id"]),
        "dateCreated": "2024-03-01 10:00:00",
        "dateLastModified": "2025-07-30 15:50:49",
        "createdBy": "admin",
        "lastMaintainedBy": "admin",
    }
    return _one({**contact["_ud"], **fixed})


CUSTOMER_Q = ("customerName", "customerId")


def contact_customers(ctx: Ctx) -> Payload:
    found = ctx.dataset.contact(str(int(ctx.path["id"])))
    rows: list[Record] = []
    if found is not None:
        own, contact = found
        rows = [
            r
            for r in ctx.dataset.customer_rows
            if r["salesRepId"] == contact["id"] or r is own.customer
        ]
    if class5 := ctx.query.get("class5Id"):
        rows = [r for r in rows if r["class5Id"] == class5]
    rows = search(rows, ctx.query.get("q"), CUSTOMER_Q)
    return _listing(ctx, rows, kind="customer", default="customer_id|ASC", table="a customer")


def contact_doc(ctx: Ctx) -> Payload:
    bundle, contact = _contact(ctx, "No contact with this ID.")
    out = {key: contact[key] for key in _CONTACT_DOC}
    out["address"] = dict(bundle.address)
    return _one(out)


_CONTACT_DOC = (
    "addressId", "class1Id", "class2Id", "class3Id", "class4Id", "class5Id", "contactRoleUid",
    "directPhone", "emailAddress", "firstName", "id", "lastName", "salesrepDefaultLocationId",
)  # fmt: skip
_CONTACT_LOOKUP = (
    "addressClass5Id", "addressId", "cellular", "emailAddress", "ext", "firstName", "id",
    "lastName", "phone", "title",
)  # fmt: skip


def contact_web_allowance(ctx: Ctx) -> Payload:
    bundle, contact = _contact(ctx, "No contact with this ID on any customer.")
    today = ctx.dataset.today
    start = today.replace(day=1).isoformat() if bundle.customer["class5Id"] else None
    allowance = contact["_webAllowance"] if start else 0.0
    return _one(
        {
            "id": contact["id"],
            "customerId": bundle.customer_id,
            "orderStartDate": start,
            "webAllowance": allowance,
        }
    )


# -- customers ------------------------------------------------------------------------------
def _status(rows: list[Record], ctx: Ctx) -> list[Record]:
    codes = status_filter(ctx.query)
    return rows if codes is None else [r for r in rows if r["statusCd"] in codes]


def list_customers(ctx: Ctx) -> Payload:
    rows = _status(ctx.dataset.customer_rows, ctx)
    for name in ("class5Id", "companyId", "deleteFlag"):
        if value := ctx.query.get(name):
            rows = [r for r in rows if r[name] == value]
    rows = search(rows, ctx.query.get("q"), CUSTOMER_Q)
    return _listing(ctx, rows, kind="customer", default="customer_id|ASC", table="a customer")


def _required_q(ctx: Ctx) -> str:
    q = ctx.query.get("q")
    if q is None:
        raise bad("q is required.")
    return q


def lookup_customers(ctx: Ctx) -> Payload:
    q = _required_q(ctx)
    rows = search(_status(ctx.dataset.customer_rows, ctx), q, CUSTOMER_Q)
    return _listing(
        ctx,
        rows,
        kind="customer",
        default="customer_id|ASC",
        table="a customer",
        shape=lambda r: {"customerId": r["customerId"], "customerName": r["customerName"]},
    )


def get_customer(ctx: Ctx) -> Payload:
    return _one(public(ctx.need_bundle().customer))


# -- P21 addresses, customer addresses --------------------------------------------------------
def lookup_addresses(ctx: Ctx) -> Payload:
    q = _required_q(ctx)
    bundle = ctx.bundle()
    rows: list[Record] = []
    if bundle is not None:
        own = {**bundle.address, "name": (bundle.customer["customerName"] or "")[:50]}
        rows = [own, *(s["address"] for s in bundle.ship_tos)]
    rows = search(rows, q, ("name", "mailAddress1", "mailCity"))
    keys = ("id", "name", "mailAddress1", "mailAddress2", "mailCity", "mailState",
            "mailPostalCode", "mailCountry")  # fmt: skip
    out = [{k: r[k] for k in keys} for r in rows]
    for r in out:
        r["mailAddress1"] = r["mailAddress1"] or ""
    return _page(ctx, out)


def list_addresses(ctx: Ctx) -> Payload:
    bundle = ctx.bundle()
    rows = _status(list(bundle.addresses) if bundle else [], ctx)
    if email := ctx.query.get("emailAddress"):
        rows = [r for r in rows if (r["emailAddress"] or "").lower() == email.lower()]
    return _listing(
        ctx, rows, kind="address", default="customer_address_uid|ASC", table="a customer_address"
    )


def _address(ctx: Ctx) -> Record:
    bundle = ctx.bundle()
    uid = ctx.int_path("customerAddressUid")
    for row in bundle.addresses if bundle else []:
        if row["customerAddressUid"] == uid:
            return row
    raise not_found("No address with this ID for this customer.")


def create_address(ctx: Ctx) -> Payload:
    bundle = ctx.need_bundle()
    given = _fields(ctx.body, ADDRESS_FIELDS, drop_null=False)
    stamp = ctx.dataset.now()
    uid = bundle.new_uid(
        "address", bundle.addresses, "customerAddressUid", bundle.customer_id * 1000
    )
    row: Record = {key: None for key in ADDRESS_FIELDS}
    row.update(statusCd=704, processCd=0, updateCd=704)
    row.update({k: val for k, val in given.items() if val is not None or k not in _INT_KEYS})
    row.update(
        customerAddressUid=uid,
        customerId=bundle.customer_id,
        dateCreated=stamp,
        dateLastModified=stamp,
    )
    bundle.addresses.append(row)
    return _one(dict(row))


_INT_KEYS = frozenset({"statusCd", "processCd", "updateCd"})


def get_address(ctx: Ctx) -> Payload:
    return _one(dict(_address(ctx)))


def update_address(ctx: Ctx) -> Payload:
    row = _address(ctx)
    given = _fields(ctx.body, ADDRESS_FIELDS, drop_null=False)
    given.pop("updateCd", None)
    row.update({k: val for k, val in given.items() if val is not None or k not in _INT_KEYS})
    row["dateLastModified"] = ctx.dataset.now()
    return _one(dict(row))


def delete_address(ctx: Ctx) -> Payload:
    row = _address(ctx)
    row["statusCd"] = STATUS_DELETED
    row["dateLastModified"] = ctx.dataset.now()
    return _one(dict(row))


# -- contacts of a customer ------------------------------------------------------------------
def lookup_contacts(ctx: Ctx) -> Payload:
    q = _required_q(ctx)
    bundle = ctx.bundle()
    rows = search(
        bundle.contacts if bundle else [], q, ("firstName", "lastName", "emailAddress", "id")
    )
    return _listing(
        ctx,
        rows,
        kind="contact",
        default="email_address|ASC",
        table="a contacts",
        shape=lambda r: {k: r[k] for k in _CONTACT_LOOKUP},
    )


def create_contact(ctx: Ctx) -> Payload:
    bundle = ctx.need_bundle()
    if isinstance(ctx.body, list) and not ctx.body:
        ctx.body = {}
    if not isinstance(ctx.body, dict):
        raise bad("The request body must be a JSON object.")
    for name in ("contactLeadSources", "contactLinks", "contactSalesreps", "userDefinedFields"):
        value = ctx.body.get(name)
        if value is not None and not isinstance(value, dict) and value != []:
            raise bad(f"{name} must be an object.")
    given = _fields(ctx.body, CONTACT_FIELDS, drop_null=True)
    next_id = bundle.new_uid("contact", bundle.contacts, "id", bundle.customer_id * 100)
    if next_id >= (bundle.customer_id + 1) * 100:
        raise bad("This customer has too many contacts.")
    rng = ctx.dataset.rng(bundle.customer_id, "new-contact", next_id)
    contact = bundle.make_contact(rng, next_id, given)
    ud = ctx.body.get("userDefinedFields")
    contact["_ud"] = dict(ud) if isinstance(ud, dict) else {}
    contact["_hasUd"] = isinstance(ud, dict) and bool(ud)
    bundle.contacts.append(contact)
    return _one(True)


# -- invoices, aging, usage, purchased items --------------------------------------------------
def list_invoices(ctx: Ctx) -> Payload:
    bundle = ctx.bundle()
    rows = list(bundle.invoices) if bundle else []
    if contact := ctx.query.get("contactId"):
        rows = [r for r in rows if r["_contactId"] == contact]
    if (paid := ctx.query.get("paidInFull")) in ("Y", "N"):
        rows = [r for r in rows if r["paidInFullFlag"] == paid]
    if (ship := get_int(ctx.query, "shipToId")) is not None:
        rows = [r for r in rows if r["_shipToId"] == ship]
    rows = date_range(ctx.query, "_dateCreated", rows)
    rows = search(rows, ctx.query.get("q"), ("invoiceNo", "poNo", "orderNo", "ship2Name"))
    return _listing(
        ctx,
        rows,
        kind="invoice",
        default="date_created|DESC",
        table="an invoice_hdr",
        shape=_orders.invoice,
    )


def get_invoice(ctx: Ctx) -> Payload:
    bundle = ctx.bundle()
    number = ctx.int_path("invoiceNo")
    for row in bundle.invoices if bundle else []:
        if int(row["invoiceNo"]) == number:
            return _one(_orders.invoice(row))
    raise not_found("No invoice with this number for this customer.")


def aging(ctx: Ctx) -> Payload:
    customer_id = ctx.int_path("customerId")
    as_of = get_date(ctx.query, "asOf") or ctx.dataset.today
    ship = get_int(ctx.query, "shipToId")
    report = _reports.aging(ctx.bundle(), customer_id, as_of, ship)
    key, desc = order_by(ctx.query, "invoice_date|ASC", _columns("aging"), "an invoice_hdr")
    rows = sort_rows(report["data"], key, desc)
    page = _page(ctx, rows)
    report["data"] = page.data
    return Payload(report, page.count, page.total)


_TOTAL_BY = ("week", "month", "year")


def sales_usage(ctx: Ctx) -> Payload:
    today = ctx.dataset.today
    end = get_date(ctx.query, "invoicedTo") or today
    start = get_date(ctx.query, "invoicedFrom") or today - timedelta(days=30)
    if start > end:
        raise bad("invoicedFrom is later than invoicedTo.")
    total_by = ctx.query.get("totalBy") or "week"
    if total_by not in _TOTAL_BY:
        raise bad("totalBy is not week, month or year.")
    columns = {"itemid": "itemId", "itemdesc": "itemDesc"}
    key, desc = order_by(ctx.query, "item_id|ASC", columns, "item_id or item_desc; a")
    report = _reports.sales_usage(
        ctx.bundle(),
        ctx.int_path("customerId"),
        start=start,
        end=end,
        total_by=total_by,
        ship_to=get_int(ctx.query, "shipToId"),
        supplier=get_int(ctx.query, "supplierId"),
        q=ctx.query.get("q"),
    )
    page = _page(ctx, sort_rows(report["data"], key, desc), dict)
    report["data"] = page.data
    return Payload(report, page.count, page.total)


def purchased_items(ctx: Ctx) -> Payload:
    rows = _reports.purchased_items(ctx.bundle())
    return _listing(
        ctx,
        rows,
        kind="purchased",
        default="date_last_purchased|DESC",
        table="an items_x_customer",
    )


# -- orders, quotes, RMAs ---------------------------------------------------------------------
def _flag(ctx: Ctx, name: str) -> str:
    value = (ctx.query.get(name) or "N").upper()
    if value not in ("Y", "N", "B"):
        raise bad(f"{name} is not N, Y or B.")
    return value


def _oe_filters(ctx: Ctx, rows: list[Record]) -> list[Record]:
    if (address := get_int(ctx.query, "addressId")) is not None:
        rows = [r for r in rows if r["addressId"] == address]
    if contact := ctx.query.get("contactId"):
        rows = [r for r in rows if r["contactId"] == contact]
    return date_range(ctx.query, "dateCreated", rows)


def list_orders(ctx: Ctx) -> Payload:
    if ctx.int_path("customerId") < 1:
        raise bad("customerId is below 1.")
    bundle = ctx.need_bundle("No customer with this customerId.")
    shape_flag = (ctx.query.get("fullDocument") or "Y").upper()
    shapes: dict[str, Callable[[Record], Record]] = {
        "Y": lambda r: _orders.order_document(r, bundle.customer),
        "N": _orders.order_header,
        "L": _orders.order_header_with_lines,
    }
    if shape_flag not in shapes:
        raise bad("fullDocument is not Y, N or L.")
    rows = list(bundle.orders)
    for name, key in (("cancelFlag", "cancelFlag"), ("deleteFlag", "deleteFlag")):
        flag = _flag(ctx, name)
        if flag != "B":
            rows = [r for r in rows if (r[key] or "N") == flag]
    rows = _oe_filters(ctx, rows)
    rows = search(rows, ctx.query.get("q"), ("orderNo", "poNo", "jobName", "ship2Name"))
    return _listing(
        ctx,
        rows,
        kind="order",
        default="date_created|DESC",
        table="an oe_hdr",
        shape=shapes[shape_flag],
    )


def _oe_list(attr: str) -> Handler:
    def handler(ctx: Ctx) -> Payload:
        bundle = ctx.bundle()
        rows = _oe_filters(ctx, list(getattr(bundle, attr)) if bundle else [])
        return _listing(
            ctx,
            rows,
            kind="order",
            default="date_created|DESC",
            table="an oe_hdr",
            shape=lambda r: _orders.order_document(r, bundle.customer if bundle else {}),
        )

    return handler


def _oe_get(attr: str, param: str, message: str) -> Handler:
    def handler(ctx: Ctx) -> Payload:
        bundle = ctx.bundle()
        number = ctx.int_path(param)
        for row in getattr(bundle, attr) if bundle else []:
            if int(row["orderNo"]) == number and bundle is not None:
                return _one(_orders.order_document(row, bundle.customer))
        raise not_found(message)

    return handler


# -- ship-tos --------------------------------------------------------------------------------
def _ship_to_lookup(ship: Record) -> Record:
    address = ship["address"]
    out = {k: address[k] for k in _LOOKUP_ADDRESS_KEYS}
    out["mailAddress1"] = out["mailAddress1"] or ""
    out["defaultBranch"] = ship["defaultBranch"]
    out["preferredLocationId"] = ship["preferredLocationId"]
    return out


_LOOKUP_ADDRESS_KEYS = (
    "class5Id", "id", "mailAddress1", "mailAddress2", "mailAddress3", "mailCity",
    "mailCountry", "mailPostalCode", "mailState", "name", "physAddress1", "physAddress2",
    "physAddress3", "physCity", "physCountry", "physPostalCode", "physState",
)  # fmt: skip


def _ship_to_public(ship: Record) -> Record:
    out = public(ship)
    out["address"] = dict(ship["address"])
    return out


def list_ship_tos(ctx: Ctx) -> Payload:
    bundle = ctx.bundle()
    rows = list(bundle.ship_tos) if bundle else []
    return _listing(
        ctx,
        rows,
        kind="ship_to",
        default="date_created|DESC",
        table="a ship_to",
        shape=_ship_to_public,
    )


def lookup_ship_tos(ctx: Ctx) -> Payload:
    rows = _ship_to_addresses(ctx.dataset, ctx.int_path("customerId"))
    rows = search(rows, ctx.query.get("q"), ("name", "mailAddress1"))
    return _listing(ctx, rows, kind="ship_to_address", default="id|ASC", table="an address")


def create_ship_to(ctx: Ctx) -> Payload:
    bundle = ctx.need_bundle()
    body = ctx.body if isinstance(ctx.body, dict) else {} if ctx.body in (None, []) else None
    if body is None:
        raise bad("The request body must be a JSON object.")
    given = _fields(body.get("shipToAddress") or {}, SHIP_TO_FIELDS, drop_null=True)
    next_id = bundle.new_uid("ship_to", bundle.ship_tos, "shipToId", bundle.customer_id * 100)
    if next_id >= (bundle.customer_id + 1) * 100:
        raise bad("This customer has too many ship-tos.")
    rng = ctx.dataset.rng(bundle.customer_id, "new-ship-to", next_id)
    ship = bundle.make_ship_to(rng, next_id, given)
    ship["_dateCreated"] = ctx.dataset.now()
    bundle.ship_tos.append(ship)
    return _one(True)


def freight_codes(ctx: Ctx) -> Payload:
    bundle = ctx.bundle()
    ship_id = ctx.int_path("shipToId")
    for ship in bundle.ship_tos if bundle else []:
        if ship["shipToId"] == ship_id and ship["_freight"] is not None:
            return _one(dict(ship["_freight"]))
    raise not_found("The ship-to does not belong to this customer, or has no freight code.")


# -- tags ------------------------------------------------------------------------------------
def list_tags(ctx: Ctx) -> Payload:
    bundle = ctx.bundle()
    rows = _status(list(bundle.tags) if bundle else [], ctx)
    return _listing(ctx, rows, kind="tag", default="customer_tags_uid|ASC", table="a customer_tags")


def _tag(ctx: Ctx) -> Record:
    bundle = ctx.bundle()
    uid = ctx.int_path("customerTagsUid")
    for row in bundle.tags if bundle else []:
        if row["customerTagsUid"] == uid:
            return row
    raise not_found("No tag with this ID for this customer.")


def create_tag(ctx: Ctx) -> Payload:
    bundle = ctx.need_bundle()
    if not isinstance(ctx.body, dict) or not str(ctx.body.get("tag") or "").strip():
        raise bad("The tag is missing or blank.")
    given = _fields(ctx.body, TAG_FIELDS, drop_null=True)
    stamp = ctx.dataset.now()
    uid = bundle.new_uid("tag", bundle.tags, "customerTagsUid", bundle.customer_id * 1000)
    row: Record = {"statusCd": 704, "processCd": 0, "updateCd": 704, **given}
    row.update(
        customerTagsUid=uid,
        customerId=bundle.customer_id,
        dateCreated=stamp,
        dateLastModified=stamp,
    )
    bundle.tags.append(row)
    return _one(dict(row))


def get_tag(ctx: Ctx) -> Payload:
    return _one(dict(_tag(ctx)))


def update_tag(ctx: Ctx) -> Payload:
    row = _tag(ctx)
    given = _fields(ctx.body, TAG_FIELDS, drop_null=True)
    given.pop("updateCd", None)
    if "tag" in given and not str(given["tag"]).strip():
        raise bad("The tag is missing or blank.")
    row.update(given)
    row["dateLastModified"] = ctx.dataset.now()
    return _one(dict(row))


def delete_tag(ctx: Ctx) -> Payload:
    row = _tag(ctx)
    row["statusCd"] = STATUS_DELETED
    row["dateLastModified"] = ctx.dataset.now()
    return _one(dict(row))


C = "/customer/{customerId}"
# (method, path template, handler, auth): auth is "bearer", "site" (x-site-id only) or "none".
ROUTES: tuple[tuple[str, str, Handler, str], ...] = (
    ("GET", "/ping", ping, "none"),
    ("GET", "/health-check", health_check, "site"),
    ("GET", "/whoami", whoami, "bearer"),
    ("GET", "/contacts/refresh", _refresh("contacts"), "bearer"),
    ("GET", "/oe-contacts-customer/refresh", _refresh("oe_contacts_customer"), "bearer"),
    ("GET", "/ship-to/refresh", _refresh("ship_to"), "bearer"),
    ("GET", "/contacts-ud/{id}", contact_ud, "bearer"),
    ("GET", "/contacts/{id}/customers", contact_customers, "bearer"),
    ("GET", "/contacts/{id}/doc", contact_doc, "bearer"),
    ("GET", "/contacts/{id}/web-allowance", contact_web_allowance, "bearer"),
    ("GET", "/customer", list_customers, "bearer"),
    ("GET", "/customer/lookup", lookup_customers, "bearer"),
    ("GET", C + "/doc", get_customer, "bearer"),
    ("GET", C + "/address", lookup_addresses, "bearer"),
    ("GET", C + "/addresses", list_addresses, "bearer"),
    ("POST", C + "/addresses", create_address, "bearer"),
    ("GET", C + "/addresses/{customerAddressUid}", get_address, "bearer"),
    ("PUT", C + "/addresses/{customerAddressUid}", update_address, "bearer"),
    ("DELETE", C + "/addresses/{customerAddressUid}", delete_address, "bearer"),
    ("GET", C + "/aging", aging, "bearer"),
    ("GET", C + "/contacts", lookup_contacts, "bearer"),
    ("POST", C + "/contacts", create_contact, "bearer"),
    ("GET", C + "/invoices", list_invoices, "bearer"),
    ("GET", C + "/invoices/{invoiceNo}", get_invoice, "bearer"),
    ("GET", C + "/orders", list_orders, "bearer"),
    (
        "GET",
        C + "/orders/{orderNo}",
        _oe_get("orders", "orderNo", "No order with this number for this customer."),
        "bearer",
    ),
    ("GET", C + "/purchased-items", purchased_items, "bearer"),
    ("GET", C + "/quotes", _oe_list("quotes"), "bearer"),
    (
        "GET",
        C + "/quotes/{quoteNo}",
        _oe_get("quotes", "quoteNo", "No quote with this number for this customer."),
        "bearer",
    ),
    ("GET", C + "/rmas", _oe_list("rmas"), "bearer"),
    (
        "GET",
        C + "/rmas/{rmaNo}",
        _oe_get("rmas", "rmaNo", "No RMA with this number for this customer."),
        "bearer",
    ),
    ("GET", C + "/sales-usage", sales_usage, "bearer"),
    ("GET", C + "/ship-to", list_ship_tos, "bearer"),
    ("POST", C + "/ship-to", create_ship_to, "bearer"),
    ("GET", C + "/ship-to/lookup", lookup_ship_tos, "bearer"),
    ("GET", C + "/ship-to/{shipToId}/freight-codes", freight_codes, "bearer"),
    ("GET", C + "/tags", list_tags, "bearer"),
    ("POST", C + "/tags", create_tag, "bearer"),
    ("GET", C + "/tags/{customerTagsUid}", get_tag, "bearer"),
    ("PUT", C + "/tags/{customerTagsUid}", update_tag, "bearer"),
    ("DELETE", C + "/tags/{customerTagsUid}", delete_tag, "bearer"),
)
