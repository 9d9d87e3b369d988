"""Client rows: what the fan-out benchmark times, side by side.

A row is a name plus an async-context-manager factory: `row.open(base_url, concurrency)`
yields `fetch(id)`, a coroutine function that GETs `/customer/{id}/doc`, decodes it and
returns the result (a dict for raw rows, a typed model for SDK rows). The factory owns the
client: it is created once per (row, concurrency) cell, warmed up, timed, then closed.

Kinds:
    raw  the baselines: raw httpx (default transport), raw aiohttp, raw httpx on
         httpx-aiohttp's AiohttpTransport; each + json.loads
    raw+decode  raw aiohttp + json.loads + the SDK's typed decoding (``from_dict``): what
         typed models cost, without any other SDK layer
    layer  the SDK one layer at a time (c=64 only): its engine + json.loads, + the typed
         decode, the whole pipeline (``.with_response``)
    gen  preview of the SDK's bottom layer available today: the generated endpoint function
         (`customers_api._generated.api.customers.get_customer`) with typed models, on a
         shared httpx.AsyncClient per transport
    sdk  the SDK's documented fan-out path: `client.customers.get(id)` on one shared
         `customers_api.CustomersClient(..., transport=...)`; these appear automatically
         once `customers_api.CustomersClient` exists (issue 3)

To add a row elsewhere, append a `Row` to the list `fanout_rows()` returns, or call
`register_row(Row(...))` before `python -m bench` runs it.
"""

from __future__ import annotations

import contextlib
import importlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

Fetch = Callable[[int], Awaitable[Any]]
Opener = Callable[[str, int], contextlib.AbstractAsyncContextManager[Fetch]]

# Any JWT-shaped string: the canned server does not check it.
BENCH_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJiZW5jaCJ9.c2lnbmF0dXJl"
BENCH_SITE_ID = "bench"
HEADERS = {"Authorization": f"Bearer {BENCH_TOKEN}", "x-site-id": BENCH_SITE_ID}


class RowUnavailable(Exception):
    """The row cannot run here (an optional package is missing): skipped, not a crash."""


@dataclass(frozen=True)
class Row:
    name: str
    kind: str  # "raw" | "gen" | "sdk"
    open: Opener
    note: str = ""
    # "httpcore" (httpx's default transport: slow at high concurrency, so --quick caps it
    # at c=64) or "aiohttp" (aiohttp's engine, directly or through httpx-aiohttp).
    engine: str = "aiohttp"


def _check(status: int, body: bytes) -> Any:
    if status != 200:
        raise RuntimeError(f"HTTP {status}: {body[:200]!r}")
    return json.loads(body)


def httpx_limits(concurrency: int) -> httpx.Limits:
    # One connection per in-flight request: the natural fan-out pool (default is 100/20).
    return httpx.Limits(
        max_connections=concurrency,
        max_keepalive_connections=concurrency,
        keepalive_expiry=60.0,  # rows idle while others are timed; keep their connections
    )


def aiohttp_transport(concurrency: int) -> httpx.AsyncBaseTransport:
    try:
        from httpx_aiohttp import AiohttpTransport
    except ImportError as exc:
        raise RowUnavailable("httpx-aiohttp is not installed (customers-api[fast])") from exc
    # Its aiohttp session (TCPConnector limit = max_connections) is created on first use.
    return AiohttpTransport(limits=httpx_limits(concurrency))


# --- raw rows ----------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def open_raw_httpx(base_url: str, concurrency: int) -> AsyncIterator[Fetch]:
    async with httpx.AsyncClient(
        base_url=base_url, headers=HEADERS, limits=httpx_limits(concurrency)
    ) as client:

        async def fetch(customer_id: int) -> Any:
            r = await client.get(f"/customer/{customer_id}/doc")
            return _check(r.status_code, r.content)

        yield fetch


