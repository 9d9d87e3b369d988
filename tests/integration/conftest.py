"""Fixtures for tests that start the fake Customers API (in process, through ASGITransport)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from customers_api.testing import Dataset, FakeCustomersAPI
from tests.spec_samples import api_format_checker, load_spec

SPEC_URI = "urn:customers-api:openapi"
HEADERS = {"Authorization": "Bearer test-token", "x-site-id": "testsite"}


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


@pytest.fixture(scope="session")
def registry(spec: dict[str, Any]) -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(spec, default_specification=DRAFT202012)
    return Registry().with_resource(SPEC_URI, resource)


def response_schema(spec: dict[str, Any], method: str, template: str, status: int) -> str:
    """The JSON pointer (into the spec) of an operation's response schema for a status."""
    responses = spec["paths"][template][method.lower()]["responses"]
    response = responses.get(str(status))
    if response is None:
        raise AssertionError(f"{method} {template} documents no {status} response")
    if "$ref" in response:
        name = response["$ref"].rsplit("/", 1)[-1]
        response = spec["components"]["responses"][name]
    ref: str = response["content"]["application/json"]["schema"]["$ref"]
    return ref


Validate = Callable[..., None]


@pytest.fixture(scope="session")
def validate(spec: dict[str, Any], registry: Registry[Any]) -> Validate:
    """``validate(body, method, template, status)``, or ``validate(body, schema="Name")``."""
    cache: dict[str, jsonschema.Draft202012Validator] = {}
    formats = api_format_checker()  # dates as Y-m-d, datetimes as Y-m-d H:i:s

    def check(
        body: Any,
        method: str | None = None,
        template: str | None = None,
        status: int = 200,
        *,
        schema: str | None = None,
    ) -> None:
        if schema is not None:
            ref = f"#/components/schemas/{schema}"
        else:
            assert method is not None and template is not None
            ref = response_schema(spec, method, template, status)
        validator = cache.get(ref)
        if validator is None:
            validator = cache[ref] = jsonschema.Draft202012Validator(
                {"$ref": f"{SPEC_URI}{ref}"}, registry=registry, format_checker=formats
            )
        errors = sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path))
        if errors:
            detail = "\n".join(
                f"  at {'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
                for e in errors[:10]
            )
            raise AssertionError(f"{method} {template} {status} vs {ref}:\n{detail}")

    return check


@pytest.fixture
def api() -> FakeCustomersAPI:
    return FakeCustomersAPI(Dataset(customers=40, seed=3))


@pytest.fixture
async def client(api: FakeCustomersAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=api)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://fake", headers=HEADERS
    ) as http:
        yield http


@dataclass(frozen=True)
class Picks:
    """Ids of rows that exist in the test dataset, one per kind the endpoints need."""

    customer: int
    contact: str
    contact_with_ud: str
    contact_without_ud: str
    salesrep: str
    invoice: str
    order: str
    quote: str
    rma: str
    ship_to: int
    ship_to_without_freight: tuple[int, int]
    address: int
    tag: int


def pick(dataset: Dataset) -> Picks:
    """The first customer that has a row of every kind, and ids from it."""
    for row in dataset.customer_rows:
        b = dataset.bundle(row["customerId"])
        assert b is not None
        kinds = (b.invoices, b.orders, b.quotes, b.rmas, b.addresses, b.tags)
        with_freight = [s for s in b.ship_tos if s["_freight"] is not None]
        if all(kinds) and with_freight:
            break
    else:  # pragma: no cover - the seeded dataset always has one
        raise AssertionError("no customer with every kind of row")
    ud = without_ud = None
    without_freight = None
    for other in dataset.customer_rows:
        ob = dataset.bundle(other["customerId"])
        assert ob is not None
        for c in ob.contacts:
            if c["_hasUd"] and ud is None:
                ud = c["id"]
            if not c["_hasUd"] and without_ud is None:
                without_ud = c["id"]
        for s in ob.ship_tos:
            if s["_freight"] is None and without_freight is None:
                without_freight = (other["customerId"], s["shipToId"])
    assert ud and without_ud and without_freight
    return Picks(
        customer=b.customer_id,
        contact=b.contacts[0]["id"],
        contact_with_ud=ud,
        contact_without_ud=without_ud,
        salesrep=dataset.customer_rows[0]["salesRepId"],
        invoice=b.invoices[0]["invoiceNo"],
        order=b.orders[0]["orderNo"],
        quote=b.quotes[0]["orderNo"],
        rma=b.rmas[0]["orderNo"],
        ship_to=with_freight[0]["shipToId"],
        ship_to_without_freight=without_freight,
        address=b.addresses[0]["customerAddressUid"],
        tag=b.tags[0]["customerTagsUid"],
    )


@pytest.fixture
def picks(api: FakeCustomersAPI) -> Picks:
    return pick(api.dataset)
