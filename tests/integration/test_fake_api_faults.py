"""Fault injection: deterministic under a seed, counted, and shaped like the real failures."""

from __future__ import annotations

import time

import httpx
import pytest

from customers_api.testing import FakeCustomersAPI, FaultConfig

from .conftest import HEADERS


def _client(api: FakeCustomersAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=api), base_url="http://fake", headers=HEADERS
    )


async def _outcomes(api: FakeCustomersAPI, n: int, path: str = "/customer") -> list[str]:
    out: list[str] = []
    async with _client(api) as http:
        for _ in range(n):
            try:
                out.append(str((await http.get(path)).status_code))
            except httpx.RemoteProtocolError:
                out.append("drop")
    return out


async def test_faults_are_deterministic_under_a_seed() -> None:
    config = FaultConfig(fail_503=0.2, fail_429=0.2, drop=0.1, seed=42)
    first = await _outcomes(FakeCustomersAPI(customers=3, faults=config), 200)
    second = await _outcomes(FakeCustomersAPI(customers=3, faults=config), 200)
    other = await _outcomes(
        FakeCustomersAPI(
            customers=3, faults=FaultConfig(fail_503=0.2, fail_429=0.2, drop=0.1, seed=43)
        ),
        200,
    )
    assert first == second
    assert first != other
    counts = {k: first.count(k) for k in ("200", "503", "429", "drop")}
    assert 20 < counts["503"] < 60 and 20 < counts["429"] < 60 and 5 < counts["drop"] < 40
    assert sum(counts.values()) == 200


async def test_counters_see_every_request_and_every_fault() -> None:
    api = FakeCustomersAPI(customers=3, faults=FaultConfig(script=("503", "429", "drop", None)))
    outcomes = await _outcomes(api, 5)
    assert outcomes == ["503", "429", "drop", "200", "200"]
    assert api.stats.count("GET", "/customer") == 5
    assert api.stats.count() == api.stats.total == 5
    assert api.stats.faults == {"503": 1, "429": 1, "drop": 1}
    assert api.stats.responses == {503: 1, 429: 1, 200: 2}
    api.stats.reset()
    assert api.stats.total == 0


async def test_429_carries_retry_after() -> None:
    api = FakeCustomersAPI(customers=3, faults=FaultConfig(fail_429=1.0, retry_after=7))
    async with _client(api) as http:
        response = await http.get("/customer")
    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"
    assert response.json()["code"] == "TOO_MANY_REQUESTS"


async def test_in_process_drop_raises_remote_protocol_error() -> None:
    api = FakeCustomersAPI(customers=3, faults=FaultConfig(drop=1.0))
    async with _client(api) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get("/customer")


@pytest.mark.parametrize(("phase", "persisted"), [("before", False), ("after", True)])
async def test_drop_phase_decides_whether_the_write_happened(phase: str, persisted: bool) -> None:
    faults = FaultConfig(
        script=("drop",),
        drop_phase=phase,
        methods={"POST"},  # type: ignore[arg-type]
    )
    api = FakeCustomersAPI(customers=3, faults=faults)
    async with _client(api) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            await http.post("/customer/100001/tags", json={"tag": "once"})
        tags = (await http.get("/customer/100001/tags", params={"limit": 100})).json()["data"]
    assert ("once" in {t["tag"] for t in tags}) is persisted
    assert api.stats.count("POST", "/customer/{customerId}/tags") == 1


async def test_faults_can_target_paths_and_methods() -> None:
    faults = FaultConfig(fail_503=1.0, paths={"/customer/{customerId}/doc"})
    api = FakeCustomersAPI(customers=3, faults=faults)
    async with _client(api) as http:
        assert (await http.get("/customer")).status_code == 200
        assert (await http.get("/customer/100001/doc")).status_code == 503
    api.set_faults(FaultConfig(fail_503=1.0, methods={"POST"}))
    async with _client(api) as http:
        assert (await http.get("/customer/100001/doc")).status_code == 200
        assert (await http.post("/customer/100001/tags", json={"tag": "t"})).status_code == 503
    api.set_faults(None)
    async with _client(api) as http:
        assert (await http.post("/customer/100001/tags", json={"tag": "t"})).status_code == 200


async def test_latency_and_jitter_are_added() -> None:
    api = FakeCustomersAPI(customers=3, faults=FaultConfig(latency=0.05, jitter=0.02, seed=1))
    async with _client(api) as http:
        started = time.perf_counter()
        for _ in range(3):
            assert (await http.get("/ping")).status_code == 200
        elapsed = time.perf_counter() - started
    assert 0.15 <= elapsed < 1.0


def test_fault_config_is_validated() -> None:
    with pytest.raises(ValueError):
        FaultConfig(fail_503=1.5)
    with pytest.raises(ValueError):
        FaultConfig(fail_503=0.6, drop=0.6)
    with pytest.raises(ValueError):
        FaultConfig(script=("boom",))  # type: ignore[arg-type]