@contextlib.asynccontextmanager
async def open_raw_aiohttp(base_url: str, concurrency: int) -> AsyncIterator[Fetch]:
    import aiohttp

    connector = aiohttp.TCPConnector(
        limit=concurrency, limit_per_host=concurrency, keepalive_timeout=60.0
    )
    async with aiohttp.ClientSession(base_url, headers=HEADERS, connector=connector) as session:

        async def fetch(customer_id: int) -> Any:
            async with session.get(f"/customer/{customer_id}/doc") as r:
                body = await r.read()
                return _check(r.status, body)

        yield fetch


@contextlib.asynccontextmanager
async def open_raw_aiohttp_decode(base_url: str, concurrency: int) -> AsyncIterator[Fetch]:
    """Raw aiohttp + json.loads + the SDK's typed decoding (the generated envelope's
    ``from_dict``, which decodes the ``Customer``): the floor of any SDK row that returns
    typed models, isolating their cost from the SDK's other layers."""
    try:
        from customers_api._generated.models import GetCustomerResponse
    except ImportError as exc:
        raise RowUnavailable(f"generated layer not importable: {exc}") from exc
    async with open_raw_aiohttp(base_url, concurrency) as fetch_json:

        async def fetch(customer_id: int) -> Any:
            return GetCustomerResponse.from_dict(await fetch_json(customer_id))

        yield fetch


@contextlib.asynccontextmanager
async def open_raw_httpx_aiohttp(base_url: str, concurrency: int) -> AsyncIterator[Fetch]:
    transport = aiohttp_transport(concurrency)
    async with httpx.AsyncClient(base_url=base_url, headers=HEADERS, transport=transport) as client:

        async def fetch(customer_id: int) -> Any:
            r = await client.get(f"/customer/{customer_id}/doc")
            return _check(r.status_code, r.content)

        yield fetch


# --- the SDK one layer at a time (c=64 only): where its time goes ------------------------


def _open_layer(layer: str) -> Opener:
    """``engine``: the SDK's aiohttp engine + json.loads; ``decode``: + the generated
    ``_parse`` (typed models); ``pipeline``: the whole call through ``.with_response``."""

    @contextlib.asynccontextmanager
    async def open_(base_url: str, concurrency: int) -> AsyncIterator[Fetch]:
        try:
            from customers_api import CustomersClient
            from customers_api._engines import DEFAULT_TIMEOUT
            from customers_api._engines.aiohttp_engine import AiohttpEngine
            from customers_api._generated.api.customers import get_customer
        except ImportError as exc:
            raise RowUnavailable(f"SDK engine not importable: {exc}") from exc
        if layer == "pipeline":
            async with CustomersClient(
                token=BENCH_TOKEN, site_id=BENCH_SITE_ID, base_url=base_url, transport="aiohttp"
            ) as client:
                yield client.customers.get.with_response
            return
        engine = AiohttpEngine()
        headers = {**HEADERS, "Accept": "application/json", "Accept-Encoding": "gzip, deflate"}
        parse = get_customer._parse if layer == "decode" else (lambda _s, body: json.loads(body))

        async def fetch(customer_id: int) -> Any:
            status, _, body = await engine.send(
                "GET", f"{base_url}/customer/{customer_id}/doc", headers, None, DEFAULT_TIMEOUT
            )
            return parse(status, body)

        try:
            yield fetch
        finally:
            await engine.aclose()

    return open_


# --- generated-layer preview rows --------------------------------------------------------


def _open_generated(transport_name: str) -> Opener:
    @contextlib.asynccontextmanager
    async def open_(base_url: str, concurrency: int) -> AsyncIterator[Fetch]:
        try:
            from customers_api._generated.api.customers import get_customer
            from customers_api._generated.client import Client
        except ImportError as exc:
            raise RowUnavailable(f"generated layer not importable: {exc}") from exc
        if transport_name == "aiohttp":
            http = httpx.AsyncClient(transport=aiohttp_transport(concurrency))
        else:
            http = httpx.AsyncClient(limits=httpx_limits(concurrency))
        async with http:
            gen = Client(base_url=base_url, http=http, headers=dict(HEADERS))

            async def fetch(customer_id: int) -> Any:
                resp = await get_customer.asyncio_detailed(customer_id, client=gen)
                if resp.parsed is None:
                    raise RuntimeError(f"HTTP {resp.status_code}: {resp.content[:200]!r}")
                return resp.parsed

            yield fetch

    return open_


