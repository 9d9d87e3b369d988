"""The client's gate (``_ratelimit.Throttle``) and its pacer (``_pacing.Pacer``).

Unit tests drive a Throttle directly on a fake clock (injected clock and sleep, no waiting);
client tests put one behind a respx-mocked client; the simulated edge (``ratelimit_sim``)
runs the whole client against a token bucket on a virtual clock.
"""

from __future__ import annotations

import asyncio
import statistics

import httpx
import pytest
import respx

from customers_api import ConfigError, CustomersClient, RateLimitError, fanout
from customers_api._pacing import BETA, GAP, MARGIN, START, Pacer
from customers_api._ratelimit import INITIAL_WINDOW, SlotTimeout, Throttle

from . import virtual_time
from .conftest import BASE_URL, SITE_ID, TOKEN
from .factories import envelope, error_body
from .ratelimit_sim import BODY, Edge, client_for, simulate

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


async def test_the_adaptive_window_starts_small_and_grows_one_per_success() -> None:
    # Against an unknown quota the first wave stays small; each success adds a slot, so the
    # window doubles per round trip up to the ceiling (the pool size).
    t = FakeTime()
    th = throttle(t, 100)
    assert th.limit == INITIAL_WINDOW
    for _ in range(INITIAL_WINDOW):
        await th.acquire()
    late = asyncio.create_task(th.acquire())
    await asyncio.sleep(0)
    assert not late.done()
    for _ in range(INITIAL_WINDOW):
        th.release(True)
    assert th.limit == 2 * INITIAL_WINDOW
    await late
    for _ in range(200):
        th.release(True)
    assert th.limit == 100


async def test_an_overload_halves_the_window_once_and_regrows_it_one_per_window() -> None:
    t = FakeTime()
    th = throttle(t, 8)
    tickets = [await th.acquire() for _ in range(8)]
    assert th.limited(tickets[0], 2.0, overloaded=True) == 2.0  # a 503 with Retry-After
    assert th.limit == 4
    assert th.stale(tickets[1])  # sent before the client reacted
    th.limited(tickets[1], 2.0, overloaded=True)
    assert th.limit == 4  # answers to attempts sent before it do not halve it again
    for _ in range(8):
        th.release(False)
    limits = []
    for _ in range(9):
        await th.acquire(th.pause_id)
        th.release(True)
        limits.append(th.limit)
    assert limits == [4, 4, 4, 5, 5, 5, 5, 5, 6]  # one more per window of successes


async def test_fixed_concurrency_never_adapts() -> None:
    t = FakeTime()
    th = throttle(t, 3, adaptive=False)
    assert th.limit == 3
    ticket = await th.acquire()
    th.limited(ticket, 2.0, overloaded=True)
    th.limited(ticket, 2.0)
    assert th.limit == 3 and th.rate is None


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


async def test_a_call_cancelled_while_paced_gives_its_slot_back() -> None:
    t = FakeTime()
    th = throttle(t, 8, rate=1.0, burst=1)
    await th.acquire()
    th.release(True)
    gate = asyncio.Event()

    async def stuck(seconds: float) -> None:
        await gate.wait()

    th._sleep = stuck  # the next acquire waits for its pacing slot forever
    waiter = asyncio.create_task(th.acquire())
    await asyncio.sleep(0)
    assert th.in_flight == 1
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    assert th.in_flight == 0


# -- the shared pause: a 503 with Retry-After, or a 429 when nothing paces ---------------


async def test_an_overload_pauses_every_other_acquire_by_what_is_left() -> None:
    t = FakeTime()
    th = throttle(t)
    ticket = await th.acquire()
    assert th.limited(ticket, 3.0, overloaded=True) == 3.0  # the refused call sleeps it itself
    th.release(False)
    t.now += 1.0
    await th.acquire()  # another call, 1 s later: waits the 2 s left
    assert t.sleeps == [2.0]
    assert th.paused_for == 0.0


