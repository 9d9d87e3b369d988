"""Render the friendly layer (`customers_api/resources/`) from the alias table.

Inputs: `codegen/aliases.yaml` (friendly names keyed by METHOD + path template), the spec
(descriptions, tags, operationIds for default names) and the freshly generated package
(read with `ast`, never imported: each operation's module, its `asyncio_detailed` parameters
and annotations, the envelope's `data` type, the body model's JSON keys). Output: one module
per namespace class plus `_root.py` (the client's own methods and top-level namespaces),
rendered with `codegen/wrapper_templates/` and formatted with ruff, in a temp directory that
`python -m codegen` swaps in next to `_generated` (and compares in `--check`).

    python -m codegen.wrappers --readme     # the README's alias table, from the same data
"""

from __future__ import annotations

import ast
import contextlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import jinja2
import yaml

from codegen import friendly_params
from codegen.generated_reader import GenOperation, GenParam, read_generated
from codegen.spec import SpecError, deref, operations

HERE = Path(__file__).resolve().parent
ALIASES = HERE / "aliases.yaml"
TEMPLATES = HERE / "wrapper_templates"
OUTPUT = "resources"  # customers_api/resources
METHODS = ("get", "put", "post", "delete", "patch")
PAGING = ("limit", "offset")
# names CustomersClient uses itself: a default namespace never takes them
CLIENT_NAMES = frozenset(
    {"aclose", "base_url", "site_id", "http_client", "is_closed", "from_env", "close"}
)
# "requires createdTo": a query parameter the spec says only goes with another
REQUIRES = re.compile(r"\brequires\s+`?([A-Za-z_][A-Za-z0-9_]*)`?")
EDGE_CACHE_NOTE = re.compile(r"\s*Accepts the edgeCache option:.*$", re.S)
# "[Y|N]", "[N|Y|B]", "(Y/N)": a parameter whose description fixes single-letter values
LETTER_CHOICES = re.compile(r"[\[(]([A-Z](?:[|/][A-Z])+)[\])]")


class AliasError(SpecError):
    """The alias table does not fit the spec (a bad entry, a clash of names)."""


# -- the alias table and default names ------------------------------------------------------


def load_table(path: Path = ALIASES) -> dict[str, Any]:
    table = yaml.safe_load(path.read_text()) or {}
    table.setdefault("namespaces", {})
    table.setdefault("operations", {})
    for key, entry in table["operations"].items():
        if not isinstance(entry, dict) or "name" not in entry:
            raise AliasError(f"{path.name}: {key}: needs a `name`")
        if entry.get("kind", "call") not in ("call", "list"):
            raise AliasError(f"{path.name}: {key}: kind must be `call` or `list`")
    return table


def snake(text: str) -> str:
    text = re.sub(r"[^0-9A-Za-z]+", "_", text)
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text).lower().strip("_")
    text = re.sub(r"_+", "_", text)
    return ("op_" + text) if not text or text[0].isdigit() else text


def camel(text: str) -> str:
    return "".join(part.capitalize() for part in snake(text).split("_"))


