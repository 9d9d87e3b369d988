"""The loopback server, always in its own process.

`python -m bench.server --impl IMPL --port PORT [--invoices-total N]` serves the canned
bodies of `bench.data`; `start_server()` launches that as a subprocess and waits until it
answers. Implementations (all single-process, one worker, on 127.0.0.1 only):

    raw       asyncio.Protocol + httptools parser on uvloop: the fastest measured here
    aiohttp   aiohttp.web (uvloop when installed)
    uvicorn   uvicorn + a minimal ASGI app (httptools + uvloop when installed)
    granian   granian (Rust) + the same minimal ASGI app
    fake      uvicorn serving the SDK's fake API (`customers_api.testing`, issue 5)

`auto` picks `raw` when httptools is importable, else `aiohttp`. Client and server share
the machine's cores: on a 2-core box each side gets about one.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, cast
from urllib.parse import parse_qsl

from bench import data

HOST = "127.0.0.1"
IMPLS = ("auto", "raw", "aiohttp", "uvicorn", "granian", "fake")
DEFAULT_INVOICES_TOTAL = 10_000
DEFAULT_CUSTOMERS_TOTAL = 10_000

_NOT_FOUND = data.dumps(
    {"count": 0, "data": [], "message": "Not Found", "options": [], "params": [], "status": 404,
     "total": 0, "totalResults": 0}
)  # fmt: skip


def _int(q: dict[str, str], key: str, default: int) -> int:
    try:
        return int(q.get(key, default))
    except ValueError:
        return default


def route(path: str, query: str, invoices_total: int, customers_total: int) -> tuple[int, bytes]:
    """Map a GET to (status, body). Shared by every implementation."""
    parts = path.strip("/").split("/")
    if parts[0] == "customer":
        if len(parts) == 3 and parts[1].isdigit():
            if parts[2] == "doc":
                return 200, data.customer_doc_body(int(parts[1]))
            if parts[2] == "invoices":
                q = dict(parse_qsl(query))
                limit, offset = _int(q, "limit", 10), _int(q, "offset", 0)
                return 200, data.invoices_page_body(int(parts[1]), limit, offset, invoices_total)
        elif len(parts) == 1:
            q = dict(parse_qsl(query))
            limit, offset = _int(q, "limit", 10), _int(q, "offset", 0)
            return 200, data.customers_page_body(limit, offset, customers_total)
    elif parts[0] == "ping":
        return 200, data.dumps(data.envelope("pong", total=1))
    return 404, _NOT_FOUND


# --- raw: asyncio.Protocol + httptools --------------------------------------------------


def serve_raw(port: int, invoices_total: int, customers_total: int) -> None:
    import httptools

    reasons = {200: b"OK", 400: b"Bad Request", 404: b"Not Found"}

    class HttpProtocol(asyncio.Protocol):
        def __init__(self) -> None:
            self.parser = httptools.HttpRequestParser(self)
            self.url = b""
            self.transport: asyncio.Transport | None = None

        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            self.transport = cast(asyncio.Transport, transport)  # uvloop's is not a subclass

        def data_received(self, chunk: bytes) -> None:
            try:
                self.parser.feed_data(chunk)
            except httptools.HttpParserError:
                assert self.transport is not None
                self.transport.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                self.transport.close()

        def on_url(self, url: bytes) -> None:
            self.url += url

        def on_message_complete(self) -> None:
            assert self.transport is not None
            parsed = httptools.parse_url(self.url)
            self.url = b""
            status, body = route(
                parsed.path.decode(),
                (parsed.query or b"").decode(),
                invoices_total,
                customers_total,
            )
            keep_alive = self.parser.should_keep_alive()
            head = (
                b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n"
                % (
                    status,
                    reasons.get(status, b"OK"),
                    len(body),
                    b"" if keep_alive else b"Connection: close\r\n",
                )
            )
            self.transport.write(head + body)
            if not keep_alive:
                self.transport.close()

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(HttpProtocol, HOST, port, backlog=2048)
        async with server:
            await server.serve_forever()

    _run(main)


# --- aiohttp.web -------------------------------------------------------------------------


def serve_aiohttp(port: int, invoices_total: int, customers_total: int) -> None:
    from aiohttp import web

    async def handler(request: web.Request) -> web.Response:
        status, body = route(request.path, request.query_string, invoices_total, customers_total)
        return web.Response(status=status, body=body, content_type="application/json")

    async def main() -> None:
        app = web.Application()
        app.router.add_route("GET", "/{tail:.*}", handler)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, HOST, port, backlog=2048)
        await site.start()
        await asyncio.Event().wait()

    _run(main)


# --- minimal ASGI app (uvicorn, granian) -------------------------------------------------

_INVOICES_TOTAL = int(os.environ.get("BENCH_INVOICES_TOTAL", DEFAULT_INVOICES_TOTAL))
_CUSTOMERS_TOTAL = int(os.environ.get("BENCH_CUSTOMERS_TOTAL", DEFAULT_CUSTOMERS_TOTAL))


async def asgi_app(
    scope: dict[str, Any],
    receive: Callable[[], Awaitable[dict[str, Any]]],
    send: Callable[[dict[str, Any]], Awaitable[None]],
) -> None:
    """The canned routes as a bare ASGI app (no framework)."""
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    status, body = route(
        scope["path"], scope["query_string"].decode(), _INVOICES_TOTAL, _CUSTOMERS_TOTAL
    )
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _has(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def serve_uvicorn(port: int, app: Any = asgi_app) -> None:
    import uvicorn

    uvicorn.run(
        app,
        host=HOST,
        port=port,
        log_level="warning",
        access_log=False,
        loop="uvloop" if _has("uvloop") else "asyncio",
        http="httptools" if _has("httptools") else "h11",
        lifespan="auto",
        backlog=2048,
    )


def serve_granian(port: int) -> None:
    from granian import Granian
    from granian.constants import Interfaces

    Granian(
        "bench.server:asgi_app",
        address=HOST,
        port=port,
        interface=Interfaces.ASGI,
        workers=1,
        log_enabled=False,
        backlog=2048,
    ).serve()


def load_fake_app() -> Any:
    """The SDK's fake API as an ASGI app (issue 5). Adjust here once its API is settled."""
    testing = importlib.import_module("customers_api.testing")
    for name in ("create_app", "make_app", "build_app"):
        factory = getattr(testing, name, None)
        if callable(factory):
            return factory()
    for name in ("app", "asgi_app"):
        app = getattr(testing, name, None)
        if app is not None:
            return app
    fake_cls = getattr(testing, "FakeCustomersAPI", None)
    if fake_cls is not None:
        fake = fake_cls()
        return getattr(fake, "app", fake)
    raise RuntimeError("customers_api.testing exposes no ASGI app this bench knows how to load")


