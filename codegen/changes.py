"""Summarize what changed between two versions of the spec, breaking changes first.

Breaking (for SDK users): a removed operation, parameter or field; a new required
parameter; a parameter that became required; a narrowed or incompatibly changed type
(a field that is no longer nullable included); a changed `format` (it changes the Python
type: `str` -> `datetime.date`); an added `enum` or a removed enum value. Both specs are
read as OpenAPI 3.1 (a 3.0 spec is upgraded first), so the same API in either version
shows no changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from codegen.spec import upgrade_to_31

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass(frozen=True, order=True)
class Change:
    breaking: bool
    text: str


def type_set(schema: dict[str, Any]) -> frozenset[str]:
    """The JSON types a schema admits, with refs by name ({} admits anything)."""
    if "$ref" in schema:
        return frozenset({"ref:" + schema["$ref"].rsplit("/", 1)[-1]})
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return frozenset().union(*(type_set(s) for s in schema[key]))
    if "allOf" in schema:
        return frozenset().union(*(type_set(s) for s in schema["allOf"]))
    kind = schema.get("type")
    if kind is None:
        return frozenset({"any"})
    kinds = [kind] if isinstance(kind, str) else list(kind)
    out = set()
    for k in kinds:
        if k == "array":
            items = type_set(schema.get("items", {}))
            out.add("array[" + "|".join(sorted(items)) + "]")
        else:
            out.add(k)
    return frozenset(out)


def _admits(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    if "any" in wide:
        return True
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def compare_types(where: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    a, b = type_set(old), type_set(new)
    changes = []
    if a != b:
        shown = f"{'|'.join(sorted(a))} -> {'|'.join(sorted(b))}"
        if _admits(a, b):
            changes.append(Change(True, f"type narrowed: {where} ({shown})"))
        elif _admits(b, a):
            changes.append(Change(False, f"type widened: {where} ({shown})"))
        else:
            changes.append(Change(True, f"type changed: {where} ({shown})"))
    if "null" in a and "null" not in b and (a - {"null"}) == b:
        changes[-1:] = [Change(True, f"no longer nullable: {where}")]
    elif "null" in b and "null" not in a and (b - {"null"}) == a:
        changes[-1:] = [Change(False, f"became nullable: {where}")]
    old_max, new_max = old.get("maxLength"), new.get("maxLength")
    if old_max != new_max:
        narrowed = new_max is not None and (old_max is None or new_max < old_max)
        changes.append(Change(narrowed, f"maxLength {old_max} -> {new_max}: {where}"))
    old_format, new_format = old.get("format"), new.get("format")
    if old_format != new_format:
        changes.append(Change(True, f"format {old_format} -> {new_format}: {where}"))
    changes += _enum_changes(where, old.get("enum"), new.get("enum"))
    return changes


def _enum_changes(where: str, old: list[Any] | None, new: list[Any] | None) -> list[Change]:
    if old == new:
        return []
    if old is None:
        return [Change(True, f"enum added: {where} ({_values(new)})")]
    if new is None:
        return [Change(False, f"enum removed: {where}")]
    removed = [v for v in old if v not in new]
    added = [v for v in new if v not in old]
    out = []
    if removed:
        out.append(Change(True, f"enum values removed: {where} ({_values(removed)})"))
    if added:
        out.append(Change(False, f"enum values added: {where} ({_values(added)})"))
    return out


def _values(values: list[Any] | None) -> str:
    return ", ".join(repr(v) for v in values or [])


def operations(
    spec: dict[str, Any], methods: tuple[str, ...] = METHODS
) -> dict[str, dict[str, Any]]:
    """The spec's operations by "METHOD /path/template"."""
    ops = {}
    for path, item in spec.get("paths", {}).items():
        for method in methods:
            if method in item:
                ops[f"{method.upper()} {path}"] = item[method]
    return ops


def _params(op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f"{p['in']} {p['name']}": p for p in op.get("parameters", [])}


def _fields(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every named property of every component schema, as `Schema.field`."""
    out: dict[str, dict[str, Any]] = {}

    def walk(name: str, schema: dict[str, Any]) -> None:
        for part in schema.get("allOf", []):
            walk(name, part)
        required = set(schema.get("required", []))
        for field, sub in schema.get("properties", {}).items():
            out[f"{name}.{field}"] = {**sub, "x-required": field in required}

    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        walk(name, schema)
    return out


def summarize(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change between two specs (3.0 or 3.1), breaking changes first."""
    old, new = upgrade_to_31(old), upgrade_to_31(new)
    changes: list[Change] = []
    old_ops, new_ops = operations(old), operations(new)
    for key in sorted(old_ops.keys() - new_ops.keys()):
        changes.append(
            Change(True, f"operation removed: {key} ({old_ops[key].get('operationId')})")
        )
    for key in sorted(new_ops.keys() - old_ops.keys()):
        changes.append(Change(False, f"operation added: {key} ({new_ops[key].get('operationId')})"))
    for key in sorted(old_ops.keys() & new_ops.keys()):
        a, b = _params(old_ops[key]), _params(new_ops[key])
        for name in sorted(a.keys() - b.keys()):
            changes.append(Change(True, f"parameter removed: {key} {name}"))
        for name in sorted(b.keys() - a.keys()):
            req = bool(b[name].get("required"))
            label = "required parameter added" if req else "parameter added"
            changes.append(Change(req, f"{label}: {key} {name}"))
        for name in sorted(a.keys() & b.keys()):
            where = f"{key} {name}"
            if not a[name].get("required") and b[name].get("required"):
                changes.append(Change(True, f"parameter became required: {where}"))
            elif a[name].get("required") and not b[name].get("required"):
                changes.append(Change(False, f"parameter became optional: {where}"))
            changes += compare_types(where, a[name].get("schema", {}), b[name].get("schema", {}))
    old_fields, new_fields = _fields(old), _fields(new)
    for key in sorted(old_fields.keys() - new_fields.keys()):
        changes.append(Change(True, f"field removed: {key}"))
    for key in sorted(new_fields.keys() - old_fields.keys()):
        changes.append(Change(False, f"field added: {key}"))
    for key in sorted(old_fields.keys() & new_fields.keys()):
        changes += compare_types(key, old_fields[key], new_fields[key])
    return sorted(changes, key=lambda c: (not c.breaking, c.text))


def render(changes: list[Change]) -> str:
    """Markdown for a pull-request body: breaking changes first, then the rest."""
    if not changes:
        return "No changes to the API spec.\n"
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    lines = [f"## API spec changes ({len(changes)}, {len(breaking)} breaking)", ""]
    if breaking:
        lines += ["### Breaking", ""] + [f"- **BREAKING** {c.text}" for c in breaking] + [""]
    if other:
        lines += ["### Other", ""] + [f"- {c.text}" for c in other] + [""]
    return "\n".join(lines)