# --- SDK rows (issue 3) ------------------------------------------------------------------


def _open_sdk(transport_name: str, **options: Any) -> Opener:
    @contextlib.asynccontextmanager
    async def open_(base_url: str, concurrency: int) -> AsyncIterator[Fetch]:
        customers_api = importlib.import_module("customers_api")
        cls = customers_api.CustomersClient
        # The documented fan-out path: one shared client with its default pool (100
        # connections); concurrency beyond that waits for a free connection.
        kwargs: dict[str, Any] = dict(options)
        try:
            client = cls(
                token=BENCH_TOKEN,
                site_id=BENCH_SITE_ID,
                base_url=base_url,
                transport=transport_name,
                **kwargs,
            )
        except ImportError as exc:  # e.g. transport="aiohttp" without customers-api[fast]
            raise RowUnavailable(f"SDK transport {transport_name!r}: {exc}") from exc
        async with contextlib.AsyncExitStack() as stack:
            if hasattr(client, "__aenter__"):
                client = await stack.enter_async_context(client)
            else:
                stack.push_async_callback(client.aclose)
            yield client.customers.get

    return open_


def sdk_available() -> bool:
    try:
        customers_api = importlib.import_module("customers_api")
    except ImportError:
        return False
    return hasattr(customers_api, "CustomersClient")


def generated_available() -> bool:
    try:
        importlib.import_module("customers_api._generated.api.customers.get_customer")
    except ImportError:
        return False
    return True


_EXTRA_ROWS: list[Row] = []


def register_row(row: Row) -> None:
    """Add a fan-out row (e.g. an SDK variant) before the benchmark runs."""
    _EXTRA_ROWS.append(row)


def fanout_rows(*, include_gen: bool = False, include_sdk: bool = True) -> list[Row]:
    rows = [
        Row("httpx (default transport)", "raw", open_raw_httpx, "httpx.AsyncClient + json.loads",
            engine="httpcore"),
        Row("aiohttp", "raw", open_raw_aiohttp, "aiohttp.ClientSession + json.loads"),
        Row("httpx + AiohttpTransport", "raw", open_raw_httpx_aiohttp, "httpx-aiohttp"),
    ]  # fmt: skip
    if generated_available():
        rows.append(
            Row(
                "aiohttp + typed decode",
                "raw+decode",
                open_raw_aiohttp_decode,
                "aiohttp + json.loads + GetCustomerResponse.from_dict",
            )
        )
    if include_gen and generated_available():
        rows += [
            Row(
                "gen layer, httpx default",
                "gen",
                _open_generated("httpx"),
                "typed models",
                engine="httpcore",
            ),
            Row("gen layer, AiohttpTransport", "gen", _open_generated("aiohttp"), "typed models"),
        ]
    if include_sdk and sdk_available():
        rows += [
            Row("SDK engine + json.loads", "layer", _open_layer("engine"), "AiohttpEngine.send"),
            Row("SDK engine + typed decode", "layer", _open_layer("decode"), "+ generated _parse"),
            Row("SDK pipeline (.with_response)", "layer", _open_layer("pipeline"), "Pipeline.send"),
        ]
        rows += [
            Row('SDK transport="aiohttp"', "sdk", _open_sdk("aiohttp"), "client.customers.get"),
            Row(
                'SDK transport="aiohttp", no throttle',
                "sdk",
                _open_sdk("aiohttp", concurrency=None, shared_pause=False),
                "concurrency=None, shared_pause=False: without the issue-14 machinery",
            ),
            Row(
                'SDK transport="httpx"',
                "sdk",
                _open_sdk("httpx"),
                "client.customers.get",
                engine="httpcore",
            ),
        ]
    return rows + list(_EXTRA_ROWS)
