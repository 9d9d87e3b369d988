"""What a regeneration does to Python callers: griffe's breaking-change check.

`codegen.changes` says what changed in the HTTP API; this module says what that does to
code written against the SDK. It loads `customers_api` statically (nothing is imported or
executed) from the tree before the swap and from the tree after it, and asks griffe for the
breaking changes of:

- the public surface, `customers_api` as its `__init__` exposes it (griffe follows
  re-exported names into `_generated`), including the friendly methods rendered into
  `customers_api.resources` (a removed alias, a removed or newly required parameter of
  `client.customers.invoices.list`), and
- the generated layer, `customers_api._generated`, which the handwritten skin wraps and
  whose models callers receive: a removed model attribute, a new required argument of an
  endpoint function, a removed endpoint module.

griffe 2.4 does not judge annotation changes (a narrowed field type: `None | str` -> `str`);
those are listed apart, for review, without a verdict.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PACKAGE = "customers_api"
GENERATED = "_generated"


@dataclass(frozen=True)
class Snapshot:
    """The statically loaded `customers_api` of one tree, or why it could not be loaded."""

    module: Any = None
    error: str | None = None


@dataclass
class ApiDiff:
    public: list[str] = field(default_factory=list)  # breaking, via the public surface
    generated: list[str] = field(default_factory=list)  # breaking, in _generated
    annotations: list[str] = field(default_factory=list)  # changed, not judged

    @property
    def breaking(self) -> list[str]:
        return self.public + self.generated


def snapshot(root: Path) -> Snapshot:
    """Load `customers_api` from `root` only (not from sys.path or the editable install)."""
    try:
        import griffe
    except ImportError:
        return Snapshot(error="griffe is not installed")
    quiet = logging.getLogger("griffe")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        module = griffe.load(
            PACKAGE,
            search_paths=[str(root)],
            try_relative_path=False,  # else `customers_api` in the cwd wins over `root`
            allow_inspection=False,
            resolve_aliases=False,
        )
    except Exception as exc:  # a broken tree is reported in the summary, not raised
        return Snapshot(error=f"cannot load {PACKAGE} from {root}: {type(exc).__name__}: {exc}")
    finally:
        quiet.setLevel(level)
    return Snapshot(module=module)


def _describe(breakage: Any) -> str:
    import griffe

    where = breakage.obj.path
    param = breakage.new_value if breakage.new_value is not None else breakage.old_value
    if isinstance(param, griffe.Parameter):
        where += f"({param.name})"
    text = f"`{where}`: {breakage.kind.value.lower()}"
    if breakage.details:
        text += f" ({breakage.details})"
    return text


def _walk(obj: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Public, non-alias objects under `obj` (modules, classes, functions, attributes)."""
    for name, member in sorted(obj.members.items()):
        if member.is_alias or not member.is_public:
            continue
        where = f"{path}.{name}" if path else name
        yield where, member
        if member.is_module or member.is_class:
            yield from _walk(member, where)


def _signature(obj: Any) -> dict[str, str]:
    """The annotations of an object, by slot: an attribute's type, a function's params/return."""
    if obj.is_attribute:
        return {"": str(obj.annotation)} if obj.annotation is not None else {}
    if obj.is_function:
        out = {f"({p.name})": str(p.annotation) for p in obj.parameters if p.annotation is not None}
        if obj.returns is not None:
            out[" -> return"] = str(obj.returns)
        return out
    return {}


def annotation_changes(old: Any, new: Any, prefix: str) -> list[str]:
    """Public annotations present in both trees whose text changed."""
    new_objects = dict(_walk(new))
    out = []
    for where, old_obj in _walk(old):
        new_obj = new_objects.get(where)
        if new_obj is None or new_obj.kind != old_obj.kind:
            continue  # removals and kind changes are griffe's
        a, b = _signature(old_obj), _signature(new_obj)
        for slot in sorted(a.keys() & b.keys()):
            if a[slot] != b[slot]:
                out.append(f"`{prefix}.{where}{slot}`: `{a[slot]}` -> `{b[slot]}`")
    return out


def compare(before: Snapshot, after: Snapshot) -> ApiDiff:
    """Breaking changes (and annotation changes) from `before` to `after`."""
    import griffe

    old, new = before.module, after.module
    diff = ApiDiff()
    seen: set[str] = set()
    for breakage in griffe.find_breaking_changes(old, new):
        text = _describe(breakage)
        if text not in seen:
            seen.add(text)
            diff.public.append(text)
    if GENERATED in old.members and GENERATED in new.members:
        old_gen, new_gen = old.members[GENERATED], new.members[GENERATED]
        for breakage in griffe.find_breaking_changes(old_gen, new_gen):
            text = _describe(breakage)
            if text not in seen:
                seen.add(text)
                diff.generated.append(text)
        diff.annotations = annotation_changes(old_gen, new_gen, f"{PACKAGE}.{GENERATED}")
    elif GENERATED in old.members:
        diff.generated.append(f"`{PACKAGE}.{GENERATED}`: public object was removed")
    diff.public.sort()
    diff.generated.sort()
    return diff


def render(diff: ApiDiff) -> str:
    """The Markdown section appended to the spec change summary."""
    lines = ["## Python API check (griffe)", ""]
    if not diff.breaking and not diff.annotations:
        return "\n".join([*lines, "No breaking changes in the Python API.", ""])
    lines += [
        f"{len(diff.breaking)} breaking change(s) for code written against the SDK, "
        f"{len(diff.annotations)} annotation change(s) to review.",
        "",
    ]
    if diff.public:
        lines += ["### Breaking: public surface (`customers_api`)", ""]
        lines += [f"- **BREAKING** {t}" for t in diff.public] + [""]
    if diff.generated:
        lines += ["### Breaking: generated layer (`customers_api._generated`)", ""]
        lines += [f"- **BREAKING** {t}" for t in diff.generated] + [""]
    if diff.annotations:
        lines += ["### Annotation changes (griffe does not judge these; review)", ""]
        lines += [f"- {t}" for t in diff.annotations] + [""]
    return "\n".join(lines)


def section(before: Snapshot, after: Snapshot) -> str:
    """`render(compare(...))`, or one line saying why the check could not run."""
    if before.error or after.error:
        reason = before.error or after.error
        return f"## Python API check (griffe)\n\nNot run: {reason}.\n"
    try:
        return render(compare(before, after))
    except Exception as exc:  # the regeneration has landed; report, don't undo it
        return f"## Python API check (griffe)\n\nFailed: {type(exc).__name__}: {exc}\n"
