"""``CustomersClient``: configuration, auth, lifecycle, and the resource namespaces."""

from __future__ import annotations

import ipaddress
import math
import os
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Literal, TypeAlias

import httpx

from ._engines import (
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_TIMEOUT,
    Engine,
    TransportChoice,
    build_engine,
)
from ._exceptions import ConfigError
from ._params import Phases, timeout_phases
from ._pipeline import Pipeline
from ._ratelimit import Throttle
from ._request import TimeoutTypes
from ._retry import RetryPolicy
from ._version import __version__
from .resources import Root

__all__ = ["DEFAULT_BASE_URL", "CustomersClient"]

DEFAULT_BASE_URL = "https://customers.augur-api.com"

ENV_TOKEN = "CUSTOMERS_API_TOKEN"
ENV_SITE_ID = "CUSTOMERS_API_SITE_ID"
ENV_BASE_URL = "CUSTOMERS_API_BASE_URL"


def request_headers() -> dict[str, str]:
    """Sent on every request, on every engine (the same request whatever sends it)."""
    return {
        "Accept": "application/json",
        "Accept-Encoding": "gzip, deflate",
        "Connection": "keep-alive",  # httpx says it, aiohttp would not
        "User-Agent": f"customers-api-python/{__version__}",
    }


def _is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _check_base_url(base_url: str, allow_insecure_http: bool) -> httpx.URL:
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigError(f"base_url is not a valid URL: {exc}") from None
    if url.scheme not in ("https", "http") or not url.host:
        raise ConfigError("base_url must be an absolute http(s) URL, e.g. https://host")
    if url.userinfo or url.query or url.fragment:
        raise ConfigError("base_url must not carry credentials, a query or a fragment")
    if url.scheme == "http" and not (allow_insecure_http or _is_loopback(url.host)):
        raise ConfigError(
            "base_url uses plain http:// to a non-loopback host, which would send the token "
            "in clear; use https:// or pass allow_insecure_http=True"
        )
    return url


def _check_secretish(name: str, value: object) -> str:
    """A header-safe, non-empty string; the value is never echoed."""
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{name} must be a non-empty string")
    if not value.isascii() or not value.isprintable() or any(ch.isspace() for ch in value):
        raise ConfigError(f"{name} must be printable ASCII without whitespace")
    return value


RateLimit: TypeAlias = "float | tuple[float, int]"


def _rate_limit(rate_limit: RateLimit | None) -> tuple[float | None, int | None]:
    """``rate_limit=`` as (requests/s, burst): a number, or a (number, int) pair."""
    if rate_limit is None:
        return None, None
    rate, burst = (
        rate_limit if isinstance(rate_limit, tuple) and len(rate_limit) == 2 else (rate_limit, None)
    )
    if (
        isinstance(rate, bool)
        or not isinstance(rate, (int, float))
        or not math.isfinite(rate)
        or rate <= 0
    ):
        raise ConfigError(
            "rate_limit must be requests per second (a number > 0) or (rate, burst),"
            f" got {rate_limit!r}"
        )
    if burst is not None and (isinstance(burst, bool) or not isinstance(burst, int) or burst < 1):
        raise ConfigError(f"rate_limit's burst must be an int >= 1, got {burst!r}")
    return float(rate), burst


def _gate(
    concurrency: int | Literal["adaptive"] | None,
    shared_pause: bool,
    max_connections: int,
    rate_limit: RateLimit | None = None,
) -> Throttle:
    """The client's one gate: the pace, the shared pause, the window, the pool's size."""
    if not isinstance(shared_pause, bool):
        raise ConfigError("shared_pause must be True or False")
    if isinstance(max_connections, bool) or not isinstance(max_connections, int):
        raise ConfigError(f"max_connections must be an int >= 1, got {max_connections!r}")
    if max_connections < 1:
        raise ConfigError(f"max_connections must be an int >= 1, got {max_connections!r}")
    rate, burst = _rate_limit(rate_limit)
    if concurrency == "adaptive":
        return Throttle(
            max_connections, adaptive=True, shared_pause=shared_pause, rate=rate, burst=burst
        )
    if concurrency is None:
        return Throttle(
            max_connections, adaptive=False, shared_pause=shared_pause, rate=rate, burst=burst
        )
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ConfigError(
            f"concurrency must be 'adaptive', an int >= 1 or None, got {concurrency!r}"
        )
    cap = min(concurrency, max_connections)
    return Throttle(cap, adaptive=False, shared_pause=shared_pause, rate=rate, burst=burst)


def _client_timeout(timeout: object) -> Phases:
    try:
        return timeout_phases(timeout)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


def _phases_of(timeout: httpx.Timeout) -> Phases:
    """A caller's client's own timeouts, taken as they are."""
    return (timeout.connect, timeout.read, timeout.write, timeout.pool)