def spec_operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The operations the friendly layer renders (the methods the generator emits)."""
    return operations(spec, METHODS)


def default_name(key: str, op: dict[str, Any]) -> str:
    """`tag.operation_id` for an operation the table does not name.

    Without an operationId: the method and the path's literal segments
    (`GET /customer/{customerId}/notes` -> `get_customer_notes`). Without a tag: `default`.
    """
    tags = op.get("tags") or ["default"]
    namespace = snake(str(tags[0]))
    if namespace in CLIENT_NAMES:
        namespace += "_api"
    method, path = key.split(" ", 1)
    op_id = op.get("operationId")
    if op_id:
        name = snake(str(op_id))
    else:
        words = [w for w in path.strip("/").split("/") if w and not w.startswith("{")]
        name = snake("_".join([method.lower(), *words]))
    return f"{namespace}.{name}"


def naming(spec: dict[str, Any], table: dict[str, Any]) -> dict[str, tuple[str, bool]]:
    """Every spec operation -> (friendly name, named by the table)."""
    aliased = table["operations"]
    out: dict[str, tuple[str, bool]] = {}
    taken = {e["name"] for e in aliased.values()}
    for key, op in sorted(spec_operations(spec).items()):
        if key in aliased:
            out[key] = (aliased[key]["name"], True)
            continue
        name = default_name(key, op)
        base, n = name, 2
        while name in taken:
            name, n = f"{base}_{n}", n + 1
        taken.add(name)
        out[key] = (name, False)
    return out


def unnamed(spec: dict[str, Any], table: dict[str, Any]) -> list[tuple[str, str]]:
    """(operation, default name) for each spec operation the table does not name."""
    return [(k, n) for k, (n, named) in naming(spec, table).items() if not named]


def stale(spec: dict[str, Any], table: dict[str, Any]) -> list[tuple[str, str]]:
    """(operation, friendly name) for each table entry whose operation the spec lacks."""
    ops = spec_operations(spec)
    return sorted((k, e["name"]) for k, e in table["operations"].items() if k not in ops)


def section(
    old_spec: dict[str, Any],
    spec: dict[str, Any],
    table: dict[str, Any],
    renames: list[str] | tuple[str, ...] = (),
) -> str:
    """The change summary's part on the friendly surface ("" when there is nothing to say).

    `renames` are the parameters renamed because their names collide (`renamed`)."""
    lines: list[str] = []
    old_names = dict(naming(old_spec, table)) if old_spec.get("paths") else {}
    new_names = naming(spec, table)
    gone = [(k, n) for k, (n, _) in sorted(old_names.items()) if k not in new_names]
    missing = unnamed(spec, table)
    gone_keys = {k for k, _ in gone}
    orphans = [(k, n) for k, n in stale(spec, table) if k not in gone_keys]
    if not gone and not missing and not orphans and not renames:
        return ""
    lines += ["## Friendly surface (`codegen/aliases.yaml`)", ""]
    if gone:
        lines += ["### Breaking: friendly methods removed", ""]
        lines += [f"- **BREAKING** `client.{n}` removed: {k} is gone" for k, n in gone] + [""]
    if orphans:
        lines += ["### Aliases that match no operation (a typo, or an operation gone before)", ""]
        lines += [f"- {k} (`client.{n}`): not in the spec; fix or remove it" for k, n in orphans]
        lines += [""]
    if missing:
        lines += ["### Needs a friendly name", ""]
        lines += [
            f"- {k}: callable as `client.{n}(...)`; add it to `codegen/aliases.yaml`"
            for k, n in missing
        ] + [""]
    if renames:
        lines += ["### Parameters renamed (their names are the SDK's own or Python's)", ""]
        lines += [f"- {r}" for r in renames] + [""]
    return "\n".join(lines)


def renamed(spaces: list[Namespace]) -> list[str]:
    """One line per friendly parameter whose spec name had to change (`timeout` ->
    `timeout_`): what a caller passes instead."""
    out = []
    for ns in spaces:
        prefix = f"client.{ns.path}." if ns.path else "client."
        for m in ns.methods:
            for p in m.params:
                if p.renamed:
                    out.append(
                        f"`{prefix}{m.name}(..., {p.name}=...)`: {p.location} parameter "
                        f"`{p.wire}` ({m.key})"
                    )
    return sorted(out)


# -- what to render ----------------------------------------------------------------------


@dataclass
class Param:
    name: str  # friendly
    gen: str  # generated
    annotation: str
    default: str | None  # source text or None (required)
    kind: str  # path | positional | keyword | body
    convert: str  # expression giving the generated value
    doc: str
    wire: str = ""  # the spec's name ("body" for the request body)
    location: str = ""  # path | query | header | cookie | body

    @property
    def renamed(self) -> bool:
        """An underscore was added: the spec's name is one the SDK or Python reserves."""
        natural = snake(self.wire) if self.wire else self.name
        return self.name != natural and self.name.rstrip("_") == natural


