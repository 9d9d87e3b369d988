"""Every endpoint through its friendly name: method, path, query, headers, body, type.

`CASES` spells out one call per operation the alias table names (with realistic arguments);
`test_every_operation_answers_through_its_friendly_name` calls every operation of the spec
(a new one too, at its default name) with arguments built from its signature.
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import respx

from customers_api import APIResponse, CustomersClient, models
from customers_api.resources import Resource

from .conftest import SITE_ID, TOKEN
from .factories import envelope, operations, sample
from .factories import spec as factory_spec

Call = Callable[[CustomersClient], Any]


def spec_operations() -> dict[str, dict[str, Any]]:
    """ "METHOD /path" -> operation, of the spec as the SDK reads it."""
    from codegen import wrappers

    return wrappers.spec_operations(factory_spec())


class Case:
    def __init__(
        self,
        op: str,
        alias: str,
        path: str,
        call: Call,
        result: type | tuple[type, ...],
        *,
        query: dict[str, str] | None = None,
        body: dict[str, Any] | None = None,
        is_list: bool = False,
    ) -> None:
        self.op, self.alias, self.path, self.call = op, alias, path, call
        self.result, self.query, self.body, self.is_list = result, query or {}, body, is_list

    def __repr__(self) -> str:
        return self.alias


M = models
CASES = [
    # service
    Case(
        "health_check",
        "client.health_check()",
        "/health-check",
        lambda c: c.health_check(),
        M.HealthCheck,
    ),
    Case("ping", "client.ping()", "/ping", lambda c: c.ping(), str),
    Case("whoami", "client.whoami()", "/whoami", lambda c: c.whoami(), M.TokenClaims),
    # customers
    Case(
        "list_customers",
        "client.customers.list()",
        "/customer",
        lambda c: c.customers.list(
            q="acme",
            status_cd=[704, 705],
            class_5_id="C5",
            company_id="CO",
            delete_flag="N",
            limit=5,
            offset=10,
            order_by="customer_name|ASC",
        ),
        M.Customer,
        is_list=True,
        query={
            "q": "acme",
            "statusCd": "704,705",
            "class5Id": "C5",
            "companyId": "CO",
            "deleteFlag": "N",
            "limit": "5",
            "offset": "10",
            "orderBy": "customer_name|ASC",
        },
    ),
    Case(
        "lookup_customers",
        "client.customers.lookup()",
        "/customer/lookup",
        lambda c: c.customers.lookup("ac", status_cd=704, limit=2, offset=0, order_by="x|ASC"),
        M.CustomerLookupItem,
        is_list=True,
        query={"q": "ac", "statusCd": "704", "limit": "2", "offset": "0", "orderBy": "x|ASC"},
    ),
    Case(
        "get_customer",
        "client.customers.get()",
        "/customer/42/doc",
        lambda c: c.customers.get(42),
        M.Customer,
    ),
    # invoices
    Case(
        "list_customer_invoices",
        "client.customers.invoices.list()",
        "/customer/42/invoices",
        lambda c: c.customers.invoices.list(
            42,
            q="q",
            contact_id="9",
            created_from="2024-01-01",
            created_on="2024-01-02",
            created_to="2024-01-03",
            paid_in_full="N",
            ship_to_id=3,
            limit=1,
            offset=2,
            order_by="invoice_no|DESC",
        ),
        M.Invoice,
        is_list=True,
        query={
            "q": "q",
            "contactId": "9",
            "createdFrom": "2024-01-01",
            "createdOn": "2024-01-02",
            "createdTo": "2024-01-03",
            "paidInFull": "N",
            "shipToId": "3",
            "limit": "1",
            "offset": "2",
            "orderBy": "invoice_no|DESC",
        },
    ),
    Case(
        "get_customer_invoice",
        "client.customers.invoices.get()",
        "/customer/42/invoices/1001",
        lambda c: c.customers.invoices.get(42, 1001),
        M.Invoice,
    ),
    # orders
    Case(
        "list_customer_orders",
        "client.customers.orders.list()",
        "/customer/42/orders",
        lambda c: c.customers.orders.list(
            42,
            q="q",
            address_id=5,
            cancel_flag="N",
            contact_id="9",
            created_from="2024-01-01",
            created_on="2024-01-02",
            created_to="2024-01-03",
            delete_flag="N",
            full_document="Y",
            limit=1,
            offset=0,
            order_by="o|ASC",
        ),
        (M.OrderDocument, M.OrderHeader, M.OrderHeaderWithLines),
        is_list=True,
        query={
            "q": "q",
            "addressId": "5",
            "cancelFlag": "N",
            "contactId": "9",
            "createdFrom": "2024-01-01",
            "createdOn": "2024-01-02",
            "createdTo": "2024-01-03",
            "deleteFlag": "N",
            "fullDocument": "Y",
            "limit": "1",
            "offset": "0",
            "orderBy": "o|ASC",
        },
    ),
    Case(
        "get_customer_order",
        "client.customers.orders.get()",
        "/customer/42/orders/0077",
        lambda c: c.customers.orders.get(42, "0077"),
        M.OrderDocument,
    ),
    # quotes
    Case(
        "list_customer_quotes",
        "client.customers.quotes.list()",
        "/customer/42/quotes",
        lambda c: c.customers.quotes.list(
            42,
            address_id=1,
            contact_id="2",
            created_from="2024-01-01",
            created_on="2024-01-02",
            created_to="2024-01-03",
            limit=3,
            offset=4,
            order_by="o|ASC",
        ),
        M.OrderDocument,
        is_list=True,
        query={
            "addressId": "1",
            "contactId": "2",
            "createdFrom": "2024-01-01",
            "createdOn": "2024-01-02",
            "createdTo": "2024-01-03",
            "limit": "3",
            "offset": "4",
            "orderBy": "o|ASC",
        },
    ),
    Case(
        "get_customer_quote",
        "client.customers.quotes.get()",
        "/customer/42/quotes/5",
        lambda c: c.customers.quotes.get(42, 5),
        M.OrderDocument,
    ),
    # rmas
    Case(
        "list_customer_rmas",
        "client.customers.rmas.list()",
        "/customer/42/rmas",
        lambda c: c.customers.rmas.list(
            42,
            created_from="2024-01-01",
            created_on="2024-01-02",
            created_to="2024-01-03",
            limit=3,
            offset=4,
            order_by="o|ASC",
        ),
        M.OrderDocument,
        is_list=True,
        query={
            "createdFrom": "2024-01-01",
            "createdOn": "2024-01-02",
            "createdTo": "2024-01-03",
            "limit": "3",
            "offset": "4",
            "orderBy": "o|ASC",
        },
    ),
    Case(
        "get_customer_rma",
        "client.customers.rmas.get()",
        "/customer/42/rmas/6",
        lambda c: c.customers.rmas.get(42, 6),
        M.OrderDocument,
    ),
    # addresses
    Case(
        "list_customer_addresses",
        "client.customers.addresses.list()",
        "/customer/42/addresses",
        lambda c: c.customers.addresses.list(
            42, email_address="a@b.c", status_cd=(704,), limit=1, offset=2, order_by="o|ASC"
        ),
        M.CustomerAddress,
        is_list=True,
        query={
            "emailAddress": "a@b.c",
            "statusCd": "704",
            "limit": "1",
            "offset": "2",
            "orderBy": "o|ASC",
        },
    ),
    Case(
        "lookup_customer_addresses",
        "client.customers.addresses.lookup()",
        "/customer/42/address",
        lambda c: c.customers.addresses.lookup(42, "main", limit=1, offset=2),
        M.AddressLookupItem,
        is_list=True,
        query={"q": "main", "limit": "1", "offset": "2"},
    ),
    Case(
        "get_customer_address",
        "client.customers.addresses.get()",
        "/customer/42/addresses/8",
        lambda c: c.customers.addresses.get(42, 8),
        M.CustomerAddress,
    ),
    Case(
        "create_customer_address",
        "client.customers.addresses.create()",
        "/customer/42/addresses",
        lambda c: c.customers.addresses.create(42, M.CustomerAddressCreate(name="HQ")),
        M.CustomerAddress,
        body={"name": "HQ"},
    ),
    Case(
        "update_customer_address",
        "client.customers.addresses.update()",
        "/customer/42/addresses/8",
        lambda c: c.customers.addresses.update(42, 8, {"city": "Ghent"}),
        M.CustomerAddress,
        body={"city": "Ghent"},
    ),
    Case(
        "delete_customer_address",
        "client.customers.addresses.delete()",
        "/customer/42/addresses/8",
        lambda c: c.customers.addresses.delete(42, 8),
        M.CustomerAddress,
    ),
    # customer contacts
    Case(
        "list_customer_contacts",
        "client.customers.contacts.list()",
        "/customer/42/contacts",
        lambda c: c.customers.contacts.list(42, q="smith", limit=1, offset=2, order_by="o|ASC"),
        M.CustomerContact,
        is_list=True,
        query={"q": "smith", "limit": "1", "offset": "2", "orderBy": "o|ASC"},
    ),
    Case(
        "create_customer_contact",
        "client.customers.contacts.create()",
        "/customer/42/contacts",
        lambda c: c.customers.contacts.create(42, M.CustomerContactCreate(contact_links=[])),
        bool,
        body={"contactLinks": []},
    ),
    # ship-tos
    Case(
        "list_customer_ship_tos",
        "client.customers.ship_tos.list()",
        "/customer/42/ship-to",
        lambda c: c.customers.ship_tos.list(42, limit=1, offset=2, order_by="o|ASC"),
        M.ShipTo,
        is_list=True,
        query={"limit": "1", "offset": "2", "orderBy": "o|ASC"},
    ),
    Case(
        "lookup_customer_ship_tos",
        "client.customers.ship_tos.lookup()",
        "/customer/42/ship-to/lookup",
        lambda c: c.customers.ship_tos.lookup(42, "dock", limit=1, offset=2, order_by="o|ASC"),
        M.ShipToLookupItem,
        is_list=True,
        query={"q": "dock", "limit": "1", "offset": "2", "orderBy": "o|ASC"},
    ),
    Case(
        "create_customer_ship_to",
        "client.customers.ship_tos.create()",
        "/customer/42/ship-to",
        lambda c: c.customers.ship_tos.create(42, M.ShipToCreate(ship_to_address=[])),
        bool,
        body={"shipToAddress": []},
    ),
    Case(
        "get_customer_ship_to_freight_codes",
        "client.customers.ship_tos.freight_codes()",
        "/customer/42/ship-to/9/freight-codes",
        lambda c: c.customers.ship_tos.freight_codes(42, 9),
        M.FreightCode,
    ),
    # tags
    Case(
        "list_customer_tags",
        "client.customers.tags.list()",
        "/customer/42/tags",
        lambda c: c.customers.tags.list(42, status_cd=-1, limit=1, offset=2, order_by="o|ASC"),
        M.CustomerTag,
        is_list=True,
        query={"statusCd": "-1", "limit": "1", "offset": "2", "orderBy": "o|ASC"},
    ),
    Case(
        "get_customer_tag",
        "client.customers.tags.get()",
        "/customer/42/tags/3",
        lambda c: c.customers.tags.get(42, 3),
        M.CustomerTag,
    ),
    Case(
        "create_customer_tag",
        "client.customers.tags.create()",
        "/customer/42/tags",
        lambda c: c.customers.tags.create(42, M.CustomerTagCreate(tag="vip")),
        M.CustomerTag,
        body={"tag": "vip"},
    ),
    Case(
        "update_customer_tag",
        "client.customers.tags.update()",
        "/customer/42/tags/3",
        lambda c: c.customers.tags.update(42, 3, M.CustomerTagUpdate(tag="gold")),
        M.CustomerTag,
        body={"tag": "gold"},
    ),
    Case(
        "delete_customer_tag",
        "client.customers.tags.delete()",
        "/customer/42/tags/3",
        lambda c: c.customers.tags.delete(42, 3),
        M.CustomerTag,
    ),
    # reports
    Case(
        "get_customer_aging",
        "client.customers.aging.get()",
        "/customer/42/aging",
        lambda c: c.customers.aging.get(
            42, as_of="2024-06-30", ship_to_id=1, limit=1, offset=2, order_by="o|ASC"
        ),
        M.AgingReport,
        query={
            "asOf": "2024-06-30",
            "shipToId": "1",
            "limit": "1",
            "offset": "2",
            "orderBy": "o|ASC",
        },
    ),
    Case(
        "get_customer_sales_usage",
        "client.customers.sales_usage.get()",
        "/customer/42/sales-usage",
        lambda c: c.customers.sales_usage.get(
            42,
            q="q",
            invoiced_from="2024-01-01",
            invoiced_to="2024-01-02",
            ship_to_id=1,
            supplier_id=2,
            total_by="month",
            limit=3,
            offset=4,
            order_by="o|ASC",
        ),
        M.SalesUsageReport,
        query={
            "q": "q",
            "invoicedFrom": "2024-01-01",
            "invoicedTo": "2024-01-02",
            "shipToId": "1",
            "supplierId": "2",
            "totalBy": "month",
            "limit": "3",
            "offset": "4",
            "orderBy": "o|ASC",
        },
    ),
    Case(
        "list_customer_purchased_items",
        "client.customers.purchased_items.list()",
        "/customer/42/purchased-items",
        lambda c: c.customers.purchased_items.list(42, limit=1, offset=2, order_by="o|ASC"),
        M.PurchasedItem,
        is_list=True,
        query={"limit": "1", "offset": "2", "orderBy": "o|ASC"},
    ),
    # contacts by id
    Case(
        "get_contact",
        "client.contacts.get()",
        "/contacts/12/doc",
        lambda c: c.contacts.get("12"),
        M.Contact,
    ),
    Case(
        "list_contact_customers",
        "client.contacts.customers()",
        "/contacts/12/customers",
        lambda c: c.contacts.customers(
            12, q="a", class_5_id="B", limit=1, offset=2, order_by="o|ASC"
        ),
        M.Customer,
        is_list=True,
        query={"q": "a", "class5Id": "B", "limit": "1", "offset": "2", "orderBy": "o|ASC"},
    ),
    Case(
        "get_contact_web_allowance",
        "client.contacts.web_allowance()",
        "/contacts/12/web-allowance",
        lambda c: c.contacts.web_allowance(12),
        M.WebAllowance,
    ),
    Case(
        "get_contact_user_defined_fields",
        "client.contacts.user_defined_fields()",
        "/contacts-ud/12",
        lambda c: c.contacts.user_defined_fields(12),
        M.ContactUserDefinedFields,
    ),
    Case(
        "refresh_contacts",
        "client.contacts.refresh()",
        "/contacts/refresh",
        lambda c: c.contacts.refresh(),
        object,
    ),
    Case(
        "refresh_oe_contacts_customer",
        "client.contacts.refresh_oe_contacts_customer()",
        "/oe-contacts-customer/refresh",
        lambda c: c.contacts.refresh_oe_contacts_customer(),
        object,
    ),
    Case(
        "refresh_ship_tos",
        "client.ship_tos.refresh()",
        "/ship-to/refresh",
        lambda c: c.ship_tos.refresh(),
        object,
    ),
]


def test_every_aliased_operation_has_one_case() -> None:
    from codegen import wrappers

    ops = [c.op for c in CASES]
    assert len(ops) == len(set(ops)) and len({c.alias for c in CASES}) == len(CASES)
    spec_ops = operations()  # operationId -> (METHOD, path)
    assert set(ops) <= set(spec_ops)  # a case whose operation left the spec: a breaking change
    aliased = wrappers.load_table()["operations"]
    named = {op_id for op_id, (m, path) in spec_ops.items() if f"{m} {path}" in aliased}
    assert named <= set(ops)


def _argument(param: inspect.Parameter, op: dict[str, Any], key: str) -> Any:
    """A valid value for a required friendly parameter, from its annotation or its schema."""
    text = str(param.annotation)
    if param.name == "body" or "Mapping[str, Any]" in text:
        schema = op["requestBody"]["content"]["application/json"]["schema"]
        return sample(schema)
    literal = re.search(r"Literal\[(['\"])(.*?)\1", text)
    if literal:
        return literal[2]
    if text.startswith(("PathId", "int")):
        return 7
    return "x"


OPERATION_KEYS = sorted(spec_operations())


@pytest.mark.parametrize("key", OPERATION_KEYS)
async def test_every_operation_answers_through_its_friendly_name(
    key: str, client: CustomersClient, api: respx.MockRouter
) -> None:
    from codegen import wrappers

    method, template = key.split(" ", 1)
    op = spec_operations()[key]
    name, _ = wrappers.naming(factory_spec(), wrappers.load_table())[key]
    friendly = _resolve_name(client, name)
    args = [
        _argument(p, op, key)
        for p in inspect.signature(friendly).parameters.values()
        if p.default is inspect.Parameter.empty and p.kind is not p.KEYWORD_ONLY
    ]
    kwargs = {
        p.name: _argument(p, op, key)
        for p in inspect.signature(friendly).parameters.values()
        if p.default is inspect.Parameter.empty and p.kind is p.KEYWORD_ONLY
    }
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    body = sample(schema)  # a union: its first option
    enveloped = "$ref" in schema and isinstance(body, dict) and {"data", "total"} <= body.keys()
    if enveloped:
        body = envelope(op["operationId"], total=5)
    path = re.sub(r"{\w+}", "7", template)
    route = api.route(method=method, path=path).respond(200, json=body)
    resp = await friendly.with_response(*args, **kwargs)
    assert route.call_count == 1 and resp.status_code == 200
    if enveloped:
        assert resp.total == 5
    else:  # returned whole: the decoded body, and no envelope fields
        with pytest.raises(AttributeError):
            resp.total  # noqa: B018
        assert resp.data is not None or body is None


@pytest.mark.parametrize("case", CASES, ids=repr)
async def test_alias(case: Case, client: CustomersClient, api: respx.MockRouter) -> None:
    method, template = operations()[case.op]
    route = api.route(method=method, path=case.path).respond(200, json=envelope(case.op))

    result = await case.call(client)

    assert route.call_count == 1
    request = route.calls.last.request
    assert request.method == method
    assert request.url.path == case.path
    assert dict(request.url.params) == case.query
    assert request.headers["x-site-id"] == SITE_ID
    if template in ("/health-check", "/ping"):
        assert "authorization" not in request.headers
    else:
        assert request.headers["authorization"] == f"Bearer {TOKEN}"
    if case.body is not None:
        assert json.loads(request.content) == case.body
    else:
        assert request.content == b""
    if case.is_list:
        assert isinstance(result, list) and result
        assert all(isinstance(item, case.result) for item in result)
    else:
        assert isinstance(result, case.result)


@pytest.mark.parametrize("case", CASES, ids=repr)
async def test_alias_with_response(
    case: Case, client: CustomersClient, api: respx.MockRouter
) -> None:
    method, _ = operations()[case.op]
    api.route(method=method, path=case.path).respond(
        200, json=envelope(case.op, total=99, message="fine"), headers={"x-request-id": "r1"}
    )
    resp = await _call_with_response(case, client)
    assert isinstance(resp, APIResponse)
    assert resp.status_code == 200
    assert resp.total == 99
    assert resp.message == "fine"
    assert resp.attempts == 1
    assert resp.headers["x-request-id"] == "r1"
    assert api.calls.last.request.url.path == case.path  # the filled path was sent...
    template = operations()[case.op][1]
    assert resp.http_response.request.url.path == template  # ...the user is handed the template


async def _call_with_response(case: Case, client: CustomersClient) -> Any:
    """Call the case's endpoint through `.with_response` with the same arguments."""

    class WithResponse:
        """Proxy resolving `x.y.z(...)` to `x.y.z.with_response(...)`."""

        def __init__(self, obj: Any) -> None:
            self._obj = obj

        def __getattr__(self, name: str) -> Any:
            attr = getattr(self._obj, name)
            if hasattr(attr, "with_response"):
                return attr.with_response
            if isinstance(attr, Resource):
                return WithResponse(attr)
            return attr

    return await case.call(WithResponse(client))  # type: ignore[arg-type]


