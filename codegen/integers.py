"""Ids and counts stay integers, by rule: the overlay's `x-integers` extension.

The live spec types many ids `number` (`Customer.customerId`, path `customerId`), which the
generator turns into `float`: `tags.get(cid, tag.customer_tags_uid)` then fails, and envelope
counts typed `number` break paging. Rather than one overlay action per field (which misses
the next one the API adds), `codegen/overlay.yaml` states a rule by name:

- `ids`: a regular expression for id-like names, applied to every property (in components,
  request and response bodies) and every parameter;
- `counts`: the same for count-like names;
- `envelope`: names that are integers only in an envelope, a schema with every one of them as
  properties (`count`/`total`/`totalResults`: never `PurchasedItem.count`, a quantity);
- `except`: `Schema.property` or `parameter name` entries the rule leaves alone.

Only `number` becomes `integer` (in a type list, `anyOf`/`oneOf` options and array `items`
too; a `float`/`double` format is left alone); a `string` id stays a string, nullability is
kept. The overlay's report lists every value the rule changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from codegen.spec import METHODS, SpecError

EXTENSION = "x-integers"
_KEYS = {"description", "ids", "counts", "envelope", "except"}


@dataclass(frozen=True)
class Rule:
    ids: re.Pattern[str]
    counts: re.Pattern[str]
    envelope: frozenset[str]
    exceptions: frozenset[str]
    description: str = ""

    def names(self, name: str) -> bool:
        return bool(self.ids.search(name) or self.counts.search(name))


def load_rule(doc: dict[str, Any], source: str) -> Rule | None:
    """The overlay's rule, or None when it has none; a malformed rule is a SpecError."""
    raw = doc.get(EXTENSION)
    if raw is None:
        return None
    if not isinstance(raw, dict) or not {"ids", "counts"} <= raw.keys() or raw.keys() - _KEYS:
        raise SpecError(
            f"{source}: `{EXTENSION}` needs `ids` and `counts` (regular expressions) and may "
            f"have `envelope`, `except` and `description`"
        )
    try:
        ids, counts = re.compile(str(raw["ids"])), re.compile(str(raw["counts"]))
    except re.error as exc:
        raise SpecError(f"{source}: `{EXTENSION}`: invalid regular expression ({exc})") from None
    envelope, exceptions = raw.get("envelope") or [], raw.get("except") or []
    if not all(isinstance(n, str) for n in [*envelope, *exceptions]):
        raise SpecError(f"{source}: `{EXTENSION}`: `envelope` and `except` list names")
    return Rule(
        ids, counts, frozenset(envelope), frozenset(exceptions), str(raw.get("description", ""))
    )


def _integer(schema: Any, where: str, out: list[str]) -> None:
    """Turn every `number` in `schema` into `integer` (not through `$ref`s)."""
    if not isinstance(schema, dict):
        return
    kind = schema.get("type")
    if schema.get("format") not in ("float", "double"):
        if kind == "number":
            schema["type"] = "integer"
            out.append(f"{where}.type: 'number' -> 'integer'")
        elif isinstance(kind, list) and "number" in kind:
            new = ["integer" if k == "number" else k for k in kind]
            out.append(f"{where}.type: {kind!r} -> {new!r}")
            schema["type"] = new
    for key in ("anyOf", "oneOf"):
        for index, option in enumerate(schema.get(key) or []):
            _integer(option, f"{where}.{key}[{index}]", out)
    if "items" in schema:
        _integer(schema["items"], f"{where}.items", out)


def _properties(node: Any, label: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(label, properties map) for every schema with properties under `node`."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _properties(item, f"{label}[{index}]")
    elif isinstance(node, dict):
        props = node.get("properties")
        if isinstance(props, dict) and all(isinstance(p, dict) for p in props.values()):
            yield label, props
        for key, value in node.items():
            yield from _properties(value, f"{label}.{key}" if label else str(key))


def _parameters(spec: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    for name, param in (spec.get("components", {}).get("parameters") or {}).items():
        if isinstance(param, dict):
            yield param, f"parameters.{name}"
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        lists = [("", item.get("parameters"))]
        lists += [(m.upper() + " ", item[m].get("parameters")) for m in METHODS if m in item]
        for prefix, params in lists:
            for param in params or []:
                if isinstance(param, dict) and "name" in param:
                    yield param, f"{prefix}{path} {param.get('in')} {param['name']}"


def apply_rule(spec: dict[str, Any], rule: Rule) -> tuple[int, list[str]]:
    """Apply `rule` to `spec` in place: (id- and count-like nodes seen, changes made)."""
    seen, changes = 0, []
    for label, props in _properties(spec, ""):
        owner = label.removeprefix("components.schemas.")
        envelope = bool(rule.envelope) and rule.envelope <= props.keys()
        for name, schema in props.items():
            if not (rule.names(name) or (envelope and name in rule.envelope)):
                continue
            seen += 1
            if f"{owner}.{name}" not in rule.exceptions:
                _integer(schema, f"{owner}.properties.{name}", changes)
    for param, label in _parameters(spec):
        if rule.names(str(param["name"])):
            seen += 1
            if str(param["name"]) not in rule.exceptions:
                _integer(param.get("schema"), f"{label}.schema", changes)
    return seen, changes
