"""The synthetic Prophet 21 dataset: deterministic under a seed, generated lazily.

Customer headers are built eagerly (cheap); everything hanging off a customer (contacts,
ship-tos, addresses, tags, invoices, orders, quotes, RMAs) is built on first access from a
`random.Random` seeded with ``(seed, customerId, kind)``, so the data never depends on the
order in which it is read, and building a dataset of any size is near-instant.

Records are plain dicts keyed like the API's JSON. Keys starting with ``_`` are internal
(filter columns the response shapes do not carry) and are stripped by :func:`public`.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Any

from customers_api.testing import _vocab as v
from customers_api.testing._orders import build_invoices, build_orders
from customers_api.testing._records import Item, Record, fmt_dt

FIRST_CUSTOMER_ID = 100001
STATUS_ACTIVE, STATUS_INACTIVE, STATUS_DELETED = 704, 705, 700


def _money(value: float) -> float:
    return round(value, 2)


def _phone(rng: random.Random) -> str:
    return f"{rng.randint(200, 989)}-555-{rng.randint(0, 9999):04d}"


def _street(rng: random.Random) -> tuple[str, str, str, str]:
    city, state, zip_prefix = rng.choice(v.CITIES)
    return (
        f"{rng.randint(10, 9999)} {rng.choice(v.STREETS)}",
        city,
        state,
        f"{zip_prefix}{rng.randint(0, 99):02d}",
    )


@dataclass
class Dataset:
    """An in-memory, seeded Prophet 21 dataset.

    ``customers`` customer headers with ids ``100001..``; ``today`` anchors every generated
    date (and the default ``asOf`` of aging reports), so output is stable across days.
    """

    customers: int = 500
    seed: int = 1
    today: date = date(2026, 10, 1)
    items: int = 120
    _customer_rows: list[Record] = field(init=False, repr=False)
    _bundles: dict[int, CustomerBundle] = field(init=False, repr=False, default_factory=dict)
    _catalog: list[Item] = field(init=False, repr=False)
    _clock: int = field(init=False, repr=False, default=0)

    def __post_init__(self) -> None:
        self._catalog = self._build_catalog()
        self._customer_rows = [self._build_customer(i) for i in range(self.customers)]

    # -- lookups ---------------------------------------------------------------------------
    @property
    def catalog(self) -> list[Item]:
        return self._catalog

    @property
    def customer_rows(self) -> list[Record]:
        """Every customer header, in customerId order (mutable: the fake persists writes)."""
        return self._customer_rows

    def customer(self, customer_id: int) -> Record | None:
        index = customer_id - FIRST_CUSTOMER_ID
        if 0 <= index < len(self._customer_rows):
            return self._customer_rows[index]
        return None

    def bundle(self, customer_id: int) -> CustomerBundle | None:
        """Everything hanging off a customer, built on first access; None if unknown."""
        row = self.customer(customer_id)
        if row is None:
            return None
        found = self._bundles.get(customer_id)
        if found is None:
            found = self._bundles[customer_id] = CustomerBundle(self, row)
        return found

    def contact(self, contact_id: str) -> tuple[CustomerBundle, Record] | None:
        """A contact by its P21 id (``customerId * 100 + n``) with its customer's bundle."""
        if not contact_id.isdigit():
            return None
        bundle = self.bundle(int(contact_id) // 100)
        if bundle is None:
            return None
        for contact in bundle.contacts:
            if contact["id"] == contact_id:
                return bundle, contact
        return None

    def now(self) -> str:
        """A deterministic clock for writes: today 08:00 plus one second per call."""
        self._clock += 1
        start = datetime(self.today.year, self.today.month, self.today.day, 8)
        return fmt_dt(start + timedelta(seconds=self._clock))

    def rng(self, *parts: object) -> random.Random:
        return random.Random(":".join(str(p) for p in (self.seed, *parts)))

    def site_hash(self, site_id: str) -> str:
        return hashlib.sha256(f"{self.seed}:{site_id}".encode()).hexdigest()[:16]

    # -- builders --------------------------------------------------------------------------
    def _build_catalog(self) -> list[Item]:
        rng = self.rng("items")
        items = []
        for n in range(self.items):
            prefix, desc = rng.choice(v.ITEM_KINDS)
            size = rng.choice(v.ITEM_SIZES)
            items.append(
                Item(
                    inv_mast_uid=1000 + n,
                    item_id=f"{prefix}-{n:04d}",
                    item_desc=f"{desc} {size}"[:40],
                    display_desc=f"{size} {desc}",
                    unit_of_measure=rng.choice(v.UNITS),
                    unit_price=_money(rng.uniform(0.5, 400.0)),
                    supplier_id=rng.choice((10, 20, 30, 40, 50)),
                    short_code=f"{prefix}{n}",
                )
            )
        return items

    def _build_customer(self, index: int) -> Record:
        rng = self.rng("customer", index)
        customer_id = FIRST_CUSTOMER_ID + index
        name = (
            f"{rng.choice(v.COMPANY_FIRST)} {rng.choice(v.COMPANY_TRADE)} "
            f"{rng.choice(v.COMPANY_SUFFIX)}"
        )
        roll = rng.random()
        status = STATUS_ACTIVE if roll < 0.85 else STATUS_INACTIVE if roll < 0.95 else 700
        terms_id, terms_desc = rng.choice(v.TERMS)
        reps = min(10, self.customers)
        rep_id = str((FIRST_CUSTOMER_ID + rng.randrange(reps)) * 100 + 1)
        ud: Any = (
            {key: rng.choice(v.UD_VALUES) for key in rng.sample(v.UD_KEYS, 2)}
            if rng.random() < 0.5
            else []
        )
        return {
            "customerId": customer_id,
            "customerName": name,
            "companyId": "AUG",
            "class1Id": rng.choice(("CONTR", "RESALE", "INDUST", None)),
            "class2Id": rng.choice(("EAST", "WEST", "CENTRAL")),
            "class3Id": None,
            "class4Id": None,
            "class5Id": rng.choice(("FM01", "FM04", "FM07", None)),
            "deleteFlag": "Y" if status == STATUS_DELETED else "N",
            "jobPricing": rng.choice("YN"),
            "poNoRequired": rng.choice("YN"),
            "salesRepId": rep_id,
            "statusCd": status,
            "taxableFlag": rng.choice("YN"),
            "termsDesc": terms_desc,
            "termsId": terms_id,
            "userDefined": ud,
            "webEnabledFlag": rng.choice("YN"),
        }


class CustomerBundle:
    """One customer's related rows; each kind is generated on first access."""

    def __init__(self, dataset: Dataset, customer: Record) -> None:
        self.dataset = dataset
        self.customer = customer
        self.customer_id: int = customer["customerId"]
        self.next_uid: dict[str, int] = {}

    def _rng(self, kind: str) -> random.Random:
        return self.dataset.rng(self.customer_id, kind)

    def new_uid(self, kind: str, existing: list[Record], key: str, base: int) -> int:
        """The next per-customer id of a kind, above every existing one."""
        top = max((int(r[key]) for r in existing), default=base)
        nxt = max(self.next_uid.get(kind, 0), top + 1)
        self.next_uid[kind] = nxt + 1
        return nxt

    @cached_property
    def counts(self) -> dict[str, int]:
        rng = self._rng("counts")
        return {
            "contacts": rng.randint(1, 4),
            "ship_tos": rng.randint(1, 4),
            "addresses": rng.randint(0, 3),
            "tags": rng.randint(0, 3),
            "invoices": rng.randint(0, 24),
            "orders": rng.randint(0, 10),
            "quotes": rng.randint(0, 3),
            "rmas": rng.randint(0, 2),
        }

    @cached_property
    def address(self) -> Record:
        """The customer's own P21 address row (ContactAddress shape; id = customerId)."""
        rng = self._rng("address")
        street, city, state, postal = _street(rng)
        return {
            "id": self.customer_id,
            "mailAddress1": street,
            "mailAddress2": None,
            "mailCity": city,
            "mailCountry": "USA",
            "mailPostalCode": postal,
            "mailState": state,
            "physAddress1": street,
            "physAddress2": None,
            "physCity": city,
            "physCountry": "USA",
            "physPostalCode": postal,
            "physState": state,
        }

    @cached_property
    def contacts(self) -> list[Record]:
        rng = self._rng("contacts")
        return [
            self.make_contact(rng, self.customer_id * 100 + n, {})
            for n in range(1, self.counts["contacts"] + 1)
        ]

    def make_contact(self, rng: random.Random, contact_id: int, given: Record) -> Record:
        first = given.get("firstName") or rng.choice(v.FIRST_NAMES)
        last = given.get("lastName") or rng.choice(v.LAST_NAMES)
        domain = self.customer["customerName"].split()[0].lower().replace("-", "")
        return {
            "id": str(contact_id),
            "firstName": first,
            "lastName": last,
            "emailAddress": given.get("emailAddress")
            or f"{first[0].lower()}{last.lower()}@{domain}.example",
            "title": given.get("title") or rng.choice(v.TITLES),
            "phone": given.get("phone") or _phone(rng),
            "ext": None,
            "cellular": _phone(rng) if rng.random() < 0.5 else None,
            "directPhone": _phone(rng) if rng.random() < 0.5 else None,
            "addressId": self.customer_id,
            "addressClass5Id": self.customer["class5Id"],
            "class1Id": None,
            "class2Id": None,
            "class3Id": None,
            "class4Id": None,
            "class5Id": None,
            "contactRoleUid": rng.choice((1, 2, 3, None)),
            "salesrepDefaultLocationId": None,
            "_hasUd": rng.random() < 0.7,
            "_webAllowance": _money(rng.uniform(0, 5000)),
            "_ud": {key: rng.choice(v.UD_VALUES) for key in rng.sample(v.UD_KEYS, 2)},
        }

    @cached_property
    def ship_tos(self) -> list[Record]:
        rng = self._rng("ship_tos")
        return [
            self.make_ship_to(rng, self.customer_id * 100 + n, {})
            for n in range(1, self.counts["ship_tos"] + 1)
        ]

    def make_ship_to(self, rng: random.Random, ship_to_id: int, given: Record) -> Record:
        street, city, state, postal = _street(rng)
        base_name = self.customer["customerName"] or "Ship-to"
        address = {
            "id": ship_to_id,
            "name": f"{base_name[:36]} #{ship_to_id % 100}",
            "mailAddress1": street,
            "mailAddress2": None,
            "mailAddress3": None,
            "mailCity": city,
            "mailCountry": "USA",
            "mailPostalCode": postal,
            "mailState": state,
            "physAddress1": street,
            "physAddress2": None,
            "physAddress3": None,
            "physCity": city,
            "physCountry": "USA",
            "physPostalCode": postal,
            "physState": state,
            "centralPhoneNumber": _phone(rng),
            "class5Id": self.customer["class5Id"],
            "upsCode": None,
        }
        address.update({k: val for k, val in given.items() if k in address and k != "id"})
        if address["mailAddress1"] is None:
            address["mailAddress1"] = ""
        carrier_id = rng.choice(v.CARRIERS)[0]
        days_old = rng.randint(30, 2000)
        return {
            "shipToId": ship_to_id,
            "customerId": self.customer_id,
            "companyId": "AUG",
            "defaultBranch": rng.choice(("MAIN", "EAST", "WEST")),
            "defaultCarrierId": carrier_id,
            "deliveryInstructions": rng.choice((None, "Dock 3", "Call ahead", "Leave at gate")),
            "preferredLocationId": rng.choice((10, 20, None)),
            "routeCode": rng.choice(("R1", "R2", None)),
            "routeDescription": None,
            "shippingRouteUid": None,
            "address": address,
            "_dateCreated": fmt_dt(
                datetime(self.dataset.today.year, self.dataset.today.month, 1)
                - timedelta(days=days_old)
            ),
            "_freight": self._freight_code(rng, ship_to_id) if rng.random() < 0.8 else None,
        }

    def _freight_code(self, rng: random.Random, ship_to_id: int) -> Record:
        code, desc = rng.choice((("GROUND", "Ground freight"), ("PREPAID", "Prepaid & add")))
        yn = ("Y", "N")
        return {
            "freightCodeUid": ship_to_id,
            "companyId": "AUG",
            "freightCd": code,
            "freightDesc": desc,
            "incomingFreight": "N",
            "outgoingFreight": "Y",
            "incomingReduceCommission": "N",
            "outgoingIncreaseCommission": "N",
            "prorateMethodCodeNo": 1,
            "taxGroupId": None,
            "revenueAccountNo": "4100-00",
            "rowStatus": 704,
            "dateCreated": "2024-01-15 09:30:00",
            "dateLastModified": "2025-07-30 15:50:49",
            "lastMaintainedBy": "admin",
            "freeFreightBasisCd": None,
            "freeInFreightMin": None,
            "freeOutFreightMin": _money(rng.choice((250.0, 500.0, 1000.0))),
            "directShipFreeFreightFlag": "N",
            "freeInFreightMinWeb": None,
            "freeOutFreightMinWeb": None,
            "handlingChargeOptionCd": None,
            "externalTaxProductCodeIn": None,
            "externalTaxProductCodeOut": None,
            "incomingIncreaseCommission": "N",
            "paySpecialFlag": None,
            "skipFirstShipmentFlag": None,
            "excludeFromSalesMasterInquiry": "N",
            "deductibleFlag": None,
            "freeColdFreight": rng.choice(yn),
            "freeHazmatFreight": "N",
            "freeExpressFreight": "N",
            "freeBulkFreight": rng.choice(yn),
            "fedexPaymentMethod": None,
            "excludeDiscountedFreight": "N",
            "freeFreightDefaultFlag": None,
            "outgoingAdjustCommissionByProfitFlag": None,
            "updateCd": 1185,
            "statusCd": 704,
            "processCd": 0,
        }

    @cached_property
    def addresses(self) -> list[Record]:
        rng = self._rng("addresses")
        rows = []
        for n in range(1, self.counts["addresses"] + 1):
            street, city, state, postal = _street(rng)
            stamp = fmt_dt(datetime(2025, 1, 1) + timedelta(hours=rng.randint(0, 9000)))
            rows.append(
                {
                    "customerAddressUid": self.customer_id * 1000 + n,
                    "customerId": self.customer_id,
                    "name": f"{rng.choice(v.FIRST_NAMES)} {rng.choice(v.LAST_NAMES)}",
                    "address1": street,
                    "address2": None,
                    "address3": None,
                    "city": city,
                    "state": state,
                    "postalCode": postal,
                    "country": "USA",
                    "emailAddress": f"ship{n}@{self.customer_id}.example",
                    "phoneNumberMain": _phone(rng),
                    "phoneNumberMobile": None,
                    "statusCd": STATUS_ACTIVE if rng.random() < 0.8 else STATUS_INACTIVE,
                    "processCd": 0,
                    "updateCd": 1185,
                    "dateCreated": stamp,
                    "dateLastModified": stamp,
                }
            )
        return rows

    @cached_property
    def tags(self) -> list[Record]:
        rng = self._rng("tags")
        rows = []
        for n, tag in enumerate(rng.sample(v.TAGS, self.counts["tags"]), start=1):
            stamp = fmt_dt(datetime(2025, 1, 1) + timedelta(hours=rng.randint(0, 9000)))
            rows.append(
                {
                    "customerTagsUid": self.customer_id * 1000 + n,
                    "customerId": self.customer_id,
                    "tag": tag,
                    "statusCd": STATUS_ACTIVE,
                    "processCd": 0,
                    "updateCd": 1185,
                    "dateCreated": stamp,
                    "dateLastModified": stamp,
                }
            )
        return rows

    @cached_property
    def invoices(self) -> list[Record]:

        return build_invoices(self, self._rng("invoices"))

    @cached_property
    def orders(self) -> list[Record]:

        return build_orders(self, self._rng("orders"), "order", self.counts["orders"], 1)

    @cached_property
    def quotes(self) -> list[Record]:

        return build_orders(self, self._rng("quotes"), "quote", self.counts["quotes"], 60)

    @cached_property
    def rmas(self) -> list[Record]:

        return build_orders(self, self._rng("rmas"), "rma", self.counts["rmas"], 80)