async def test_bound_endpoint_is_cached_and_documented(client: CustomersClient) -> None:
    first = client.customers.invoices.list
    assert client.customers.invoices.list is first
    assert "GET /customer/{customerId}/invoices" in (first.__doc__ or "")
    assert repr(first) == "<endpoint Invoices.list>"


# -- the rendered surface: parity with the generated layer, bodies, fixed value sets ----------


def _generated_functions() -> dict[str, Any]:
    """ "METHOD /path" -> the generated asyncio_detailed, for every generated endpoint module."""
    import importlib
    import pkgutil

    from customers_api._generated import api as gen_api

    out = {}
    for info in pkgutil.walk_packages(gen_api.__path__, gen_api.__name__ + "."):
        module = importlib.import_module(info.name)
        if hasattr(module, "METHOD") and hasattr(module, "PATH"):
            out[f"{module.METHOD} {module.PATH}"] = module.asyncio_detailed
    return out


def spec_operations() -> dict[str, dict[str, Any]]:
    """ "METHOD /path" -> operation, of the spec as the SDK reads it."""
    from codegen import wrappers

    return wrappers.spec_operations(factory_spec())


def _resolve_name(client: CustomersClient, name: str) -> Any:
    obj: Any = client
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


def test_every_endpoint_friendly_parameters_are_the_generated_plus_options(
    client: CustomersClient,
) -> None:
    """Each friendly method takes exactly its generated function's parameters (renamed where
    the alias table says so) plus the documented per-call options."""
    from codegen import friendly_params, wrappers

    spec = json.loads((Path(__file__).parents[1] / "openapi.json").read_text())
    table = wrappers.load_table()
    spec_ops = wrappers.spec_operations(spec)
    generated = _generated_functions()
    names = wrappers.naming(spec, table)
    assert set(names) == set(spec_ops) == set(generated)  # nothing in the spec is unreachable
    for key, (name, _) in names.items():
        rename = (table["operations"].get(key) or {}).get("rename") or {}
        gen = [
            p
            for p in inspect.signature(generated[key]).parameters
            if p not in ("client", "extensions")
        ]
        options = {"timeout", "max_retries"}
        if "edgeCache" in (spec_ops[key].get("description") or ""):
            options.add("edge_cache")
        if not key.startswith("GET "):
            options.add("retry_writes")
        friendly = _resolve_name(client, name)
        sig = inspect.signature(friendly)
        assert "Unset" not in str(sig), key  # None means "not given" in the friendly layer
        params = set(sig.parameters)
        # a name the SDK or Python reserves, or one taken, gets underscores (codegen/friendly_params)
        taken: set[str] = set()
        for p in gen:
            taken.add(friendly_params.free(rename.get(p, friendly_params.natural(p)), taken))
        assert params == taken | options, key
        assert all(n.rstrip("_") for n in taken), key
        if hasattr(friendly, "iter"):
            assert set(inspect.signature(friendly.iter).parameters) == params - {"limit", "offset"}