async def test_a_call_that_slept_through_the_pause_does_not_wait_again() -> None:
    t = FakeTime()
    th = throttle(t)
    ticket = await th.acquire()
    delay = th.limited(ticket, 2.0, overloaded=True)
    th.release(False)
    assert delay == 2.0
    await th.acquire(th.pause_id)  # as the refused call, after sleeping `delay` itself
    assert t.sleeps == []


async def test_a_later_longer_retry_after_extends_the_pause() -> None:
    t = FakeTime()
    th = throttle(t)
    a, b = await th.acquire(), await th.acquire()
    th.limited(a, 1.0, overloaded=True)
    assert th.limited(b, 4.0, overloaded=True) == 4.0
    assert th.paused_for == 4.0
    assert th.limited(b, 2.0, overloaded=True) == 4.0  # a shorter one waits for the pause


async def test_no_shared_pause_when_turned_off() -> None:
    t = FakeTime()
    th = throttle(t, shared_pause=False)
    ticket = await th.acquire()
    assert th.limited(ticket, 3.0, overloaded=True) is None
    th.release(False)
    await th.acquire()
    assert t.sleeps == []


async def test_without_pacing_a_429_pauses_the_whole_client() -> None:
    # A fixed concurrency learns nothing: a 429 keeps the whole client back (as before).
    t = FakeTime()
    th = throttle(t, 4, adaptive=False)
    ticket = await th.acquire()
    assert th.limited(ticket, 3.0) == 3.0
    th.release(False)
    await th.acquire()
    assert t.sleeps == [3.0]


# -- pacing -------------------------------------------------------------------------------


async def test_the_first_429_starts_pacing_and_does_not_stop_the_other_calls() -> None:
    t = FakeTime()
    th = throttle(t, 64)
    for _ in range(20):  # the server's burst: accepted
        await th.acquire()
        th.release(True)
    t.now += 0.5
    refused = await th.acquire()
    assert th.rate is None  # nothing paced until the server says so
    assert th.limited(refused, 1.0) is None  # the refused call waits its own Retry-After
    th.release(False)
    assert th.rate == START
    for _ in range(6):  # the others go on at the paced rate: no one waits the second
        await th.acquire()
        th.release(True)
    assert t.sleeps[0] == pytest.approx(1 / START)  # one interval: the bucket refills
    assert sum(t.sleeps) < 0.5
    assert th.rate > START  # slow start: the rate doubles every 0.1 s of queued sends


async def test_a_known_rate_paces_from_the_first_call() -> None:
    t = FakeTime()
    th = throttle(t, 64, rate=10.0, burst=1)
    assert th.rate == 10.0
    for _ in range(5):
        await th.acquire()
        th.release(True)
    assert t.sleeps == [pytest.approx(0.1)] * 4  # the first at once, then 1/rate apart


def test_a_known_rate_below_the_floor_is_kept() -> None:
    p = Pacer(rate=0.2)
    p.refused(0.0, ticket=1, fresh=True)
    assert p.current() == 0.2


async def test_a_known_rate_with_a_burst_lets_that_many_go_at_once() -> None:
    t = FakeTime()
    th = throttle(t, 64, rate=10.0, burst=3)
    for _ in range(5):
        await th.acquire()
    assert t.sleeps == [pytest.approx(0.1)] * 2
    t.now += 10.0  # idle: the bucket refills to its burst, no more
    t.sleeps.clear()
    for _ in range(4):
        await th.acquire()
    assert t.sleeps == [pytest.approx(0.1)]


async def test_a_known_rate_is_fixed_without_adaptive_concurrency() -> None:
    t = FakeTime()
    th = throttle(t, 4, adaptive=False, rate=10.0)
    ticket = await th.acquire()
    assert th.limited(ticket, 1.0) is None  # paced: the refused call waits alone
    assert th.rate == 10.0