@dataclass
class Method:
    name: str
    key: str
    kind: str
    summary: str
    description: str
    params: list[Param]
    returns: str
    gen_module: str
    op_const: str
    edge_cache: bool
    write: bool
    body_model: str | None = None
    body_module: str | None = None
    body_keys: dict[str, str] = field(default_factory=dict)
    envelope: bool = True  # the 2xx body is the envelope (`returns` is its data), else the body
    token: bool = True  # the call carries the bearer token (the spec's `security`)

    @property
    def body_const(self) -> str:
        return "_" + snake(self.name).upper() + "_BODY_KEYS"

    @property
    def http_method(self) -> str:
        return self.key.split(" ", 1)[0]

    @property
    def path(self) -> str:
        return self.key.split(" ", 1)[1]

    def options(self) -> list[tuple[str, str, str]]:
        """The per-call options: (name, annotation, doc)."""
        out = [
            ("timeout", "TimeoutTypes | None", "seconds or an ``httpx.Timeout`` for this call."),
            ("max_retries", "int | None", "retries of this call (default: the client's)."),
        ]
        if self.edge_cache:
            out.append(
                (
                    "edge_cache",
                    "EdgeCache | None",
                    'the edge cache lifetime: ``"30s"``, ``"1m"``, ``"5m"``, 1-5 or 8.',
                )
            )
        if self.write:
            out.append(("retry_writes", "bool | None", "retry this write (default: the client's)."))
        return out

    def signature(self) -> list[str]:
        """The parameter lines after ``self``."""
        lines: list[str] = []
        star = False
        for p in self.params:
            if p.kind == "keyword" and not star:
                lines.append("*")
                star = True
            text = f"{p.name}: {p.annotation}"
            lines.append(text + (f" = {p.default}" if p.default is not None else ""))
        if not star:
            lines.append("*")
        lines += [f"{n}: {a} = None" for n, a, _ in self.options()]
        return lines

    def doc_args(self) -> list[tuple[str, str]]:
        args = [(p.name, p.doc or "") for p in self.params]
        return args + [(n, d) for n, _, d in self.options()]

    def call_args(self) -> list[str]:
        """The arguments of the generated ``_get_kwargs``: each friendly argument converted
        and checked (path ids positionally, the rest by the generated name)."""
        path = [p.convert for p in self.params if p.kind == "path"]
        rest = [f"{p.gen}={p.convert}" for p in self.params if p.kind != "path"]
        return [*path, *rest]

    @property
    def gen_module_parent(self) -> str:
        return self.gen_module.rsplit(".", 1)[0]

    @property
    def gen_module_name(self) -> str:
        return self.gen_module.rsplit(".", 1)[1]

    def requirements(self) -> list[tuple[Param, Param]]:
        """(parameter, the one it requires): what the spec documents as ``requires otherName``
        (``createdFrom`` requires ``createdTo``), checked before sending."""
        by_wire = {p.wire: p for p in self.params if p.wire}
        out = []
        for p in self.params:
            for wire in REQUIRES.findall(p.doc):
                other = by_wire.get(wire)
                if other is not None and other is not p:
                    out.append((p, other))
        return out

    def operation_flags(self) -> str:
        """The ``Operation(...)`` keywords that differ from the defaults."""
        flags = "" if self.token else ", token=False"
        return flags + ("" if self.envelope else ", envelope=False")


@dataclass
class Namespace:
    path: str  # dotted, "" for the root
    cls: str
    doc: str
    module: str
    children: list[tuple[str, Namespace]] = field(default_factory=list)
    methods: list[Method] = field(default_factory=list)
    type_imports: dict[str, set[str]] = field(default_factory=dict)


def _choices(gen: GenParam, spec_param: dict[str, Any], entry: dict[str, Any]) -> list[str]:
    explicit = (entry.get("choices") or {}).get(gen.name)
    if explicit:
        return [str(v) for v in explicit]
    if gen.annotation != "str":
        return []
    enum = (spec_param.get("schema") or {}).get("enum")
    if enum and all(isinstance(v, str) for v in enum):
        return list(enum)
    match = LETTER_CHOICES.search(spec_param.get("description") or "")
    return re.split(r"[|/]", match[1]) if match else []


