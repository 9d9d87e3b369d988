"""The regeneration pipeline: golden check, determinism, URL source, warnings fail."""

from __future__ import annotations

import copy
import http.server
import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codegen.generate import tree_files
from codegen.spec import SpecError, validate_spec

ROOT = Path(__file__).resolve().parent.parent


def run_codegen(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args], cwd=ROOT, capture_output=True, text=True
    )


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """The files codegen reads and writes (the spec, the package and the mypy configuration
    it type-checks the package with), copied so the real tree is never touched."""
    shutil.copy(ROOT / "openapi.json", tmp_path / "openapi.json")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copytree(
        ROOT / "customers_api",
        tmp_path / "customers_api",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return tmp_path


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Any]:
    """Serve bytes at http://127.0.0.1:PORT/openapi.json; yields a setter returning the URL."""
    payload = {"body": b"", "status": 200}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(payload["status"])
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(payload["body"])

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def set_body(body: bytes, status: int = 200) -> str:
        payload.update(body=body, status=status)
        return f"http://127.0.0.1:{server.server_address[1]}/openapi.json"

    yield set_body
    server.shutdown()
    server.server_close()


def test_committed_code_matches_the_spec() -> None:
    result = run_codegen("--check")
    assert result.returncode == 0, result.stderr
    assert "matches openapi.json + overlay" in result.stdout


@pytest.mark.slow
def test_check_names_a_stale_file(repo_copy: Path) -> None:
    target = repo_copy / "customers_api" / "_generated" / "models" / "invoice.py"
    target.write_text(target.read_text() + "\n# hand edit\n")
    (repo_copy / "customers_api" / "_generated" / "models" / "stray.py").write_text("x = 1\n")
    result = run_codegen("--check", "--root", str(repo_copy))
    assert result.returncode == 1
    assert "customers_api/_generated/models/invoice.py" in result.stderr
    assert "customers_api/_generated/models/stray.py" in result.stderr


@pytest.mark.slow
def test_the_readme_endpoint_table_follows_the_alias_table(repo_copy: Path) -> None:
    """`--check` names a stale README table; a regeneration writes it from aliases.yaml."""
    readme = repo_copy / "README.md"
    committed = (ROOT / "README.md").read_text()
    readme.write_text(committed.replace("| `GET /ping` | `client.ping()` |\n", ""))
    result = run_codegen("--check", "--root", str(repo_copy))
    assert result.returncode == 1
    assert "  README.md" in result.stderr.splitlines()
    result = run_codegen("--spec", str(repo_copy / "openapi.json"), "--root", str(repo_copy))
    assert result.returncode == 0, result.stderr
    assert readme.read_text() == committed


@pytest.mark.slow
def test_check_fails_when_the_readme_lists_an_operation_the_spec_lost(repo_copy: Path) -> None:
    shutil.copy(ROOT / "README.md", repo_copy / "README.md")
    spec = json.loads((repo_copy / "openapi.json").read_text())
    del spec["paths"]["/customer/{customerId}/tags/{customerTagsUid}"]["delete"]
    (repo_copy / "openapi.json").write_text(json.dumps(spec, indent=2, sort_keys=True) + "\n")
    result = run_codegen("--check", "--root", str(repo_copy))
    assert result.returncode == 1
    assert "  README.md" in result.stderr.splitlines()  # its row for the removed operation


@pytest.mark.slow
def test_url_regeneration_is_deterministic_and_reports_no_change(
    repo_copy: Path, serve: Any
) -> None:
    before = tree_files(repo_copy)
    url = serve((ROOT / "openapi.json").read_bytes())
    result = run_codegen("--url", url, "--root", str(repo_copy))
    assert result.returncode == 0, result.stderr
    assert "No changes to the API spec." in result.stdout
    assert "0 generated file(s) changed" in result.stdout
    assert tree_files(repo_copy) == before


@pytest.mark.slow
def test_url_regeneration_writes_a_changed_spec(repo_copy: Path, serve: Any) -> None:
    spec = json.loads((ROOT / "openapi.json").read_text())
    spec["paths"]["/ping"]["get"]["summary"] = "Ping the service (changed)"
    spec["components"]["schemas"]["Invoice"]["properties"]["currency"] = {"type": "string"}
    url = serve(json.dumps(spec).encode())
    result = run_codegen(
        "--url", url, "--root", str(repo_copy), "--summary", str(repo_copy / "s.md")
    )
    assert result.returncode == 0, result.stderr
    assert "field added: Invoice.currency" in (repo_copy / "s.md").read_text()
    written = json.loads((repo_copy / "openapi.json").read_text())
    assert written["components"]["schemas"]["Invoice"]["properties"]["currency"] == {
        "type": "string"
    }
    invoice = (repo_copy / "customers_api/_generated/models/invoice.py").read_text()
    assert "currency" in invoice
    assert (
        "Ping the service (changed)"
        in (repo_copy / "customers_api/_generated/api/service/ping.py").read_text()
    )