async def test_a_refusal_at_the_paced_rate_lowers_it_and_a_stale_one_does_not() -> None:
    t = FakeTime()
    th = throttle(t, 64, rate=100.0)
    tickets = [await th.acquire() for _ in range(3)]
    t.now += 0.1
    th.limited(tickets[0], 1.0)
    assert th.rate == pytest.approx(100 * BETA)  # no estimate yet: BETA of the rate
    assert th.stale(tickets[1]) and th.stale(tickets[2])
    th.limited(tickets[1], 1.0)  # sent before the client slowed down: no second step
    assert th.rate == pytest.approx(100 * BETA)
    early = await th.acquire()
    assert not th.stale(early)
    th.limited(early, 1.0)  # sent after it, but tickets[2] still drains the server's bucket
    assert th.rate == pytest.approx(100 * BETA)
    for _ in range(4):
        th.release(False)
    fresh = await th.acquire()
    th.limited(fresh, 1.0)
    assert th.rate == pytest.approx(100 * BETA * BETA)


async def test_repeated_refusals_at_the_paced_rate_pause_everyone() -> None:
    # Three refusals in a row at the paced rate with nothing accepted between them: the
    # quota is spent, not just exceeded, and the whole client waits the Retry-After.
    t = FakeTime()
    th = throttle(t, 64, rate=10.0, burst=1)
    pauses = []
    for _ in range(3):
        ticket = await th.acquire()
        pauses.append(th.limited(ticket, 5.0))
        th.release(False)
    assert pauses == [None, None, 5.0]
    t.sleeps.clear()
    await th.acquire()
    assert t.sleeps == [5.0]


async def test_refusals_with_successes_between_them_never_pause() -> None:
    t = FakeTime()
    th = throttle(t, 64, rate=10.0, burst=1)
    for _ in range(10):
        refused = await th.acquire()
        assert th.limited(refused, 5.0) is None
        th.release(False)
        await th.acquire()
        th.release(True)
    assert th.paused_for == 0.0


# -- the pacer's estimate and growth -------------------------------------------------------


def test_the_estimate_is_what_was_accepted_between_two_refusals() -> None:
    p = Pacer(rate=500.0)
    p.refused(0.0, ticket=20, fresh=True)  # a run starts
    assert p.estimate is None
    p.refused(0.1, ticket=25, fresh=False)  # 4 accepted: too few to tell
    assert p.estimate is None
    # 30 attempts sent after the first refusal, 2 of them refused: 28 accepted in 0.3 s.
    p.refused(0.3, ticket=50, fresh=False)
    assert p.estimate == pytest.approx(28 / 0.3)
    # A refusal after a quiet spell starts no run of its own unless it is fresh (sent at
    # the paced rate alone): the server's bucket may have filled up meanwhile.
    p.refused(0.3 + GAP + 0.1, ticket=200, fresh=False)
    p.refused(0.3 + GAP + 0.2, ticket=230, fresh=False)
    assert p.estimate == pytest.approx(28 / 0.3)


def test_the_first_refusal_starts_pacing_but_no_run() -> None:
    # the answers to the first, unpaced wave come in a burst and say little about the rate
    p = Pacer()
    p.refused(0.0, ticket=20, fresh=True)
    assert p.current() == START
    p.refused(0.3, ticket=50, fresh=False)
    assert p.estimate is None


def test_a_fresh_refusal_paces_just_below_the_estimate() -> None:
    p = Pacer(rate=500.0)  # a quota of 500/s that is not what the server grants
    p.refused(0.0, ticket=20, fresh=True)
    assert p.current() == pytest.approx(500 * BETA)  # no estimate yet
    p.refused(0.3, ticket=50, fresh=True)
    assert p.current() == pytest.approx(29 / 0.3 * (1 - MARGIN))
    # A run's first refusal (no estimate of its own) just below the rate or the last
    # estimate, whichever is lower, when that is more than BETA of the rate.
    p.refused(5.0, ticket=500, fresh=True)
    assert p.current() == pytest.approx(29 / 0.3 * (1 - MARGIN) ** 2)


