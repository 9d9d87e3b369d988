"""Shared fixtures: a client against a respx-mocked base URL, and a no-wait retry sleep."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import respx

from customers_api import CustomersClient, _retry

BASE_URL = "https://customers.test"
TOKEN = "tok-SECRET-1234567890"
SITE_ID = "SITE1"


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retry sleeps are recorded, never waited; jitter is pinned to 0 (exact backoff)."""
    recorded: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(_retry, "sleep", fake_sleep)
    monkeypatch.setattr(_retry, "random", lambda: 0.0)
    return recorded


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


@pytest.fixture
async def client(api: respx.MockRouter) -> AsyncIterator[CustomersClient]:
    async with CustomersClient(
        token=TOKEN, site_id=SITE_ID, base_url=BASE_URL, transport="httpx"
    ) as c:
        yield c
