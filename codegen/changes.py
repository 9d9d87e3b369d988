"""What changed between two versions of the spec, for the SDK's users: breaking changes first.

Per operation, as oasdiff compares specs (its breaking-change checks, `checker/` in
github.com/oasdiff/oasdiff), and direction-aware (`codegen/schema_diff.py`):

- operations: removed (breaking), added, or renamed in the SDK (another friendly name);
- parameters: removed, added as required, made required, moved to another location (all
  breaking), their schemas as request values (a narrowed type, an enum value removed);
- the request body: added as required, removed, made required, a content type removed, its
  schema as a request value (a new required field, a field made required or non-nullable);
- each 2xx response: removed, a content type removed, its body removed, its schema as a
  response value (a widened type, a field made nullable or optional, a swapped `$ref`, a
  `oneOf` where there was one schema);
- component schemas (the models `customers_api.models` exports): removed (breaking), added.

Both specs are read as OpenAPI 3.1 (a 3.0 spec is upgraded first), so the same API in either
spelling shows no changes. Every line names the SDK call(s) it concerns
(`client.customers.tags.create`, from `codegen/aliases.yaml` as the friendly layer names it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from codegen.schema_diff import REQUEST, RESPONSE, Finding, SchemaDiff
from codegen.spec import METHODS, deref, operations, upgrade_to_31

__all__ = ["METHODS", "Change", "operations", "render", "summarize"]

MAX_CALLS = 4  # calls named on one line; the rest are counted


@dataclass(frozen=True, order=True)
class Change:
    """One change: whether it breaks the SDK's users, what it is, and the calls it concerns."""

    breaking: bool
    text: str
    calls: tuple[str, ...] = ()

    @property
    def line(self) -> str:
        """The text with the calls (the first MAX_CALLS, the rest counted)."""
        shown = ", ".join(f"`{c}`" for c in self.calls[:MAX_CALLS])
        if len(self.calls) > MAX_CALLS:
            shown += f" and {len(self.calls) - MAX_CALLS} more"
        return f"{self.text} — {shown}" if shown else self.text


def _calls(spec: dict[str, Any], table: Mapping[str, Any] | None) -> dict[str, str]:
    """ "METHOD /path" -> the SDK call a user makes (`client.customers.tags.create`)."""
    from codegen import wrappers

    if not spec.get("paths"):
        return {}
    names = wrappers.naming(spec, dict(table) if table is not None else wrappers.load_table())
    return {key: f"client.{name}" for key, (name, _) in names.items()}


