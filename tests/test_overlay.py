"""The committed overlay (codegen/overlay.yaml) and the Overlay 1.0 applier (codegen/overlay.py)."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from codegen.overlay import (
    apply_overlay,
    check_overlay,
    effective_spec,
    load_overlay,
    render_report,
)
from codegen.spec import SpecError, downgrade_to_30, upgrade_to_31, validate_spec

ROOT = Path(__file__).resolve().parent.parent
RAW: dict[str, Any] = upgrade_to_31(json.loads((ROOT / "openapi.json").read_text()))

# The 37 fields the live spec types `number` (issue 11), by shape.
LIVE_NUMBERS = [
    *[
        (shape, "customerId")
        for shape in (
            "Customer", "CustomerAddress", "CustomerLookupItem", "CustomerTag", "Invoice",
            "OrderDocument", "OrderHeader", "OrderHeaderWithLines", "PurchasedItem", "ShipTo",
            "WebAllowance",
        )
    ],
    *[(s, "addressId") for s in ("Contact", "CustomerContact", "OrderHeader", "OrderHeaderWithLines")],
    *[(s, "carrierId") for s in ("OrderDocument", "OrderHeader", "OrderHeaderWithLines", "PickTicket")],
    *[(s, "id") for s in ("AddressLookupItem", "ContactAddress", "ShipToAddress", "ShipToLookupItem")],
    *[(s, "lineNo") for s in ("InvoiceLine", "OrderHeaderLine", "OrderLine")],
    ("ShipTo", "shipToId"),
    ("OrderHeader", "locationId"), ("OrderHeaderWithLines", "locationId"),
    ("ShipTo", "preferredLocationId"), ("ShipToLookupItem", "preferredLocationId"),
    ("ShipTo", "defaultCarrierId"),
    ("PickTicket", "invoiceNo"), ("PickTicket", "pickTicketNo"),
    ("PickTicketLine", "lineNumber"),
    ("InvoiceLine", "oeLineNumber"),
    ("Contact", "salesrepDefaultLocationId"),
]  # fmt: skip


def props(spec: dict[str, Any], shape: str) -> dict[str, Any]:
    return spec["components"]["schemas"][shape]["properties"]  # type: ignore[no-any-return]


def live_like(version: str) -> dict[str, Any]:
    """The committed spec with the 37 ids typed `number` (as live), in 3.1 or 3.0 spelling."""
    spec = copy.deepcopy(RAW)
    for shape, field in LIVE_NUMBERS:
        prop = props(spec, shape)[field]
        prop["type"] = ["number", "null"] if isinstance(prop["type"], list) else "number"
    for shape in ("AgingReport", "SalesUsageReport"):
        props(spec, shape)["customerId"]["type"] = "string"
    return downgrade_to_30(spec) if version == "3.0.3" else spec


def test_the_list_is_the_issue_s_37_fields() -> None:
    assert len(LIVE_NUMBERS) == len(set(LIVE_NUMBERS)) == 37


@pytest.mark.parametrize("version", ["3.1.0", "3.0.3"])
def test_ids_become_integers_and_keep_their_nullability(version: str) -> None:
    spec = live_like(version)
    validate_spec(spec, version)
    out, report = effective_spec(spec)
    assert out["openapi"] == "3.1.0"
    for shape, field in LIVE_NUMBERS:
        before = props(RAW, shape)[field]["type"]  # what the committed spec says, integer'd
        integer = (
            [("integer" if k == "number" else k) for k in before]
            if isinstance(before, list)
            else "integer"
        )
        assert props(out, shape)[field]["type"] == integer, (shape, field)
    for shape in ("AgingReport", "SalesUsageReport"):
        assert props(out, shape)["customerId"]["type"] == "integer"
    changed = "\n".join(report.changes)
    assert "ShipTo.properties.preferredLocationId.type: 'number' -> 'integer'" in changed
    assert "AgingReport.properties.customerId.type: 'string' -> 'integer'" in changed
    assert report.unmatched == []


def test_the_committed_spec_gets_dates_and_the_customer_docstring() -> None:
    out, report = effective_spec(RAW)
    raw = upgrade_to_31(RAW)["components"]["schemas"]
    for shape, schema in out["components"]["schemas"].items():
        for name, prop in schema.get("properties", {}).items():
            text = prop.get("description", "")
            if "(Y-m-d)" in text or "(Y-m-d);" in text or "(Y-m-d)," in text:
                assert prop.get("format") == "date", (shape, name)
            elif "mysql-datetime" in text or "Y-m-d H:i:s" in text:
                assert prop.get("format") == "date-time", (shape, name)
            else:  # any other field keeps the spec's own format, if it has one
                own = raw.get(shape, {}).get("properties", {}).get(name, {}).get("format")
                assert prop.get("format") == own, (shape, name)
    assert props(out, "Invoice")["invoiceDate"]["format"] == "date"
    assert props(out, "Invoice")["datePaid"]["type"] == ["string", "null"]  # still nullable
    assert "/contacts/{id}/customers" not in out["components"]["schemas"]["Customer"]["description"]
    assert report.unmatched == []
    validate_spec(out, "effective")


def test_a_custom_mysql_datetime_format_becomes_date_time() -> None:
    spec = copy.deepcopy(RAW)
    prop = props(spec, "CustomerTag")["dateCreated"]
    prop["format"], prop["description"] = "mysql-datetime", "When the row was created"
    out, _ = effective_spec(spec)
    assert props(out, "CustomerTag")["dateCreated"]["format"] == "date-time"


def test_an_object_or_empty_array_without_items_gets_items() -> None:
    spec = copy.deepcopy(RAW)
    meta = props(spec, "EnvelopeMeta")
    meta["params"] = {"oneOf": [{"type": "object"}, {"type": "array", "maxItems": 0}]}
    out, _ = effective_spec(spec)
    assert props(out, "EnvelopeMeta")["params"]["oneOf"][1] == {
        "type": "array",
        "maxItems": 0,
        "items": {},
    }


def test_an_action_that_matches_nothing_is_reported() -> None:
    spec = copy.deepcopy(RAW)
    schemas = spec["components"]["schemas"]
    schemas["Client"] = schemas.pop("Customer")  # the live spec "moved": the shape was renamed
    _, report = effective_spec(spec)
    assert [a.target for a in report.unmatched] == ["$.components.schemas.Customer"]
    text = render_report(report)
    assert "1 action(s) matched nothing" in text
    assert "- **UNMATCHED** `$.components.schemas.Customer`" in text


# -- the `x-integers` rule ------------------------------------------------------------------


def _numbers(node: Any, names: Callable[[str], bool]) -> Any:
    """Every `integer` of a property or parameter whose name passes `names` typed `number`."""
    if isinstance(node, list):
        return [_numbers(n, names) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: _numbers(v, names) for k, v in node.items()}
    props = out.get("properties")
    if isinstance(props, dict):
        for name, prop in props.items():
            if isinstance(prop, dict) and names(name):
                _as_number(prop)
    if "in" in out and isinstance(out.get("name"), str) and names(out["name"]):
        _as_number(out.get("schema", {}))
    return out


def _as_number(schema: dict[str, Any]) -> None:
    kind = schema.get("type")
    if kind == "integer":
        schema["type"] = "number"
    elif isinstance(kind, list):
        schema["type"] = ["number" if k == "integer" else k for k in kind]
    for option in schema.get("anyOf", []):
        _as_number(option)
    if isinstance(schema.get("items"), dict):
        _as_number(schema["items"])


ID_LIKE = re.compile(r"^(id|count|total|totalResults|limit|offset)$|(Id|Uid|No|Number|Cd|Count)$")


@pytest.mark.parametrize("version", ["3.1.0", "3.0.3"])
def test_every_id_and_count_typed_number_comes_back_integer(version: str) -> None:
    """ids `number` everywhere (fields, path and query parameters, the envelope's counts):
    the SDK the generator reads is the committed one."""
    live = _numbers(RAW, lambda name: bool(ID_LIKE.search(name)))
    assert live != RAW
    (path_id,) = live["paths"]["/customer/{customerId}/doc"]["get"]["parameters"]
    assert path_id["schema"]["type"] == "number"
    spec = downgrade_to_30(live) if version == "3.0.3" else live
    out, report = effective_spec(spec)
    assert out == effective_spec(RAW)[0]
    (rule,) = [a for a in report.actions if a.target == "x-integers"]
    assert rule.matched > 0 and len(rule.changes) > 100
    assert (
        "GET /customer/{customerId}/doc path customerId.schema.type: 'number' -> 'integer'"
        in rule.changes
    )
    assert "EnvelopeMeta.properties.totalResults.type: 'number' -> 'integer'" in rule.changes
    assert "GET /customer query limit.schema.type: 'number' -> 'integer'" in rule.changes
    assert any(
        c.startswith("GET /customer/{customerId}/tags query statusCd.schema.anyOf[0]")
        for c in rule.changes
    )


def test_the_rule_leaves_quantities_money_strings_and_exceptions_alone() -> None:
    spec = copy.deepcopy(RAW)
    schemas = spec["components"]["schemas"]
    schemas["Note"] = {
        "type": "object",
        "properties": {
            "noteId": {"type": ["number", "null"]},  # nullable id: stays nullable
            "noteNo": {"type": "string"},  # a string id stays a string
            "ratioCd": {"type": "number", "format": "double"},  # an explicit double
            "pageCount": {"type": "number"},
            "weightNo": {"type": "number"},  # an exception, below
            "amount": {"type": "number"},
            "total": {"type": "number"},  # not an envelope: money
        },
    }
    overlay = load_overlay()
    overlay["x-integers"] = {**overlay["x-integers"], "except": ["Note.weightNo"]}
    out, report = effective_spec(spec, overlay)
    note = out["components"]["schemas"]["Note"]["properties"]
    assert {k: v["type"] for k, v in note.items()} == {
        "noteId": ["integer", "null"],
        "noteNo": "string",
        "ratioCd": "number",
        "pageCount": "integer",
        "weightNo": "number",
        "amount": "number",
        "total": "number",
    }
    for shape, name in (("PurchasedItem", "count"), ("SalesUsageBucket", "total")):
        assert out["components"]["schemas"][shape]["properties"][name]["type"] == "number"
    assert "Note.properties.noteId.type: 'number' -> 'integer'" in report.changes


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({"ids": "x"}, "needs `ids` and `counts`"),
        ({"ids": "x", "counts": "y", "extra": 1}, "needs `ids` and `counts`"),
        ({"ids": "(", "counts": "y"}, "invalid regular expression"),
        ({"ids": "x", "counts": "y", "except": [1]}, "list names"),
    ],
)
def test_a_bad_integer_rule_is_a_clear_error(rule: dict[str, Any], message: str) -> None:
    doc = {**OVERLAY_HEAD, "x-integers": rule, "actions": [{"target": "$", "update": {}}]}
    with pytest.raises(SpecError) as info:
        check_overlay(doc, "overlay.yaml")
    assert message in str(info.value) and str(info.value).startswith("overlay.yaml")


OVERLAY_HEAD = {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}}


def test_update_merges_objects_appends_arrays_replaces_primitives_and_remove_removes() -> None:
    doc = {"a": {"x": 1, "tags": ["p"], "keep": True, "sub": {"y": 2}}, "b": {"gone": 1}}
    overlay = {
        **OVERLAY_HEAD,
        "actions": [
            {"target": "$.a", "update": {"x": 2, "tags": ["q"], "sub": {"z": 3}}},
            {"target": "$.a.tags", "update": "r"},
            {"target": "$.b.gone", "remove": True},
        ],
    }
    check_overlay(overlay, "test")
    out, report = apply_overlay(doc, overlay)
    assert out == {
        "a": {"x": 2, "tags": ["p", "q", "r"], "keep": True, "sub": {"y": 2, "z": 3}},
        "b": {},
    }
    assert doc["a"]["x"] == 1  # the input is not mutated
    assert [a.matched for a in report.actions] == [1, 1, 1]
    assert "a.x: 1 -> 2" in report.changes
    assert "b.gone: removed" in report.changes


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"info": {"title": "t", "version": "1"}, "actions": []}, "not an Overlay 1.0 document"),
        ({"overlay": "1.0.0", "actions": [{"target": "$"}]}, "`info` needs a title"),
        ({**OVERLAY_HEAD, "actions": []}, "`actions` must be a non-empty list"),
        ({**OVERLAY_HEAD, "actions": [{"update": {}}]}, "actions[0]: needs a `target`"),
        ({**OVERLAY_HEAD, "actions": [{"target": "$.a"}]}, "exactly one of `update`"),
        ({**OVERLAY_HEAD, "actions": [{"target": "$.a[", "update": {}}]}, "invalid JSONPath"),
    ],
)
def test_a_bad_overlay_is_a_clear_error(doc: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=None) as info:
        check_overlay(doc, "overlay.yaml")
    assert message in str(info.value)
    assert str(info.value).startswith("overlay.yaml")


def test_an_unreadable_overlay_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "o.yaml"
    bad.write_text("overlay: [unclosed\n")
    with pytest.raises(SpecError, match="not YAML"):
        load_overlay(bad)
    with pytest.raises(SpecError, match="cannot read"):
        load_overlay(tmp_path / "missing.yaml")


def test_nothing_else_of_a_3_1_spec_is_rewritten() -> None:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "T": {
                    "type": "object",
                    "properties": {
                        "c": {"const": "x"},
                        "u": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
                        "m": {"type": "number", "exclusiveMinimum": 0},
                        "n": {"type": ["string", "integer", "null"]},
                        "k": {"type": ["integer", "null"], "enum": [1, 2, None]},
                    },
                }
            }
        },
    }
    no_op = {**OVERLAY_HEAD, "actions": [{"target": "$.info", "update": {}}]}
    out, report = effective_spec(spec, no_op)
    assert out == spec
    assert report.changes == []