def _annotation_names(text: str) -> set[str]:
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError:
        return set()
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}


def _list_annotation(text: str) -> str:
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", text)


BODY_DOC = "the request body: the model, or a mapping with camelCase or snake_case keys."


def _typed_query(g: GenParam, friendly: str) -> tuple[str, str]:
    """(annotation, conversion) of a query parameter with no fixed values: ints refuse a
    bool, dates and date-times take the object or the API's string form."""
    if g.annotation == "int":
        return "int", f'integer("{friendly}", {friendly})'
    if g.annotation == "datetime.date":
        return "datetime.date | str", f'date_param("{friendly}", {friendly})'
    if g.annotation == "datetime.datetime":
        return "datetime.datetime | str", f'datetime_param("{friendly}", {friendly})'
    return g.annotation, friendly if g.required else f"unset({friendly})"


def takes_token(spec: dict[str, Any], op: dict[str, Any]) -> bool:
    """Whether a call carries the bearer token: its `security` (else the spec's) names an
    HTTP bearer scheme. No security declared anywhere: the token is sent."""
    requirements = op.get("security", spec.get("security"))
    if requirements is None:
        return True
    schemes = spec.get("components", {}).get("securitySchemes", {})
    bearer = {
        name
        for name, scheme in schemes.items()
        if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer"
    }
    return any(bearer & set(requirement) for requirement in requirements)


def _imports(text: str, gen: GenOperation) -> dict[str, str]:
    return {n: gen.imports[n] for n in _annotation_names(text) if n in gen.imports}


def _param(
    g: GenParam,
    sp: dict[str, Any],
    friendly: str,
    method: str,
    entry: dict[str, Any],
    gen: GenOperation,
) -> tuple[Param, dict[str, str]]:
    """One friendly parameter for the generated `g` (spec parameter `sp`), and its imports."""
    doc = " ".join((sp.get("description") or "").split())
    wire, where = str(sp.get("name", g.name)), str(sp.get("in", g.kind))
    if g.kind == "path":
        path = friendly_params.path_check(g.annotation, sp.get("schema") or {})
        convert = f'{path.check}("{friendly}", {friendly})' if path.check else friendly
        param = Param(friendly, g.name, path.annotation, None, "path", convert, doc or path.doc)
        needs = {} if path.check else _imports(g.annotation, gen)
        return replace(param, wire=wire, location=where), needs
    if g.kind == "body":
        model = gen.imports.get(g.annotation, "")
        if model.startswith("models."):  # one model: it, or a mapping of its fields
            keys = "_" + snake(method).upper() + "_BODY_KEYS"
            annotation = f"{g.annotation} | Mapping[str, Any]"
            convert = f"as_body({g.annotation}, {friendly}, {keys})"
            param = Param(friendly, g.name, annotation, None, "body", convert, doc or BODY_DOC)
        else:  # a list, a scalar, several content types: as generated
            annotation, default = (
                (g.annotation, None) if g.required else (f"{g.annotation} | None", "None")
            )
            convert = friendly if g.required else f"unset({friendly})"
            param = Param(
                friendly, g.name, _list_annotation(annotation), default, "body", convert, doc
            )
        return replace(param, wire="body", location="body"), _imports(g.annotation, gen)
    needs: dict[str, str] = {}
    choices = _choices(g, sp, entry)
    if choices:
        literal = "Literal[" + ", ".join(repr(c) for c in choices) + "]"
        flags = "Y" in choices and "N" in choices
        base = f"{literal} | bool" if flags else literal
        convert = f'choice("{friendly}", {friendly}, {tuple(choices)!r})'
    elif re.fullmatch(r"(int \| list\[int\]|list\[int\] \| int)", g.annotation):
        base = "int | Sequence[int]"
        convert = f'ints("{friendly}", {friendly})'
    else:
        base, convert = _typed_query(g, friendly)
        needs = _imports(base, gen)
    annotation, default = (base, None) if g.required else (f"{base} | None", "None")
    param = Param(friendly, g.name, _list_annotation(annotation), default, "keyword", convert, doc)
    return replace(param, wire=wire, location=where), needs


