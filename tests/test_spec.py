"""The committed spec snapshot: valid, complete, normalized; read as the SDK reads it.

Every check but the two about the committed file's text runs twice: on `openapi.json` and on
the same API written as OpenAPI 3.0.3 (`nullable: true`), both through the one reader the
tests use (`tests/spec_samples.read_spec`: 3.0 upgraded to 3.1, the overlay applied).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from codegen.spec import downgrade_to_30, dump_spec, upgrade_to_31, validate_spec
from tests.spec_samples import load_spec, read_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC_TEXT = (ROOT / "openapi.json").read_text()
RAW: dict[str, Any] = json.loads(SPEC_TEXT)  # as pulled: 3.0 or 3.1
RAW_31 = upgrade_to_31(RAW)
VERSIONS = {"3.1 as committed": RAW_31, "3.0.3 equivalent": downgrade_to_30(RAW_31)}
READ = {name: read_spec(raw) for name, raw in VERSIONS.items()}
SPEC = READ["3.1 as committed"]


@pytest.fixture(params=sorted(READ))
def spec(request: pytest.FixtureRequest) -> dict[str, Any]:
    return READ[request.param]


def ops(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
    ]


OPS = ops(SPEC)


def resolve(schema: dict[str, Any], spec: dict[str, Any] = SPEC) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


@pytest.mark.parametrize("version", sorted(VERSIONS))
def test_spec_validates(version: str) -> None:
    validate_spec(VERSIONS[version], version)
    assert SPEC["servers"] == [{"url": "https://customers.augur-api.com"}]


def test_the_3_0_and_3_1_spellings_read_the_same() -> None:
    as_30 = VERSIONS["3.0.3 equivalent"]
    assert as_30["openapi"] == "3.0.3"
    text = json.dumps(as_30)
    assert '"nullable": true' in text and '"null"' not in text  # really the 3.0 spelling
    assert upgrade_to_31(as_30) == RAW_31  # lossless for this API
    assert READ["3.0.3 equivalent"] == READ["3.1 as committed"] == load_spec()


def test_spec_is_normalized() -> None:
    assert dump_spec(RAW) == SPEC_TEXT


def test_unique_operation_ids_one_tag_each_and_the_service_endpoints(
    spec: dict[str, Any],
) -> None:
    ids = [op["operationId"] for _, _, op in ops(spec)]
    assert ids and len(set(ids)) == len(ids)
    for _, _, op in ops(spec):
        assert len(op["tags"]) == 1
    for path in ("/contacts/refresh", "/oe-contacts-customer/refresh", "/ship-to/refresh"):
        assert "get" in spec["paths"][path]
    for path in ("/health-check", "/ping", "/whoami"):
        assert "get" in spec["paths"][path]


@pytest.mark.parametrize(("method", "path", "op"), OPS, ids=[f"{m} {p}" for m, p, _ in OPS])
def test_every_operation_has_a_typed_body_and_every_envelope_a_typed_data(
    spec: dict[str, Any], method: str, path: str, op: dict[str, Any]
) -> None:
    """The API wraps its answers in the envelope; a body without it (an object, an array, a
    union) is returned whole by the SDK, and has to say what it is."""
    op = spec["paths"][path][method.lower()]
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    envelope = resolve(schema, spec)
    parts = envelope.get("allOf", [])
    if not any(p.get("$ref", "").endswith("/EnvelopeMeta") for p in parts):
        assert envelope.get("type") or envelope.get("anyOf") or envelope.get("oneOf"), schema
        return
    meta, data_part = parts
    assert resolve(meta, spec)["required"] == [
        "count", "message", "options", "params", "status", "total", "totalResults"
    ]  # fmt: skip
    data = data_part["properties"]["data"]
    if path.endswith("/refresh"):
        assert "not published" in data["description"]  # the facts publish no shape
    else:
        assert data.get("$ref") or data.get("type") or data.get("anyOf"), data


@pytest.mark.parametrize(("method", "path", "op"), OPS, ids=[f"{m} {p}" for m, p, _ in OPS])
def test_path_parameters_carry_the_digits_pattern(
    spec: dict[str, Any], method: str, path: str, op: dict[str, Any]
) -> None:
    for param in spec["paths"][path][method.lower()].get("parameters", []):
        if param["in"] == "path":
            assert param["required"] is True
            assert param["schema"]["pattern"] == r"^\d+$"


def test_status_cd_is_an_integer_or_a_comma_joined_list(spec: dict[str, Any]) -> None:
    (param,) = [
        p for p in spec["paths"]["/customer"]["get"]["parameters"] if p["name"] == "statusCd"
    ]
    assert param["schema"]["anyOf"] == [
        {"type": "integer"},
        {"type": "array", "items": {"type": "integer"}},
    ]
    assert (param["style"], param["explode"]) == ("form", False)


def test_security_bearer_everywhere_but_health_check_and_ping(spec: dict[str, Any]) -> None:
    assert spec["security"] == [{"bearerAuth": [], "siteId": []}]
    assert spec["paths"]["/health-check"]["get"]["security"] == [{"siteId": []}]
    assert spec["paths"]["/ping"]["get"]["security"] == []
    others = [op for m, p, op in ops(spec) if p not in ("/health-check", "/ping")]
    assert all("security" not in op for op in others)
    assert all("401" in op["responses"] for op in others)


def test_errors_share_one_error_schema(spec: dict[str, Any]) -> None:
    for _, _, op in ops(spec):
        for code, response in op["responses"].items():
            if code == "200":
                continue
            if "$ref" in response:
                name = response["$ref"].rsplit("/", 1)[-1]
                response = spec["components"]["responses"][name]
            assert response["content"]["application/json"]["schema"] == {
                "$ref": "#/components/schemas/Error"
            }
    error = spec["components"]["schemas"]["Error"]
    assert error["required"] == ["message"]
    assert set(error["properties"]) == {"message", "code", "requestId"}


def test_order_list_is_a_union_of_three_shapes_most_specific_first(spec: dict[str, Any]) -> None:
    env = spec["components"]["schemas"]["ListCustomerOrdersResponse"]
    items = env["allOf"][1]["properties"]["data"]["items"]["anyOf"]
    names = [i["$ref"].rsplit("/", 1)[-1] for i in items]
    assert names == ["OrderHeaderWithLines", "OrderHeader", "OrderDocument"]


def test_shared_shapes_are_one_component(spec: dict[str, Any]) -> None:
    # quotes, RMAs and orders share the order document; invoice list and get share Invoice
    env = spec["components"]["schemas"]
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


def test_nullability_and_max_length_read_the_same_in_either_version(spec: dict[str, Any]) -> None:
    invoice = spec["components"]["schemas"]["Invoice"]["properties"]
    assert invoice["invoiceNo"]["type"] == "string" and invoice["invoiceNo"]["maxLength"] == 10
    assert invoice["poNo"]["type"] == ["string", "null"] and invoice["poNo"]["maxLength"] == 255
    ship_to = spec["components"]["schemas"]["ShipTo"]["properties"]
    assert {"type": "null"} in ship_to["address"]["anyOf"]
