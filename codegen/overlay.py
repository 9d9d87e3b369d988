"""Apply the committed OpenAPI Overlay (1.0) to a pulled spec before generation.

The overlay (`codegen/overlay.yaml`) carries curated refinements the live spec lacks (ids
typed `integer`, date formats, descriptions), so they survive every regeneration while
`openapi.json` stays the spec as pulled. Targets are RFC 9535 JSONPath expressions,
evaluated by `jsonpath-rfc9535`; `update` and `remove` follow the Overlay 1.0 rules
(objects merge recursively, arrays append, primitives are replaced).

Nullability survives a primitive `type` update: a 3.0 spec is upgraded to 3.1 first, and
while the actions run a nullable `type: ["number", "null"]` reads `type: "number"` (plus
a private marker), so an action that sets `type: integer` replaces only the type and the
result is `["integer", "null"]` again. Nothing else of a 3.1 spec is rewritten. An action
whose target matches nothing is reported (the live spec moved), never silently skipped.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.integers import EXTENSION, apply_rule, load_rule
from codegen.spec import SpecError, upgrade_to_31, walk

OVERLAY = Path(__file__).resolve().parent / "overlay.yaml"


@dataclass(frozen=True)
class ActionReport:
    """What one overlay action did: the nodes it matched and the values it changed."""

    target: str
    description: str
    matched: int
    changes: tuple[str, ...] = ()


@dataclass
class OverlayReport:
    """Every action's outcome, in overlay order."""

    title: str = ""
    actions: list[ActionReport] = field(default_factory=list)

    @property
    def unmatched(self) -> list[ActionReport]:
        return [a for a in self.actions if a.matched == 0]

    @property
    def changes(self) -> list[str]:
        return [change for a in self.actions for change in a.changes]


