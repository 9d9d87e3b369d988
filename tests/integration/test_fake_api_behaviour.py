"""The fake behaves like the service: paging, q, orderBy, statusCd, shapes, auth, CRUD."""

from __future__ import annotations

import httpx
import pytest

from customers_api.testing import Dataset, FakeCustomersAPI

from .conftest import Picks, Validate

C = "/customer/{customerId}"


async def test_paging_count_and_total(client: httpx.AsyncClient) -> None:
    seen: list[int] = []
    offset = 0
    while True:
        body = (await client.get("/customer", params={"limit": 7, "offset": offset})).json()
        assert body["total"] == body["totalResults"] == 40
        assert body["count"] == len(body["data"]) == min(7, 40 - offset)
        assert body["params"]["limit"] == 7 and body["params"]["offset"] == offset
        seen += [c["customerId"] for c in body["data"]]
        offset += 7
        if offset >= 40:
            break
    assert seen == list(range(100001, 100041))
    default = (await client.get("/customer")).json()
    assert default["count"] == 10
    past = (await client.get("/customer", params={"offset": 100})).json()
    assert (past["count"], past["total"], past["data"]) == (0, 40, [])
    bad = await client.get("/customer", params={"limit": "ten"})
    assert bad.status_code == 400


async def test_q_is_a_case_insensitive_substring(
    client: httpx.AsyncClient, api: FakeCustomersAPI
) -> None:
    name = api.dataset.customer_rows[5]["customerName"]
    word = name.split()[1].upper()
    body = (await client.get("/customer", params={"q": word, "limit": 100})).json()
    expected = [c for c in api.dataset.customer_rows if word.lower() in c["customerName"].lower()]
    assert body["total"] == len(expected) > 0
    assert all(word.lower() in c["customerName"].lower() for c in body["data"])
    lookup = (await client.get("/customer/lookup", params={"q": word, "limit": 100})).json()
    assert lookup["total"] == len(expected)
    assert set(lookup["data"][0]) == {"customerId", "customerName"}
    assert (await client.get("/customer/lookup")).status_code == 400  # q is required


async def test_order_by(client: httpx.AsyncClient) -> None:
    asc = (
        await client.get("/customer", params={"orderBy": "customer_name|ASC", "limit": 40})
    ).json()
    names = [c["customerName"] for c in asc["data"]]
    assert names == sorted(names)
    desc = (
        await client.get("/customer", params={"orderBy": "customer_id|desc", "limit": 3})
    ).json()
    assert [c["customerId"] for c in desc["data"]] == [100040, 100039, 100038]
    for bad in ("customer_id", "customer_id|UP", "nope|ASC", "|ASC", "customer_id|ASC|DESC"):
        response = await client.get("/customer", params={"orderBy": bad})
        assert response.status_code == 400, bad
        assert "orderBy" in response.json()["message"]


async def test_status_cd_filters(client: httpx.AsyncClient, api: FakeCustomersAPI) -> None:
    rows = api.dataset.customer_rows
    by_status = {s: sum(1 for r in rows if r["statusCd"] == s) for s in (700, 704, 705)}

    async def total(**params: object) -> int:
        body = (await client.get("/customer", params=params)).json()
        return int(body["total"])

    assert await total() == 40
    assert await total(statusCd=-1) == 40
    assert await total(statusCd=704) == by_status[704]
    assert await total(statusCd="704,705") == by_status[704] + by_status[705]
    assert await total(statusCd=[704, 700]) == by_status[704] + by_status[700]
    assert (await client.get("/customer", params={"statusCd": "active"})).status_code == 400


async def test_full_document_shapes(
    client: httpx.AsyncClient, picks: Picks, validate: Validate
) -> None:
    path = f"/customer/{picks.customer}/orders"
    shapes = {"Y": "OrderDocument", "N": "OrderHeader", "L": "OrderHeaderWithLines"}
    for flag, schema in shapes.items():
        body = (await client.get(path, params={"fullDocument": flag})).json()
        assert body["data"]
        for order in body["data"]:
            validate(order, schema=schema)
        first = body["data"][0]
        assert ("pickTickets" in first) == (flag == "Y")
        assert ("oeHdrUid" in first) == (flag != "Y")
        assert ("lines" in first) == (flag != "N")
    default = (await client.get(path)).json()["data"][0]
    assert "pickTickets" in default
    assert (await client.get(path, params={"fullDocument": "X"})).status_code == 400


