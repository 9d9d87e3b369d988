"""Serving the fake over loopback with uvicorn, from a background thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from starlette.types import ASGIApp

from customers_api._extras import require_extra

if TYPE_CHECKING:
    import uvicorn


def _config(app: ASGIApp, host: str, port: int, log_level: str) -> uvicorn.Config:
    import uvicorn

    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        lifespan="off",
        proxy_headers=False,
        server_header=False,
        date_header=False,
        http="h11",
        access_log=False,
    )


@contextmanager
def serve_in_thread(
    app: ASGIApp,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    log_level: str = "warning",
    startup_timeout: float = 10.0,
) -> Iterator[str]:
    """Serve ``app`` on loopback from a daemon thread; yields the base URL.

    ``port=0`` (the default) binds a free port. On exit the server is asked to stop and the
    thread is joined, so the port is released when the ``with`` block ends.
    """
    require_extra("testing", "serving the fake API over loopback", "uvicorn")
    import uvicorn

    server = uvicorn.Server(_config(app, host, port, log_level))
    thread = threading.Thread(target=server.run, name="fake-customers-api", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            thread.join(5)
            raise RuntimeError(f"the fake Customers API did not start on {host}:{port}")
        time.sleep(0.005)
    bound = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{bound}"
    finally:
        server.should_exit = True
        thread.join(10)
