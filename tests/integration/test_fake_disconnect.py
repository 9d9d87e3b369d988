"""A client that hangs up on the fake (a client-side timeout) is one DEBUG line, not a traceback."""

from __future__ import annotations

import logging

import pytest

from customers_api import APITimeoutError, CustomersClient
from customers_api.testing import FakeCustomersAPI, FaultConfig, serve_in_thread


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
async def test_client_disconnect_is_a_debug_line(
    transport: str, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="customers_api.testing")
    api = FakeCustomersAPI(customers=3, seed=1, faults=FaultConfig(latency=0.5))
    with serve_in_thread(api) as url:
        async with CustomersClient(
            token="t",
            site_id="s",
            base_url=url,
            transport=transport,  # type: ignore[arg-type]
            max_retries=0,
        ) as client:
            for _ in range(2):
                with pytest.raises(APITimeoutError):
                    await client.customers.addresses.delete(7, 9, timeout=0.1)
    # leaving serve_in_thread joined the server thread: every request was handled
    err = capfd.readouterr().err
    assert "ClientDisconnect" not in err and "Traceback" not in err, err
    lines = [r.getMessage() for r in caplog.records if r.name == "customers_api.testing"]
    assert len(lines) == 2
    assert lines[0].startswith(
        "client disconnected: DELETE /customer/{customerId}/addresses/{customerAddressUid} (fake-"
    )
    assert all(
        r.levelno == logging.DEBUG for r in caplog.records if r.name == "customers_api.testing"
    )
