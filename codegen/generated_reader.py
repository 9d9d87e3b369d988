"""Read the generated package with `ast` (never importing it): each endpoint module's
METHOD and PATH, its `asyncio_detailed` parameters and annotations, what a 2xx body parses
to (the API's envelope, whose `data` the SDK returns, or any other body: a bare model, an
array, a scalar, a union, nothing), the body model's JSON keys, and where every annotation
name is imported from.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class GenParam:
    name: str
    annotation: str  # as generated, without `| Unset`
    required: bool
    kind: str  # "path" | "query" | "body"


@dataclass
class GenOperation:
    method: str
    path: str
    module: str  # dotted, relative to _generated: "api.invoices.list_customer_invoices"
    params: list[GenParam]
    data: str  # what the SDK returns: the envelope's `data`, or the whole body
    imports: dict[str, str]  # annotation name -> "module:Name" (module relative to _generated)
    body_keys: dict[str, str] = field(default_factory=dict)  # snake -> camelCase
    envelope: bool = True  # the 2xx body is the API's envelope (data, count, total, ...)
    body: str = "Any"  # the 2xx body as generated (`Response[...]` of `asyncio_detailed`)


def _strip_unset(text: str) -> str:
    parts = [p.strip() for p in text.split("|")]
    return " | ".join(p for p in parts if p != "Unset")


def _resolve(module_dots: str, level: int, name: str | None) -> str:
    """A relative import in `_generated/<module_dots>.py` as a module relative to _generated."""
    parts = module_dots.split(".")[:-level]
    return ".".join([*parts, name] if name else parts)


def _file_imports(tree: ast.Module, module_dots: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = _resolve(module_dots, node.level, node.module)
            for alias in node.names:
                out[alias.asname or alias.name] = f"{base}:{alias.name}"
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                out[alias.asname or alias.name] = f"!{node.module}:{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                out[alias.asname or alias.name] = f"!{alias.name}"
    return out


def _constant(tree: ast.Module, name: str) -> str | None:
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    return None


def _function(tree: ast.Module, name: str) -> ast.AsyncFunctionDef | ast.FunctionDef | None:
    for node in tree.body:
        if isinstance(node, (ast.AsyncFunctionDef, ast.FunctionDef)) and node.name == name:
            return node
    return None


def _class_annotations(tree: ast.Module) -> dict[str, str]:
    """The annotated attributes of the module's (first) class, as source text."""
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            return {
                item.target.id: ast.unparse(item.annotation)
                for item in node.body
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
            }
    return {}


# What makes a body the API's envelope (customers_api._response.Envelope): these attributes,
# the counts typed int and the message str. Any other body is returned whole.
ENVELOPE = {"count": "int", "total": "int", "total_results": "int", "message": "str"}
ENVELOPE_ALSO = ("data", "params", "options")


def is_envelope(attributes: dict[str, str]) -> bool:
    return all(attributes.get(k) == v for k, v in ENVELOPE.items()) and all(
        k in attributes for k in ENVELOPE_ALSO
    )


def _json_keys(tree: ast.Module) -> dict[str, str]:
    """snake_case attribute -> camelCase JSON key, from the model's `to_dict`."""
    keys: dict[str, str] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.FunctionDef) and node.name == "to_dict"):
            continue
        for sub in ast.walk(node):
            if (
                isinstance(sub, ast.Assign)
                and isinstance(sub.value, ast.Name)
                and len(sub.targets) == 1
                and isinstance(sub.targets[0], ast.Subscript)
                and isinstance(sub.targets[0].value, ast.Name)
                and sub.targets[0].value.id == "field_dict"
                and isinstance(sub.targets[0].slice, ast.Constant)
            ):
                keys[sub.value.id] = str(sub.targets[0].slice.value)
            elif isinstance(sub, ast.Dict):
                for k, v in zip(sub.keys, sub.values, strict=True):
                    if isinstance(k, ast.Constant) and isinstance(v, ast.Name):
                        keys[v.id] = str(k.value)
    return keys


def _model_file(package: Path, ref: str) -> Path:
    module = ref.split(":")[0]
    return package.joinpath(*module.split(".")).with_suffix(".py")


def read_generated(package: Path) -> dict[str, GenOperation]:
    """Every generated endpoint module, by "METHOD /path"."""
    ops: dict[str, GenOperation] = {}
    for file in sorted((package / "api").rglob("*.py")):
        if file.name == "__init__.py":
            continue
        tree = ast.parse(file.read_text())
        method, path = _constant(tree, "METHOD"), _constant(tree, "PATH")
        func = _function(tree, "asyncio_detailed")
        if method is None or path is None or func is None:
            continue
        module = ".".join(file.relative_to(package).with_suffix("").parts)
        imports = _file_imports(tree, module)
        params: list[GenParam] = []
        n_pos = len(func.args.args)
        for i, arg in enumerate(func.args.args):
            has_default = i >= n_pos - len(func.args.defaults)
            params.append(
                GenParam(
                    arg.arg, _strip_unset(ast.unparse(arg.annotation)), not has_default, "path"
                )
            )
        for arg, default in zip(func.args.kwonlyargs, func.args.kw_defaults, strict=True):
            if arg.arg in ("client", "extensions"):
                continue
            kind = "body" if arg.arg == "body" else "query"
            text = ast.unparse(arg.annotation) if arg.annotation else "Any"
            params.append(GenParam(arg.arg, _strip_unset(text), default is None, kind))
        returns = ast.unparse(func.returns) if func.returns else ""
        match = re.fullmatch(r"Response\[(.+)\]", returns)
        parsed = match[1] if match else "Any"
        op = GenOperation(method, path, module, params, parsed, imports, body=parsed)
        if parsed in imports and not imports[parsed].startswith("!"):
            model_tree = ast.parse(_model_file(package, imports[parsed]).read_text())
            attributes = _class_annotations(model_tree)
            if is_envelope(attributes):
                model_module = imports[parsed].split(":")[0]
                op.data = attributes["data"]
                op.imports = {**_file_imports(model_tree, model_module), **imports}
            else:
                op.envelope = False
        else:
            op.envelope = False
        body = next((p for p in params if p.kind == "body"), None)
        if body is not None and body.annotation in imports:
            model_tree = ast.parse(_model_file(package, imports[body.annotation]).read_text())
            op.body_keys = _json_keys(model_tree)
        ops[f"{method} {path}"] = op
    return ops