def test_the_rate_does_not_grow_while_the_caller_sends_less_than_it() -> None:
    p = Pacer(rate=100.0, burst=1)
    p.refused(0.0, ticket=1, fresh=True)
    after = p.current()
    for second in range(1, 30):  # one send a second: the bucket is never what limits
        p.reserve(float(second))
    assert p.current() == after
    now = 30.0
    for _ in range(500):  # sends queue for the bucket: the rate grows back
        now += p.reserve(now)
    assert p.current() > after


# -- a simulated edge: the whole client on a virtual clock ---------------------------------


@pytest.mark.parametrize(
    ("rate", "burst", "latency", "concurrency"),
    [
        (100, 20, 0.02, 64),
        (100, 20, 0.002, None),  # plain gather
        (200, 40, 0.02, 64),
        (30, 5, 0.05, 64),
        (500, 50, 0.005, 64),
    ],
)
def test_the_learned_rate_settles_within_10_percent_of_the_buckets(
    rate: int, burst: int, latency: float, concurrency: int | None
) -> None:
    n = rate * 20  # 20 s of the quota
    run = simulate(Edge(rate, burst, latency), n, concurrency, sample=0.25)
    assert run.failed == 0
    late = [r[0] for when, r in run.rates if when > run.seconds / 2 and r[0] is not None]
    assert abs(statistics.median(late) / rate - 1) <= 0.10, late
    assert run.ok / run.seconds >= 0.9 * rate
    assert run.share_429() <= 0.05


@pytest.mark.parametrize("latency", [0.02, 0.002])
def test_two_clients_on_one_bucket_share_it(latency: float) -> None:
    # Two processes of one job, same site id: together near the quota, every call served
    # (the shares are not even: the one left alone finds the whole rate again by probing).
    run = simulate(Edge(100, 20, latency), 750, 64, clients=2)
    assert run.failed == 0
    assert run.ok / run.seconds >= 0.85 * 100, run.finished


def test_a_known_rate_on_the_simulated_edge_is_never_refused() -> None:
    run = simulate(Edge(100, 20, 0.002), 1000, 64, rate_limit=100)
    assert run.failed == 0 and run.refused == 0
    assert run.ok / run.seconds >= 0.95 * 100


def test_the_refused_call_waits_its_retry_after_while_the_others_go_on() -> None:
    seen: dict[int, list[float]] = {}
    refused_once = False

    async def main() -> None:
        loop = asyncio.get_running_loop()

        async def handle(request: httpx.Request) -> httpx.Response:
            nonlocal refused_once
            cid = int(request.url.path.split("/")[2])
            seen.setdefault(cid, []).append(loop.time())
            if cid == 3 and not refused_once:
                refused_once = True
                return httpx.Response(429, json=error_body("slow"), headers={"retry-after": "2"})
            await asyncio.sleep(0.01)
            return httpx.Response(200, content=BODY, headers={"content-type": "application/json"})

        edge = Edge(1, 1)
        edge.handler = lambda: handle  # type: ignore[method-assign]
        async with client_for(edge) as client:
            from customers_api import _retry

            saved, _retry.sleep = _retry.sleep, asyncio.sleep
            try:
                await fanout.map(client.customers.get, range(1, 41), concurrency=2)
            finally:
                _retry.sleep = saved

    virtual_time.run(main())
    first, retry = seen[3]
    assert retry - first == pytest.approx(2.0)  # its own Retry-After
    others = [when for cid, times in seen.items() if cid > 3 for when in times]
    assert len(others) == 37 and max(others) < 2.0  # paced, never stopped for the 2 s


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
            rate=old.pacer.ceiling if old.pacer else None,
            clock=t.clock,
            sleep=t.sleep,
        )
    return client