def spec_parameters(spec: dict[str, Any], key: str) -> dict[str, dict[str, Any]]:
    """An operation's parameters (path-item ones included, `$ref`s followed) by `key`."""
    method, path = key.split(" ", 1)
    item = spec.get("paths", {}).get(path, {})
    raw = [*item.get("parameters", []), *item.get(method.lower(), {}).get("parameters", [])]
    params = [deref(spec, p) for p in raw]
    return {
        friendly_params.key(p["name"]): p for p in params if isinstance(p, dict) and "name" in p
    }


def _method(
    spec: dict[str, Any],
    key: str,
    name: str,
    kind: str,
    entry: dict[str, Any],
    op: dict[str, Any],
    gen: GenOperation,
    spec_params: dict[str, dict[str, Any]],
) -> tuple[Method, dict[str, str]]:
    """One method to render, and the annotation names it needs (name -> import ref)."""
    rename: dict[str, str] = entry.get("rename") or {}
    positional: list[str] = entry.get("positional") or []
    needs: dict[str, str] = {}
    params: list[Param] = []
    keyword: list[Param] = []
    taken: set[str] = set()
    method_name = name.rsplit(".", 1)[-1]
    for g in gen.params:
        natural = friendly_params.natural(g.name)
        friendly = friendly_params.free(rename.get(g.name, natural), taken)
        taken.add(friendly)
        sp = {} if g.kind == "body" else friendly_params.spec_param(natural, spec_params)
        param, param_needs = _param(g, sp, friendly, method_name, entry, gen)
        needs.update(param_needs)
        if param.kind == "keyword" and g.name in positional:
            param.kind = "positional"
        (keyword if param.kind == "keyword" else params).append(param)
    body = [p for p in params if p.kind == "body"]
    ordered = (
        [p for p in params if p.kind == "path"]
        + body
        + [p for p in params if p.kind == "positional"]
    )
    # keyword-only: the generated order, with the paging parameters last (as the API lists them)
    last = (*PAGING, "order_by")
    keyword.sort(key=lambda p: (p.gen in last, last.index(p.gen) if p.gen in last else 0))
    needs.update(_imports(gen.data, gen))
    description = EDGE_CACHE_NOTE.sub("", (op.get("description") or "").strip()).strip()
    method = Method(
        name=method_name,
        key=key,
        kind=kind,
        summary=entry.get("summary") or (op.get("summary") or "").strip().rstrip(".") + ".",
        description=description,
        params=ordered + keyword,
        returns=_list_annotation(gen.data),
        gen_module=gen.module,
        op_const="_OP_" + snake(method_name).upper(),
        edge_cache="edgeCache" in (op.get("description") or ""),
        write=gen.method != "GET",
        envelope=gen.envelope,
        token=takes_token(spec, op),
    )
    if body and body[0].convert.startswith("as_body("):
        b = next(g for g in gen.params if g.kind == "body")
        method.body_model = b.annotation
        method.body_module = gen.imports[b.annotation].split(":")[0]
        method.body_keys = gen.body_keys
    if kind == "list" and not all(any(p.gen == n for p in keyword) for n in PAGING):
        raise AliasError(f"{key}: kind `list` needs `limit` and `offset` query parameters")
    if kind == "list" and not (gen.envelope and gen.data.startswith("list[")):
        raise AliasError(f"{key}: kind `list` needs an envelope whose `data` is a list")
    return method, needs


