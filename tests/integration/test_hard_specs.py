"""Specs that used to fail codegen on its own output now regenerate cleanly (strict mode).

One copy of the repository is regenerated (`python -m codegen --spec`, no
`--allow-layer-errors`) from the committed spec with, at once:

- every id- and count-like field and parameter typed `number` (the overlay's `x-integers`
  rule brings them back: the SDK is unchanged);
- query parameters named `timeout`, `extensions`, `client` and `class` (renamed
  `timeout_`, ... in the friendly layer, `extensions_` in the generated one, and listed);
- a new endpoint whose 200 body is a bare object, and one whose body becomes a `oneOf`;
- path parameters typed `number`, free-text `string` and `format: date`.

Then, in the copy, a probe calls them over a mock transport and mypy --strict checks code
that uses them.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen.spec import dump_spec

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
SKIPPED = (".git", ".venv", ".nox", "__pycache__", "*.pyc", "*_cache", "*.egg-info", "tests")
ID_LIKE = re.compile(r"^(id|count|total|totalResults|limit|offset)$|(Id|Uid|No|Number|Cd)$")
INVOICES = "/customer/{customerId}/invoices"
TAG = "/customer/{customerId}/tags/{customerTagsUid}"


def _numbers(node: Any) -> Any:
    """Every integer of an id- or count-like property or parameter typed `number`."""
    if isinstance(node, list):
        return [_numbers(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: _numbers(v) for k, v in node.items()}
    named = [p for n, p in (out.get("properties") or {}).items() if ID_LIKE.search(n)]
    if isinstance(out.get("name"), str) and "in" in out and ID_LIKE.search(out["name"]):
        named.append(out.get("schema", {}))
    for schema in named:
        if schema.get("type") == "integer":
            schema["type"] = "number"
        elif isinstance(schema.get("type"), list):
            schema["type"] = ["number" if t == "integer" else t for t in schema["type"]]
    return out


def _path_op(spec: dict[str, Any], op_id: str, name: str, schema: dict[str, Any]) -> Any:
    op = copy.deepcopy(spec["paths"]["/ping"]["get"])
    op.update(operationId=op_id, tags=["odd"], security=[])
    op["parameters"] = [{"in": "path", "name": name, "required": True, "schema": schema}]
    return {"get": op}


def hard_spec(committed: dict[str, Any]) -> dict[str, Any]:
    spec = _numbers(copy.deepcopy(committed))
    params = spec["paths"][INVOICES]["get"]["parameters"]
    for name, kind in (("timeout", "integer"), ("extensions", "string"), ("client", "integer")):
        params.append({"in": "query", "name": name, "schema": {"type": kind}})
    params.append({"in": "query", "name": "class", "schema": {"type": "string"}})
    bare = copy.deepcopy(spec["paths"]["/customer/{customerId}/doc"]["get"])
    bare.update(operationId="get_customer_summary")
    bare["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Customer"
    }
    spec["paths"]["/customer/{customerId}/summary"] = {"get": bare}
    tag = spec["paths"][TAG]["get"]["responses"]["200"]["content"]["application/json"]
    tag["schema"] = {
        "oneOf": [
            {"$ref": "#/components/schemas/GetCustomerTagResponse"},
            {"$ref": "#/components/schemas/HealthCheck"},
        ]
    }
    spec["paths"]["/rates/{ratio}"] = _path_op(spec, "get_rate", "ratio", {"type": "number"})
    spec["paths"]["/labels/{slug}"] = _path_op(spec, "get_label", "slug", {"type": "string"})
    day = {"type": "string", "format": "date"}
    spec["paths"]["/days/{day}"] = _path_op(spec, "get_day", "day", day)
    return spec


PROBE = """
import asyncio, datetime, json
import httpx, respx
from customers_api import CustomersClient
from customers_api.models import Customer, GetCustomerTagResponse, HealthCheck

PING = {"count": 1, "data": "pong", "message": "", "options": [], "params": [], "status": 200,
        "total": 1, "totalResults": 1}

async def main() -> None:
    out = {}
    async with CustomersClient(token="t", site_id="S", base_url="https://x.test",
                               transport="httpx") as c:
        with respx.mock(base_url="https://x.test") as api:
            inv = api.get("/customer/42/invoices").respond(200, json={**PING, "data": []})
            await c.customers.invoices.list(42, timeout_=5, extensions_="e", client_=3, class_="k")
            out["query"] = dict(inv.calls.last.request.url.params)
            customer = json.loads(open("customer.json").read())
            api.get("/customer/42/summary").respond(200, json=customer)
            resp = await c.customers.get_customer_summary.with_response(42)
            out["bare"] = [type(resp.data).__name__, hasattr(resp, "total"), resp.data.customer_id]
            api.get("/customer/42/tags/7").respond(200, json={"siteHash": "h", "siteId": "S"})
            out["one_of"] = type(await c.customers.tags.get(42, 7)).__name__
            for path in ("/rates/1.5", "/labels/a%20b", "/days/2026-07-30"):
                api.get(path).respond(200, json=PING)
            await c.odd.get_rate(1.5)
            await c.odd.get_label("a b")
            await c.odd.get_day(datetime.date(2026, 7, 30))
            out["paths"] = [call.request.url.raw_path.decode() for call in api.calls][-3:]
            try:
                await c.odd.get_label("..")
            except ValueError as exc:
                out["refused"] = str(exc)
    print(json.dumps(out))