def _params(spec: dict[str, Any], item: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    """An operation's parameters (path-item ones included) by "in name"."""
    out = {}
    for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
        param = deref(spec, raw)
        if isinstance(param, dict) and "name" in param and "in" in param:
            out[f"{param['in']} {param['name']}"] = param
    return out


def _content(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    node = deref(spec, node)
    content = node.get("content") if isinstance(node, dict) else None
    return content if isinstance(content, dict) else {}


def _success(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    responses = op.get("responses") or {}
    return {str(s): deref(spec, r) for s, r in responses.items() if str(s).startswith("2")}


class _Compare:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.schemas = SchemaDiff(old, new)

    def operation(self, key: str) -> Iterator[Finding]:
        method, path = key.split(" ", 1)
        items = (self.old["paths"][path], self.new["paths"][path])
        ops = (items[0][method.lower()], items[1][method.lower()])
        yield from self.parameters(
            _params(self.old, items[0], ops[0]), _params(self.new, items[1], ops[1])
        )
        yield from self.request_body(ops[0].get("requestBody"), ops[1].get("requestBody"))
        yield from self.responses(_success(self.old, ops[0]), _success(self.new, ops[1]))

    def parameters(self, a: dict[str, Any], b: dict[str, Any]) -> Iterator[Finding]:
        removed, added = sorted(a.keys() - b.keys()), sorted(b.keys() - a.keys())
        for key in removed:
            name = key.split(" ", 1)[1]
            moved = next((k for k in added if k.split(" ", 1)[1] == name), None)
            if moved:  # the same name in another location (query -> header)
                added.remove(moved)
                yield Finding(True, f"parameter moved: {key} -> {moved}")
            else:
                yield Finding(True, f"parameter removed: {key}")
        for key in added:
            required = bool(b[key].get("required"))
            label = "required parameter added" if required else "parameter added"
            yield Finding(required, f"{label}: {key}")
        for key in sorted(a.keys() & b.keys()):
            if b[key].get("required") and not a[key].get("required"):
                yield Finding(True, f"parameter became required: {key}")
            elif a[key].get("required") and not b[key].get("required"):
                yield Finding(False, f"parameter became optional: {key}")
            sa, sb = a[key].get("schema", {}), b[key].get("schema", {})
            yield from self.schemas.compare(sa, sb, f"parameter {key}", REQUEST)

    def request_body(self, a: Any, b: Any) -> Iterator[Finding]:
        a, b = deref(self.old, a), deref(self.new, b)
        if not a and not b:
            return
        if not a:
            required = bool(b.get("required"))
            yield Finding(required, f"request body added{' (required)' if required else ''}")
            return
        if not b:
            yield Finding(True, "request body removed")
            return
        if b.get("required") and not a.get("required"):
            yield Finding(True, "request body became required")
        elif a.get("required") and not b.get("required"):
            yield Finding(False, "request body became optional")
        yield from self._media(
            _content(self.old, a), _content(self.new, b), "request body", REQUEST
        )

    def responses(self, a: dict[str, Any], b: dict[str, Any]) -> Iterator[Finding]:
        for status in sorted(a.keys() - b.keys()):
            yield Finding(True, f"success response removed: {status}")
        for status in sorted(b.keys() - a.keys()):
            # the call may now return another type unless the body is one it already returns
            known = [c.get("schema") for r in a.values() for c in _content(self.old, r).values()]
            new = [c.get("schema") for c in _content(self.new, b[status]).values()]
            other = any(s not in known for s in new)
            yield Finding(other, f"success response added: {status}")
        for status in sorted(a.keys() & b.keys()):
            ca, cb = _content(self.old, a[status]), _content(self.new, b[status])
            where = f"{status} response body"
            if ca and not cb:
                yield Finding(True, f"{where} removed")
            elif cb and not ca:
                yield Finding(True, f"{where} added (was empty)")
            else:
                yield from self._media(ca, cb, where, RESPONSE)

    def _media(
        self, a: dict[str, Any], b: dict[str, Any], where: str, direction: str
    ) -> Iterator[Finding]:
        removed, added = sorted(a.keys() - b.keys()), sorted(b.keys() - a.keys())
        if len(removed) == 1 and len(added) == 1:
            yield Finding(True, f"{where} content type changed: {removed[0]} -> {added[0]}")
            sa, sb = a[removed[0]].get("schema", {}), b[added[0]].get("schema", {})
            yield from self.schemas.compare(sa, sb, where, direction)
            return
        for media in removed:
            yield Finding(True, f"{where} content type removed: {media}")
        for media in added:
            yield Finding(direction == RESPONSE, f"{where} content type added: {media}")
        for media in sorted(a.keys() & b.keys()):
            sa, sb = (a[media] or {}).get("schema", {}), (b[media] or {}).get("schema", {})
            yield from self.schemas.compare(sa, sb, where, direction)


def summarize(
    old: dict[str, Any], new: dict[str, Any], table: Mapping[str, Any] | None = None
) -> list[Change]:
    """Every change between two specs (3.0 or 3.1), breaking changes first.

    `table` is the alias table the SDK calls are named from (default: codegen/aliases.yaml).
    """
    old, new = upgrade_to_31(old), upgrade_to_31(new)
    calls_old, calls_new = _calls(old, table), _calls(new, table)
    old_ops, new_ops = operations(old, METHODS), operations(new, METHODS)
    grouped: dict[tuple[bool, str], set[str]] = defaultdict(set)
    for key in sorted(old_ops.keys() - new_ops.keys()):
        grouped[(True, f"operation removed: {key}")].add(calls_old.get(key, key))
    for key in sorted(new_ops.keys() - old_ops.keys()):
        grouped[(False, f"operation added: {key}")].add(calls_new.get(key, key))
    compare = _Compare(old, new)
    for key in sorted(old_ops.keys() & new_ops.keys()):
        call = calls_new.get(key, key)
        before = calls_old.get(key, key)
        if before != call:
            grouped[(True, f"SDK call renamed: `{before}` -> `{call}` ({key})")] = set()
        for finding in compare.operation(key):
            grouped[(finding.breaking, finding.text)].add(call)
    schemas_old = set(old.get("components", {}).get("schemas", {}))
    schemas_new = set(new.get("components", {}).get("schemas", {}))
    for name in sorted(schemas_old - schemas_new):
        grouped[(True, f"model removed: {name} (`customers_api.models`)")] = set()
    for name in sorted(schemas_new - schemas_old):
        grouped[(False, f"model added: {name}")] = set()
    changes = [Change(b, text, tuple(sorted(calls))) for (b, text), calls in grouped.items()]
    return sorted(changes, key=lambda c: (not c.breaking, c.text))


def render(changes: list[Change]) -> str:
    """Markdown for a pull-request body: breaking changes first, then the rest."""
    if not changes:
        return "No changes to the API spec.\n"
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    lines = [f"## API spec changes ({len(changes)}, {len(breaking)} breaking)", ""]
    if breaking:
        lines += ["### Breaking", ""] + [f"- **BREAKING** {c.line}" for c in breaking] + [""]
    if other:
        lines += ["### Other", ""] + [f"- {c.line}" for c in other] + [""]
    return "\n".join(lines)
