"""Render a spec with openapi-python-client (project or stock templates) into a directory.

Used by the slow template tests: the corpus specs and the `openapi.json` mutation table.
Spec validation and `--fail-on-warning` are off, exactly as for the stock generator.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "codegen" / "config.yaml"
TEMPLATES = ROOT / "codegen" / "templates"
PACKAGE = "_generated"


def render(
    spec_file: Path,
    out_root: Path,
    *,
    package: str = PACKAGE,
    stock: bool = False,
    extra_config: str = "",
) -> subprocess.CompletedProcess[str]:
    """Generate `package` from `spec_file` under `out_root` with the project's config.

    A package name other than `_generated` lets several generated packages be imported in
    one test session; `extra_config` is appended to the config (e.g. `literal_enums: true`).
    """
    out_root.mkdir(parents=True, exist_ok=True)
    config = out_root / "config.yaml"
    config.write_text(
        CONFIG.read_text().replace(
            f"package_name_override: {PACKAGE}", f"package_name_override: {package}"
        )
        + extra_config
    )
    bindir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bindir + os.pathsep + os.environ.get("PATH", "")}
    cmd = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(spec_file.resolve()),
        "--config", str(config),
        "--meta", "none",
        "--output-path", str(out_root / package),
    ]  # fmt: skip
    if not stock:
        cmd += ["--custom-template-path", str(TEMPLATES)]
    return subprocess.run(cmd, cwd=out_root, env=env, capture_output=True, text=True)


def import_all(out_root: Path, package: str = PACKAGE) -> dict[str, str]:
    """Import every module of the generated package; return {module: error} for failures.

    The package stays importable (its directory stays on sys.path) for behaviour checks.
    """
    failures: dict[str, str] = {}
    if str(out_root) not in sys.path:
        sys.path.insert(0, str(out_root))
    for name in [m for m in list(sys.modules) if m == package or m.startswith(package + ".")]:
        del sys.modules[name]
    importlib.invalidate_caches()
    for path in sorted((out_root / package).rglob("*.py")):
        rel = path.relative_to(out_root).with_suffix("")
        module = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
        try:
            importlib.import_module(module)
        except Exception as exc:  # any failure is a finding
            failures[module] = f"{type(exc).__name__}: {exc}"
    return failures


def run_mypy(out_root: Path, package: str = PACKAGE) -> subprocess.CompletedProcess[str]:
    """mypy --strict over the generated package (no cache shared with the project)."""
    cmd = [
        sys.executable, "-m", "mypy", "--strict", "--no-incremental",
        "--cache-dir", os.devnull, "--ignore-missing-imports", package,
    ]  # fmt: skip
    return subprocess.run(cmd, cwd=out_root, capture_output=True, text=True)