async def test_order_flags_filter_cancelled_and_deleted(
    client: httpx.AsyncClient, api: FakeCustomersAPI
) -> None:
    for row in api.dataset.customer_rows:
        bundle = api.dataset.bundle(row["customerId"])
        assert bundle is not None
        if any(o["cancelFlag"] == "Y" for o in bundle.orders):
            break
    orders = bundle.orders
    path = f"/customer/{bundle.customer_id}/orders"

    async def total(**params: str) -> int:
        return int((await client.get(path, params=params)).json()["total"])

    plain = [o for o in orders if o["cancelFlag"] == "N" and o["deleteFlag"] == "N"]
    assert await total() == len(plain)
    assert await total(cancelFlag="B", deleteFlag="B") == len(orders)
    assert await total(cancelFlag="Y", deleteFlag="B") == sum(
        o["cancelFlag"] == "Y" for o in orders
    )


async def test_not_found_and_unknown_customers(client: httpx.AsyncClient) -> None:
    missing = await client.get("/customer/999999/doc")
    assert missing.status_code == 404
    assert missing.json()["code"] == "NOT_FOUND"
    empty = (await client.get("/customer/999999/invoices")).json()
    assert (empty["count"], empty["total"], empty["data"]) == (0, 0, [])
    assert (await client.get("/customer/999999/orders")).status_code == 404
    assert (await client.post("/customer/999999/tags", json={"tag": "x"})).status_code == 404


async def test_auth(client: httpx.AsyncClient) -> None:
    for headers in ({"Authorization": ""}, {"Authorization": "Basic abc"},
                    {"Authorization": "Bearer "}):  # fmt: skip
        response = await client.get("/customer", headers=headers)
        assert response.status_code == 401
        assert response.json()["message"]
    no_auth = {"Authorization": "", "x-site-id": ""}
    assert (await client.get("/ping", headers=no_auth)).status_code == 200
    assert (await client.get("/health-check", headers={"Authorization": ""})).status_code == 200
    site = await client.get("/customer", headers={"x-site-id": ""})
    assert site.status_code == 400
    assert "x-site-id" in site.json()["message"]
    assert (await client.get("/health-check", headers={"x-site-id": ""})).status_code == 400


async def test_token_allow_list() -> None:
    api = FakeCustomersAPI(customers=3, tokens={"good"})
    transport = httpx.ASGITransport(app=api)
    async with httpx.AsyncClient(transport=transport, base_url="http://fake") as http:
        site = {"x-site-id": "s"}
        ok = await http.get("/whoami", headers={**site, "Authorization": "Bearer good"})
        bad = await http.get("/whoami", headers={**site, "Authorization": "Bearer bad"})
    assert (ok.status_code, bad.status_code) == (200, 401)


async def test_address_crud_round_trip_with_soft_delete(client: httpx.AsyncClient) -> None:
    base = "/customer/100002/addresses"
    before = (await client.get(base, params={"limit": 100})).json()["total"]
    created = (await client.post(base, json={"name": "Dock 9", "city": "Erie"})).json()["data"]
    uid = created["customerAddressUid"]
    assert (created["name"], created["statusCd"]) == ("Dock 9", 704)
    fetched = (await client.get(f"{base}/{uid}")).json()["data"]
    assert fetched == created
    updated = (await client.put(f"{base}/{uid}", json={"city": "Buffalo"})).json()["data"]
    assert (updated["name"], updated["city"]) == ("Dock 9", "Buffalo")
    assert updated["dateLastModified"] > created["dateLastModified"]
    deleted = (await client.delete(f"{base}/{uid}")).json()["data"]
    assert deleted["statusCd"] == 700
    still = (await client.get(f"{base}/{uid}")).json()["data"]
    assert still["statusCd"] == 700  # soft: the row stays readable
    total = (await client.get(base, params={"limit": 100})).json()["total"]
    assert total == before + 1
    active = (await client.get(base, params={"statusCd": "704,705", "limit": 100})).json()
    assert uid not in {a["customerAddressUid"] for a in active["data"]}
    too_long = await client.post(base, json={"postalCode": "12345678901"})
    assert too_long.status_code == 400
    assert (await client.post(base, content=b"{nope")).status_code == 400