def test_readme_alias_table_is_the_alias_file() -> None:
    from codegen import wrappers

    root = Path(__file__).parents[1]
    if not (root / "README.md").exists():
        pytest.skip("no README.md in this tree (a partial copy)")
    spec = json.loads((root / "openapi.json").read_text())
    stale = "README's endpoint table is stale: `make regen-local` rewrites it from aliases.yaml"
    assert wrappers.readme_table(spec) in (root / "README.md").read_text(), stale


async def test_body_takes_snake_or_camel_keys(
    client: CustomersClient, api: respx.MockRouter
) -> None:
    route = api.post("/customer/100001/addresses").respond(
        200, json=envelope("create_customer_address")
    )
    await client.customers.addresses.create(100001, {"name": "HQ", "postal_code": "12345"})
    sent = json.loads(route.calls.last.request.content)
    assert sent == {"name": "HQ", "postalCode": "12345"}  # nothing dropped, nothing unread
    await client.customers.addresses.create(100001, {"name": "HQ", "postalCode": "9"})
    assert json.loads(route.calls.last.request.content) == {"name": "HQ", "postalCode": "9"}
    model = models.CustomerAddressCreate(name="X", postal_code="1")
    await client.customers.addresses.create(100001, model)
    assert json.loads(route.calls.last.request.content) == {"name": "X", "postalCode": "1"}


