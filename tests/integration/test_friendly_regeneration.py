"""The friendly layer follows the spec: `python -m codegen --url` on loopback, in a repo copy.

A served spec adds one optional query parameter to `GET /customer/{customerId}/invoices` and
one operation the alias table does not name. After the regeneration, in the copy:

- the new parameter is in `inspect.signature(client.customers.invoices.list)` and is sent;
- the new operation is callable at its default name (`client.<tag>.<operation_id>`);
- mypy --strict accepts code using both (and still rejects a misspelled keyword and
  `.iter(limit=...)`, so the probe proves something);
- the summary lists the new operation under "needs a friendly name".

A second spec removes an aliased operation: the summary and griffe report it as breaking.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
COPIED = ("openapi.json", "pyproject.toml", "codegen", "customers_api")
INVOICES = "/customer/{customerId}/invoices"
NEW_PATH, NEW_ID, NEW_TAG = "/customer/{customerId}/notes", "list_customer_notes", "notes"
REMOVED = ("get", "/customer/{customerId}/tags", "customers.tags.list")


class Served:
    """One JSON body per path on 127.0.0.1 (port chosen by the OS)."""

    def __init__(self) -> None:
        self.bodies: dict[str, bytes] = {}
        bodies = self.bodies

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = bodies.get(self.path, b"{}")
                self.send_response(200 if self.path in bodies else 404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def serve(self, path: str, spec: dict[str, Any]) -> str:
        self.bodies[path] = json.dumps(spec).encode()
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    srv = Served()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()


def copy_repo(dest: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".mypy_cache")
    dest.mkdir(parents=True)
    for name in COPIED:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=ignore)
        else:
            shutil.copy2(src, dest / name)
    return dest


def regenerate(root: Path, url: str) -> str:
    summary = root / "summary.md"
    cmd = [sys.executable, "-m", "codegen", "--url", url, "--root", str(root)]
    proc = subprocess.run(
        [*cmd, "--summary", str(summary)], cwd=root, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    return summary.read_text()


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads((REPO / "openapi.json").read_text())
    return spec


@pytest.fixture(scope="module")
def grown(
    tmp_path_factory: pytest.TempPathFactory, served: Served, spec: dict[str, Any]
) -> dict[str, Any]:
    """The copy regenerated from a spec with a new parameter and a new operation."""
    new = copy.deepcopy(spec)
    new["paths"][INVOICES]["get"]["parameters"].append(
        {
            "name": "dueBefore",
            "in": "query",
            "required": False,
            "description": "only invoices due before this date (YYYY-MM-DD)",
            "schema": {"type": "string"},
        }
    )
    op = copy.deepcopy(new["paths"]["/customer/{customerId}/tags"]["get"])
    op.update(operationId=NEW_ID, tags=[NEW_TAG], summary="List the customer's notes")
    new["paths"][NEW_PATH] = {"get": op}
    root = copy_repo(tmp_path_factory.mktemp("grown") / "repo")
    summary = regenerate(root, served.serve("/grown.json", new))
    return {"root": root, "summary": summary}


CALLS = """\
import asyncio, inspect, json
import httpx, respx
from customers_api import CustomersClient

EMPTY = {"count": 0, "message": "", "options": [], "params": [], "status": 200,
         "total": 0, "totalResults": 0, "data": []}

async def main() -> None:
    url = "http://127.0.0.1:9"
    async with CustomersClient(token="t", site_id="S", base_url=url, transport="httpx") as c:
        sig = inspect.signature(c.customers.invoices.list)
        assert "due_before" in sig.parameters, sig
        assert "due before" in (c.customers.invoices.list.__doc__ or "")
        with respx.mock(base_url="http://127.0.0.1:9") as api:
            inv = api.get("/customer/42/invoices").respond(200, json=EMPTY)
            notes = api.get("/customer/42/notes").respond(200, json=EMPTY)
            await c.customers.invoices.list(42, due_before="2024-06-30", paid_in_full=True)
            params = inv.calls.last.request.url.params
            assert params["dueBefore"] == "2024-06-30" and params["paidInFull"] == "Y", params
            assert await c.notes.list_customer_notes(42) == []
            assert notes.called
    print("OK")

asyncio.run(main())
"""

GOOD = """\
from customers_api import CustomersClient, Invoice, Page


async def use(client: CustomersClient) -> None:
    page: Page[Invoice] = await client.customers.invoices.list(42, due_before="2024-06-30")
    await client.notes.list_customer_notes(42)
    async for _ in client.customers.invoices.list.iter(42, due_before="2024-06-30"):
        pass
    print(page.has_more)
"""

BAD = """\
from customers_api import CustomersClient


