"""Run openapi-python-client on a spec into a fresh directory."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.spec import SpecError, dump_spec

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "config.yaml"
TEMPLATES = HERE / "templates"
PACKAGE = "_generated"


def generate(spec: dict[str, Any], workdir: Path) -> Path:
    """Generate the package for `spec` under `workdir`; return the package directory.

    Runs with --fail-on-warning: a schema the generator would drop is an error that
    carries the generator's own message.
    """
    spec_file = workdir / "openapi.json"
    spec_file.write_text(dump_spec(spec))
    out = workdir / PACKAGE
    bindir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bindir + os.pathsep + os.environ.get("PATH", "")}
    cmd = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(spec_file),
        "--config", str(CONFIG),
        "--custom-template-path", str(TEMPLATES),
        "--meta", "none",
        "--output-path", str(out),
        "--fail-on-warning",
    ]  # fmt: skip
    proc = subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, text=True)
    if proc.returncode != 0 or not (out / "__init__.py").exists():
        detail = _reason(proc.stdout + proc.stderr) or f"exit code {proc.returncode}"
        raise SpecError(f"openapi-python-client failed: {detail}")
    for cache in out.rglob("__pycache__"):
        shutil.rmtree(cache)
    return out


_OBJECT_REPR = re.compile(r"\s*<[\w.]+ object at 0x[0-9a-f]+>")
_DEPENDENT = ("was not processed", "Could not find reference")


def _reason(output: str) -> str:
    """The generator's own reason, on one line.

    With --fail-on-warning it prints a block per dropped schema or endpoint; most are
    knock-on effects ("Reference ... was not processed"). The root causes come first, the
    knock-on ones are counted, and the generator's `<UntrustedString object at 0x...>`
    placeholders are dropped.
    """
    lines = [_OBJECT_REPR.sub("", ln).strip() for ln in output.splitlines()]
    lines = [ln for ln in lines if ln]
    causes: list[str] = []
    knock_on = 0
    for index, line in enumerate(lines):
        if line.startswith(("Unable to", "Cannot parse", "WARNING parsing")):
            detail = lines[index + 1] if index + 1 < len(lines) else ""
            if any(d in line + detail for d in _DEPENDENT):
                knock_on += 1
            elif line.startswith("Unable to"):
                causes.append(f"{line.rstrip(':')}: {detail}".rstrip(": "))
            elif line.startswith("Cannot parse"):
                causes.append(line)
    if not causes:
        keys = ("Unable to", "Cannot", "Got ", "Failure", "Error", "error")
        picked = [ln for ln in lines if ln.startswith(keys)]
        return " | ".join((picked or lines[-6:])[:8])
    text = " | ".join(dict.fromkeys(causes))
    if knock_on:
        text += f" (and {knock_on} schema(s)/endpoint(s) dropped as a consequence)"
    return text


IMPORTER = """
import importlib, os, pkgutil, traceback
ROOT = os.getcwd() + os.sep
def fail(exc, name):
    files = [f.filename for f in traceback.extract_tb(exc.__traceback__)]
    if isinstance(exc, SyntaxError) and exc.filename:
        files.append(exc.filename)
    mine = [os.path.relpath(f, ROOT) for f in files if os.path.abspath(f).startswith(ROOT)]
    if mine and mine[-1].endswith(".py"):
        name = mine[-1][:-3].replace(os.sep, ".").removesuffix(".__init__")
    raise SystemExit(f"{name}: {type(exc).__name__}: {exc}")
try:
    import customers_api as p
    names = [m.name for m in pkgutil.walk_packages(p.__path__, p.__name__ + ".")]
except Exception as exc:
    fail(exc, "customers_api")
for name in names:
    if not name.startswith("customers_api.testing"):
        try:
            importlib.import_module(name)
        except Exception as exc:
            fail(exc, name)