@pytest.mark.parametrize(
    ("body", "named", "closest"),
    [
        ({"name": "HQ", "postcode": "1"}, "postcode", "postal"),
        ({"nmae": "HQ"}, "nmae", "name"),
        ({"Postal_Code": "1"}, "Postal_Code", "postal"),
    ],
)
async def test_body_unknown_key_is_refused_before_sending(
    client: CustomersClient, api: respx.MockRouter, body: dict[str, Any], named: str, closest: str
) -> None:
    route = api.post("/customer/100001/addresses").respond(
        200, json=envelope("create_customer_address")
    )
    with pytest.raises(ValueError, match=rf"no field '{named}'; did you mean '{closest}") as info:
        await client.customers.addresses.create(100001, body)
    assert "CustomerAddressCreate" in str(info.value)
    assert not route.called


async def test_body_key_given_twice_is_refused(
    client: CustomersClient, api: respx.MockRouter
) -> None:
    route = api.post("/customer/42/tags").respond(200, json=envelope("create_customer_tag"))
    with pytest.raises(ValueError, match="given twice: as 'status_cd' and 'statusCd'"):
        await client.customers.tags.create(42, {"tag": "a", "status_cd": 704, "statusCd": 705})
    assert not route.called


@pytest.mark.parametrize(("value", "sent"), [(True, "Y"), (False, "N"), ("Y", "Y"), ("N", "N")])
async def test_yes_no_flag_takes_y_n_or_a_bool(
    client: CustomersClient, api: respx.MockRouter, value: Any, sent: str
) -> None:
    route = api.get("/customer/42/invoices").respond(200, json=envelope("list_customer_invoices"))
    await client.customers.invoices.list(42, paid_in_full=value)
    assert route.calls.last.request.url.params["paidInFull"] == sent


