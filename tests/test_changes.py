"""codegen/changes.py: a table of `openapi.json` mutations, each with its classification.

Every row mutates the committed spec as codegen compares it (the overlay applied, as 3.1),
optionally after a `before` mutation applied to both sides that sets the state the row
starts from (so a later spec that already changed the same place does not void the row),
and lists the changes the summary must give, exactly: whether each breaks the SDK's users
and what changed where, with one SDK call it must name (the calls of a shared component
grow with the spec, so only one is pinned).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from codegen.changes import Change, render, summarize
from codegen.overlay import effective_spec
from codegen.spec import downgrade_to_30

ROOT = Path(__file__).resolve().parent.parent
SPEC: dict[str, Any] = effective_spec(json.loads((ROOT / "openapi.json").read_text()))[0]
Spec = dict[str, Any]
B, N = True, False  # breaking, not breaking

TAGS = "/customer/{customerId}/tags"
TAG = "/customer/{customerId}/tags/{customerTagsUid}"
INVOICES = "/customer/{customerId}/invoices"
NOTES = "/customer/{customerId}/test-notes"  # an operation no real spec has
Expected = tuple[bool, str, str | None]  # breaking, text, one call it names (None: no call)


def schemas(spec: Spec) -> dict[str, Any]:
    return spec["components"]["schemas"]  # type: ignore[no-any-return]


def op(spec: Spec, path: str, method: str = "get") -> dict[str, Any]:
    return spec["paths"][path][method]  # type: ignore[no-any-return]


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def param(spec: Spec, path: str, name: str, method: str = "get") -> dict[str, Any]:
    return next(p for p in op(spec, path, method)["parameters"] if p["name"] == name)


def body_schema(spec: Spec, path: str, method: str, status: str = "200") -> dict[str, Any]:
    return op(spec, path, method)["responses"][status]["content"]["application/json"]  # type: ignore[no-any-return]


@dataclass
class Row:
    name: str
    mutate: Callable[[Spec], Any]
    expected: list[Expected]
    before: Callable[[Spec], Any] | None = None

    def __repr__(self) -> str:
        return self.name


def _notes(spec: Spec, operation_id: str = "list_test_notes") -> None:
    new = copy.deepcopy(op(spec, TAGS))
    new.update(operationId=operation_id, tags=["test_notes"])
    spec["paths"][NOTES] = {"get": new}


def _tag_create_category(required: bool) -> Callable[[Spec], None]:
    def mutate(spec: Spec) -> None:
        create = schemas(spec)["CustomerTagCreate"]
        create["properties"]["xTestCategory"] = {"type": "string"}
        if required:
            create.setdefault("required", []).append("xTestCategory")

    return mutate


def _tag_200(spec: Spec) -> None:
    """`GET` one tag answers 200 with its envelope (the state the body rows start from)."""
    op(spec, TAG)["responses"]["200"] = {
        "description": "ok",
        "content": {"application/json": {"schema": ref("GetCustomerTagResponse")}},
    }


def _tag_200_one_of(spec: Spec) -> None:
    _tag_200(spec)
    body_schema(spec, TAG, "get").update(
        schema={"oneOf": [ref("GetCustomerTagResponse"), ref("HealthCheck")]}
    )


def _drop_notes(spec: Spec) -> None:
    del spec["paths"][NOTES]


def _enum_param(values: list[str]) -> Callable[[Spec], None]:
    def mutate(spec: Spec) -> None:
        param(spec, INVOICES, "paidInFull")["schema"]["enum"] = values

    return mutate


def _move_param(spec: Spec) -> None:
    param(spec, INVOICES, "q")["in"] = "header"


def _rename_200(spec: Spec) -> None:
    responses = op(spec, TAG)["responses"]
    responses["201"] = responses.pop("200")


def _empty_200(spec: Spec) -> None:
    del op(spec, TAG)["responses"]["200"]["content"]


def _content_type(spec: Spec, path: str, method: str, old: str, new: str) -> None:
    content = op(spec, path, method)["responses"]["200"]["content"]
    content[new] = content.pop(old)


def _request_content_type(spec: Spec) -> None:
    content = op(spec, TAGS, "post")["requestBody"]["content"]
    content["application/x-www-form-urlencoded"] = content.pop("application/json")


def _legacy(spec: Spec) -> None:
    schemas(spec)["Legacy"] = {"type": "object", "properties": {"x": {"type": "string"}}}


ROWS = [
    Row("the same API as 3.0.3", downgrade_to_30, []),
    Row(
        "operation removed",
        _drop_notes,
        [(B, f"operation removed: GET {NOTES}", "client.test_notes.list_test_notes")],
        before=_notes,
    ),
    Row(
        "operation added",
        _notes,
        [(N, f"operation added: GET {NOTES}", "client.test_notes.list_test_notes")],
    ),
    Row(
        "an unaliased operation renamed in the SDK",
        lambda s: _notes(s, "get_notes"),
        [(B, f"SDK call renamed: `client.test_notes.list_test_notes` -> `client.test_notes.get_notes` (GET {NOTES})", None)],
        before=_notes,
    ),
    Row(
        "200 body swapped to another component",
        lambda s: body_schema(s, TAG, "get").update(schema=ref("GetCustomerResponse")),
        [(B, "response schema swapped: 200 response body (GetCustomerTagResponse -> GetCustomerResponse)", "client.customers.tags.get")],
        before=_tag_200,
    ),
    Row(
        "200 body becomes a oneOf",
        lambda s: body_schema(s, TAG, "get").update(
            schema={"oneOf": [ref("GetCustomerTagResponse"), ref("HealthCheck")]}
        ),
        [(B, "response became oneOf: 200 response body (GetCustomerTagResponse -> GetCustomerTagResponse | HealthCheck)", "client.customers.tags.get")],
        before=_tag_200,
    ),
    Row(
        "a oneOf body gains an option",
        lambda s: body_schema(s, TAG, "get")["schema"]["oneOf"].append(ref("PingResponse")),
        [(B, "response oneOf options added: 200 response body (PingResponse)", "client.customers.tags.get")],
        before=_tag_200_one_of,
    ),
    Row(
        "list items swapped to another component",
        lambda s: schemas(s)["ListCustomerTagsResponse"]["allOf"][1]["properties"]["data"].update(items=ref("Customer")),
        [(B, "response schema swapped: ListCustomerTagsResponse.data[] (CustomerTag -> Customer)", "client.customers.tags.list")],
    ),
    Row(
        "request body swapped to another component",
        lambda s: op(s, TAGS, "post")["requestBody"]["content"]["application/json"].update(schema=ref("CustomerTagUpdate")),
        [(B, "request schema swapped: request body (CustomerTagCreate -> CustomerTagUpdate)", "client.customers.tags.create")],
    ),
    Row(
        "new required request field",
        _tag_create_category(required=True),
        [(B, "new required request field: CustomerTagCreate.xTestCategory", "client.customers.tags.create")],
    ),
    Row(
        "new optional request field",
        _tag_create_category(required=False),
        [(N, "request field added: CustomerTagCreate.xTestCategory", "client.customers.tags.create")],
    ),
    Row(
        "request field made required",
        lambda s: schemas(s)["CustomerTagCreate"]["required"].append("statusCd"),
        [(B, "request field became required: CustomerTagCreate.statusCd", "client.customers.tags.create")],
    ),
    Row(
        "request field made non-nullable",
        lambda s: schemas(s)["CustomerTagCreate"]["properties"]["statusCd"].update(type="integer"),
        [(B, "request no longer nullable: CustomerTagCreate.statusCd", "client.customers.tags.create")],
    ),
    Row(
        "request field type narrowed",
        lambda s: schemas(s)["CustomerTagCreate"]["properties"]["tag"].update(type="integer"),
        [(B, "request type changed: CustomerTagCreate.tag (string -> integer)", "client.customers.tags.create")],
    ),
    Row(
        "request field widened (number)",
        lambda s: schemas(s)["CustomerTagCreate"]["properties"]["statusCd"].update(type=["number", "null"]),
        [(N, "request type widened: CustomerTagCreate.statusCd (integer -> number)", "client.customers.tags.create")],
    ),
    Row(
        "response field widened integer -> number",
        lambda s: schemas(s)["CustomerTag"]["properties"]["customerTagsUid"].update(type="number"),
        [(B, "response type widened: CustomerTag.customerTagsUid (integer -> number)", "client.customers.tags.list")],
    ),
    Row(
        "response field narrowed number -> integer",
        lambda s: schemas(s)["Invoice"]["properties"]["totalAmount"].update(type="integer"),
        [(N, "response type narrowed: Invoice.totalAmount (number -> integer)", "client.customers.invoices.get")],
    ),
    Row(
        "response field made nullable",
        lambda s: schemas(s)["Invoice"]["properties"]["invoiceNo"].update(type=["string", "null"]),
        [(B, "response became nullable: Invoice.invoiceNo", "client.customers.invoices.get")],
    ),
    Row(
        "response field no longer nullable",
        lambda s: schemas(s)["Invoice"]["properties"]["poNo"].update(type="string"),
        [(N, "response no longer nullable: Invoice.poNo", "client.customers.invoices.get")],
    ),
    Row(
        "response field made optional",
        lambda s: schemas(s)["CustomerTag"]["required"].remove("tag"),
        [(B, "response field became optional: CustomerTag.tag", "client.customers.tags.list")],
    ),
    Row(
        "response field removed",
        lambda s: (
            schemas(s)["CustomerTag"]["properties"].pop("tag"),
            schemas(s)["CustomerTag"]["required"].remove("tag"),
        ),
        [(B, "response field removed: CustomerTag.tag", "client.customers.tags.list")],
    ),
    Row(
        "response field added",
        lambda s: schemas(s)["CustomerTag"]["properties"].update(color={"type": "string"}),
        [(N, "response field added: CustomerTag.color", "client.customers.tags.list")],
    ),
    Row(
        "response format added",
        lambda s: schemas(s)["Invoice"]["properties"]["invoiceDate"].update(format="date"),
        [(B, "response format changed: Invoice.invoiceDate (None -> date)", "client.customers.invoices.get")],
        before=lambda s: schemas(s)["Invoice"]["properties"]["invoiceDate"].pop("format", None),
    ),
    Row(
        "envelope count typed number",
        lambda s: schemas(s)["EnvelopeMeta"]["properties"]["count"].update(type="number"),
        [(B, "response type widened: EnvelopeMeta.count (integer -> number)", "client.contacts.customers")],
    ),
    Row(
        "response content type changed",
        lambda s: _content_type(s, TAG, "get", "application/json", "text/plain"),
        [(B, "200 response body content type changed: application/json -> text/plain", "client.customers.tags.get")],
        before=_tag_200,
    ),
    Row(
        "response body removed",
        _empty_200,
        [(B, "200 response body removed", "client.customers.tags.get")],
        before=_tag_200,
    ),
    Row(
        "200 renamed 201 (same body)",
        _rename_200,
        [
            (B, "success response removed: 200", "client.customers.tags.get"),
            (N, "success response added: 201", "client.customers.tags.get"),
        ],
        before=_tag_200,
    ),
    Row(
        "request content type changed",
        _request_content_type,
        [(B, "request body content type changed: application/json -> application/x-www-form-urlencoded", "client.customers.tags.create")],
    ),
    Row(
        "request content type added",
        lambda s: op(s, TAGS, "post")["requestBody"]["content"].update({"multipart/form-data": {"schema": ref("CustomerTagCreate")}}),
        [(N, "request body content type added: multipart/form-data", "client.customers.tags.create")],
    ),
    Row(
        "request body removed",
        lambda s: op(s, TAGS, "post").pop("requestBody"),
        [(B, "request body removed", "client.customers.tags.create")],
    ),
    Row(
        "request body made optional",
        lambda s: op(s, TAGS, "post")["requestBody"].update(required=False),
        [(N, "request body became optional", "client.customers.tags.create")],
    ),
    Row(
        "required query parameter added",
        lambda s: op(s, INVOICES)["parameters"].append({"name": "siteId", "in": "query", "required": True, "schema": {"type": "string"}}),
        [(B, "required parameter added: query siteId", "client.customers.invoices.list")],
    ),
    Row(
        "optional query parameter added",
        lambda s: op(s, INVOICES)["parameters"].append({"name": "dueBefore", "in": "query", "schema": {"type": "string"}}),
        [(N, "parameter added: query dueBefore", "client.customers.invoices.list")],
    ),
    Row(
        "query parameter removed",
        lambda s: op(s, INVOICES)["parameters"].remove(param(s, INVOICES, "q")),
        [(B, "parameter removed: query q", "client.customers.invoices.list")],
    ),
    Row(
        "query parameter made required",
        lambda s: param(s, INVOICES, "q").update(required=True),
        [(B, "parameter became required: query q", "client.customers.invoices.list")],
    ),
    Row(
        "query parameter moved to a header",
        _move_param,
        [(B, "parameter moved: query q -> header q", "client.customers.invoices.list")],
    ),
    Row(
        "query parameter type changed",
        lambda s: param(s, INVOICES, "orderBy")["schema"].update(type="integer"),
        [(B, "request type changed: parameter query orderBy (string -> integer)", "client.customers.invoices.list")],
    ),
    Row(
        "query parameter widened",
        lambda s: param(s, INVOICES, "shipToId")["schema"].update(type="number"),
        [(N, "request type widened: parameter query shipToId (integer -> number)", "client.customers.invoices.list")],
    ),
    Row(
        "query parameter becomes an enum",
        _enum_param(["Y", "N"]),
        [(B, "request enum added: parameter query paidInFull ('Y', 'N')", "client.customers.invoices.list")],
    ),
    Row(
        "query parameter enum narrowed",
        _enum_param(["Y"]),
        [(B, "request enum values removed: parameter query paidInFull ('N')", "client.customers.invoices.list")],
        before=_enum_param(["Y", "N"]),
    ),
    Row(
        "query parameter enum widened",
        _enum_param(["Y", "N", "B"]),
        [(N, "request enum values added: parameter query paidInFull ('B')", "client.customers.invoices.list")],
        before=_enum_param(["Y", "N"]),
    ),
    Row(
        "query parameter no longer a list",
        lambda s: param(s, TAGS, "statusCd").update(schema={"type": "integer"}),
        [(B, "request no longer anyOf: parameter query statusCd (integer | array -> integer)", "client.customers.tags.list")],
    ),
    Row(
        "response enum values added",
        lambda s: schemas(s)["CustomerTag"]["properties"]["statusCd"]["enum"].append(701),
        [(N, "response enum values added: CustomerTag.statusCd (701)", "client.customers.tags.create")],
        before=lambda s: schemas(s)["CustomerTag"]["properties"]["statusCd"].update(enum=[700, 704, 705]),
    ),
    Row(
        "response enum removed",
        lambda s: schemas(s)["CustomerTag"]["properties"]["statusCd"].pop("enum"),
        [(B, "response enum removed: CustomerTag.statusCd", "client.customers.tags.update")],
        before=lambda s: schemas(s)["CustomerTag"]["properties"]["statusCd"].update(enum=[700, 704, 705]),
    ),
    Row(
        "model removed",
        lambda s: schemas(s).pop("Legacy"),
        [(B, "model removed: Legacy (`customers_api.models`)", None)],
        before=_legacy,
    ),
]  # fmt: skip


def test_the_table_has_at_least_25_mutations() -> None:
    assert len(ROWS) >= 25
    assert len({r.name for r in ROWS}) == len(ROWS)


def classified(changes: list[Change], expected: list[Expected]) -> list[Expected]:
    """`changes` as (breaking, text, the expected call if named there)."""
    out = []
    for change, (_, _, call) in zip(changes, expected, strict=False):
        named = call if call in change.calls or (call is None and not change.calls) else None
        out.append((change.breaking, change.text, named))
    return out + [(c.breaking, c.text, None) for c in changes[len(expected) :]]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_classification(row: Row) -> None:
    old = copy.deepcopy(SPEC)
    if row.before:
        row.before(old)
    new = copy.deepcopy(old)
    row.mutate(new)
    assert new != old or not row.expected
    assert classified(summarize(old, new), row.expected) == row.expected


@pytest.mark.parametrize("row", [r for r in ROWS if r.expected], ids=repr)
def test_the_reverse_mutation_is_reported_too(row: Row) -> None:
    """Undoing a change is a change as well (never "No changes")."""
    old = copy.deepcopy(SPEC)
    if row.before:
        row.before(old)
    new = copy.deepcopy(old)
    row.mutate(new)
    assert summarize(new, old) != []


def test_breaking_changes_come_first_and_the_heading_counts_them() -> None:
    old = copy.deepcopy(SPEC)
    _notes(old)
    new = copy.deepcopy(old)
    _drop_notes(new)  # breaking
    _tag_create_category(required=True)(new)  # breaking
    new["paths"]["/x-test-added"] = {"get": copy.deepcopy(op(SPEC, TAGS))}  # not breaking
    changes = summarize(old, new)
    assert [c.breaking for c in changes] == [True, True, False]
    text = render(changes)
    assert text.startswith("## API spec changes (3, 2 breaking)\n")
    assert text.index("### Breaking") < text.index("### Other")
    assert text.count("- **BREAKING** ") == 2
    assert render([]) == "No changes to the API spec.\n"


def test_a_3_0_spec_reads_as_its_3_1_equivalent_and_changes_still_show() -> None:
    as_30 = downgrade_to_30(SPEC)
    assert summarize(SPEC, as_30) == summarize(as_30, SPEC) == []
    as_30["components"]["schemas"]["Invoice"]["properties"]["poNo"]["nullable"] = False
    expected = [(N, "response no longer nullable: Invoice.poNo", "client.customers.invoices.get")]
    assert classified(summarize(SPEC, as_30), expected) == expected


def test_calls_are_named_from_the_given_alias_table() -> None:
    old = copy.deepcopy(SPEC)
    _notes(old)
    new = copy.deepcopy(old)
    _drop_notes(new)
    table = {"namespaces": {}, "operations": {f"GET {NOTES}": {"name": "tags.remove"}}}
    (change,) = summarize(old, new, table)
    assert (change.text, change.calls) == (
        f"operation removed: GET {NOTES}",
        ("client.tags.remove",),
    )
    assert change.line == f"operation removed: GET {NOTES} — `client.tags.remove`"


def test_a_line_names_four_calls_and_counts_the_rest() -> None:
    calls = tuple(f"client.c{i}" for i in range(6))
    assert Change(True, "x", calls).line == (
        "x — `client.c0`, `client.c1`, `client.c2`, `client.c3` and 2 more"
    )
    assert Change(False, "y").line == "y"
