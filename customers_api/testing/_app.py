"""The ASGI app: routing, auth, the envelope, errors, fault injection and counters."""

from __future__ import annotations

import json
import logging
import re
import threading
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

import anyio
from starlette.requests import ClientDisconnect, Request
from starlette.types import Message, Receive, Scope, Send

from customers_api.testing._data import Dataset
from customers_api.testing._faults import FaultConfig, FaultInjector, drop_connection
from customers_api.testing._handlers import ROUTES, Ctx, Handler, Payload
from customers_api.testing._query import ApiError

UNMATCHED = "<unmatched>"

#: One DEBUG line per client that hung up before its request was read (a client-side timeout
#: during injected latency, say): an ordinary event for a test server, not a traceback.
logger = logging.getLogger("customers_api.testing")


@dataclass
class Stats:
    """What the fake saw. Keys of ``requests`` are ``(METHOD, path template)``; a path that
    matches no endpoint is counted under the template ``"<unmatched>"``."""

    requests: Counter[tuple[str, str]] = field(default_factory=Counter)
    responses: Counter[int] = field(default_factory=Counter)
    faults: Counter[str] = field(default_factory=Counter)

    def count(self, method: str | None = None, template: str | None = None) -> int:
        """Requests seen (faulted ones included), optionally by method and/or template."""
        return sum(
            n
            for (m, t), n in self.requests.items()
            if (method is None or m == method.upper()) and (template is None or t == template)
        )

    @property
    def total(self) -> int:
        return sum(self.requests.values())

    def reset(self) -> None:
        self.requests.clear()
        self.responses.clear()
        self.faults.clear()


@dataclass(frozen=True)
class _Route:
    method: str
    template: str
    pattern: re.Pattern[str]
    params: tuple[str, ...]
    handler: Handler
    auth: str


def _compile(method: str, template: str, handler: Handler, auth: str) -> _Route:
    params = tuple(re.findall(r"{(\w+)}", template))
    regex = re.sub(r"{(\w+)}", r"(?P<\1>[^/]+)", template)
    return _Route(method, template, re.compile(f"^{regex}$"), params, handler, auth)


_ROUTES = tuple(_compile(*route) for route in ROUTES)
#: Every endpoint as ``(METHOD, path template)``.
ENDPOINTS: tuple[tuple[str, str], ...] = tuple((r.method, r.template) for r in _ROUTES)


