"""respx routes served over loopback HTTP, so that mocks reach every engine.

respx mocks httpx's transports; the SDK's default engine is aiohttp, which respx never
sees. :class:`RespxServer` is a small HTTP/1.1 server on 127.0.0.1 that hands each request
it receives -- rewritten onto the router's base URL -- to the respx router and writes its
answer back, so a test written with ``api.get("/ping").respond(...)`` runs unchanged on the
aiohttp engine, and ``api.calls`` records what arrived on the wire. A side effect that
raises (``httpx.ConnectError``, a timeout) closes the connection without an answer, which
every engine sees as a dropped connection; an unmatched request is answered 599 and the
router's error is raised again when the server closes, so the test fails with respx's reason.
"""

from __future__ import annotations

import asyncio
import contextlib
from http import HTTPStatus

import httpx
import respx

_SKIP = frozenset({"content-length", "transfer-encoding", "content-encoding", "connection"})


class RespxServer:
    """Serve ``router`` (whose routes use ``base_url``) on a free loopback port."""

    def __init__(self, router: respx.MockRouter, base_url: str) -> None:
        self.router = router
        self.base_url = base_url.rstrip("/")
        self.url = ""
        self.errors: list[BaseException] = []
        self._server: asyncio.AbstractServer | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    async def __aenter__(self) -> RespxServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for writer in list(self._writers):
            writer.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._server.wait_closed(), 1.0)
        unmatched = [e for e in self.errors if isinstance(e, AssertionError)]
        if unmatched and exc[0] is None:
            raise unmatched[0]

    async def _answer(self, request: httpx.Request) -> bytes | None:
        try:
            response = await self.router.async_handler(request)
        except respx.models.SideEffectError:
            return None  # the side effect raised: drop the connection
        except AssertionError as error:  # no route matched
            self.errors.append(error)
            return b"HTTP/1.1 599 No Route\r\ncontent-length: 0\r\n\r\n"
        content = await response.aread()
        reason = response.reason_phrase or HTTPStatus(response.status_code).phrase
        lines = [f"HTTP/1.1 {response.status_code} {reason}"]
        for key, value in response.headers.multi_items():
            if key.lower() not in _SKIP:
                lines.append(f"{key}: {value}")
        lines.append(f"content-length: {len(content)}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + content

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while True:
                head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
                request_line, *header_lines = head.split("\r\n")
                method, target, _ = request_line.split(" ", 2)
                headers = [
                    (name.strip(), value.strip())
                    for name, _, value in (line.partition(":") for line in header_lines if line)
                ]
                length = next((int(v) for k, v in headers if k.lower() == "content-length"), 0)
                body = await reader.readexactly(length) if length else b""
                request = httpx.Request(
                    method, self.base_url + target, headers=headers, content=body
                )
                answer = await self._answer(request)
                if answer is None:
                    break
                writer.write(answer)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            self._writers.discard(writer)
            writer.close()


def client_tasks() -> set[asyncio.Task[object]]:
    """Tasks other than the current one, the servers' own connection handlers aside: what
    the SDK may have left running."""
    current = asyncio.current_task()
    return {
        task
        for task in asyncio.all_tasks()
        if task is not current
        and getattr(task.get_coro(), "__qualname__", "") != "RespxServer._serve"
    }