@pytest.mark.parametrize("value", ["n", "false", "no", "", "YES", 1, 0])
async def test_yes_no_flag_refuses_anything_else_before_sending(
    client: CustomersClient, api: respx.MockRouter, value: Any
) -> None:
    route = api.get("/customer/42/invoices").respond(200, json=envelope("list_customer_invoices"))
    with pytest.raises(ValueError, match=r"paid_in_full must be one of 'Y', 'N' or a bool"):
        await client.customers.invoices.list(42, paid_in_full=value)
    assert not route.called


@pytest.mark.parametrize(
    ("call", "bad"),
    [
        (lambda c, v: c.customers.orders.list(42, cancel_flag=v), "cancel_flag"),
        (lambda c, v: c.customers.orders.list(42, full_document=v), "full_document"),
        (lambda c, v: c.customers.list(delete_flag=v), "delete_flag"),
        (lambda c, v: c.customers.sales_usage.get(42, total_by=v), "total_by"),
    ],
)
async def test_every_fixed_value_set_is_checked(
    client: CustomersClient, api: respx.MockRouter, call: Any, bad: str
) -> None:
    api.route().respond(500)
    with pytest.raises(ValueError, match=rf"^{bad} must be one of"):
        await call(client, "maybe")
    assert not api.calls


async def test_list_returns_a_page_that_knows_it_is_partial(
    client: CustomersClient, api: respx.MockRouter
) -> None:
    """`lookup("Great Lakes")`: 10 of 17 -- the page says so and fetches the rest."""

    def page(request: Any) -> Any:
        import httpx

        offset = int(request.url.params.get("offset", "0"))
        limit = int(request.url.params.get("limit", "10"))
        rows = [
            {"customerId": n, "customerName": f"c{n}"}
            for n in range(offset, min(17, offset + limit))
        ]
        return httpx.Response(200, json={**envelope("lookup_customers"), "data": rows, "total": 17})

    api.get("/customer/lookup").mock(side_effect=page)
    first = await client.customers.lookup("Great Lakes")
    assert isinstance(first, list) and len(first) == 10
    assert (first.total, first.offset, first.has_more) == (17, 0, True)
    second = await first.next_page()
    assert [c.customer_id for c in second] == list(range(10, 17))
    assert (second.offset, second.has_more) == (10, False)
    assert api.calls.last.request.url.params["q"] == "Great Lakes"
    from customers_api import PaginationError

    with pytest.raises(PaginationError):
        await second.next_page()
    sized = await client.customers.lookup("Great Lakes", limit=5, offset=5)
    assert (sized.limit, sized.offset, len(sized), sized.has_more) == (5, 5, 5, True)
