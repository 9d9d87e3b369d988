"""The regeneration pipeline: golden check, determinism, URL source, warnings fail."""

from __future__ import annotations

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

from codegen.changes import render, summarize
from codegen.generate import tree_files

ROOT = Path(__file__).resolve().parent.parent


def run_codegen(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args], cwd=ROOT, capture_output=True, text=True
    )


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """The files codegen reads and writes, copied so the real tree is never touched."""
    shutil.copy(ROOT / "openapi.json", tmp_path / "openapi.json")
    for package in ("_generated", "resources"):  # resources: the rendered friendly layer
        shutil.copytree(
            ROOT / "customers_api" / package,
            tmp_path / "customers_api" / package,
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
    assert "matches openapi.json" in result.stdout


def test_check_names_a_stale_file(repo_copy: Path) -> None:
    target = repo_copy / "customers_api" / "_generated" / "models" / "invoice.py"
    target.write_text(target.read_text() + "\n# hand edit\n")
    (repo_copy / "customers_api" / "_generated" / "models" / "stray.py").write_text("x = 1\n")
    result = run_codegen("--check", "--root", str(repo_copy))
    assert result.returncode == 1
    assert "customers_api/_generated/models/invoice.py" in result.stderr
    assert "customers_api/_generated/models/stray.py" in result.stderr


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


def test_a_schema_the_generator_would_drop_fails_the_build(repo_copy: Path, serve: Any) -> None:
    spec = json.loads((ROOT / "openapi.json").read_text())
    # an enum of mixed types: the generator drops the schema and every endpoint using it
    spec["components"]["schemas"]["Invoice"]["properties"]["mixed"] = {"enum": [1, "a"]}
    before = tree_files(repo_copy)
    result = run_codegen("--url", serve(json.dumps(spec).encode()), "--root", str(repo_copy))
    assert result.returncode == 2
    assert result.stderr.startswith("codegen: openapi-python-client failed: WARNING")
    assert "Unable to process schema /components/schemas/Invoice" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert tree_files(repo_copy) == before


def _op(params: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"operationId": "x", "parameters": params or [], "responses": {}}


def test_change_summary_marks_breaking_changes_first() -> None:
    old = {
        "paths": {"/a": {"get": _op([{"name": "q", "in": "query", "schema": {"type": "string"}}])},
                  "/gone": {"get": _op()}},
        "components": {"schemas": {"Thing": {"type": "object", "properties": {
            "id": {"type": "integer"}, "price": {"type": "number"}, "name": {"type": ["string", "null"]},
            "old": {"type": "string"}}}}},
    }  # fmt: skip
    new = {
        "paths": {"/a": {"get": _op([{"name": "q", "in": "query", "schema": {"type": "string"}},
                                     {"name": "must", "in": "query", "required": True, "schema": {"type": "string"}}])},
                  "/new": {"post": _op()}},
        "components": {"schemas": {"Thing": {"type": "object", "properties": {
            "id": {"type": "integer"}, "price": {"type": "integer"}, "name": {"type": "string"},
            "added": {"type": "string"}}}}},
    }  # fmt: skip
    changes = summarize(old, new)
    texts = [(c.breaking, c.text) for c in changes]
    assert (True, "operation removed: GET /gone (x)") in texts
    assert (False, "operation added: POST /new (x)") in texts
    assert (True, "required parameter added: GET /a query must") in texts
    assert (True, "field removed: Thing.old") in texts
    assert (False, "field added: Thing.added") in texts
    assert (True, "type narrowed: Thing.price (number -> integer)") in texts
    assert (True, "type narrowed: Thing.name (null|string -> string)") in texts
    breaking_flags = [c.breaking for c in changes]
    assert breaking_flags == sorted(breaking_flags, reverse=True)
    text = render(changes)
    assert text.index("### Breaking") < text.index("### Other")
    assert render([]) == "No changes to the API spec.\n"