async def test_one_429_paces_the_next_call_instead_of_pausing_it(
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
        # clock does not move); its retry is the first paced send, one interval later.
        first = await client.customers.get.with_response(1)
        assert first.attempts == 2 and sleeps == [3.0]
        t.now += 1.0
        await client.customers.get(1)  # another call: paced, not held for the 3 s
    assert t.sleeps == [pytest.approx(1 / 8)]


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
        gate = client._pipeline.gate  # the one gate stays: it is the pool's size
        assert not gate.adaptive and not gate.shared_pause and gate.rate is None
        assert (await client.customers.get.with_response(1)).attempts == 2
        await client.customers.get(1)
    assert sleeps == [3.0]  # only the refused call waited


async def test_concurrent_calls_share_one_overload_pause(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    t = FakeTime()
    gate = asyncio.Event()
    answers = iter(
        [httpx.Response(503, json=error_body("busy"), headers={"retry-after": "5"})]
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


async def test_a_503_without_retry_after_is_the_calls_own_business(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    # No Retry-After: nothing says the service is down for everyone, so only the failed
    # call backs off; nothing is paced, paused or capped.
    t = FakeTime()
    api.get(DOC).mock(
        side_effect=[
            httpx.Response(503, json=error_body("busy")),
            httpx.Response(200, json=envelope("get_customer")),
            httpx.Response(200, json=envelope("get_customer")),
        ]
    )
    async with _client(t) as client:
        assert (await client.customers.get.with_response(1)).attempts == 2
        await client.customers.get(1)
        gate = client._pipeline.gate
        assert gate is not None and gate.rate is None and gate.limit == INITIAL_WINDOW + 2
    assert sleeps == [0.5] and t.sleeps == []


async def test_a_refused_write_is_not_retried_and_paces_the_next_call(
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
    assert sleeps == [] and t.sleeps == [pytest.approx(1 / 8)]


def test_client_options_are_validated() -> None:
    for bad in (0, -1, True, "fast", 1.5):
        with pytest.raises(ConfigError, match="concurrency"):
            CustomersClient(token=TOKEN, site_id=SITE_ID, concurrency=bad)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="shared_pause"):
        CustomersClient(token=TOKEN, site_id=SITE_ID, shared_pause="yes")  # type: ignore[arg-type]
    fixed = CustomersClient(token=TOKEN, site_id=SITE_ID, concurrency=8)
    assert fixed._pipeline.gate is not None and fixed._pipeline.gate.limit == 8
    assert not fixed._pipeline.gate.adaptive


@pytest.mark.parametrize(
    "bad",
    [0, -5, float("inf"), float("nan"), True, "100", (100,), (100, 0), (100, 2.5), (100, True)],
)
def test_a_bad_rate_limit_is_a_config_error(bad: object) -> None:
    with pytest.raises(ConfigError, match="rate_limit"):
        CustomersClient(token=TOKEN, site_id=SITE_ID, rate_limit=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "rate", "burst"),
    [
        ({"rate_limit": 100}, 100.0, None),
        ({"rate_limit": (50.5, 10)}, 50.5, 10),
        ({"rate_limit": 20, "concurrency": None, "shared_pause": False}, 20.0, None),
        ({"rate_limit": 20, "concurrency": 4}, 20.0, None),
    ],
)
def test_rate_limit_paces_from_the_start(
    options: dict[str, object], rate: float, burst: int | None
) -> None:
    client = CustomersClient(token=TOKEN, site_id=SITE_ID, **options)  # type: ignore[arg-type]
    gate = client._pipeline.gate
    assert gate is not None and gate.rate == rate
    assert gate.pacer is not None and gate.pacer.burst == burst


def test_by_default_nothing_is_paced_until_a_429() -> None:
    client = CustomersClient(token=TOKEN, site_id=SITE_ID)
    assert client._pipeline.gate is not None and client._pipeline.gate.rate is None


async def test_a_429_to_an_attempt_sent_before_the_client_reacted_is_not_counted(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    client = _client()
    gate = client._pipeline.gate
    assert gate is not None
    calls = 0

    def respond(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 1:  # another call's 429 starts the pacing while this one is in flight
            gate.limited(1, None)
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


@pytest.mark.parametrize("bad", [0, -3, True, 2.5])
def test_bad_max_connections_is_a_config_error(bad: object) -> None:
    with pytest.raises(ConfigError, match="max_connections"):
        CustomersClient(token=TOKEN, site_id=SITE_ID, max_connections=bad)  # type: ignore[arg-type]
