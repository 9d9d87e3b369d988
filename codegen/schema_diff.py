"""Compare two versions of one schema, in the direction the SDK moves it.

A *request* schema describes what the SDK sends: a change breaks callers when the API
accepts less (a narrowed type, a new required or a removed field, a field made required or
non-nullable, an enum where there was none, an enum value removed). A *response* schema
describes what the SDK returns: a change breaks readers when the API may send more or
something else (a widened type, a field made nullable or optional, a removed field, a new
`oneOf` option). Either way a swapped component (`$ref` to another schema), a changed
`format` (`str` -> `datetime.date`) or a schema becoming a `oneOf`/`anyOf` changes the Python
type, which breaks both. The rules follow oasdiff's checks (its `checker/` package) where
they apply to a typed SDK.

Findings name the place by component: `CustomerTagCreate.category`, `Invoice.lines[].lineNo`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from codegen.spec import pointer

REQUEST, RESPONSE = "request", "response"
_UNIONS = ("oneOf", "anyOf")


@dataclass(frozen=True)
class Finding:
    """One change at one place: whether it breaks the SDK's users, and what it is."""

    breaking: bool
    text: str


def _ref_name(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def split_null(schema: Any) -> tuple[dict[str, Any], bool]:
    """(the schema without its null option, whether it admits null), for every 3.1 spelling."""
    if not isinstance(schema, dict):
        return {}, False
    kind = schema.get("type")
    if isinstance(kind, list) and "null" in kind:
        rest = [k for k in kind if k != "null"]
        core = {**schema, "type": rest[0] if len(rest) == 1 else rest}
        if not rest:
            core.pop("type")
        if isinstance(core.get("enum"), list):
            core["enum"] = [v for v in core["enum"] if v is not None]
        return core, True
    if kind == "null":
        return {}, True
    for key in _UNIONS:
        options = schema.get(key)
        if isinstance(options, list) and any(_is_null(o) for o in options):
            rest = [o for o in options if not _is_null(o)]
            if len(rest) == 1:  # X | null: X, nullable
                siblings = {k: v for k, v in schema.items() if k != key}
                return {**siblings, **rest[0]}, True
            return {**schema, key: rest}, True
    enum = schema.get("enum")
    if isinstance(enum, list) and None in enum:
        return {**schema, "enum": [v for v in enum if v is not None]}, True
    return schema, False


def _is_null(option: Any) -> bool:
    return isinstance(option, dict) and option.get("type") == "null" and len(option) == 1


def kinds(schema: dict[str, Any]) -> frozenset[str]:
    """The JSON types a (non-null, non-union) schema admits; {"any"} when it says nothing."""
    kind = schema.get("type")
    if isinstance(kind, str):
        return frozenset({kind})
    if isinstance(kind, list) and kind:
        return frozenset(kind)
    if "properties" in schema or "allOf" in schema or "additionalProperties" in schema:
        return frozenset({"object"})
    if "items" in schema:
        return frozenset({"array"})
    values = schema.get("enum", [schema["const"]] if "const" in schema else None)
    if isinstance(values, list) and values:
        return frozenset(_json_type(v) for v in values)
    return frozenset({"any"})


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def admits(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Every value of the `narrow` types is a value of the `wide` ones (integer < number)."""
    if "any" in wide:
        return True
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _shown(types: frozenset[str]) -> str:
    return "|".join(sorted(types))


def _option_key(option: Any) -> str:
    if not isinstance(option, dict):
        return "any"
    name = _ref_name(option)
    if name:
        return name
    core, null = split_null(option)
    text = _shown(kinds(core))
    return text + ("|null" if null else "")


@dataclass
class SchemaDiff:
    """Compares schemas of two specs; a component is compared once per direction."""

    old: dict[str, Any]
    new: dict[str, Any]
    _memo: dict[tuple[str, str], list[Finding]] = field(default_factory=dict)

    def compare(self, a: Any, b: Any, where: str, direction: str) -> list[Finding]:
        """Every change from schema `a` (old spec) to `b` (new spec) at `where`."""
        out: list[Finding] = []
        a_core, a_null = split_null(a)
        b_core, b_null = split_null(b)
        reading = direction == RESPONSE
        if b_null and not a_null:
            out.append(Finding(reading, f"{direction} became nullable: {where}"))
        elif a_null and not b_null:
            out.append(Finding(not reading, f"{direction} no longer nullable: {where}"))
        ua, ub = self._options(a_core), self._options(b_core)
        if ua is not None or ub is not None:
            return out + self._unions(ua, ub, a_core, b_core, where, direction)
        ra, rb = _ref_name(a_core), _ref_name(b_core)
        if ra and rb and ra == rb:
            return out + self._component(ra, direction)
        if ra or rb:
            shown = f"{_option_key(a_core)} -> {_option_key(b_core)}"
            return [*out, Finding(True, f"{direction} schema swapped: {where} ({shown})")]
        return out + self._plain(a_core, b_core, where, direction)

    @staticmethod
    def _options(schema: dict[str, Any]) -> list[str] | None:
        for key in _UNIONS:
            if isinstance(schema.get(key), list):
                return [_option_key(o) for o in schema[key]]
        return None

    def _unions(
        self,
        ua: list[str] | None,
        ub: list[str] | None,
        a: dict[str, Any],
        b: dict[str, Any],
        where: str,
        direction: str,
    ) -> list[Finding]:
        reading = direction == RESPONSE
        union = "oneOf" if "oneOf" in b or "oneOf" in a else "anyOf"
        if ua is None and ub is not None:
            shown = f"{_option_key(a)} -> {' | '.join(ub)}"
            return [Finding(True, f"{direction} became {union}: {where} ({shown})")]
        if ub is None and ua is not None:
            shown = f"{' | '.join(ua)} -> {_option_key(b)}"
            return [Finding(not reading, f"{direction} no longer {union}: {where} ({shown})")]
        assert ua is not None and ub is not None
        out = []
        added = [o for o in ub if o not in ua]
        removed = [o for o in ua if o not in ub]
        if added:
            text = f"{direction} {union} options added: {where} ({', '.join(added)})"
            out.append(Finding(reading, text))
        if removed:
            text = f"{direction} {union} options removed: {where} ({', '.join(removed)})"
            out.append(Finding(not reading, text))
        return out

    def _component(self, name: str, direction: str) -> list[Finding]:
        key = (name, direction)
        if key in self._memo:
            return self._memo[key]
        self._memo[key] = []  # a cycle meets the (empty) entry and stops
        a = pointer(self.old, f"#/components/schemas/{name}") or {}
        b = pointer(self.new, f"#/components/schemas/{name}") or {}
        found = self._plain(split_null(a)[0], split_null(b)[0], name, direction)
        self._memo[key] = found
        return found

    def _plain(
        self, a: dict[str, Any], b: dict[str, Any], where: str, direction: str
    ) -> list[Finding]:
        reading = direction == RESPONSE
        ta, tb = kinds(a), kinds(b)
        if ta != tb:
            shown = f"{_shown(ta)} -> {_shown(tb)}"
            if admits(ta, tb):  # the new type admits less
                return [Finding(not reading, f"{direction} type narrowed: {where} ({shown})")]
            if admits(tb, ta):  # the new type admits more
                return [Finding(reading, f"{direction} type widened: {where} ({shown})")]
            return [Finding(True, f"{direction} type changed: {where} ({shown})")]
        out: list[Finding] = []
        fa, fb = a.get("format"), b.get("format")
        if fa != fb:  # the Python type changes (str -> datetime.date, float -> int)
            out.append(Finding(True, f"{direction} format changed: {where} ({fa} -> {fb})"))
        out += _enum(a.get("enum"), b.get("enum"), where, direction)
        ma, mb = a.get("maxLength"), b.get("maxLength")
        if ma != mb:
            narrowed = mb is not None and (ma is None or mb < ma)
            text = f"{direction} maxLength changed: {where} ({ma} -> {mb})"
            out.append(Finding(narrowed and not reading, text))
        if "object" in ta:
            out += self._object(a, b, where, direction)
        if "array" in ta:
            out += self.compare(a.get("items", {}), b.get("items", {}), where + "[]", direction)
        return out

    def _object(
        self, a: dict[str, Any], b: dict[str, Any], where: str, direction: str
    ) -> list[Finding]:
        reading = direction == RESPONSE
        pa, req_a = _properties(self.old, a, where, set())
        pb, req_b = _properties(self.new, b, where, set())
        out: list[Finding] = []
        for name in sorted(pa.keys() - pb.keys()):
            out.append(Finding(True, f"{direction} field removed: {pa[name][1]}"))
        for name in sorted(pb.keys() - pa.keys()):
            label = pb[name][1]
            if not reading and name in req_b:
                out.append(Finding(True, f"new required request field: {label}"))
            else:
                out.append(Finding(False, f"{direction} field added: {label}"))
        for name in sorted(pa.keys() & pb.keys()):
            (sa, la), (sb, lb) = pa[name], pb[name]
            if name in req_b and name not in req_a:
                out.append(Finding(not reading, f"{direction} field became required: {lb}"))
            elif name in req_a and name not in req_b:
                out.append(Finding(reading, f"{direction} field became optional: {lb}"))
            if la != lb:  # moved to another component (an allOf part)
                out.append(Finding(False, f"{direction} field moved: {la} -> {lb}"))
            out += self.compare(sa, sb, lb, direction)
        return out


def _properties(
    spec: dict[str, Any], schema: dict[str, Any], label: str, seen: set[str]
) -> tuple[dict[str, tuple[Any, str]], set[str]]:
    """Properties (schema, label) and required names, `allOf` parts merged; a property that
    comes from a referenced part is labelled by that component (`EnvelopeMeta.total`)."""
    props: dict[str, tuple[Any, str]] = {}
    required = set(schema.get("required") or [])
    for part in schema.get("allOf") or []:
        if not isinstance(part, dict):
            continue
        name = _ref_name(part)
        if name and name not in seen:
            target = pointer(spec, part["$ref"]) or {}
            sub, sub_req = _properties(spec, target, name, seen | {name})
        elif name:
            continue
        else:
            sub, sub_req = _properties(spec, part, label, seen)
        props.update(sub)
        required |= sub_req
    for name, sub in (schema.get("properties") or {}).items():
        props[name] = (sub, f"{label}.{name}")
    return props, required


def _values(values: list[Any]) -> str:
    return ", ".join(repr(v) for v in values)


def _enum(old: Any, new: Any, where: str, direction: str) -> list[Finding]:
    """Enum changes: a sender breaks when values are refused, a reader when the type changes."""
    reading = direction == RESPONSE
    if old == new:
        return []
    if not isinstance(old, list):
        # request: a plain value is refused unless it is a member; response: an Enum member
        # is still a str/int (the generated enums subclass them)
        return [Finding(not reading, f"{direction} enum added: {where} ({_values(new)})")]
    if not isinstance(new, list):
        # response: a plain value where an Enum member was (`.value` is gone)
        return [Finding(reading, f"{direction} enum removed: {where}")]
    out = []
    removed = [v for v in old if v not in new]
    added = [v for v in new if v not in old]
    if removed:
        text = f"{direction} enum values removed: {where} ({_values(removed)})"
        out.append(Finding(not reading, text))
    if added:  # a reader keeps an unknown value (README, "Decoding policy")
        out.append(Finding(False, f"{direction} enum values added: {where} ({_values(added)})"))
    return out