asyncio.run(main())
"""

TYPED = """
import datetime
from customers_api import CustomersClient
from customers_api.models import Customer, GetCustomerTagResponse, HealthCheck


async def use(c: CustomersClient) -> tuple[int, str]:
    await c.customers.invoices.list(42, timeout_=5, extensions_="e", client_=3, timeout=2.0)
    summary: Customer = await c.customers.get_customer_summary(42)
    tag: GetCustomerTagResponse | HealthCheck = await c.customers.tags.get(42, 7)
    await c.odd.get_rate(1.5)
    await c.odd.get_day(datetime.date(2026, 7, 30))
    resp = await c.customers.get_customer_summary.with_response(42)
    again: Customer = resp.data
    del tag, again
    return summary.customer_id, (await c.odd.get_label("x"))
"""


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("hard")
    root = base / "repo"
    shutil.copytree(REPO, root, ignore=shutil.ignore_patterns(*SKIPPED))
    committed = json.loads((REPO / "openapi.json").read_text())
    spec_file = base / "hard.json"
    spec_file.write_text(dump_spec(hard_spec(committed)))
    summary = base / "summary.md"
    cmd = [sys.executable, "-m", "codegen", "--spec", str(spec_file), "--root", str(root)]
    proc = subprocess.run(
        [*cmd, "--summary", str(summary)], cwd=root, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    return {"root": root, "summary": summary.read_text()}


def test_ids_typed_number_come_back_integer(regenerated: dict[str, Any]) -> None:
    root: Path = regenerated["root"]
    customer = (root / "customers_api" / "_generated" / "models" / "customer.py").read_text()
    assert re.search(r"^    customer_id: int$", customer, re.M)
    meta = (root / "customers_api" / "_generated" / "models" / "envelope_meta.py").read_text()
    assert re.search(r"^    total: int$", meta, re.M)
    overlay = regenerated["summary"].split("## Overlay")[1].split("\n## ")[0]
    assert "- Customer.properties.customerId.type: 'number' -> 'integer'" in overlay
    assert (
        "- GET /customer/{customerId}/doc path customerId.schema.type: 'number' -> 'integer'"
        in (overlay)
    )


def test_colliding_names_are_renamed_and_listed(regenerated: dict[str, Any]) -> None:
    summary: str = regenerated["summary"]
    renamed = summary.split("### Parameters renamed")[1].split("\n## ")[0]
    for wire, friendly in (("timeout", "timeout_"), ("extensions", "extensions_")):
        line = (
            f"- `client.customers.invoices.list(..., {friendly}=...)`: query parameter "
            f"`{wire}` (GET {INVOICES})"
        )
        assert line in renamed, renamed
    assert "`client.customers.invoices.list(..., client_=...)`" in renamed
    assert "`client.customers.invoices.list(..., class_=...)`" in renamed


def test_the_new_endpoints_and_bodies_answer_through_the_friendly_layer(
    regenerated: dict[str, Any],
) -> None:
    root: Path = regenerated["root"]
    customer = {
        "customerId": 42, "companyId": "c", "customerName": "n", "class1Id": None,
        "class2Id": None, "class3Id": None, "class4Id": None, "class5Id": None,
        "webEnabledFlag": "Y", "deleteFlag": "N", "salesRepId": None, "poNoRequired": "N",
        "termsId": None, "termsDesc": "t", "taxableFlag": "Y", "statusCd": 704,
        "jobPricing": "N", "userDefined": [],
    }  # fmt: skip
    (root / "customer.json").write_text(json.dumps(customer))
    env = {**os.environ, "PYTHONPATH": str(root)}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=root, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["query"] == {"timeout": "5", "extensions": "e", "client": "3", "class": "k"}
    assert out["bare"] == ["Customer", False, 42]
    assert out["one_of"] == "HealthCheck"
    assert out["paths"] == ["/rates/1.5", "/labels/a%20b", "/days/2026-07-30"]
    assert out["refused"].startswith("slug must be a non-empty string")


def test_code_using_them_passes_mypy_strict(regenerated: dict[str, Any]) -> None:
    root: Path = regenerated["root"]
    (root / "typed_use.py").write_text(TYPED)
    cmd = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary"]
    cmd += ["--cache-dir", str(root / ".mypy-probe-cache"), "typed_use.py"]
    proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
