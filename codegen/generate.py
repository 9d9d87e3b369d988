"""Run openapi-python-client on a spec into a fresh directory."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from codegen.spec import SpecError, dump_spec

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "config.yaml"
TEMPLATES = HERE / "templates"
PACKAGE = "_generated"


def generate(spec: dict, workdir: Path) -> Path:
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


def _reason(output: str) -> str:
    """The generator's own words, on one line: its warnings, else its last lines."""
    lines = [ln.strip() for ln in output.splitlines() if ln.strip()]
    keys = ("WARNING", "Unable to", "Cannot", "Got ", "Failure", "Error", "error")
    picked = [ln for ln in lines if ln.startswith(keys)]
    return " | ".join((picked or lines[-6:])[:8])


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
