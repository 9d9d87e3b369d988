"""The benchmark harness runs end to end in its tiniest configuration (no timing asserts)."""

from __future__ import annotations

import asyncio
import json

import pytest

from bench import data
from bench.fanout import FanoutConfig, run_fanout
from bench.memory import MemoryConfig, run_memory
from bench.pagination import PaginationConfig, pager_rows, run_pagination
from bench.parsing import ParsingConfig, run_parsing
from bench.rows import fanout_rows
from bench.server import start_server

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


@pytest.fixture(scope="module")
def base_url() -> object:
    with start_server("auto", invoices_total=500) as url:
        yield url


def test_canned_bodies_are_envelopes() -> None:
    doc = json.loads(data.customer_doc_body(42))
    assert doc["data"]["customerId"] == 42
    assert set(doc) == {"count", "data", "message", "options", "params", "status", "total",
                        "totalResults"}  # fmt: skip
    page = json.loads(data.invoices_page_body(7, 100, 0, 250))
    assert page["count"] == 100 and page["total"] == 250
    assert len(page["data"][0]["lines"]) == 5


def test_fanout_raw_rows(base_url: str) -> None:
    rows = [r for r in fanout_rows(include_gen=False, include_sdk=False) if r.kind == "raw"]
    cfg = FanoutConfig(n=50, concurrencies=(4,), reps=1, cell_time_limit=30)
    out = asyncio.run(run_fanout(base_url, rows, cfg))
    assert out.crashed == {}
    assert set(out.data["medians"]) >= {"httpx (default transport)", "aiohttp"}


def test_pagination_and_memory_raw_rows(base_url: str) -> None:
    rows = [r for r in pager_rows(include_gen=False) if r.kind == "raw"]
    out = asyncio.run(run_pagination(base_url, rows, PaginationConfig(items=300, reps=1)))
    assert out.crashed == {}
    assert out.data["medians"]
    aio = [r for r in rows if r.name == "aiohttp"]
    mem = asyncio.run(run_memory(base_url, aio, MemoryConfig(sizes=(100, 300))))
    assert mem.crashed == {}


def test_parsing_runs() -> None:
    out = run_parsing(ParsingConfig(repeat=1, target_seconds=0.005, profile=False))
    assert out.crashed == {}


@pytest.mark.slow
def test_ratelimit_section_runs() -> None:
    from bench.ratelimit import RateLimitConfig, Scenario, run_ratelimit

    small = Scenario(rate=50.0, burst=5, latency=0.005, n=40, concurrency=8, customers=20)
    out = run_ratelimit(RateLimitConfig(scenarios=[small]))
    assert out.crashed == {}
    cases = out.data["scenarios"][0]["cases"]
    expected = ["fanout.map", "asyncio.gather", "anchor", "rate_limit=50", "2 processes"]
    if out.skipped:  # aiobotocore (a dev dependency) missing
        expected.remove("anchor")
    assert [case["case"] for case in cases] == expected
    # (in this process the suite's patched sleep makes every wait instant: counted, not judged)
    assert all(case["ok"] + case["failed"] == small.n for case in cases)
    assert out.data["throttle_cost_us"] > 0