def plan(spec: dict[str, Any], package: Path, table: dict[str, Any]) -> list[Namespace]:
    """The namespaces to render (root first), from the spec, the table and the package."""
    gen_ops = read_generated(package)
    spec_ops = spec_operations(spec)
    names = naming(spec, table)
    declared = table["namespaces"]
    root = Namespace("", "Root", "The client's own methods and its top-level namespaces.", "_root")
    spaces: dict[str, Namespace] = {"": root}
    used_classes = {"Root", "Resource"} | {d["class"] for d in declared.values()}

    def namespace(path: str) -> Namespace:
        if path in spaces:
            return spaces[path]
        parent = namespace(path.rsplit(".", 1)[0] if "." in path else "")
        info = declared.get(path) or {}
        cls = info.get("class")
        if not cls:
            cls = camel(path.replace(".", "_"))
            while cls in used_classes:
                cls += "Api"
            used_classes.add(cls)
        doc = info.get("doc") or f"Operations tagged ``{path.rsplit('.', 1)[-1]}``."
        ns = Namespace(path, cls, doc, snake(cls))
        spaces[path] = ns
        parent.children.append((path.rsplit(".", 1)[-1], ns))
        return ns

    for path in declared:
        namespace(path)
    for key in sorted(spec_ops):
        if key not in gen_ops:
            continue  # the generator skipped it (it would have failed with --fail-on-warning)
        name, named = names[key]
        entry = table["operations"].get(key, {}) if named else {}
        kind = entry.get("kind")
        gen = gen_ops[key]
        if kind is None:
            pageable = (
                gen.envelope
                and gen.data.startswith("list[")
                and all(any(p.name == n for p in gen.params) for n in PAGING)
            )
            kind = "list" if pageable else "call"
        params = spec_parameters(spec, key)
        method, needs = _method(spec, key, name, kind, entry, spec_ops[key], gen, params)
        ns = namespace(name.rsplit(".", 1)[0] if "." in name else "")
        if any(m.name == method.name for m in ns.methods) or any(
            c == method.name for c, _ in ns.children
        ):
            raise AliasError(f"{key}: `{name}` is taken twice")
        ns.methods.append(method)
        for ref in needs.values():
            module, _, attr = ref.partition(":")
            ns.type_imports.setdefault(module, set()).add(attr)
    for ns in spaces.values():
        ns.children.sort()
        order = {e["name"]: i for i, e in enumerate(table["operations"].values())}
        ns.methods.sort(
            key=lambda m: (order.get(f"{ns.path}.{m.name}".lstrip("."), len(order)), m.name)
        )
    return list(spaces.values())


# -- rendering ------------------------------------------------------------------------------


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["doc"] = lambda s: s.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    env.filters["import_line"] = _import_line
    return env


def _import_line(module: str, names: set[str]) -> str:
    listed = ", ".join(sorted(names))
    if module.startswith("!"):
        target = module[1:]
        return f"from {target} import {listed}" if names != {""} else f"import {target}"
    return f"from .._generated.{module} import {listed}"


def render(spec: dict[str, Any], package: Path, workdir: Path, table_path: Path = ALIASES) -> Path:
    """Render the resources package for `spec` into `workdir/resources`; return it."""
    table = load_table(table_path)
    spaces = plan(spec, package, table)
    out = workdir / OUTPUT
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    env = _environment()
    module_tpl = env.get_template("resource_module.py.jinja")
    for ns in spaces:
        (out / f"{ns.module}.py").write_text(module_tpl.render(ns=ns))
    init = env.get_template("resources_init.py.jinja")
    (out / "__init__.py").write_text(init.render(spaces=sorted(spaces, key=lambda n: n.cls)))
    _format(out)
    return out


def _format(out: Path) -> None:
    bindir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bindir + os.pathsep + os.environ.get("PATH", "")}
    common = ["--isolated", "--line-length", "100", "--target-version", "py311", "--quiet"]
    for cmd in (
        ["ruff", "check", "--fix-only", "--select", "I,F401", *common, "--no-cache", "."],
        ["ruff", "format", *common, "--no-cache", "."],
    ):
        proc = subprocess.run(cmd, cwd=out, env=env, capture_output=True, text=True)
        if proc.returncode not in (0, 1):
            raise AliasError(f"ruff failed on the rendered resources: {proc.stderr.strip()}")


