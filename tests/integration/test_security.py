"""Secrets over a real loopback socket: DEBUG logs under load, redirects to another host."""

from __future__ import annotations

import asyncio
import logging
import pickle

import pytest

from customers_api import (
    AuthenticationError,
    CustomersAPIError,
    CustomersClient,
    UnexpectedStatusError,
)
from customers_api.testing import FaultConfig

from ..conftest import LoopbackServer
from .test_faults import FIRST_ID, fake_process

TOKEN = "sec-TOKEN-9f8e7d6c5b4a"
TRANSPORTS = ["httpx", "aiohttp"]


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_token_never_logged_under_load_retries_and_errors(
    transport: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # root: httpx, httpcore, aiohttp, asyncio, the SDK
    faults = FaultConfig(fail_503=0.2, fail_429=0.1, retry_after=0, drop=0.05, seed=5)
    errors: list[CustomersAPIError] = []
    with fake_process(30, faults) as (url, stats):
        async with CustomersClient(
            token=TOKEN,
            site_id="SITE1",
            base_url=url,
            transport=transport,  # type: ignore[arg-type]
            max_retries=1,
        ) as client:

            async def one(i: int) -> None:
                try:
                    await client.customers.get(FIRST_ID + i % 40)  # some are 404s
                except CustomersAPIError as exc:
                    errors.append(exc)

            await asyncio.gather(*(one(i) for i in range(300)))
            for _ in range(20):  # whoami under the same faults, until one gets through
                try:
                    await client.whoami()
                    break
                except CustomersAPIError as exc:
                    errors.append(exc)
    assert stats.faults["503"] and stats.faults["drop"] and stats.faults["429"]
    kinds = {type(e).__name__ for e in errors}
    assert {"NotFoundError", "ServerError"} <= kinds
    logged = "\n".join(
        f"{r.name} {r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records
    )
    if transport == "httpx":  # DEBUG logging was really on (aiohttp logs no client request)
        assert "httpcore" in logged and "httpx" in logged
        assert len(caplog.records) > 300
    assert TOKEN not in logged and TOKEN not in caplog.text
    for err in errors:
        assert TOKEN not in str(err) and TOKEN not in repr(err)
        assert TOKEN.encode() not in pickle.dumps(err)
    print(f"\n[logs/{transport}] records={len(caplog.records)} errors={len(errors)} {kinds}")


async def test_rejected_token_error_does_not_echo_it() -> None:
    """The fake accepts only another token: 401, and the error names no token."""
    import httpx

    from customers_api.testing import FakeCustomersAPI

    api = FakeCustomersAPI(customers=3, tokens={"the-right-one"})
    async with CustomersClient(
        token=TOKEN,
        site_id="S",
        base_url="https://fake.test",
        transport=httpx.ASGITransport(app=api),
    ) as client:
        with pytest.raises(AuthenticationError) as info:
            await client.customers.get(FIRST_ID)
    assert TOKEN not in str(info.value) and TOKEN.encode() not in pickle.dumps(info.value)


class _Redirector(LoopbackServer):
    """Answers every request with a redirect to ``target``."""

    def __init__(self, status: int, target: str) -> None:
        super().__init__()
        self.status = status
        self.target = target

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                self.requests.append(head)
                writer.write(
                    f"HTTP/1.1 {self.status} Moved\r\nlocation: {self.target}\r\n"
                    "content-length: 0\r\n\r\n".encode()
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_redirect_to_another_host_is_not_followed(
    transport: str, status: int, loopback: LoopbackServer
) -> None:
    """The SDK's own engines follow no redirect: the other host gets nothing, token least."""
    async with (
        _Redirector(status, f"{loopback.url}/whoami") as redirector,
        CustomersClient(
            token=TOKEN,
            site_id="S",
            base_url=redirector.url,
            transport=transport,  # type: ignore[arg-type]
        ) as client,
    ):
        with pytest.raises(UnexpectedStatusError) as info:
            await client.whoami()
    assert info.value.status_code == status and info.value.attempts == 1
    assert any(TOKEN.encode() in r for r in redirector.requests)  # the API host got it
    assert loopback.requests == []  # the other host got no request at all
    assert TOKEN not in str(info.value) and loopback.url not in str(info.value)
