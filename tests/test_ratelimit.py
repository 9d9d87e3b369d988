"""The client-wide pause and the adaptive window (``_ratelimit.Throttle``), with a fake clock.

Unit tests drive a Throttle directly (injected clock and sleep, no waiting); client tests
put one behind a respx-mocked client to show that one call's 429 delays other calls.
"""

from __future__ import annotations

import asyncio
import math

import httpx
import pytest
import respx

from customers_api import CustomersClient, RateLimitError
from customers_api._ratelimit import SlotTimeout, Throttle

from .conftest import BASE_URL, SITE_ID, TOKEN
from .factories import envelope, error_body

DOC = "/customer/1/doc"


class FakeTime:
    """A clock that only moves when someone sleeps (or the test says so)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        wake = self.now + seconds
        await asyncio.sleep(0)
        self.now = max(self.now, wake)  # concurrent sleepers share one clock


def throttle(t: FakeTime, ceiling: int | None = 8, **kwargs: object) -> Throttle:
    return Throttle(ceiling, clock=t.clock, sleep=t.sleep, **kwargs)  # type: ignore[arg-type]


# -- the window ---------------------------------------------------------------------------


async def test_window_caps_calls_in_flight_and_hands_slots_over_in_order() -> None:
    t = FakeTime()
    th = throttle(t, 2)
    await th.acquire()
    await th.acquire()
    order: list[int] = []

    async def third(n: int) -> None:
        await th.acquire()
        order.append(n)

    waiting = [asyncio.create_task(third(n)) for n in (3, 4)]
    await asyncio.sleep(0)
    assert th.in_flight == 2 and order == []
    th.release(True)
    await asyncio.sleep(0)
    assert order == [3] and th.in_flight == 2
    th.release(True)
    await asyncio.gather(*waiting)
    assert order == [3, 4]


async def test_quick_refusal_cuts_the_window_to_a_quarter_once_per_pause() -> None:
    t = FakeTime()
    th = throttle(t, 64)
    epochs = [await th.acquire() for _ in range(64)]
    assert th.limited(epochs[0], 1.0) == 1.0
    assert th.limit == 16
    # Answers to attempts sent before the pause do not shrink it again.
    assert th.limited(epochs[1], 1.0) is not None
    assert th.limit == 16


async def test_window_follows_the_accepted_rate_after_a_long_enough_run() -> None:
    t = FakeTime()
    th = throttle(t, 64)
    # 300 successes of 20 ms each, one every 2 ms (500/s), then a refusal with 20 in flight.
    for _ in range(300):
        await th.acquire()
        t.now += 0.002
        th.release(True, 0.02)
    first_ok = 1000.002
    epochs = [await th.acquire() for _ in range(20)]
    t.now += 0.001
    th.limited(epochs[0], 1.0)
    span = t.now - first_ok
    # Little's law (rate x duration), less 15 % for the burst the server's bucket had saved
    assert th.limit == math.floor(300 / span * 0.02 * 0.85) == 8


async def test_window_grows_back_after_the_hold_one_slot_per_window_of_successes() -> None:
    t = FakeTime()
    th = throttle(t, 4, hold=5.0, increase_interval=1.0)
    epochs = [await th.acquire() for _ in range(4)]
    th.limited(epochs[0], None)
    assert th.limit == 1
    for _ in range(4):
        th.release(False)
    limits = []
    for _ in range(12):  # one success a second
        await th.acquire()
        t.now += 1.0
        th.release(True, 0.01)
        limits.append(th.limit)
    assert limits[:3] == [1, 1, 1]  # holding after the decrease
    assert max(limits) == 4 and limits[-1] == 4  # back to the ceiling, never beyond
    assert limits == sorted(limits)


async def test_fixed_concurrency_never_adapts() -> None:
    t = FakeTime()
    th = throttle(t, 3, adaptive=False)
    epoch = await th.acquire()
    th.limited(epoch, 2.0)
    assert th.limit == 3


def test_bad_ceiling_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="max_concurrency"):
        Throttle(0)
    with pytest.raises(ValueError, match="ceiling"):
        Throttle(None, adaptive=True)


async def test_waiting_for_a_slot_is_bounded_by_the_pool_timeout() -> None:
    th = Throttle(1)
    await th.acquire()
    with pytest.raises(SlotTimeout):
        await th.acquire(timeout=0.01)
    assert th.in_flight == 1  # the waiter that gave up holds nothing
    th.release(True)
    await th.acquire(timeout=0.01)


async def test_a_cancelled_waiter_leaks_no_slot() -> None:
    th = Throttle(1)
    await th.acquire()
    waiter = asyncio.create_task(th.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    th.release(True)  # hands the slot to the waiter, which is being cancelled
    with pytest.raises(asyncio.CancelledError):
        await waiter
    assert th.in_flight == 0
    await th.acquire()
    assert th.in_flight == 1


# -- the shared pause ---------------------------------------------------------------------


async def test_pause_delays_every_other_acquire_by_what_is_left() -> None:
    t = FakeTime()
    th = throttle(t)
    epoch = await th.acquire()
    assert th.limited(epoch, 3.0) == 3.0  # the refused call sleeps the Retry-After itself
    th.release(False)
    t.now += 1.0
    await th.acquire()  # another call, 1 s later: waits the 2 s left
    assert t.sleeps == [2.0]
    assert th.paused_for == 0.0


async def test_a_call_that_slept_through_the_pause_does_not_wait_again() -> None:
    t = FakeTime()
    th = throttle(t)
    epoch = await th.acquire()
    delay = th.limited(epoch, 2.0)
    th.release(False)
    assert delay == 2.0
    await th.acquire(th.pause_id)  # as the refused call, after sleeping `delay` itself
    assert t.sleeps == []


async def test_a_later_longer_retry_after_extends_the_pause() -> None:
    t = FakeTime()
    th = throttle(t)
    a, b = await th.acquire(), await th.acquire()
    th.limited(a, 1.0)
    assert th.limited(b, 4.0) == 4.0
    assert th.paused_for == 4.0
    assert th.limited(b, 2.0) == 4.0  # a shorter one waits for the pause in force


async def test_no_shared_pause_when_turned_off() -> None:
    t = FakeTime()
    th = throttle(t, shared_pause=False)
    epoch = await th.acquire()
    assert th.limited(epoch, 3.0) is None
    th.release(False)
    await th.acquire()
    assert t.sleeps == []


# -- through the client -------------------------------------------------------------------


def _client(t: FakeTime | None = None, **options: object) -> CustomersClient:
    client = CustomersClient(
        token=TOKEN,
        site_id=SITE_ID,
        base_url=BASE_URL,
        transport="httpx",
        **options,  # type: ignore[arg-type]
    )
    if t is not None and client._pipeline.gate is not None:
        old = client._pipeline.gate
        client._pipeline.gate = Throttle(
            old.max_concurrency,
            adaptive=old.adaptive,
            shared_pause=old.shared_pause,
            clock=t.clock,
            sleep=t.sleep,
        )
    return client


async def test_one_429_delays_the_next_attempt_of_another_call(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    t = FakeTime()
    api.get(DOC).mock(
        side_effect=[
            httpx.Response(429, json=error_body("slow down"), headers={"retry-after": "3"}),
            httpx.Response(200, json=envelope("get_customer")),
            httpx.Response(200, json=envelope("get_customer")),
        ]
    )
    async with _client(t) as client:
        # 429, then the refused call sleeps 3 s itself (the suite's patched sleep: the fake
        # clock does not move), then 200.
        first = await client.customers.get.with_response(1)
        assert first.attempts == 2 and sleeps == [3.0]
        t.now += 1.0  # another call, 1 s into the 3 s pause
        await client.customers.get(1)
    assert t.sleeps == [2.0]  # that call waited for the pause before sending


async def test_pause_off_restores_independent_calls(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    api.get(DOC).mock(
        side_effect=[
            httpx.Response(429, json=error_body("slow down"), headers={"retry-after": "3"}),
            httpx.Response(200, json=envelope("get_customer")),
            httpx.Response(200, json=envelope("get_customer")),
        ]
    )
    async with _client(concurrency=None, shared_pause=False) as client:
        gate = client._pipeline.gate  # the one gate is still there: it is the pool's size
        assert not gate.adaptive and not gate.shared_pause and gate.limit == 100
        assert (await client.customers.get.with_response(1)).attempts == 2
        await client.customers.get(1)
    assert sleeps == [3.0]  # only the refused call waited


async def test_concurrent_calls_share_one_pause(api: respx.MockRouter, sleeps: list[float]) -> None:
    t = FakeTime()
    gate = asyncio.Event()
    answers = iter(
        [httpx.Response(429, json=error_body("slow"), headers={"retry-after": "5"})]
        + [httpx.Response(200, json=envelope("get_customer"))] * 10
    )
    seen: list[float] = []

    async def respond(request: httpx.Request) -> httpx.Response:
        seen.append(t.now)
        answer = next(answers)
        if answer.status_code == 200:
            await gate.wait()
        return answer

    api.get(DOC).mock(side_effect=respond)
    async with _client(t) as client:
        first = asyncio.create_task(client.customers.get(1))  # refused: pauses the client
        while not sleeps:
            await asyncio.sleep(0)
        others = [asyncio.create_task(client.customers.get(1)) for _ in range(3)]
        await asyncio.sleep(0.01)
        gate.set()
        await asyncio.gather(first, *others)
    # The refused call retried after its own (patched, instant) sleep; the three others
    # waited for the pause and sent nothing until it was over (5 s on the fake clock).
    assert t.sleeps == [5.0, 5.0, 5.0]
    assert sorted(seen) == [1000.0, 1000.0, 1005.0, 1005.0, 1005.0]


async def test_a_refused_write_is_not_retried_but_pauses_the_client(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    t = FakeTime()
    route = api.post("/customer/1/addresses").respond(
        429, json=error_body("slow"), headers={"retry-after": "2"}
    )
    api.get(DOC).respond(200, json=envelope("get_customer"))
    async with _client(t) as client:
        with pytest.raises(RateLimitError) as info:
            await client.customers.addresses.create(1, {"name": "x"})
        assert info.value.attempts == 1 and route.call_count == 1
        await client.customers.get(1)
    assert sleeps == [] and t.sleeps == [2.0]


def test_client_options_are_validated() -> None:
    from customers_api import ConfigError

    for bad in (0, -1, True, "fast", 1.5):
        with pytest.raises(ConfigError, match="concurrency"):
            CustomersClient(token=TOKEN, site_id=SITE_ID, concurrency=bad)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="shared_pause"):
        CustomersClient(token=TOKEN, site_id=SITE_ID, shared_pause="yes")  # type: ignore[arg-type]
    fixed = CustomersClient(token=TOKEN, site_id=SITE_ID, concurrency=8)
    assert fixed._pipeline.gate is not None and fixed._pipeline.gate.limit == 8
    assert not fixed._pipeline.gate.adaptive


async def test_a_429_to_an_attempt_sent_before_the_limit_was_known_is_not_counted(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    client = _client()
    throttle_ = client._pipeline.gate
    assert throttle_ is not None
    calls = 0

    def respond(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 1:  # another call's 429 shrinks the window while this one is in flight
            throttle_.limited(throttle_.epoch, None)
        if calls <= 2:
            return httpx.Response(429, json=error_body("slow"), headers={"retry-after": "0"})
        return httpx.Response(200, json=envelope("get_customer"))

    api.get(DOC).mock(side_effect=respond)
    async with client:
        response = await client.customers.get.with_response(1, max_retries=1)
    assert response.attempts == 3  # one retry counted, the stale 429 free


async def test_every_429_counts_when_each_started_the_clients_back_off(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    api.get(DOC).respond(429, json=error_body("slow"), headers={"retry-after": "0"})
    async with _client() as client:
        with pytest.raises(RateLimitError) as info:
            await client.customers.get(1, max_retries=1)
    assert info.value.attempts == 2


async def test_a_probe_that_fails_at_the_same_level_doubles_the_hold() -> None:
    t = FakeTime()
    th = throttle(t, 8, hold=5.0, increase_interval=1.0)

    async def refuse() -> None:
        epochs = [await th.acquire() for _ in range(int(th.limit))]
        th.limited(epochs[0], None)
        for _ in epochs:
            th.release(False)

    async def succeed_until_growth() -> float:
        start, limit = t.now, th.limit
        while th.limit == limit:
            await th.acquire()
            t.now += 0.25
            th.release(True, 0.6)  # 4/s x 0.6 s x 0.85: the estimate says 2 fit
        return t.now - start

    await refuse()  # 8 -> 2 (a quick refusal: a quarter)
    assert th.limit == 2
    first = await succeed_until_growth()
    await refuse()  # the probe at 3 failed: back to 2, the level of the last decrease
    assert th.limit == 2
    second = await succeed_until_growth()
    assert first == pytest.approx(5.0, abs=0.3) and second == pytest.approx(10.0, abs=0.3)


@pytest.mark.parametrize("bad", [0, -3, True, 2.5])
def test_bad_max_connections_is_a_config_error(bad: object) -> None:
    from customers_api import ConfigError

    with pytest.raises(ConfigError, match="max_connections"):
        CustomersClient(token=TOKEN, site_id=SITE_ID, max_connections=bad)  # type: ignore[arg-type]