def readme_table(spec: dict[str, Any], table: dict[str, Any] | None = None) -> str:
    """The README's "Every endpoint, one spelling" table: every operation of the spec, those
    the alias table names in its order, then the others at their default names."""
    table = table or load_table()
    ops = spec_operations(spec)
    rows = ["| Endpoint | Python |", "|---|---|"]
    names = naming(spec, table)
    keys = [k for k in table["operations"] if k in ops]
    keys += sorted(k for k in ops if k not in table["operations"])
    for key in keys:
        entry = table["operations"].get(key) or {"name": names[key][0]}
        args = entry.get("readme") or _readme_args(key, entry, ops[key])
        rows.append(f"| `{key}` | `client.{entry['name']}({args})` |")
    return "\n".join(rows) + "\n"


def _readme_args(key: str, entry: dict[str, Any], op: dict[str, Any]) -> str:
    """`customer_id, body, q, k=..., ...`: path ids, body, positional and required queries."""
    rename = entry.get("rename") or {}
    positional = entry.get("positional") or []
    queries = [p for p in op.get("parameters", []) if p.get("in") == "query"]
    out = [rename.get(snake(n), snake(n)) for n in re.findall(r"{(\w+)}", key)]
    if "requestBody" in op:
        out.append("body")
    for q in positional:
        spec_q = next((p for p in queries if snake(p["name"]) == q), {})
        out.append(q if spec_q.get("required") else f"{q}=None")
    rest = [p for p in queries if snake(p["name"]) not in positional]
    out += [f"{snake(p['name'])}=..." for p in rest if p.get("required")]
    if any(not p.get("required") for p in rest):
        out.append("...")
    return ", ".join(out)


README_TABLE_HEAD = "| Endpoint | Python |"


def readme_with_table(text: str, spec: dict[str, Any], table: dict[str, Any] | None = None) -> str:
    """`text` (the README) with its endpoint table, up to the next blank line, rendered anew;
    unchanged when it has no such table."""
    start = text.find(README_TABLE_HEAD + "\n")
    if start < 0:
        return text
    end = text.find("\n\n", start)
    end = len(text) if end < 0 else end + 1
    return text[:start] + readme_table(spec, table) + text[end:]


def sync_readme(root: Path, spec: dict[str, Any], table: dict[str, Any] | None = None) -> bool:
    """Rewrite README.md's endpoint table from the alias table (atomically); True if changed."""
    readme = root / "README.md"
    if not readme.exists():
        return False
    text = readme.read_text()
    new = readme_with_table(text, spec, table)
    if new == text:
        return False
    staged_file = readme.with_name(".README.md.new")
    staged_file.write_text(new)
    os.replace(staged_file, readme)
    return True


@contextlib.contextmanager
def staged(root: Path, rendered: Path) -> Iterator[None]:
    """Swap `rendered` in as customers_api/resources around the block; restore on failure."""
    target = root / "customers_api" / OUTPUT
    new = target.with_name(OUTPUT + ".new")
    old = target.with_name(OUTPUT + ".old")
    for leftover in (new, old):
        shutil.rmtree(leftover, ignore_errors=True)
    shutil.copytree(rendered, new)
    had_old = target.exists()
    if had_old:
        os.replace(target, old)
    try:
        os.replace(new, target)
        yield
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        if had_old:
            os.replace(old, target)
        shutil.rmtree(new, ignore_errors=True)
        raise
    shutil.rmtree(old, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    import argparse
    import json

    parser = argparse.ArgumentParser(prog="python -m codegen.wrappers")
    parser.add_argument("--readme", action="store_true", help="print the README alias table")
    parser.add_argument("--spec", default=str(HERE.parent / "openapi.json"))
    args = parser.parse_args(argv)
    spec = json.loads(Path(args.spec).read_text())
    if args.readme:
        print(readme_table(spec), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
