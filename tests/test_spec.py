"""The committed spec snapshot: valid, complete, normalized, faithful to the facts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from codegen.from_facts import OPERATIONS, Builder
from codegen.spec import dump_spec, validate_spec

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT.parent / "shared" / "reference" / "customers-api-facts.json"
SPEC_TEXT = (ROOT / "openapi.json").read_text()
SPEC: dict[str, Any] = json.loads(SPEC_TEXT)
OPS = [
    (method.upper(), path, op)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
]


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def test_spec_validates() -> None:
    validate_spec(SPEC, "openapi.json")
    assert SPEC["openapi"] == "3.1.0"
    assert SPEC["servers"] == [{"url": "https://customers.augur-api.com"}]


def test_spec_is_normalized() -> None:
    assert dump_spec(SPEC) == SPEC_TEXT


def test_all_41_endpoints_with_unique_operation_ids_and_one_tag() -> None:
    assert len(OPS) == 41
    ids = [op["operationId"] for _, _, op in OPS]
    assert len(set(ids)) == 41
    for _, _, op in OPS:
        assert len(op["tags"]) == 1
    for path in ("/contacts/refresh", "/oe-contacts-customer/refresh", "/ship-to/refresh"):
        assert "get" in SPEC["paths"][path]
    for path in ("/health-check", "/ping", "/whoami"):
        assert "get" in SPEC["paths"][path]


@pytest.mark.parametrize(("method", "path", "op"), OPS, ids=[f"{m} {p}" for m, p, _ in OPS])
def test_every_operation_has_a_typed_envelope(method: str, path: str, op: dict[str, Any]) -> None:
    envelope = resolve(op["responses"]["200"]["content"]["application/json"]["schema"])
    meta, data_part = envelope["allOf"]
    assert resolve(meta)["required"] == [
        "count", "message", "options", "params", "status", "total", "totalResults"
    ]  # fmt: skip
    data = data_part["properties"]["data"]
    if path.endswith("/refresh"):
        assert "not published" in data["description"]  # the facts publish no shape
    else:
        assert data.get("$ref") or data.get("type") or data.get("anyOf"), data


@pytest.mark.parametrize(("method", "path", "op"), OPS, ids=[f"{m} {p}" for m, p, _ in OPS])
def test_path_parameters_carry_the_digits_pattern(method: str, path: str, op: dict) -> None:
    for param in op.get("parameters", []):
        if param["in"] == "path":
            assert param["required"] is True
            assert param["schema"]["pattern"] == r"^\d+$"


def test_status_cd_is_an_integer_or_a_comma_joined_list() -> None:
    (param,) = [
        p for p in SPEC["paths"]["/customer"]["get"]["parameters"] if p["name"] == "statusCd"
    ]
    assert param["schema"]["anyOf"] == [
        {"type": "integer"},
        {"type": "array", "items": {"type": "integer"}},
    ]
    assert (param["style"], param["explode"]) == ("form", False)


def test_security_bearer_everywhere_but_health_check_and_ping() -> None:
    assert SPEC["security"] == [{"bearerAuth": [], "siteId": []}]
    assert SPEC["paths"]["/health-check"]["get"]["security"] == [{"siteId": []}]
    assert SPEC["paths"]["/ping"]["get"]["security"] == []
    others = [op for m, p, op in OPS if p not in ("/health-check", "/ping")]
    assert all("security" not in op for op in others)
    assert all("401" in op["responses"] for op in others)


def test_errors_share_one_error_schema() -> None:
    for _, _, op in OPS:
        for code, response in op["responses"].items():
            if code == "200":
                continue
            if "$ref" in response:
                name = response["$ref"].rsplit("/", 1)[-1]
                response = SPEC["components"]["responses"][name]
            assert response["content"]["application/json"]["schema"] == {
                "$ref": "#/components/schemas/Error"
            }
    error = SPEC["components"]["schemas"]["Error"]
    assert error["required"] == ["message"]
    assert set(error["properties"]) == {"message", "code", "requestId"}


def test_order_list_is_a_union_of_three_shapes_most_specific_first() -> None:
    env = SPEC["components"]["schemas"]["ListCustomerOrdersResponse"]
    items = env["allOf"][1]["properties"]["data"]["items"]["anyOf"]
    names = [i["$ref"].rsplit("/", 1)[-1] for i in items]
    assert names == ["OrderHeaderWithLines", "OrderHeader", "OrderDocument"]


def test_shared_shapes_are_one_component() -> None:
    # quotes, RMAs and orders share the order document; invoice list and get share Invoice
    env = SPEC["components"]["schemas"]
    refs = {
        name: env[name]["allOf"][1]["properties"]["data"]
        for name in (
            "GetCustomerQuoteResponse",
            "GetCustomerRmaResponse",
            "GetCustomerOrderResponse",
        )
    }
    assert {json.dumps(r) for r in refs.values()} == {
        '{"$ref": "#/components/schemas/OrderDocument"}'
    }


def test_nullable_and_max_length_follow_the_facts() -> None:
    invoice = SPEC["components"]["schemas"]["Invoice"]["properties"]
    assert invoice["invoiceNo"]["type"] == "string" and invoice["invoiceNo"]["maxLength"] == 10
    assert invoice["poNo"]["type"] == ["string", "null"] and invoice["poNo"]["maxLength"] == 255
    ship_to = SPEC["components"]["schemas"]["ShipTo"]["properties"]
    assert {"type": "null"} in ship_to["address"]["anyOf"]


def test_operations_table_covers_every_operation() -> None:
    assert {(m, p) for m, p, _ in OPS} == set(OPERATIONS)


@pytest.mark.skipif(not FACTS.exists(), reason="the shared facts are not beside this checkout")
def test_snapshot_is_rebuilt_from_the_facts() -> None:
    facts = json.loads(FACTS.read_text())
    assert dump_spec(Builder(facts).build()) == SPEC_TEXT
