"""The demo (`make demo`) and the examples run against the embedded fake API."""

from __future__ import annotations

import io
import json
import re
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx

from customers_api import CustomersClient
from customers_api.testing import FakeCustomersAPI

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "examples"))

import export_invoices  # noqa: E402
import run_demo  # noqa: E402
import starlette_service  # noqa: E402


def _fake_client(api: FakeCustomersAPI) -> CustomersClient:
    return CustomersClient(
        token="t", site_id="s", base_url="https://fake.test", transport=httpx.ASGITransport(app=api)
    )


def test_demo_runs_the_tour_and_stops_its_server() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "run_demo.py")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for step in ("health check", "customer lookup", "page all customers", "fan-out invoices"):
        assert step in out
    assert "500 customers in 5 pages" in out
    assert re.search(r"address round trip +#\d+: created in Springfield, moved to Shelbyville", out)
    assert "deleted (statusCd 700)" in out
    assert re.search(r"done: [\d,]+ requests in [\d.]+ s", out)
    url = re.search(r"serving on http://127\.0\.0\.1:(\d+)", out)
    assert url
    with socket.socket() as s:  # the server the demo started is gone
        assert s.connect_ex(("127.0.0.1", int(url.group(1)))) != 0


def test_live_demo_needs_credentials() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "run_demo.py"), "--live"],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 2
    assert "CUSTOMERS_API_TOKEN" in result.stderr


async def test_export_writes_every_invoice_once(tmp_path: Path) -> None:
    api = FakeCustomersAPI(customers=12, seed=3)
    out = tmp_path / "invoices.jsonl"
    async with _fake_client(api) as client:
        count = await export_invoices.export(client, out, concurrency=4)
        expected = 0
        for customer in await client.customers.list.all():
            expected += (
                await client.customers.invoices.list.with_response(customer.customer_id)
            ).total
    lines = out.read_text().splitlines()
    assert count == expected == len(lines) > 0
    keys = {(row["customerId"], row["invoiceNo"]) for row in map(json.loads, lines)}
    assert len(keys) == count
    assert not list(tmp_path.glob("*.part"))


def test_export_script_off_a_terminal_prints_plain_progress_lines(tmp_path: Path) -> None:
    """The script end to end against the fake API served on loopback, its output piped (as in
    a CI log): a few plain lines, no carriage return redrawing a bar."""
    out = tmp_path / "invoices.jsonl"
    server, url = run_demo.start_fake()
    try:
        result = subprocess.run(
            [sys.executable, str(ROOT / "examples" / "export_invoices.py"), str(out),
             "--base-url", url, "--token", "t", "--site-id", "s", "--max-customers", "40"],
            capture_output=True,  # bytes: text mode would turn each \r into \n
            timeout=120,
        )  # fmt: skip
    finally:
        server.terminate()
        server.wait(timeout=10)
    stdout, stderr = result.stdout.decode(), result.stderr.decode()
    assert result.returncode == 0, stdout + stderr
    assert "\r" not in stdout + stderr
    progress = stderr.split("\n")
    assert progress.pop() == ""  # every line ends
    assert 2 <= len(progress) <= 11 and all(len(line) <= 40 for line in progress), progress
    assert progress[-1] == "  40/40 customers (100 %)"
    written = len(out.read_text().splitlines())
    assert stdout == f"wrote {written:,} invoices to {out}\n" and written > 0


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_export_progress_is_a_bar_on_a_terminal_and_a_line_a_tenth_elsewhere() -> None:
    terminal, log = _Terminal(), io.StringIO()
    for stream in (terminal, log):
        progress = export_invoices.Progress(stream)
        for done in range(1, 1001):
            progress(done, 1000)
    drawn = terminal.getvalue()
    assert drawn.count("\r") == 1000 and drawn.count("\n") == 1  # redrawn in place, then ended
    assert drawn.endswith("\r  [" + "#" * 30 + "] 1000/1000 customers\n")
    assert log.getvalue().splitlines() == [
        f"  {done}/1000 customers ({done // 10} %)" for done in (1, *range(100, 1001, 100))
    ]


@asynccontextmanager
async def _service(api: FakeCustomersAPI) -> AsyncIterator[httpx.AsyncClient]:
    """The Starlette example, started (its lifespan) on the fake API, and a client for it."""
    app = starlette_service.create_app(lambda: _fake_client(api))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://svc") as http:
            yield http


async def test_starlette_service_summary_and_errors() -> None:
    api = FakeCustomersAPI(customers=5, seed=3)
    async with _service(api) as http:
        async with _fake_client(api) as client:
            first = (await client.customers.list(limit=1))[0]
        ok = await http.get(f"/customers/{first.customer_id}/summary")
        assert ok.status_code == 200
        body = ok.json()
        assert body["customerId"] == first.customer_id and body["name"] == first.customer_name
        assert body["openInvoices"] >= 0
        missing = await http.get("/customers/99999999/summary")
        assert missing.status_code == 404
        bad = await http.get("/customers/abc/summary")
        assert bad.status_code == 400


async def test_starlette_service_answers_400_to_an_argument_the_sdk_rejects() -> None:
    async with _service(FakeCustomersAPI(customers=5, seed=3)) as http:
        negative = await http.get("/customers/-1/summary")  # the SDK's ValueError, not a 500
    assert negative.status_code == 400
    assert "customer_id" in negative.json()["error"]  # the SDK's message, naming the argument