def _run(main: Callable[[], Awaitable[None]]) -> None:
    try:
        import uvloop

        uvloop.run(main())  # type: ignore[arg-type]
    except ImportError:
        asyncio.run(main())  # type: ignore[arg-type]


def resolve_impl(impl: str) -> str:
    if impl == "auto":
        return "raw" if _has("httptools") else "aiohttp"
    return impl


def serve(impl: str, port: int, invoices_total: int, customers_total: int) -> None:
    impl = resolve_impl(impl)
    if impl == "raw":
        serve_raw(port, invoices_total, customers_total)
    elif impl == "aiohttp":
        serve_aiohttp(port, invoices_total, customers_total)
    elif impl == "uvicorn":
        serve_uvicorn(port)
    elif impl == "granian":
        serve_granian(port)
    elif impl == "fake":
        serve_uvicorn(port, load_fake_app())
    else:
        raise SystemExit(f"unknown server impl {impl!r}")


# --- the parent side ---------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def start_server(
    impl: str = "auto",
    *,
    invoices_total: int = DEFAULT_INVOICES_TOTAL,
    customers_total: int = DEFAULT_CUSTOMERS_TOTAL,
    startup_timeout: float = 20.0,
) -> Iterator[str]:
    """Run the server in a subprocess; yield its base URL (http://127.0.0.1:PORT)."""
    impl = resolve_impl(impl)
    port = free_port()
    env = dict(os.environ)
    env["BENCH_INVOICES_TOTAL"] = str(invoices_total)
    env["BENCH_CUSTOMERS_TOTAL"] = str(customers_total)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    cmd = [
        sys.executable, "-m", "bench.server", "--impl", impl, "--port", str(port),
        "--invoices-total", str(invoices_total), "--customers-total", str(customers_total),
    ]  # fmt: skip
    proc = subprocess.Popen(cmd, env=env, cwd=root, stdin=subprocess.DEVNULL)
    base_url = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"bench server ({impl}) exited with {proc.returncode}")
            try:
                with urllib.request.urlopen(base_url + "/ping", timeout=1.0) as resp:
                    resp.read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"bench server ({impl}) did not start") from None
                time.sleep(0.05)
        yield base_url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--impl", choices=IMPLS, default="auto")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--invoices-total", type=int, default=DEFAULT_INVOICES_TOTAL)
    ap.add_argument("--customers-total", type=int, default=DEFAULT_CUSTOMERS_TOTAL)
    args = ap.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        serve(args.impl, args.port, args.invoices_total, args.customers_total)


if __name__ == "__main__":
    main()
