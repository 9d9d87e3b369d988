"""Nothing secret reachable from an error (issue 20), on every engine and a caller's client.

For each kind of error -- a status error, a read timeout, a refused connection, a body that
does not match the spec -- the test walks every object reachable from the exception:
attributes and slots (private ones too), mappings and sequences, httpx requests, responses,
headers and URLs, ``args``, ``__cause__``, ``__context__`` and notes; and searches each
string and byte string for the token and for a secret query value the call sent. Frames
(``__traceback__``) are not walked: every HTTP client's frames hold its request while it
runs (SECURITY.md says what that means for error reporters that capture local variables).
"""

from __future__ import annotations

import contextlib
import json
import socket
import types
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import httpx
import pytest

from customers_api import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    CustomersAPIError,
    CustomersClient,
    ResponseValidationError,
)

from ..conftest import SITE_ID, TOKEN, LoopbackServer
from ..factories import envelope

SECRET_QUERY = "acme-private-7731"
ENGINES = ["aiohttp", "httpx", "caller-http-client"]
_SKIP = (types.ModuleType, type, types.FunctionType, types.BuiltinFunctionType,
         types.MethodType, types.FrameType, types.TracebackType, types.CodeType)  # fmt: skip


def reachable(root: object, limit: int = 20_000) -> Iterator[tuple[str, object]]:
    """``(path, object)`` for everything reachable from ``root`` (see the module docstring)."""
    seen: set[int] = set()
    todo: list[tuple[str, object]] = [("error", root)]
    while todo and len(seen) < limit:
        path, obj = todo.pop()
        if id(obj) in seen or isinstance(obj, _SKIP):
            continue
        seen.add(id(obj))
        yield path, obj
        if isinstance(obj, (str, bytes, bytearray, int, float, bool)) or obj is None:
            continue
        children: list[tuple[str, object]] = []
        if isinstance(obj, httpx.URL):
            children.append((f"{path}:str", str(obj)))
        if isinstance(obj, httpx.Headers):
            children += [(f"{path}[{k}]", v) for k, v in obj.raw]
        if isinstance(obj, Mapping):
            children += [(f"{path}[{k!r}]", k) for k in obj]
            children += [(f"{path}[{k!r}]", v) for k, v in obj.items()]
        elif isinstance(obj, (list, tuple, set, frozenset)):
            children += [(f"{path}[{i}]", v) for i, v in enumerate(obj)]
        if isinstance(obj, BaseException):
            children += [(f"{path}.args", obj.args), (f"{path}.__cause__", obj.__cause__),
                         (f"{path}.__context__", obj.__context__),
                         (f"{path}.__notes__", getattr(obj, "__notes__", None))]  # fmt: skip
        for name in getattr(obj, "__dict__", {}) or {}:
            children.append((f"{path}.{name}", obj.__dict__[name]))
        for cls in type(obj).__mro__:
            for name in getattr(cls, "__slots__", ()):
                if isinstance(name, str) and not name.startswith("__"):
                    with contextlib.suppress(AttributeError):
                        children.append((f"{path}.{name}", getattr(obj, name)))
        if isinstance(obj, httpx.Response):  # what a reporter would read: public properties
            with contextlib.suppress(RuntimeError):
                children.append((f"{path}.request", obj.request))
            children += [(f"{path}.content", obj.content), (f"{path}.url", obj.url)]
        if isinstance(obj, httpx.Request):
            children += [(f"{path}.url", obj.url), (f"{path}.headers", obj.headers),
                         (f"{path}.content", obj.content)]  # fmt: skip
        if isinstance(obj, httpx.RequestError):
            with contextlib.suppress(RuntimeError):
                children.append((f"{path}.request", obj.request))
        todo.extend(children)


def leaks(error: BaseException) -> list[str]:
    found = []
    for path, obj in reachable(error):
        text = obj.decode("latin-1") if isinstance(obj, (bytes, bytearray)) else obj
        if isinstance(text, str):
            for secret in (TOKEN, SECRET_QUERY, "Bearer "):
                if secret in text:
                    found.append(f"{path} holds {secret!r}")
        elif not isinstance(obj, (int, float, bool, type(None))):
            shown = repr(obj)
            if TOKEN in shown or SECRET_QUERY in shown:
                found.append(f"repr({path}) holds a secret")
    return found


def test_the_walk_finds_a_token_where_there_is_one() -> None:
    request = httpx.Request(
        "GET", f"https://h/x?q={SECRET_QUERY}", headers={"a": f"Bearer {TOKEN}"}
    )
    error = httpx.ReadTimeout("slow", request=request)
    wrapped = APITimeoutError("ReadTimeout", endpoint="GET /x")
    wrapped.__cause__ = error
    assert leaks(wrapped)  # the bare httpx error carries both; the walk sees them
    response = httpx.Response(404, request=request)
    assert leaks(APIStatusError("m", status_code=404, endpoint="GET /x", response=response))


@contextlib.asynccontextmanager
async def _client(engine: str, url: str) -> AsyncIterator[CustomersClient]:
    options: dict[str, Any] = {"token": TOKEN, "site_id": SITE_ID, "base_url": url,
                               "max_retries": 0, "timeout": 0.3}  # fmt: skip
    if engine == "caller-http-client":
        async with httpx.AsyncClient() as mine, CustomersClient(http_client=mine, **options) as c:
            yield c
        return
    async with CustomersClient(transport=engine, **options) as c:  # type: ignore[arg-type]
        yield c


async def _fail(engine: str, url: str) -> CustomersAPIError:
    async with _client(engine, url) as client:
        with pytest.raises(CustomersAPIError) as info:
            await client.customers.lookup(SECRET_QUERY, edge_cache="1m")
    return info.value


@pytest.mark.parametrize("engine", ENGINES)
async def test_no_secret_reachable_from_a_status_error(
    engine: str, loopback: LoopbackServer
) -> None:
    loopback.status_line = b"HTTP/1.1 404 Not Found"
    loopback.body = b'{"message": "nothing matches"}'
    error = await _fail(engine, loopback.url)
    assert isinstance(error, APIStatusError) and error.response is not None
    assert error.response.request.url.path == "/customer/lookup"  # the template, no query
    assert leaks(error) == []
    assert any(SECRET_QUERY.encode() in head for head in loopback.requests)  # it was sent


@pytest.mark.parametrize("engine", ENGINES)
async def test_no_secret_reachable_from_a_timeout(engine: str, loopback: LoopbackServer) -> None:
    loopback.delay = 2.0
    error = await _fail(engine, loopback.url)
    assert isinstance(error, APITimeoutError)
    assert leaks(error) == []


@pytest.mark.parametrize("engine", ENGINES)
async def test_no_secret_reachable_from_a_connection_error(engine: str) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    error = await _fail(engine, f"http://127.0.0.1:{port}")
    assert type(error) is APIConnectionError
    assert leaks(error) == []


@pytest.mark.parametrize("engine", ENGINES)
async def test_no_secret_reachable_from_a_decode_error(
    engine: str, loopback: LoopbackServer
) -> None:
    body = envelope("lookup_customers", list_len=1)
    body["data"][0]["customerId"] = f"{TOKEN} {SECRET_QUERY}"  # a bad value echoing secrets
    loopback.body = json.dumps(body).encode()
    error = await _fail(engine, loopback.url)
    assert isinstance(error, ResponseValidationError)
    assert leaks(error) == []
