"""``fanout.map``: bounded, ordered, fail-fast or collecting, with progress; nothing leaks."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

from customers_api import CustomersClient, NotFoundError, fanout

from .factories import envelope, error_body
from .respx_server import client_tasks


class Calls:
    """A call per item that records what started, finished and was cancelled."""

    def __init__(self, fail: set[int] | None = None, turns: int = 2) -> None:
        self.fail = fail or set()
        self.turns = turns
        self.started: list[int] = []
        self.finished: list[int] = []
        self.cancelled: list[int] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.started_at_failure: int | None = None

    async def __call__(self, n: int) -> int:
        self.started.append(n)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            for _ in range(self.turns + n % 3):  # uneven durations: completion order != input
                await asyncio.sleep(0)
            if n in self.fail:
                if self.started_at_failure is None:
                    self.started_at_failure = len(self.started)
                raise ValueError(f"item {n}")
            self.finished.append(n)
            return n * 10
        except asyncio.CancelledError:
            self.cancelled.append(n)
            raise
        finally:
            self.in_flight -= 1


def other_tasks() -> set[asyncio.Task[Any]]:
    return client_tasks()


async def test_1000_calls_results_in_input_order_bounded() -> None:
    calls = Calls()
    results = await fanout.map(calls, range(1000), concurrency=32)
    assert results == [n * 10 for n in range(1000)]
    assert calls.finished != sorted(calls.finished)  # they did complete out of order
    assert calls.max_in_flight == 32
    assert sorted(calls.started) == list(range(1000))  # each item called exactly once
    assert not other_tasks()


async def test_fail_fast_cancels_the_rest_and_raises_the_first_error() -> None:
    calls = Calls(fail={100})
    with pytest.raises(ValueError, match="item 100") as info:
        await fanout.map(calls, range(1000), concurrency=32)
    assert not isinstance(info.value, BaseExceptionGroup)
    started, finished, cancelled = map(len, (calls.started, calls.finished, calls.cancelled))
    assert started < 1000 and 100 in calls.started
    assert (
        finished + cancelled + 1 == started
    )  # every started call finished, failed or was cancelled
    assert cancelled > 0  # calls in flight were cancelled...
    assert started == calls.started_at_failure  # ...and none started after the failure
    assert calls.in_flight == 0
    assert not other_tasks()


async def test_fail_fast_raises_the_first_of_several_errors() -> None:
    calls = Calls(fail={5, 6, 7, 8}, turns=0)
    with pytest.raises(ValueError) as info:
        await fanout.map(calls, range(50), concurrency=8)
    assert str(info.value) in {"item 5", "item 6", "item 7", "item 8"}
    assert not other_tasks()


async def test_fail_fast_keeps_the_errors_own_cause() -> None:
    async def call(n: int) -> int:
        try:
            raise KeyError(n)
        except KeyError as exc:
            raise RuntimeError("wrapped") from exc

    with pytest.raises(RuntimeError) as info:
        await fanout.map(call, [1])
    assert isinstance(info.value.__cause__, KeyError)


async def test_collect_returns_every_exception_in_place() -> None:
    failing = set(range(0, 1000, 7))
    calls = Calls(fail=failing)
    results = await fanout.map(calls, range(1000), concurrency=32, errors="collect")
    assert len(results) == 1000
    for n, result in enumerate(results):
        if n in failing:
            assert isinstance(result, ValueError) and str(result) == f"item {n}"
        else:
            assert result == n * 10
    assert calls.cancelled == []
    assert not other_tasks()


async def test_progress_reaches_total() -> None:
    seen: list[tuple[int, int]] = []
    await fanout.map(
        Calls(fail={3}), range(1000), errors="collect", progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(d, 1000) for d in range(1, 1001)]
    assert seen[-1] == (1000, 1000)


async def test_progress_that_raises_stops_the_fan_out() -> None:
    calls = Calls()

    def progress(done: int, total: int) -> None:
        if done == 10:
            raise RuntimeError("progress failed")

    with pytest.raises(RuntimeError, match="progress failed"):
        await fanout.map(calls, range(1000), concurrency=16, progress=progress)
    assert len(calls.started) < 1000
    assert not other_tasks()


async def test_cancelling_the_caller_cancels_every_call() -> None:
    calls = Calls(turns=10_000)
    task = asyncio.create_task(fanout.map(calls, range(1000), concurrency=16))
    for _ in range(5):
        await asyncio.sleep(0)
    assert calls.in_flight == 16
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert len(calls.cancelled) == 16 and calls.in_flight == 0
    assert not other_tasks()


async def test_empty_and_generator_inputs() -> None:
    seen: list[tuple[int, int]] = []
    assert await fanout.map(Calls(), [], progress=lambda d, t: seen.append((d, t))) == []
    assert seen == []

    def gen() -> Iterator[int]:
        yield from range(5)

    assert await fanout.map(Calls(), gen(), concurrency=100) == [0, 10, 20, 30, 40]


async def test_fewer_workers_than_concurrency_when_few_items() -> None:
    calls = Calls()
    before = len(asyncio.all_tasks())
    peak = 0

    async def probe(n: int) -> int:
        nonlocal peak
        peak = max(peak, len(asyncio.all_tasks()) - before)
        return await calls(n)

    await fanout.map(probe, range(3), concurrency=64)
    assert peak == 3  # one task per slot actually used, not 64 (nor one per item)


async def test_one_task_per_slot_not_per_item() -> None:
    before = len(asyncio.all_tasks())
    peak = 0

    async def probe(n: int) -> int:
        nonlocal peak
        peak = max(peak, len(asyncio.all_tasks()) - before)
        await asyncio.sleep(0)
        return n

    assert await fanout.map(probe, range(10_000), concurrency=8) == list(range(10_000))
    assert peak == 8


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"concurrency": 0}, "concurrency"),
        ({"concurrency": True}, "concurrency"),
        ({"concurrency": 2.0}, "concurrency"),
        ({"errors": "ignore"}, "errors"),
        ({"progress": 3}, "progress"),
    ],
)
async def test_arguments_validated_before_any_call(kwargs: dict[str, Any], match: str) -> None:
    calls = Calls()
    with pytest.raises(ValueError, match=match):
        await fanout.map(calls, range(10), **kwargs)
    assert calls.started == []


# -- with the client ------------------------------------------------------------------------


def _customer(request: httpx.Request) -> httpx.Response:
    cid = int(request.url.path.split("/")[2])
    if cid % 250 == 0:
        return httpx.Response(404, json=error_body("no such customer"))
    body = envelope("get_customer")
    body["data"] = {**body["data"], "customerId": cid}
    return httpx.Response(200, json=body)


async def test_fan_out_of_1000_client_calls(api: respx.MockRouter, client: CustomersClient) -> None:
    route = api.get(url__regex=r"/customer/\d+/doc$").mock(side_effect=_customer)
    ids = [n for n in range(1, 1001) if n % 250]
    customers = await fanout.map(client.customers.get, ids, concurrency=64)
    assert [c.customer_id for c in customers] == ids
    assert route.call_count == len(ids)

    results = await fanout.map(
        client.customers.get, range(1, 1001), concurrency=64, errors="collect"
    )
    for n, result in zip(range(1, 1001), results, strict=True):
        if n % 250 == 0:
            assert isinstance(result, NotFoundError)
            assert result.endpoint == "GET /customer/{customerId}/doc"
        else:
            assert not isinstance(result, Exception) and result.customer_id == n

    with pytest.raises(NotFoundError):
        await fanout.map(client.customers.get, range(1, 1001), concurrency=64)
    assert not other_tasks()


async def test_fail_fast_starts_no_new_call_even_when_calls_never_suspend() -> None:
    # A call that completes without suspending cannot be interrupted by cancel(): the
    # fan-out must itself stop handing out items after the first failure.
    started: list[int] = []

    async def call(n: int) -> int:
        started.append(n)
        if n == 100:
            raise ValueError("boom")
        return n

    with pytest.raises(ValueError, match="boom"):
        await fanout.map(call, range(1000), concurrency=8)
    assert started == list(range(101))
    assert not other_tasks()
