"""Benign spec changes keep the build green: the tests describe the SDK, not one snapshot.

For each change the live API can make without breaking anyone, a copy of the repository is
regenerated from the changed spec (`python -m codegen --spec`, strict: no
`--allow-layer-errors`) and its fast tests (`pytest -m "not slow"`) run there:

- a new endpoint (a copy of an existing operation under a new path, operationId and tag);
- the same API written as OpenAPI 3.0.3 (`nullable: true`);
- a field that gains `format: date` from the spec itself (its description no longer says
  `Y-m-d`, so the overlay's date rule no longer matches it).

The three test runs go in parallel (each takes about a minute on its own).
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from codegen.spec import downgrade_to_30, dump_spec

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
# the checkout without its environment, caches and history (the tests read Makefile, docs, ...)
SKIPPED = (
    ".git",
    ".venv",
    ".nox",
    "__pycache__",
    "*.pyc",
    "*_cache",
    "*.egg-info",
    "build",
    "dist",
)
Spec = dict[str, Any]


def new_endpoint(spec: Spec) -> Spec:
    spec = copy.deepcopy(spec)
    op = copy.deepcopy(spec["paths"]["/customer/{customerId}/tags"]["get"])
    op.update(operationId="list_customer_notes", tags=["notes"], summary="List notes")
    spec["paths"]["/customer/{customerId}/notes"] = {"get": op}
    return spec


def as_3_0(spec: Spec) -> Spec:
    return downgrade_to_30(spec)


def format_date(spec: Spec) -> Spec:
    spec = copy.deepcopy(spec)
    field = spec["components"]["schemas"]["Invoice"]["properties"]["invoiceDate"]
    field.update(description="Invoice date", format="date")
    return spec


SCENARIOS: dict[str, tuple[Callable[[Spec], Spec], str]] = {
    # name: (the change, the summary's first line)
    "new endpoint": (new_endpoint, "## API spec changes (1, 0 breaking)"),
    "OpenAPI 3.0.3": (as_3_0, "No changes to the API spec."),
    "format: date": (format_date, "No changes to the API spec."),
}


def copy_repo(dest: Path) -> Path:
    shutil.copytree(REPO, dest, ignore=shutil.ignore_patterns(*SKIPPED))
    return dest


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    committed = json.loads((REPO / "openapi.json").read_text())
    roots = {}
    for name, (change, first_line) in SCENARIOS.items():
        base = tmp_path_factory.mktemp(name.replace(" ", "-").replace(":", ""))
        root = copy_repo(base / "repo")
        spec_file = base / "openapi.json"
        spec_file.write_text(dump_spec(change(committed)))
        summary = base / "summary.md"
        cmd = [sys.executable, "-m", "codegen", "--spec", str(spec_file), "--root", str(root)]
        proc = subprocess.run(
            [*cmd, "--summary", str(summary)],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.returncode == 0, (name, proc.stderr)
        assert summary.read_text().splitlines()[0] == first_line, (name, summary.read_text())
        assert "BREAKING" not in summary.read_text().split("## Overlay")[0], name
        roots[name] = root
    return roots


def test_each_regenerated_copy_passes_the_fast_tests(regenerated: dict[str, Path]) -> None:
    cmd = [sys.executable, "-m", "pytest", "-q", "-m", "not slow", "-p", "no:cacheprovider"]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    runs = {
        name: subprocess.Popen(
            cmd, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        for name, root in regenerated.items()
    }
    failed = {}
    for name, proc in runs.items():
        out, _ = proc.communicate(timeout=900)
        if proc.returncode != 0:
            lines = out.splitlines()
            failed[name] = [ln for ln in lines if ln.startswith(("FAILED", "ERROR"))] or lines[-25:]
    assert failed == {}


def test_the_new_endpoint_is_callable_and_in_the_readme(regenerated: dict[str, Path]) -> None:
    root = regenerated["new endpoint"]
    readme = (root / "README.md").read_text()
    row = "| `GET /customer/{customerId}/notes` | `client.notes.list_customer_notes(customer_id, ...)` |"
    assert row in readme
    source = (root / "customers_api" / "resources" / "notes.py").read_text()
    assert "async def list_customer_notes(" in source


def test_the_3_0_spelling_is_kept_as_pulled(regenerated: dict[str, Path]) -> None:
    written = json.loads((regenerated["OpenAPI 3.0.3"] / "openapi.json").read_text())
    assert written["openapi"] == "3.0.3"
    # and the generated code is the committed one, byte for byte
    for package in ("_generated", "resources"):
        ours = REPO / "customers_api" / package
        theirs = regenerated["OpenAPI 3.0.3"] / "customers_api" / package
        files = sorted(p.relative_to(ours) for p in ours.rglob("*.py"))
        assert files == sorted(p.relative_to(theirs) for p in theirs.rglob("*.py"))
        for rel in files:
            assert (ours / rel).read_bytes() == (theirs / rel).read_bytes(), rel