async def test_tag_crud_round_trip_with_soft_delete(client: httpx.AsyncClient) -> None:
    base = "/customer/100003/tags"
    created = (await client.post(base, json={"tag": "priority"})).json()["data"]
    uid = created["customerTagsUid"]
    renamed = (await client.put(f"{base}/{uid}", json={"tag": "urgent"})).json()["data"]
    assert renamed["tag"] == "urgent"
    assert (await client.delete(f"{base}/{uid}")).json()["data"]["statusCd"] == 700
    deleted = (await client.get(base, params={"statusCd": 700})).json()["data"]
    assert [t["customerTagsUid"] for t in deleted] == [uid]
    assert (await client.post(base, json={})).status_code == 400
    assert (await client.post(base, json={"tag": ""})).json()["message"] == (
        "The tag is missing or blank."
    )


async def test_contact_and_ship_to_creation_persist(client: httpx.AsyncClient) -> None:
    c = "/customer/100004"
    before = (await client.get(f"{c}/contacts", params={"q": "", "limit": 100})).json()["total"]
    made = await client.post(
        f"{c}/contacts", json={"firstName": "Ada", "lastName": "Lovelace", "userDefinedFields": []}
    )
    assert made.json()["data"] is True
    found = (await client.get(f"{c}/contacts", params={"q": "lovelace"})).json()
    assert found["total"] == 1
    new_id = found["data"][0]["id"]
    assert (await client.get(f"/contacts/{new_id}/doc")).json()["data"]["firstName"] == "Ada"
    after = (await client.get(f"{c}/contacts", params={"q": "", "limit": 100})).json()["total"]
    assert after == before + 1

    ships = (await client.get(f"{c}/ship-to", params={"limit": 100})).json()["total"]
    body = {"shipToAddress": {"name": "North Yard", "mailAddress1": "1 Quay St"}}
    assert (await client.post(f"{c}/ship-to", json=body)).json()["data"] is True
    listed = (await client.get(f"{c}/ship-to/lookup", params={"q": "north yard"})).json()
    assert listed["total"] == 1 and listed["data"][0]["mailAddress1"] == "1 Quay St"
    assert (await client.get(f"{c}/ship-to", params={"limit": 100})).json()["total"] == ships + 1


async def test_reports_are_folded_from_invoices(
    client: httpx.AsyncClient, api: FakeCustomersAPI, picks: Picks
) -> None:
    c = f"/customer/{picks.customer}"
    aging = (await client.get(f"{c}/aging", params={"limit": 2})).json()
    report = aging["data"]
    assert aging["total"] == report["invoiceCount"]
    assert aging["count"] == len(report["data"]) <= 2
    assert sum(t["invoices"] for t in report["totals"]) == report["invoiceCount"]
    assert round(sum(t["balance"] for t in report["totals"]), 2) == report["totalBalance"]
    usage = (
        await client.get(
            f"{c}/sales-usage", params={"invoicedFrom": "2025-01-01", "totalBy": "year"}
        )
    ).json()["data"]
    assert usage["bucketKeys"] == ["2025", "2026"]
    for item in usage["data"]:
        assert [b["key"] for b in item["buckets"]] == usage["bucketKeys"]
    bundle = api.dataset.bundle(picks.customer)
    assert bundle is not None
    items = {line["itemId"] for inv in bundle.invoices for line in inv["lines"]}
    purchased = (await client.get(f"{c}/purchased-items", params={"limit": 1000})).json()
    assert {p["itemId"] for p in purchased["data"]} == items


def test_the_dataset_is_deterministic_and_cheap() -> None:
    import time

    started = time.perf_counter()
    first = Dataset(customers=500, seed=9)
    assert time.perf_counter() - started < 1.0
    second = Dataset(customers=500, seed=9)
    # Read in different orders: the data does not depend on access order.
    a = first.bundle(100300)
    first.bundle(100001)
    second.bundle(100001)
    b = second.bundle(100300)
    assert a is not None and b is not None
    assert a.invoices == b.invoices and a.orders == b.orders and a.contacts == b.contacts
    assert Dataset(customers=5, seed=10).customer_rows != Dataset(customers=5, seed=9).customer_rows


@pytest.mark.parametrize("method", ["POST", "PATCH"])
async def test_unsupported_methods_are_405(client: httpx.AsyncClient, method: str) -> None:
    response = await client.request(method, "/customer")
    assert response.status_code == 405
    assert "GET" in response.headers["allow"]
