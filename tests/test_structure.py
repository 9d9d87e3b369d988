"""The package's shape, checked from its source: no import cycle, no dependency's privates,
a lazy ``import customers_api``, and a short path from a friendly method to the engine."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "customers_api"
THIRD_PARTY = ("httpx", "httpcore", "aiohttp", "yarl", "multidict", "opentelemetry", "attrs")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _handwritten() -> dict[str, Path]:
    """Every module but the generated package (the generator's output, where models that
    refer to each other -- recursive schemas included -- must import each other)."""
    return {_module_name(p): p for p in PACKAGE.rglob("*.py") if "_generated" not in p.parts}


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules ``name`` imports, anywhere in it (functions and
    ``TYPE_CHECKING`` blocks included); ``from . import x`` counts as importing ``x``."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            subs = {f"{target}.{a.name}" for a in node.names} & known
            found |= subs or {target}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return (found & known) - {name}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return out


def test_no_import_cycle_in_the_handwritten_package() -> None:
    modules = _handwritten()
    graph = {name: _imports(name, path, set(modules)) for name, path in modules.items()}
    assert len(graph) > 40  # the skin, the resources and the fake API were all read
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def _own_private_names() -> set[str]:
    """Every ``_name`` the package defines itself (functions, classes, attributes, slots)."""
    names: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                if isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
                    names.add(node.attr)  # not obj._x = ...: that writes someone else's
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                names.add(node.value)  # __slots__ entries
            elif isinstance(node, ast.arg):
                names.add(node.arg)
    return {n for n in names if n.startswith("_")}


def test_no_private_attribute_of_a_dependency() -> None:
    """No ``httpx._...`` module, no ``x._attr`` the package does not define itself: only
    public APIs of httpx, aiohttp and OpenTelemetry are read or written."""
    own = _own_private_names()
    offences: list[str] = []
    for path in PACKAGE.rglob("*.py"):
        where = path.relative_to(PACKAGE.parent)
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                top, *rest = node.module.split(".")
                if top in THIRD_PARTY and any(part.startswith("_") for part in rest):
                    offences.append(f"{where}:{node.lineno}: from {node.module} import")
            if isinstance(node, ast.Attribute):
                name = node.attr
                # a _sunder_ name is the enum module's own protocol (stdlib), not a dependency's
                sunder = name.endswith("_") and not name.startswith("__")
                private = name.startswith("_") and not name.startswith("__") and not sunder
                if private and name not in own:
                    offences.append(f"{where}:{node.lineno}: .{name}")
    assert offences == []


def test_the_private_attribute_check_flags_a_dependencys_private() -> None:
    tree = ast.parse("session._retry_connection = False\nconnector._acquired")
    seen = [n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)]
    assert set(seen) & _own_private_names() == set()  # neither is one of ours


LAZY = """
import json, sys
import customers_api
loaded = sorted(m for m in sys.modules if m.startswith("customers_api._generated."))
print(json.dumps(loaded))
"""


def test_import_loads_no_model_and_no_endpoint_module() -> None:
    """In a fresh interpreter: the models and the endpoint modules load on first use."""
    out = subprocess.run(
        [sys.executable, "-c", LAZY], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    loaded = json.loads(out)
    assert [m for m in loaded if m.startswith("customers_api._generated.models")] == []
    assert [m for m in loaded if m.startswith("customers_api._generated.api")] == []
    assert "customers_api._generated.types" in loaded  # (UNSET: the check does look)


def test_a_model_loads_on_first_use() -> None:
    probe = LAZY + "customers_api.Invoice\nprint('customers_api._generated.models' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    ).stdout.split()
    assert out[-1] == "True"


@pytest.mark.parametrize("path", sorted(p.name for p in (PACKAGE / "resources").glob("*.py")))
def test_no_rendered_method_re_enters_its_resource(path: str) -> None:
    """A friendly method hands its call to the pipeline once: no lambda, no helper stub."""
    source = (PACKAGE / "resources" / path).read_text()
    tree = ast.parse(source)
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.Lambda)]
    stubs = [
        n.name
        for n in ast.walk(tree)
        if isinstance(n, ast.FunctionDef) and n.name.startswith("_") and n.name.endswith("_items")
    ]
    assert stubs == []
