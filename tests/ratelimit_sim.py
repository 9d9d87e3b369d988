"""The SDK against a simulated rate-limited edge, on a virtual clock (``virtual_time``).

The real client (the httpx engine on an ``httpx.MockTransport``) and its real gate, with the
gate's clock and every sleep on the virtual loop; the edge is the fake API's
``TokenBucket`` on the same clock: a request finding no token is answered 429 at once with
the whole-seconds ``Retry-After`` the fake computes, else 200 after ``latency``. Several
clients may share one bucket (several processes, one quota).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from customers_api import CustomersClient, _retry, fanout
from customers_api._ratelimit import Throttle
from customers_api.testing._faults import TokenBucket

from . import virtual_time
from .factories import envelope

BODY = json.dumps(envelope("get_customer")).encode()


@dataclass
class Edge:
    """One token bucket (``rate``/s, ``burst``) behind ``latency`` seconds."""

    rate: float
    burst: int
    latency: float = 0.02
    #: (when, status) of every request, in arrival order.
    log: list[tuple[float, int]] = field(default_factory=list)
    bucket: TokenBucket | None = None

    def handler(self) -> Callable[[httpx.Request], Awaitable[httpx.Response]]:
        loop = asyncio.get_running_loop()
        if self.bucket is None:
            self.bucket = TokenBucket(self.rate, self.burst, clock=loop.time)
        bucket = self.bucket

        async def handle(request: httpx.Request) -> httpx.Response:
            retry_after = bucket.take("site")
            self.log.append((loop.time(), 429 if retry_after else 200))
            if retry_after:
                return httpx.Response(
                    429, json={"message": "slow down"}, headers={"retry-after": str(retry_after)}
                )
            await asyncio.sleep(self.latency)
            return httpx.Response(200, content=BODY, headers={"content-type": "application/json"})

        return handle


def client_for(edge: Edge, **options: Any) -> CustomersClient:
    """A client on the edge, its gate on the running loop's (virtual) clock."""
    loop = asyncio.get_running_loop()
    client = CustomersClient(
        token="t",
        site_id="S",
        base_url="https://edge.test",
        transport=httpx.MockTransport(edge.handler()),
        **options,
    )
    old = client._pipeline.gate
    if old is not None:
        new = Throttle(
            old.max_concurrency,
            adaptive=old.adaptive,
            shared_pause=old.shared_pause,
            rate=old.pacer.ceiling if old.pacer else None,
            burst=old.pacer.burst if old.pacer else None,
            clock=loop.time,
            sleep=asyncio.sleep,
        )
        client._pipeline.gate = new
    return client


@dataclass
class Run:
    ok: int
    failed: int
    seconds: float
    requests: int
    refused: int
    #: (when, paced rate of each client) every ``sample`` seconds.
    rates: list[tuple[float, list[float | None]]]
    #: when each client's fan-out finished.
    finished: list[float] = field(default_factory=list)

    def share_429(self) -> float:
        return self.refused / self.requests if self.requests else 0.0


async def fan_out(client: CustomersClient, n: int, concurrency: int | None) -> list[Any]:
    """``n`` GETs through ``fanout.map`` (``concurrency``) or plain gather (None)."""
    if concurrency is None:
        return list(
            await asyncio.gather(
                *(client.customers.get(1) for _ in range(n)), return_exceptions=True
            )
        )
    return await fanout.map(
        client.customers.get, [1] * n, concurrency=concurrency, errors="collect"
    )


def simulate(
    edge: Edge,
    n: int,
    concurrency: int | None = 64,
    clients: int = 1,
    sample: float = 0.0,
    client_concurrency: Any = "adaptive",
    **options: Any,
) -> Run:
    """``clients`` fan-outs of ``n`` calls each on the edge, at once, in virtual time;
    ``sample``: also record each client's paced rate every ``sample`` seconds;
    ``client_concurrency``: the clients' ``concurrency=``."""

    async def main() -> Run:
        loop = asyncio.get_running_loop()
        saved = _retry.sleep
        _retry.sleep = asyncio.sleep  # the retry sleeps on the virtual clock too
        rates: list[tuple[float, list[float | None]]] = []
        try:
            sdk = [
                client_for(edge, concurrency=client_concurrency, **options) for _ in range(clients)
            ]
            watcher = asyncio.ensure_future(_watch(sdk, rates, sample)) if sample else None
            t0 = loop.time()
            finished: list[float] = []

            async def one(client: CustomersClient) -> list[Any]:
                results = await fan_out(client, n, concurrency)
                finished.append(loop.time() - t0)
                return results

            done = await asyncio.gather(*(one(c) for c in sdk))
            seconds = loop.time() - t0
            if watcher is not None:
                watcher.cancel()
            for c in sdk:
                await c.aclose()
        finally:
            _retry.sleep = saved
        results = [r for d in done for r in d]
        failed = sum(isinstance(r, BaseException) for r in results)
        statuses = [s for _, s in edge.log]
        return Run(
            len(results) - failed,
            failed,
            seconds,
            len(statuses),
            statuses.count(429),
            rates,
            sorted(finished),
        )

    return virtual_time.run(main())


async def _watch(
    sdk: list[CustomersClient], rates: list[tuple[float, list[float | None]]], every: float
) -> None:
    loop = asyncio.get_running_loop()
    while True:  # cancelled by the caller
        await asyncio.sleep(every)
        rates.append(
            (loop.time(), [c._pipeline.gate.rate if c._pipeline.gate else None for c in sdk])
        )