@pytest.mark.slow
def test_a_schema_the_generator_would_drop_fails_the_build(repo_copy: Path, serve: Any) -> None:
    spec = json.loads((ROOT / "openapi.json").read_text())
    # an enum of mixed types: the generator drops the schema and every endpoint using it
    spec["components"]["schemas"]["Invoice"]["properties"]["mixed"] = {"enum": [1, "a"]}
    before = tree_files(repo_copy)
    result = run_codegen("--url", serve(json.dumps(spec).encode()), "--root", str(repo_copy))
    assert result.returncode == 2
    assert result.stderr.startswith(
        "codegen: openapi-python-client failed: Unable to process schema /components/schemas/Invoice"
    )
    assert "object at 0x" not in result.stderr  # the generator's placeholders are dropped
    assert "dropped as a consequence" in result.stderr  # the knock-on warnings are counted
    assert len(result.stderr.strip().splitlines()) == 1
    assert tree_files(repo_copy) == before


@pytest.mark.slow
def test_the_root_cause_is_named_not_the_knock_on_warnings(repo_copy: Path, serve: Any) -> None:
    spec = json.loads((ROOT / "openapi.json").read_text())
    # "object or empty array" without `items`, and no overlay to fix it: the generator drops
    # EnvelopeMeta, then every envelope built on it, then every endpoint using those
    meta = spec["components"]["schemas"]["EnvelopeMeta"]["properties"]
    meta["params"] = {"oneOf": [{"type": "object"}, {"type": "array", "maxItems": 0}]}
    overlay = repo_copy / "no-op-overlay.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: no-op, version: '1'}\n"
        "actions:\n  - target: $.info\n    update: {}\n"
    )
    before = tree_files(repo_copy)
    url = serve(json.dumps(spec).encode())
    result = run_codegen("--url", url, "--root", str(repo_copy), "--overlay", str(overlay))
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(
        "codegen: openapi-python-client failed: "
        "Unable to process schema /components/schemas/EnvelopeMeta: Invalid property in union"
    ), line
    assert "object at 0x" not in line
    assert tree_files(repo_copy) == before


@pytest.mark.slow
def test_code_that_breaks_the_handwritten_layer_is_not_swapped_in(
    repo_copy: Path, serve: Any
) -> None:
    spec = json.loads((ROOT / "openapi.json").read_text())
    # a handwritten module that imports the get_customer endpoint module by its operationId
    # (the rendered friendly layer is keyed by method and path, so it survives a rename)
    (repo_copy / "customers_api" / "_layer_probe.py").write_text(
        "from ._generated.api.customers import get_customer\n\nMETHOD = get_customer.METHOD\n"
    )
    op = spec["paths"]["/customer/{customerId}/doc"]["get"]
    op["operationId"] = "fetch_customer_document"
    before = tree_files(repo_copy)
    result = run_codegen("--url", serve(json.dumps(spec).encode()), "--root", str(repo_copy))
    assert result.returncode == 2, result.stdout
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("codegen: the generated package does not import: "), line
    assert "customers_api._layer_probe: ImportError" in line and "get_customer" in line
    assert tree_files(repo_copy) == before


@pytest.mark.slow
def test_code_that_fails_mypy_with_the_handwritten_layer_is_not_swapped_in(
    repo_copy: Path, serve: Any
) -> None:
    spec = json.loads((ROOT / "openapi.json").read_text())
    # imports fine, but every handwritten use of `Invoice.invoice_no` as a str breaks
    handwritten = [
        p.relative_to(repo_copy).as_posix()
        for p in (repo_copy / "customers_api").rglob("*.py")
        if "_generated" not in p.parts and ".invoice_no" in p.read_text()
    ]
    if not handwritten:  # keep the test honest: it needs a handwritten use to break
        (repo_copy / "customers_api" / "_uses_invoice.py").write_text(
            "from customers_api._generated.models import Invoice\n\n\n"
            "def number(invoice: Invoice) -> str:\n    return invoice.invoice_no.upper()\n"
        )
    invoice = spec["components"]["schemas"]["Invoice"]["properties"]
    invoice["invoiceNo"] = {"type": "integer", "description": "Invoice number"}
    before = tree_files(repo_copy)
    result = run_codegen("--url", serve(json.dumps(spec).encode()), "--root", str(repo_copy))
    assert result.returncode == 2, result.stdout
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("codegen: the generated package fails mypy with the handwritten layer:")
    assert "error:" in line
    assert tree_files(repo_copy) == before


def test_an_unresolvable_ref_is_one_short_line_naming_the_pointer() -> None:
    """The validator embeds the whole document in this error; the one line must not."""
    spec = json.loads((ROOT / "openapi.json").read_text())
    props = spec["components"]["schemas"]["Invoice"]["properties"]
    props["weird"] = {"oneOf": [{"type": "string"}, {"$ref": "#/components/parameters/Nope"}]}
    with pytest.raises(SpecError) as info:
        validate_spec(spec, "spec.json")
    message = str(info.value)
    assert "/components/parameters/Nope" in message
    assert "\n" not in message and len(message) <= SpecError.MAX_CHARS
    assert "paths" not in message  # no dump of the document