class CustomersClient(Root):
    """The async client for the Augur Customers API.

    Its namespaces (``client.customers``, ``client.contacts``, ...) and service methods
    (``client.ping()``, ...) come from :class:`customers_api.resources.Root`, rendered from
    ``codegen/aliases.yaml``; namespaces are created on first use.

    ::

        async with CustomersClient(token=..., site_id="SITE") as client:
            invoices = await client.customers.invoices.list(42, paid_in_full="N")
            page = await client.customers.invoices.list.with_response(42)  # APIResponse

    One client is meant to be shared by every task of a service (it is safe to use
    concurrently); close it with ``aclose()`` or ``async with``.

    Args:
        token: the bearer token (JWT). Never shown in ``repr``, logs or errors.
        site_id: sent as ``x-site-id`` on every request.
        base_url: ``https://`` only, except loopback hosts or ``allow_insecure_http=True``.
        timeout: default timeout: seconds (each of connect, write and read; the wait for a
            free pooled connection stays unlimited) or an ``httpx.Timeout`` (``pool=`` limits
            that wait: ``PoolTimeout``). Connect 5 s, read 30 s, write 30 s, pool unlimited when
            not given; the same on every engine. With ``http_client``, your client's own
            timeouts apply unless you pass this.
        max_retries: retries of a failed idempotent call (GET); default 2.
        retry_writes: also retry POST/PUT/DELETE (off by default; per call too).
        http_client: your own ``httpx.AsyncClient``; auth is added per request, it is never
            modified and never closed by the SDK.
        transport: ``"auto"`` (aiohttp engine when ``customers-api[fast]`` is installed),
            ``"httpx"``, ``"aiohttp"``, or an ``httpx.AsyncBaseTransport`` instance.
        max_connections: connection pool size of the SDK's own client.
        retry_policy: full control over backoff (overrides ``max_retries``/``retry_writes``).
        concurrency: calls in flight at once: ``"adaptive"`` (default: up to
            ``max_connections``, from 32 plus one per success, halved by a 503 with
            ``Retry-After``; and after the first 429 the client sends at a paced rate
            learned from what the server accepts; README "Rate limits"), an int (a fixed
            cap, no learning), or None (no cap beyond the pool).
        shared_pause: the whole client waits the ``Retry-After`` of a 503 with
            ``Retry-After``, and of a 429 that shows the quota spent (3 refusals in a row
            at the paced rate) or, when nothing is paced, of any 429 (default); False: each
            refused call waits alone.
        rate_limit: a known quota, paced from the first call: requests per second
            (``rate_limit=100``) or ``(rate, burst)`` (``(100, 10)``: up to 10 at once after
            idling; default 50 ms of the rate). With ``concurrency="adaptive"`` the client
            still slows down below it on 429s (other clients sharing the quota) and grows
            back up to it. Default None: learned at the first 429.
    """

    def __init__(
        self,
        *,
        token: str,
        site_id: str,
        base_url: str = DEFAULT_BASE_URL,
        timeout: TimeoutTypes | None = None,
        max_retries: int = 2,
        retry_writes: bool = False,
        http_client: httpx.AsyncClient | None = None,
        transport: TransportChoice = "auto",
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        allow_insecure_http: bool = False,
        retry_policy: RetryPolicy | None = None,
        concurrency: int | Literal["adaptive"] | None = "adaptive",
        shared_pause: bool = True,
        rate_limit: RateLimit | None = None,
    ) -> None:
        token = _check_secretish("token", token)
        self.site_id = _check_secretish("site_id", site_id)
        url = _check_base_url(base_url, allow_insecure_http)
        self.base_url = str(url).rstrip("/")
        phases = _client_timeout(timeout) if timeout is not None else None
        policy = retry_policy or RetryPolicy(max_retries=max_retries, retry_writes=retry_writes)
        gate = _gate(concurrency, shared_pause, max_connections, rate_limit)
        engine: Engine
        if http_client is not None:
            if not isinstance(http_client, httpx.AsyncClient):
                raise ConfigError("http_client must be an httpx.AsyncClient")
            if transport != "auto":
                raise ConfigError("pass either http_client or transport, not both")
            from ._engines.httpx_engine import HttpxEngine

            engine = HttpxEngine(http_client, owned=False)
            phases = phases or _phases_of(http_client.timeout)
        else:
            engine = build_engine(transport, max_connections)
        self._pipeline = Pipeline(
            engine,
            base_url=self.base_url,
            token=token,
            site_id=self.site_id,
            headers=request_headers(),
            timeout=phases or DEFAULT_TIMEOUT,
            policy=policy,
            gate=gate,
        )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **kwargs: Any) -> CustomersClient:
        """A client from ``CUSTOMERS_API_TOKEN``, ``CUSTOMERS_API_SITE_ID`` and optional
        ``CUSTOMERS_API_BASE_URL``; other keyword arguments go to the constructor."""
        source = os.environ if env is None else env
        token, site_id = (source.get(var, "").strip() for var in (ENV_TOKEN, ENV_SITE_ID))
        for var, value in ((ENV_TOKEN, token), (ENV_SITE_ID, site_id)):
            if not value:
                raise ConfigError(f"environment variable {var} is not set")
        base_url = source.get(ENV_BASE_URL, "").strip()
        if base_url:
            kwargs.setdefault("base_url", base_url)
        return cls(token=token, site_id=site_id, **kwargs)

    # -- lifecycle -----------------------------------------------------------------------

    @property
    def http_client(self) -> object:
        """What sends the requests: your ``httpx.AsyncClient``, the SDK's own, or the SDK's
        aiohttp engine (``transport="aiohttp"``, the default with the ``fast`` extra)."""
        engine = self._pipeline.engine
        return getattr(engine, "client", engine)

    @property
    def is_closed(self) -> bool:
        return self._pipeline.closed

    async def aclose(self) -> None:
        """Close the SDK's own connection pool (a caller's ``http_client`` is left open).
        Safe to call more than once."""
        if self._pipeline.closed:
            return
        self._pipeline.closed = True
        await self._pipeline.engine.aclose()

    async def __aenter__(self) -> CustomersClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"CustomersClient(base_url={self.base_url!r}, site_id={self.site_id!r})"

    __str__ = __repr__