async def use(client: CustomersClient) -> None:
    await client.customers.invoices.list(42, due_befor="2024-06-30")
    client.customers.invoices.list.iter(42, due_befor="2024-06-30")
"""


def mypy(root: Path, name: str, source: str) -> subprocess.CompletedProcess[str]:
    (root / name).write_text(source)
    cmd = [sys.executable, "-m", "mypy", "--strict", "--config-file=", "--no-error-summary"]
    cmd += ["--follow-imports=silent", "--cache-dir", str(root / ".mypy_cache"), name]
    return subprocess.run(cmd, cwd=root, capture_output=True, text=True, timeout=300)


def test_new_parameter_and_operation_reach_the_client(grown: dict[str, Any]) -> None:
    root: Path = grown["root"]
    proc = subprocess.run(
        [sys.executable, "-c", CALLS], cwd=root, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0 and proc.stdout.strip() == "OK", proc.stderr[-3000:]
    # the rendered wrappers were swapped in, and they are what --check expects
    assert "due_before" in (root / "customers_api" / "resources" / "invoices.py").read_text()
    check = subprocess.run(
        [sys.executable, "-m", "codegen", "--check", "--root", str(root)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert check.returncode == 0, check.stderr


def test_mypy_accepts_the_new_surface(grown: dict[str, Any]) -> None:
    root: Path = grown["root"]
    good = mypy(root, "probe_good.py", GOOD)
    assert good.returncode == 0, good.stdout
    bad = mypy(root, "probe_bad.py", BAD)
    assert bad.returncode == 1, bad.stdout
    assert 'Unexpected keyword argument "due_befor"' in bad.stdout, bad.stdout
    # .iter takes the method's own (regenerated) parameters, checked the same way
    assert 'Unexpected keyword argument "due_befor" for "iter"' in bad.stdout, bad.stdout


def test_summary_lists_the_operation_needing_a_name(grown: dict[str, Any]) -> None:
    summary: str = grown["summary"]
    assert "### Needs a friendly name" in summary, summary
    line = f"- GET {NEW_PATH}: callable as `client.{NEW_TAG}.{NEW_ID}(...)`"
    assert line in summary, summary
    assert "- parameter added: query dueBefore — `client.customers.invoices.list`" in summary
    assert "friendly methods removed" not in summary


def test_removing_an_aliased_operation_is_breaking(
    tmp_path: Path, served: Served, spec: dict[str, Any]
) -> None:
    method, path, name = REMOVED
    new = copy.deepcopy(spec)
    del new["paths"][path][method]
    root = copy_repo(tmp_path / "repo")
    summary = regenerate(root, served.serve("/shrunk.json", new))
    assert f"- **BREAKING** `client.{name}` removed: {method.upper()} {path} is gone" in summary
    api_part = summary.split("## Python API check (griffe)")[1]
    assert "`customers_api.resources.tags.Tags.list`: public object was removed" in api_part, (
        api_part
    )


NO_IDS_CALLS = """\
import asyncio
import respx
from customers_api import CustomersClient

EMPTY = {"count": 0, "message": "", "options": [], "params": [], "status": 200,
         "total": 0, "totalResults": 0, "data": []}

async def main() -> None:
    url = "http://127.0.0.1:9"
    async with CustomersClient(token="t", site_id="S", base_url=url, transport="httpx") as c:
        with respx.mock(base_url=url) as api:
            api.get("/customer/42/invoices").respond(200, json=EMPTY)
            api.get("/ping").respond(200, json={**EMPTY, "data": "pong"})
            assert await c.customers.invoices.list(42, paid_in_full="N") == []
            assert await c.ping() == "pong"
    print("OK")

asyncio.run(main())
"""


def test_a_spec_without_operation_ids_keeps_every_alias(
    tmp_path: Path, served: Served, spec: dict[str, Any]
) -> None:
    """Generated function names change with operationIds; the aliases are keyed by METHOD +
    path, so the client still imports and every alias still works."""
    new = copy.deepcopy(spec)
    for item in new["paths"].values():
        for op in item.values():
            if isinstance(op, dict):
                op.pop("operationId", None)
    root = copy_repo(tmp_path / "repo")
    summary = regenerate(root, served.serve("/no-ids.json", new))
    assert "Needs a friendly name" not in summary  # every operation is still aliased
    assert "friendly methods removed" not in summary
    assert not list((root / "customers_api" / "_generated").rglob("list_customer_invoices.py"))
    proc = subprocess.run(
        [sys.executable, "-c", NO_IDS_CALLS], cwd=root, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0 and proc.stdout.strip() == "OK", proc.stderr[-3000:]