def test_spec_errors_are_one_capped_line() -> None:
    message = str(SpecError("a\nb " + "x" * 5000))
    assert message.startswith("a b x") and "\n" not in message
    assert len(message) == SpecError.MAX_CHARS and message.endswith("\u2026")


# -- after the checks, nothing can fail: staged writes, renames restored together ------------


def test_an_unwritable_target_is_refused_before_anything_changed(tmp_path: Path) -> None:
    from codegen.__main__ import stage_files

    ok = tmp_path / "README.md"
    ok.write_text("old")
    with pytest.raises(SpecError, match=r"cannot write .*missing/s\.md .*nothing was changed"):
        stage_files([(ok, "new"), (tmp_path / "missing" / "s.md", "summary")])
    assert ok.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md"]  # no staged leftovers


def test_replaced_files_are_restored_if_a_later_step_fails(tmp_path: Path) -> None:
    from codegen.__main__ import replaced, stage_files

    readme, summary = tmp_path / "README.md", tmp_path / "s.md"
    readme.write_text("old")
    staged = stage_files([(readme, "new"), (summary, "summary")])
    with pytest.raises(RuntimeError), replaced(staged):
        assert readme.read_text() == "new" and summary.read_text() == "summary"
        raise RuntimeError("the swap of the generated package failed")
    assert readme.read_text() == "old" and not summary.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md"]
    staged = stage_files([(readme, "new"), (summary, "summary")])
    with replaced(staged):
        pass
    assert readme.read_text() == "new" and summary.read_text() == "summary"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md", "s.md"]


@pytest.mark.parametrize(
    ("where", "own"),
    [
        ("customers_api/resources/invoices.py", "codegen's own output (customers_api/resources)"),
        ("customers_api.resources.invoices", "codegen's own output (customers_api/resources)"),
        ("customers_api/_generated/api/x.py", "codegen's own output (customers_api/_generated)"),
        ("customers_api/_client.py", None),
        ("customers_api._layer_probe", None),
        ("examples/tour.py", None),
    ],
)
def test_a_failure_in_codegen_s_own_output_is_named_as_codegen_s(
    where: str, own: str | None
) -> None:
    from codegen.generate import _own

    assert _own(where, {"resources": Path("x")}) == own


@pytest.mark.slow
def test_a_summary_that_cannot_be_written_changes_nothing(repo_copy: Path) -> None:
    spec = json.loads((ROOT / "openapi.json").read_text())
    op = copy.deepcopy(spec["paths"]["/customer/{customerId}/tags"]["get"])
    op.update(operationId="list_customer_notes", tags=["notes"])
    spec["paths"]["/customer/{customerId}/notes"] = {"get": op}
    (repo_copy / "new.json").write_text(json.dumps(spec))
    before = tree_files(repo_copy)
    summary = repo_copy / "no-such-dir" / "summary.md"
    result = run_codegen(
        "--spec", str(repo_copy / "new.json"), "--root", str(repo_copy), "--summary", str(summary)
    )
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"codegen: cannot write {summary}") and "nothing was changed" in line
    assert tree_files(repo_copy) == before


@pytest.mark.slow
def test_codegen_s_own_broken_output_is_refused_even_with_allow_layer_errors(
    tmp_path: Path,
) -> None:
    """A bug in codegen's own rendering is codegen's (never "the handwritten layer"), and it
    is never swapped in: --allow-layer-errors only lets a *handwritten* break through."""
    root = tmp_path / "repo"
    root.mkdir()
    for name in ("openapi.json", "pyproject.toml"):
        shutil.copy(ROOT / name, root / name)
    for name in ("codegen", "customers_api"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    template = root / "codegen" / "wrapper_templates" / "resource_module.py.jinja"
    text = template.read_text()
    assert ") -> APIResponse[{{ m.returns }}]:" in text
    template.write_text(text.replace("APIResponse[{{ m.returns }}]", "APIResponse[bytes]"))
    spec = json.loads((ROOT / "openapi.json").read_text())
    spec["paths"]["/ping"]["get"]["summary"] = "Ping (changed)"
    (root / "new.json").write_text(json.dumps(spec))
    before = tree_files(root / "customers_api")
    cmd = [sys.executable, "-m", "codegen", "--spec", str(root / "new.json"), "--root", str(root)]
    result = subprocess.run(
        [*cmd, "--allow-layer-errors"], cwd=root, capture_output=True, text=True
    )
    assert result.returncode == 2, result.stdout
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("codegen: codegen's own output (customers_api/resources) fails mypy: ")
    assert "handwritten" not in line
    assert tree_files(root / "customers_api") == before
