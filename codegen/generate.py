"""Run openapi-python-client on a spec into a fresh directory."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
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


def check_package(
    root: Path, package: Path, workdir: Path, rendered: Mapping[str, Path] | None = None
) -> str | None:
    """Import and type-check the new package with the handwritten layer, before any swap.

    A copy of `root`'s `customers_api` with the new `_generated` (and each `rendered`
    subpackage, e.g. the friendly layer) in place is imported module by module and run
    through mypy with the project's configuration (a fresh cache in the temporary
    directory: about 6 s). A `root` without the handwritten layer (a bare spec +
    generated tree) is checked with this checkout's. Returns the first problem, or None.
    """
    if (
        not (root / "customers_api" / "__init__.py").exists()
        or not (root / "pyproject.toml").exists()
    ):
        root = HERE.parent  # a bare tree (spec + generated package): this checkout's layer
    tree = workdir / "check"
    shutil.rmtree(tree, ignore_errors=True)
    shutil.copytree(
        root / "customers_api",
        tree / "customers_api",
        ignore=shutil.ignore_patterns("__pycache__", PACKAGE, PACKAGE + ".*"),
    )
    shutil.copytree(package, tree / "customers_api" / PACKAGE)
    for name, new_tree in (rendered or {}).items():
        shutil.rmtree(tree / "customers_api" / name, ignore_errors=True)
        shutil.copytree(new_tree, tree / "customers_api" / name)
    shutil.copy(root / "pyproject.toml", tree / "pyproject.toml")
    for extra in ("scripts",):  # the other packages mypy's configuration names
        if (root / extra).is_dir():
            shutil.copytree(
                root / extra, tree / extra, ignore=shutil.ignore_patterns("__pycache__")
            )
    env = {**os.environ, "PYTHONPATH": str(tree)}
    # Every module of the package, the handwritten ones too (their imports are lazy), but the
    # fake API, whose extra the codegen environment may lack. This also covers a module that
    # vanished: mypy can resolve it in the installed checkout (an editable install's path).
    importer = (
        "import importlib, pkgutil, customers_api as p\n"
        "for m in pkgutil.walk_packages(p.__path__, p.__name__ + '.'):\n"
        "    if m.name.startswith('customers_api.testing'):\n"
        "        continue\n"
        "    try:\n"
        "        importlib.import_module(m.name)\n"
        "    except Exception as e:\n"
        "        raise SystemExit(f'{m.name}: {type(e).__name__}: {e}')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", importer], cwd=tree, env=env, capture_output=True, text=True
    )
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        return f"the generated package does not import: {last}"
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(workdir / "mypy-cache"),
         "--no-error-summary", "--hide-error-context", "--package", "customers_api"],
        cwd=tree, env=env, capture_output=True, text=True,
    )  # fmt: skip
    if proc.returncode != 0:
        errors = [ln for ln in proc.stdout.splitlines() if ": error:" in ln]
        first = errors[0] if errors else (proc.stdout + proc.stderr).strip()[-300:]
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        return f"the generated package fails mypy with the handwritten layer: {first}{more}"
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