def load_overlay(path: Path = OVERLAY) -> dict[str, Any]:
    """Read and check an Overlay 1.0 document; any problem is a one-line SpecError."""
    import yaml

    try:
        doc = yaml.safe_load(path.read_text())
    except OSError as exc:
        raise SpecError(f"{path}: cannot read ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        raise SpecError(f"{path}: not YAML ({str(exc).splitlines()[0]})") from None
    check_overlay(doc, str(path))
    return doc  # type: ignore[no-any-return]


def check_overlay(doc: Any, source: str) -> None:
    """Raise SpecError unless `doc` is an Overlay 1.0 document with valid JSONPath targets."""
    import jsonpath_rfc9535 as jsonpath

    if not isinstance(doc, dict) or not str(doc.get("overlay", "")).startswith("1.0"):
        raise SpecError(f"{source}: not an Overlay 1.0 document (`overlay: 1.0.0` missing)")
    info = doc.get("info")
    if not isinstance(info, dict) or not {"title", "version"} <= info.keys():
        raise SpecError(f"{source}: `info` needs a title and a version")
    load_rule(doc, source)  # the `x-integers` rule, if any (codegen/integers.py)
    actions = doc.get("actions")
    if not isinstance(actions, list) or not actions:
        raise SpecError(f"{source}: `actions` must be a non-empty list")
    for index, action in enumerate(actions):
        where = f"{source}: actions[{index}]"
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise SpecError(f"{where}: needs a `target` JSONPath")
        if ("update" in action) == bool(action.get("remove")):
            raise SpecError(f"{where}: needs exactly one of `update` or `remove: true`")
        try:
            jsonpath.compile(action["target"])
        except jsonpath.JSONPathError as exc:
            raise SpecError(f"{where}: invalid JSONPath {action['target']!r} ({exc})") from None


def merge(node: Any, update: Any) -> Any:
    """Overlay update semantics: objects merge recursively, arrays append, else replace."""
    if isinstance(node, dict) and isinstance(update, dict):
        for key, value in update.items():
            node[key] = merge(node[key], value) if key in node else copy.deepcopy(value)
        return node
    if isinstance(node, list):
        node.extend(copy.deepcopy(update) if isinstance(update, list) else [update])
        return node
    return copy.deepcopy(update)


def _leaf_changes(where: str, before: Any, after: Any) -> list[str]:
    """Readable `where: old -> new` lines for what differs between two values."""
    if isinstance(before, dict) and isinstance(after, dict):
        out: list[str] = []
        for key in sorted(before.keys() | after.keys()):
            old, new = before.get(key, _ABSENT), after.get(key, _ABSENT)
            out += _leaf_changes(f"{where}.{key}", old, new)
        return out
    if before == after:
        return []
    return [f"{where}: {_show(before)} -> {_show(after)}"]


class _Absent:
    def __repr__(self) -> str:
        return "(absent)"


_ABSENT = _Absent()


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _label(location: tuple[Any, ...]) -> str:
    """`components.schemas.Customer.properties.customerId` for a node location."""
    parts = list(location)
    if parts[:2] == ["components", "schemas"]:
        parts = parts[2:]
    return ".".join(str(p) for p in parts) or "$"


def apply_overlay(
    spec: dict[str, Any], overlay: dict[str, Any]
) -> tuple[dict[str, Any], OverlayReport]:
    """Apply the overlay's `x-integers` rule, then its actions in order, to a copy of `spec`;
    report each."""
    import jsonpath_rfc9535 as jsonpath

    doc = copy.deepcopy(spec)
    report = OverlayReport(title=str(overlay.get("info", {}).get("title", "")))
    rule = load_rule(overlay, "overlay")
    if rule is not None:  # before the actions, which may refine what it did
        seen, changes = apply_rule(doc, rule)
        report.actions.append(ActionReport(EXTENSION, rule.description, seen, tuple(changes)))
    for action in overlay["actions"]:
        nodes = list(jsonpath.find(action["target"], doc))
        changes: list[str] = []
        if action.get("remove"):
            # deepest and last first, so earlier locations stay valid
            for node in sorted(nodes, key=lambda n: n.location, reverse=True):
                parent: Any = node.parent.value if node.parent is not None else None
                key: Any = node.location[-1] if node.location else None
                if isinstance(parent, (dict, list)):
                    del parent[key]
                    changes.append(f"{_label(node.location)}: removed")
        else:
            for node in nodes:
                before = copy.deepcopy(node.value)
                after = merge(node.value, action["update"])
                if node.parent is not None:
                    container: Any = node.parent.value
                    container[node.location[-1]] = after
                changes += _leaf_changes(_label(node.location), before, after)
        report.actions.append(
            ActionReport(
                target=action["target"],
                description=str(action.get("description", "")),
                matched=len(nodes),
                changes=tuple(changes),
            )
        )
    return doc, report


def effective_spec(
    spec: dict[str, Any], overlay: dict[str, Any] | None = None
) -> tuple[dict[str, Any], OverlayReport]:
    """The spec the generator reads: `spec` (3.0 or 3.1) with the overlay applied, as 3.1."""
    if overlay is None:
        overlay = load_overlay()
    lowered = walk(upgrade_to_31(spec), _lower_nullable)
    applied, report = apply_overlay(lowered, overlay)
    return walk(applied, _raise_nullable), report


_MARK = "x-codegen-nullable"  # only while the overlay is applied


def _lower_nullable(node: dict[str, Any]) -> dict[str, Any]:
    """`type: [X, "null"]` -> `type: X` + a marker, so that a `type` update keeps the null."""
    kind = node.get("type")
    if isinstance(kind, list) and "null" in kind and len(kind) == 2:
        node["type"] = next(k for k in kind if k != "null")
        node[_MARK] = True
    return node


def _raise_nullable(node: dict[str, Any]) -> dict[str, Any]:
    if node.pop(_MARK, False):
        kind = node.get("type")
        if isinstance(kind, str):
            node["type"] = [kind, "null"]
        elif isinstance(kind, list) and "null" not in kind:
            node["type"] = [*kind, "null"]
    return node


def render_report(report: OverlayReport, source: str = "codegen/overlay.yaml") -> str:
    """Markdown for the change summary: unmatched actions first, then what changed."""
    changed = report.changes
    lines = [
        f"## Overlay ({source})",
        "",
        f"{len(report.actions)} action(s), {len(changed)} value(s) changed, "
        f"{len(report.unmatched)} action(s) matched nothing.",
        "",
    ]
    if report.unmatched:
        lines += ["### Overlay actions that matched nothing (the live spec moved?)", ""]
        lines += [f"- **UNMATCHED** `{a.target}` — {a.description}" for a in report.unmatched]
        lines += [""]
    if changed:
        lines += ["### What the overlay changed", ""] + [f"- {c}" for c in changed] + [""]
    return "\n".join(lines)
