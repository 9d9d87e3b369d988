"""Auth: bearer token where due, never leaked (repr, str, errors, DEBUG logs)."""

from __future__ import annotations

import logging
import pickle

import httpx
import pytest
import respx

from customers_api import CustomersClient, NotFoundError, UnexpectedStatusError

from .conftest import SITE_ID, TOKEN, LoopbackServer
from .factories import envelope, error_body


def test_pipeline_repr_hides_token_and_refuses_pickling() -> None:
    client = CustomersClient(token=TOKEN, site_id=SITE_ID, transport="httpx")
    pipeline = client._pipeline
    assert TOKEN not in repr(pipeline) and TOKEN not in str(pipeline)
    with pytest.raises(TypeError, match="token"):
        pickle.dumps(pipeline)


@pytest.mark.parametrize("base", ["https://h", "https://h/api/v1/"])
async def test_token_only_where_the_spec_asks_for_it(base: str) -> None:
    """``/ping`` (security []) and ``/health-check`` (siteId only) go without the token,
    whatever the base path; the rest carry it. Read from the spec, not from the URL."""
    prefix = base.rstrip("/")
    with respx.mock(base_url=prefix) as api:
        for path, op in (
            ("/ping", "ping"),
            ("/health-check", "health_check"),
            ("/whoami", "whoami"),
        ):
            api.get(path).respond(200, json=envelope(op))
        async with CustomersClient(
            token=TOKEN, site_id=SITE_ID, base_url=base, transport="httpx"
        ) as client:
            await client.ping()
            await client.health_check()
            await client.whoami()
        root = httpx.URL(prefix).path.rstrip("/")
        sent = {c.request.url.path.removeprefix(root): c.request for c in api.calls}
    assert "authorization" not in sent["/ping"].headers
    assert "authorization" not in sent["/health-check"].headers
    assert sent["/whoami"].headers["authorization"] == f"Bearer {TOKEN}"
    assert all(r.headers["x-site-id"] == SITE_ID for r in sent.values())


async def test_caller_http_client_is_not_mutated() -> None:
    with respx.mock(base_url="https://customers.test") as api:
        route = api.get("/whoami").respond(200, json=envelope("whoami"))
        async with httpx.AsyncClient(headers={"x-mine": "1"}) as mine:
            before = (dict(mine.headers), mine.auth, mine.timeout, mine.base_url)
            client = CustomersClient(
                token=TOKEN, site_id=SITE_ID, base_url="https://customers.test", http_client=mine
            )
            await client.whoami()
            await client.aclose()
            assert (dict(mine.headers), mine.auth, mine.timeout, mine.base_url) == before
            assert not mine.is_closed  # never closed by the SDK
            request = route.calls.last.request
            assert request.headers["authorization"] == f"Bearer {TOKEN}"
            assert request.headers["x-site-id"] == SITE_ID
            assert request.headers["x-mine"] == "1"


async def test_caller_client_gets_timeout_only_when_asked() -> None:
    with respx.mock(base_url="https://customers.test") as api:
        route = api.get("/whoami").respond(200, json=envelope("whoami"))
        async with httpx.AsyncClient(timeout=1.25) as mine:
            plain = CustomersClient(
                token=TOKEN, site_id=SITE_ID, base_url="https://customers.test", http_client=mine
            )
            await plain.whoami()
            assert route.calls.last.request.extensions["timeout"]["read"] == 1.25
            timed = CustomersClient(
                token=TOKEN,
                site_id=SITE_ID,
                base_url="https://customers.test",
                http_client=mine,
                timeout=7.0,
            )
            await timed.whoami()
            assert route.calls.last.request.extensions["timeout"]["read"] == 7.0


async def test_redirects_are_never_followed_even_by_a_callers_client() -> None:
    """A caller's client that follows redirects is not asked to, for the SDK's requests:
    the 307 is an error and the other host is never sent anything (every engine alike)."""
    with respx.mock(assert_all_called=False) as api:
        api.get("https://customers.test/whoami").respond(
            307, headers={"location": "https://evil.test/whoami"}
        )
        evil = api.get("https://evil.test/whoami").respond(200, json=envelope("whoami"))
        async with httpx.AsyncClient(follow_redirects=True) as mine:
            client = CustomersClient(
                token=TOKEN, site_id=SITE_ID, base_url="https://customers.test", http_client=mine
            )
            with pytest.raises(UnexpectedStatusError) as info:
                await client.whoami()
        assert info.value.status_code == 307
        assert not evil.called


async def test_token_never_in_repr_errors_or_debug_logs(
    loopback: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    loopback.body = httpx.Response(200, json=envelope("whoami")).content
    async with CustomersClient(
        token=TOKEN, site_id=SITE_ID, base_url=loopback.url, transport="httpx"
    ) as client:
        assert TOKEN not in repr(client) and TOKEN not in str(client)
        assert repr(client) == f"CustomersClient(base_url={loopback.url!r}, site_id='SITE1')"
        await client.whoami()
        assert any(TOKEN.encode() in r for r in loopback.requests)  # it was sent...
        loopback.body = b"{not json"
        with pytest.raises(Exception) as info:
            await client.whoami()
        assert TOKEN not in str(info.value) and TOKEN not in repr(info.value)
    logged = "\n".join(f"{r.name}: {r.getMessage()}" for r in caplog.records)
    assert "httpcore" in logged and "httpx" in logged  # DEBUG logging was really on
    assert TOKEN not in logged  # ...and never logged
    assert TOKEN not in caplog.text


async def test_token_not_in_status_error(client: CustomersClient, api: respx.MockRouter) -> None:
    api.get("/customer/1/doc").respond(404, json=error_body("no customer 1"))
    with pytest.raises(NotFoundError) as info:
        await client.customers.get(1)
    assert TOKEN not in str(info.value) and TOKEN not in repr(info.value)
    assert TOKEN not in repr(info.value.response.request.headers)  # type: ignore[union-attr]