"""
CHECKED_WITH = ("examples", "bench")  # code written against the SDK, type-checked with it


def stage_tree(
    root: Path, package: Path, workdir: Path, rendered: Mapping[str, Path] | None = None
) -> Path:
    """A copy of `root`'s `customers_api` (and its examples and benchmarks) with the new
    `_generated` and each `rendered` subpackage (e.g. the friendly layer) in place: the tree
    as it will be after the swap. A `root` without the handwritten layer (a bare spec +
    generated tree) gets this checkout's."""
    if (
        not (root / "customers_api" / "__init__.py").exists()
        or not (root / "pyproject.toml").exists()
    ):
        root = HERE.parent  # a bare tree (spec + generated package): this checkout's layer
    tree = workdir / "check"
    shutil.rmtree(tree, ignore_errors=True)
    ignore = shutil.ignore_patterns("__pycache__", PACKAGE, PACKAGE + ".*")
    shutil.copytree(root / "customers_api", tree / "customers_api", ignore=ignore)
    for name in CHECKED_WITH:
        if (root / name).is_dir():
            shutil.copytree(root / name, tree / name, ignore=ignore)
    shutil.copytree(package, tree / "customers_api" / PACKAGE)
    for name, new_tree in (rendered or {}).items():
        shutil.rmtree(tree / "customers_api" / name, ignore_errors=True)
        shutil.copytree(new_tree, tree / "customers_api" / name)
    shutil.copy(root / "pyproject.toml", tree / "pyproject.toml")
    return tree


@dataclass(frozen=True)
class Problem:
    """Why the new tree does not import or type-check; `own`: in codegen's own output."""

    text: str
    own: bool

    def __str__(self) -> str:
        return self.text


def check_package(
    root: Path, package: Path, workdir: Path, rendered: Mapping[str, Path] | None = None
) -> Problem | None:
    """Import and type-check the new package with the handwritten layer, before any swap.

    The tree of `stage_tree` is imported module by module and run through mypy with the
    project's configuration, the examples and benchmarks included (a fresh cache in the
    temporary directory: about 6 s). Returns the first problem, or None; a problem in a
    module codegen rendered itself (`_generated`, the friendly layer) is named as codegen's.
    """
    tree = stage_tree(root, package, workdir, rendered)
    env = {**os.environ, "PYTHONPATH": str(tree)}
    # Every module of the package, the handwritten ones too (their imports are lazy), but the
    # fake API, whose extra the codegen environment may lack. This also covers a module that
    # vanished: mypy can resolve it in the installed checkout (an editable install's path).
    # A failure names the module of the tree it comes from (a SyntaxError's own file).
    proc = subprocess.run(
        [sys.executable, "-c", IMPORTER], cwd=tree, env=env, capture_output=True, text=True
    )
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        own = _own(last.split(":", 1)[0], rendered)
        subject = own or "the generated package"
        return Problem(f"{subject} does not import: {last}", own is not None)
    targets = ["customers_api", *(n for n in CHECKED_WITH if (tree / n).is_dir())]
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(workdir / "mypy-cache"),
         "--no-error-summary", "--hide-error-context", *targets],
        cwd=tree, env=env, capture_output=True, text=True,
    )  # fmt: skip
    if proc.returncode != 0:
        errors = [ln for ln in proc.stdout.splitlines() if ": error:" in ln]
        first = errors[0] if errors else (proc.stdout + proc.stderr).strip()[-300:]
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        where = first.split(":", 1)[0]
        own = _own(where, rendered)
        if own:
            return Problem(f"{own} fails mypy: {first}{more}", True)
        against = next((n for n in CHECKED_WITH if where.startswith(n + "/")), None)
        layer = f"{against}/ (code written against the SDK)" if against else "the handwritten layer"
        return Problem(f"the generated package fails mypy with {layer}: {first}{more}", False)
    return None


def _own(where: str, rendered: Mapping[str, Path] | None) -> str | None:
    """ "codegen's own output (customers_api/resources)" when a failing module or file is one
    codegen wrote (a codegen bug, never the handwritten layer's), else None."""
    parts = where.replace("/", ".").removesuffix(".py").split(".")
    own = {PACKAGE, *(rendered or {})}
    if len(parts) > 1 and parts[0] == "customers_api" and parts[1] in own:
        return f"codegen's own output (customers_api/{parts[1]})"
    return None


def tree_files(root: Path) -> dict[str, bytes]:
    """Every file under `root` by relative POSIX path (caches ignored)."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def differing_files(a: Path, b: Path) -> list[str]:
    """Paths that differ between two trees (added, removed or changed)."""
    fa, fb = tree_files(a) if a.exists() else {}, tree_files(b)
    return sorted(k for k in fa.keys() | fb.keys() if fa.get(k) != fb.get(k))
