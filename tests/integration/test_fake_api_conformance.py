"""Every response the fake sends validates against openapi.json (Draft 2020-12).

Every endpoint the fake serves on its happy path, then the documented error paths, each body checked
against the operation's response schema for the status it came back with.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from customers_api.testing import ENDPOINTS, FakeCustomersAPI, FaultConfig

from .conftest import Picks, Validate

C = "/customer/{customerId}"


def happy_calls(p: Picks) -> list[tuple[str, str, str, dict[str, Any], Any]]:
    """(method, template, path, query, json body) for every endpoint."""
    c = f"/customer/{p.customer}"
    return [
        ("GET", "/ping", "/ping", {}, None),
        ("GET", "/health-check", "/health-check", {}, None),
        ("GET", "/whoami", "/whoami", {}, None),
        ("GET", "/contacts/refresh", "/contacts/refresh", {}, None),
        ("GET", "/oe-contacts-customer/refresh", "/oe-contacts-customer/refresh", {}, None),
        ("GET", "/ship-to/refresh", "/ship-to/refresh", {}, None),
        ("GET", "/contacts-ud/{id}", f"/contacts-ud/{p.contact_with_ud}", {}, None),
        ("GET", "/contacts/{id}/customers", f"/contacts/{p.salesrep}/customers", {}, None),
        ("GET", "/contacts/{id}/doc", f"/contacts/{p.contact}/doc", {}, None),
        ("GET", "/contacts/{id}/web-allowance", f"/contacts/{p.contact}/web-allowance", {}, None),
        ("GET", "/customer", "/customer", {"limit": 25}, None),
        ("GET", "/customer/lookup", "/customer/lookup", {"q": "a"}, None),
        ("GET", C + "/doc", c + "/doc", {}, None),
        ("GET", C + "/address", c + "/address", {"q": ""}, None),
        ("GET", C + "/addresses", c + "/addresses", {}, None),
        ("POST", C + "/addresses", c + "/addresses", {}, {"name": "Dock", "city": "Akron"}),
        ("GET", C + "/addresses/{customerAddressUid}", f"{c}/addresses/{p.address}", {}, None),
        ("PUT", C + "/addresses/{customerAddressUid}", f"{c}/addresses/{p.address}", {},
         {"address1": "1 New St"}),
        ("DELETE", C + "/addresses/{customerAddressUid}", f"{c}/addresses/{p.address}", {}, None),
        ("GET", C + "/aging", c + "/aging", {"asOf": "2026-12-31"}, None),
        ("GET", C + "/contacts", c + "/contacts", {"q": ""}, None),
        ("POST", C + "/contacts", c + "/contacts", {},
         {"userDefinedFields": {"region": "north"}, "contactLinks": []}),
        ("GET", C + "/invoices", c + "/invoices", {"limit": 50}, None),
        ("GET", C + "/invoices/{invoiceNo}", f"{c}/invoices/{p.invoice}", {}, None),
        ("GET", C + "/orders", c + "/orders", {"cancelFlag": "B", "deleteFlag": "B"}, None),
        ("GET", C + "/orders/{orderNo}", f"{c}/orders/{p.order}", {}, None),
        ("GET", C + "/purchased-items", c + "/purchased-items", {"limit": 100}, None),
        ("GET", C + "/quotes", c + "/quotes", {}, None),
        ("GET", C + "/quotes/{quoteNo}", f"{c}/quotes/{p.quote}", {}, None),
        ("GET", C + "/rmas", c + "/rmas", {}, None),
        ("GET", C + "/rmas/{rmaNo}", f"{c}/rmas/{p.rma}", {}, None),
        ("GET", C + "/sales-usage", c + "/sales-usage",
         {"invoicedFrom": "2025-01-01", "totalBy": "month", "limit": 100}, None),
        ("GET", C + "/ship-to", c + "/ship-to", {}, None),
        ("POST", C + "/ship-to", c + "/ship-to", {},
         {"shipToAddress": {"name": "Yard 2", "mailAddress1": "9 Pier Rd"}}),
        ("GET", C + "/ship-to/lookup", c + "/ship-to/lookup", {}, None),
        ("GET", C + "/ship-to/{shipToId}/freight-codes",
         f"{c}/ship-to/{p.ship_to}/freight-codes", {}, None),
        ("GET", C + "/tags", c + "/tags", {}, None),
        ("POST", C + "/tags", c + "/tags", {}, {"tag": "conformance"}),
        ("GET", C + "/tags/{customerTagsUid}", f"{c}/tags/{p.tag}", {}, None),
        ("PUT", C + "/tags/{customerTagsUid}", f"{c}/tags/{p.tag}", {}, {"tag": "renamed"}),
        ("DELETE", C + "/tags/{customerTagsUid}", f"{c}/tags/{p.tag}", {}, None),
    ]  # fmt: skip


def test_the_fake_serves_only_documented_operations(spec: dict[str, Any], picks: Picks) -> None:
    """Every endpoint the fake serves is in the spec (an operation the API adds may not be
    served yet: it is callable, and the fake answers it 404), and each has a happy call."""
    documented = {
        (method.upper(), path)
        for path, ops in spec["paths"].items()
        for method in ops
        if method in {"get", "post", "put", "delete", "patch"}
    }
    assert ENDPOINTS and set(ENDPOINTS) <= documented
    assert {(m, t) for m, t, *_ in happy_calls(picks)} == set(ENDPOINTS)


async def test_every_endpoint_happy_path_conforms(
    client: httpx.AsyncClient, picks: Picks, validate: Validate
) -> None:
    for method, template, path, query, body in happy_calls(picks):
        response = await client.request(method, path, params=query, json=body)
        assert response.status_code == 200, (method, path, response.text)
        payload = response.json()
        validate(payload, method, template, 200)
        assert payload["status"] == 200
        data = payload["data"]
        if isinstance(data, list):
            assert payload["count"] == len(data)
            assert payload["total"] == payload["totalResults"] >= len(data)


async def test_single_documents_conform_for_every_row(
    client: httpx.AsyncClient, api: FakeCustomersAPI, validate: Validate
) -> None:
    """Every generated document, not just the first: wide coverage of optional fields."""
    for row in api.dataset.customer_rows[:15]:
        cid = row["customerId"]
        c = f"/customer/{cid}"
        for template, path in [
            (C + "/invoices", c + "/invoices"),
            (C + "/quotes", c + "/quotes"),
            (C + "/rmas", c + "/rmas"),
            (C + "/ship-to", c + "/ship-to"),
            (C + "/ship-to/lookup", c + "/ship-to/lookup"),
            (C + "/addresses", c + "/addresses"),
            (C + "/tags", c + "/tags"),
            (C + "/purchased-items", c + "/purchased-items"),
            (C + "/aging", c + "/aging"),
            (C + "/sales-usage", c + "/sales-usage"),
            (C + "/contacts", c + "/contacts"),
            (C + "/address", c + "/address"),
        ]:
            response = await client.get(path, params={"limit": 1000, "q": ""})
            assert response.status_code == 200, response.text
            validate(response.json(), "GET", template)
        for full in ("Y", "N", "L"):
            response = await client.get(
                c + "/orders",
                params={"limit": 1000, "fullDocument": full, "cancelFlag": "B", "deleteFlag": "B"},
            )
            validate(response.json(), "GET", C + "/orders")
        for contact in api.dataset.bundle(cid).contacts:  # type: ignore[union-attr]
            for template in ("/contacts/{id}/doc", "/contacts/{id}/web-allowance"):
                response = await client.get(template.replace("{id}", contact["id"]))
                validate(response.json(), "GET", template)


def error_calls(p: Picks) -> list[tuple[str, str, str, dict[str, Any], Any, int]]:
    c = f"/customer/{p.customer}"
    nc, nst = p.ship_to_without_freight
    return [
        ("GET", "/contacts-ud/{id}", "/contacts-ud/999", {}, None, 404),
        ("GET", "/contacts-ud/{id}", f"/contacts-ud/{p.contact_without_ud}", {}, None, 404),
        ("GET", "/contacts/{id}/doc", "/contacts/999/doc", {}, None, 404),
        ("GET", "/contacts/{id}/web-allowance", "/contacts/999/web-allowance", {}, None, 404),
        ("GET", "/contacts/{id}/customers", f"/contacts/{p.salesrep}/customers",
         {"orderBy": "nope|ASC"}, None, 400),
        ("GET", "/customer", "/customer", {"orderBy": "customer_id|UP"}, None, 400),
        ("GET", "/customer/lookup", "/customer/lookup", {"q": "a", "orderBy": "x"}, None, 400),
        ("GET", C + "/doc", "/customer/999/doc", {}, None, 404),
        ("GET", C + "/addresses", c + "/addresses", {"orderBy": "zip|ASC"}, None, 400),
        ("GET", C + "/addresses/{customerAddressUid}", c + "/addresses/1", {}, None, 404),
        ("PUT", C + "/addresses/{customerAddressUid}", c + "/addresses/1", {}, {}, 404),
        ("DELETE", C + "/addresses/{customerAddressUid}", c + "/addresses/1", {}, None, 404),
        ("GET", C + "/aging", c + "/aging", {"asOf": "2026-13-01"}, None, 400),
        ("GET", C + "/contacts", c + "/contacts", {"q": "", "orderBy": "x|ASC"}, None, 400),
        ("GET", C + "/invoices", c + "/invoices", {"orderBy": "x|DESC"}, None, 400),
        ("GET", C + "/invoices/{invoiceNo}", c + "/invoices/1", {}, None, 404),
        ("GET", C + "/orders", "/customer/0/orders", {}, None, 400),
        ("GET", C + "/orders", "/customer/999/orders", {}, None, 404),
        ("GET", C + "/orders/{orderNo}", c + "/orders/1", {}, None, 404),
        ("GET", C + "/purchased-items", c + "/purchased-items", {"orderBy": "x|ASC"}, None, 400),
        ("GET", C + "/quotes", c + "/quotes", {"orderBy": "x|ASC"}, None, 400),
        ("GET", C + "/quotes/{quoteNo}", f"{c}/quotes/{p.order}", {}, None, 404),
        ("GET", C + "/rmas", c + "/rmas", {"orderBy": "x|ASC"}, None, 400),
        ("GET", C + "/rmas/{rmaNo}", c + "/rmas/1", {}, None, 404),
        ("GET", C + "/sales-usage", c + "/sales-usage", {"totalBy": "day"}, None, 400),
        ("GET", C + "/sales-usage", c + "/sales-usage",
         {"invoicedFrom": "2026-02-01", "invoicedTo": "2026-01-01"}, None, 400),
        ("GET", C + "/sales-usage", c + "/sales-usage", {"orderBy": "count|ASC"}, None, 400),
        ("GET", C + "/ship-to", c + "/ship-to", {"orderBy": "x|ASC"}, None, 400),
        ("GET", C + "/ship-to/lookup", c + "/ship-to/lookup", {"orderBy": "x|ASC"}, None, 400),
        ("GET", C + "/ship-to/{shipToId}/freight-codes",
         f"/customer/{nc}/ship-to/{nst}/freight-codes", {}, None, 404),
        ("GET", C + "/ship-to/{shipToId}/freight-codes",
         f"{c}/ship-to/{nst}/freight-codes", {}, None, 404),
        ("GET", C + "/tags", c + "/tags", {"orderBy": "x|ASC"}, None, 400),
        ("POST", C + "/tags", c + "/tags", {}, {"tag": "  "}, 400),
        ("GET", C + "/tags/{customerTagsUid}", c + "/tags/1", {}, None, 404),
        ("PUT", C + "/tags/{customerTagsUid}", c + "/tags/1", {}, {"tag": "x"}, 404),
        ("DELETE", C + "/tags/{customerTagsUid}", c + "/tags/1", {}, None, 404),
    ]  # fmt: skip


async def test_documented_error_paths_conform(
    client: httpx.AsyncClient, picks: Picks, validate: Validate
) -> None:
    for method, template, path, query, body, status in error_calls(picks):
        response = await client.request(method, path, params=query, json=body)
        assert response.status_code == status, (method, path, query, response.text)
        payload = response.json()
        validate(payload, method, template, status)
        assert payload["message"]
        assert payload["requestId"] == response.headers["x-request-id"]


async def test_auth_and_fault_errors_conform(
    api: FakeCustomersAPI, client: httpx.AsyncClient, validate: Validate
) -> None:
    response = await client.get("/customer", headers={"Authorization": ""})
    assert response.status_code == 401
    validate(response.json(), "GET", "/customer", 401)
    api.set_faults(FaultConfig(script=("503", "429")))
    for status in (503, 429):
        response = await client.get("/whoami")
        assert response.status_code == status
        validate(response.json(), "GET", "/whoami", status)


@pytest.mark.parametrize(
    ("path", "headers", "status"),
    [
        ("/customer", {"x-site-id": ""}, 400),
        ("/health-check", {"x-site-id": ""}, 400),
        ("/customer/abc/doc", {}, 404),
        ("/customer/100001/tags/x1", {}, 404),
        ("/nowhere", {}, 404),
    ],
)
async def test_other_errors_carry_the_error_body(
    client: httpx.AsyncClient, validate: Validate, path: str, headers: dict[str, str], status: int
) -> None:
    response = await client.get(path, headers=headers)
    assert response.status_code == status
    validate(response.json(), schema="Error")