class FakeCustomersAPI:
    """An in-memory Augur Customers API, as an ASGI application.

    >>> api = FakeCustomersAPI(customers=50, seed=7)
    >>> transport = httpx.ASGITransport(app=api)  # in process, no sockets

    ``tokens``: bearer tokens accepted (None: any non-empty token). ``faults``: see
    :class:`FaultConfig`; replace at runtime with :meth:`set_faults`. ``stats`` counts what
    the fake saw.
    """

    def __init__(
        self,
        dataset: Dataset | None = None,
        *,
        customers: int = 500,
        seed: int = 1,
        faults: FaultConfig | None = None,
        tokens: Collection[str] | None = None,
    ) -> None:
        self.dataset = dataset if dataset is not None else Dataset(customers=customers, seed=seed)
        self.tokens = None if tokens is None else frozenset(tokens)
        self.stats = Stats()
        self._injector = FaultInjector(faults or FaultConfig())
        self._request_ids = 0
        self._lock = threading.Lock()

    # -- configuration --------------------------------------------------------------------
    @property
    def faults(self) -> FaultConfig:
        return self._injector.config

    def set_faults(self, faults: FaultConfig | None) -> None:
        """Swap the fault config (its random stream restarts from its seed)."""
        self._injector = FaultInjector(faults or FaultConfig())

    # -- ASGI -----------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        method: str = scope["method"].upper()
        route, path_params, allowed = _match(method, scope["path"])
        template = route.template if route else UNMATCHED
        if route is None and allowed:
            template = _match_any(scope["path"])
        with self._lock:
            self.stats.requests[(method, template)] += 1
            self._request_ids += 1
            request_id = f"fake-{self._request_ids:08d}"
        injector = self._injector
        if injector.applies(method, template if route else None):
            retry_after = injector.limited(_site_id(scope)) if injector.bucket else 0
            if retry_after:
                self.stats.faults["rate_limit"] += 1
                headers = {"Retry-After": str(retry_after)}
                error = ApiError(429, "Too many requests: rate limit exceeded.", headers)
                await self._send(send, 429, _error_body(error, request_id), request_id, headers)
                return
            decision = injector.decide()
            if decision.delay:
                await anyio.sleep(decision.delay)
            if decision.fault is not None:
                self.stats.faults[decision.fault] += 1
            if decision.fault == "drop" and injector.config.drop_phase == "before":
                await drop_connection(send)
                return
            if decision.fault == "503":
                error = ApiError(503, "The service is temporarily unavailable.")
                await self._send(send, 503, _error_body(error, request_id), request_id, {})
                return
            if decision.fault == "429":
                retry = str(injector.config.retry_after)
                error = ApiError(429, "Too many requests.", {"Retry-After": retry})
                await self._send(
                    send, 429, _error_body(error, request_id), request_id, error.headers
                )
                return
            if decision.fault == "drop":
                await self._respond(
                    scope, receive, _discard, route, path_params, allowed, request_id
                )
                await drop_connection(send)
                return
        await self._respond(scope, receive, send, route, path_params, allowed, request_id)

    async def _respond(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        route: _Route | None,
        path_params: dict[str, str],
        allowed: list[str],
        request_id: str,
    ) -> None:
        request = Request(scope, receive)
        headers: dict[str, str] = {}
        try:
            raw_body = await request.body()
        except ClientDisconnect:
            template = route.template if route else UNMATCHED
            logger.debug("client disconnected: %s %s (%s)", scope["method"], template, request_id)
            return
        try:
            body = self._handle(route, path_params, allowed, request, raw_body)
            status = 200
        except ApiError as error:
            status, body, headers = error.status, _error_body(error, request_id), error.headers
        await self._send(send, status, body, request_id, headers)

    def _handle(
        self,
        route: _Route | None,
        path_params: dict[str, str],
        allowed: list[str],
        request: Request,
        raw_body: bytes,
    ) -> dict[str, Any]:
        if route is None:
            if allowed:
                raise ApiError(405, "Method not allowed.", {"Allow": ", ".join(allowed)})
            raise ApiError(404, f"No route for {request.url.path}.")
        token = self._check_auth(route, request)
        site_id = (request.headers.get("x-site-id") or "").strip()
        if route.auth != "none" and not site_id:
            raise ApiError(400, "The x-site-id header is required.")
        for name, value in path_params.items():
            if not value.isdigit():
                raise ApiError(404, f"No route for {request.url.path}: {name} must be digits.")
        body: Any = None
        if raw_body.strip():
            try:
                body = json.loads(raw_body)
            except ValueError:
                raise ApiError(400, "The request body is not valid JSON.") from None
        ctx = Ctx(self.dataset, path_params, request.query_params, body, site_id, token, params={})
        ctx.params.update(request.query_params.items())
        payload: Payload = route.handler(ctx)
        return {
            "count": payload.count,
            "data": payload.data,
            "message": "",
            "options": [],
            "params": ctx.params or [],
            "status": 200,
            "total": payload.total,
            "totalResults": payload.total,
        }

    def _check_auth(self, route: _Route, request: Request) -> str:
        if route.auth != "bearer":
            return ""
        scheme, _, token = (request.headers.get("authorization") or "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise ApiError(401, "A bearer token is required.")
        if self.tokens is not None and token not in self.tokens:
            raise ApiError(401, "The bearer token is invalid or expired.")
        return token

    async def _send(
        self, send: Send, status: int, body: Any, request_id: str, headers: dict[str, str]
    ) -> None:
        self.stats.responses[status] += 1
        raw = json.dumps(body, separators=(",", ":")).encode()
        header_list = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(raw)).encode()),
            (b"x-request-id", request_id.encode()),
            *((k.lower().encode(), v.encode()) for k, v in headers.items()),
        ]
        await send({"type": "http.response.start", "status": status, "headers": header_list})
        await send({"type": "http.response.body", "body": raw})


def _error_body(error: ApiError, request_id: str) -> dict[str, Any]:
    return {"message": error.message, "code": error.code, "requestId": request_id}


def _site_id(scope: Scope) -> str:
    for name, value in scope["headers"]:
        if name == b"x-site-id":
            return str(value.decode("latin-1").strip())
    return ""


async def _discard(message: Message) -> None:
    return None


def _match(method: str, path: str) -> tuple[_Route | None, dict[str, str], list[str]]:
    """The route for method+path, its path params, and the methods the path allows."""
    allowed: list[str] = []
    for route in _ROUTES:
        found = route.pattern.match(path)
        if found is None:
            continue
        if route.method == method:
            return route, found.groupdict(), []
        allowed.append(route.method)
    return None, {}, allowed


def _match_any(path: str) -> str:
    for route in _ROUTES:
        if route.pattern.match(path):
            return route.template
    return UNMATCHED


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def create_app(
    *,
    customers: int = 500,
    seed: int = 1,
    faults: FaultConfig | None = None,
    tokens: Collection[str] | None = None,
) -> FakeCustomersAPI:
    """A fresh fake API over a new seeded dataset."""
    return FakeCustomersAPI(customers=customers, seed=seed, faults=faults, tokens=tokens)
