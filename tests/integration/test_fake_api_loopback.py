"""The fake over a real socket: serve_in_thread, the CLI, and dropped connections."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx
import pytest

from customers_api.testing import FakeCustomersAPI, FaultConfig, serve_in_thread

from .conftest import HEADERS


def _port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def test_serve_in_thread_starts_answers_and_stops() -> None:
    api = FakeCustomersAPI(customers=5)
    with serve_in_thread(api) as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        port = int(base_url.rsplit(":", 1)[1])
        response = httpx.get(f"{base_url}/customer", headers=HEADERS)
        assert response.status_code == 200
        assert response.json()["total"] == 5
        assert httpx.get(f"{base_url}/ping").json()["data"] == "pong"
    assert api.stats.count("GET", "/customer") == 1
    assert _port_is_free(port)


async def test_async_client_over_loopback() -> None:
    api = FakeCustomersAPI(customers=5)
    with serve_in_thread(api) as base_url:
        async with httpx.AsyncClient(base_url=base_url, headers=HEADERS) as http:
            response = await http.get("/customer/100001/doc")
    assert response.json()["data"]["customerId"] == 100001


@pytest.mark.parametrize("phase", ["before", "after"])
def test_a_dropped_connection_is_a_transport_error_not_a_500(phase: str) -> None:
    api = FakeCustomersAPI(customers=5, faults=FaultConfig(script=("drop",), drop_phase=phase))  # type: ignore[arg-type]
    with serve_in_thread(api) as base_url, httpx.Client(base_url=base_url, headers=HEADERS) as http:
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            http.post("/customer/100001/tags", json={"tag": "dropped"})
        # The script is spent: the next request goes through on a fresh connection.
        listed = http.get("/customer/100001/tags", params={"limit": 100}).json()["data"]
    assert api.stats.count("POST", "/customer/{customerId}/tags") == 1
    assert api.stats.faults["drop"] == 1
    assert 500 not in api.stats.responses
    # "before": the handler never ran; "after": it ran, the write stuck, the answer was lost.
    assert ("dropped" in {t["tag"] for t in listed}) == (phase == "after")


def test_cli_serve_prints_its_url_and_stops_on_terminate() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "customers_api.testing", "serve", "--port", "0",
         "--customers", "7", "--seed", "2"],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert "serving on http://127.0.0.1:" in line, line
        base_url = line.split("serving on ", 1)[1].split()[0]
        response = httpx.get(f"{base_url}/customer", headers=HEADERS, timeout=5)
        assert response.json()["total"] == 7
    finally:
        proc.terminate()
        deadline = time.monotonic() + 10
        while proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        if proc.poll() is None:  # pragma: no cover
            proc.kill()
    assert proc.returncode == 0
