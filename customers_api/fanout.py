"""Bounded fan-out: run one async call per item, at most ``concurrency`` at a time.

::

    from customers_api import fanout

    customers = await fanout.map(client.customers.get, ids, concurrency=64)
    results = await fanout.map(
        lambda i: client.customers.invoices.list(i, paid_in_full="N"),
        ids,
        errors="collect",                    # exceptions returned in place
        progress=lambda done, total: print(f"{done}/{total}"),
    )

* Results come back in input order.
* ``errors="raise"`` (default) is fail-fast: the first call to fail cancels every other call
  in flight, no new call starts, and that first exception is raised (not wrapped in an
  ``ExceptionGroup``) once everything has unwound -- nothing is left running.
* ``errors="collect"``: each failed call's exception (an ``Exception``) takes its item's place
  in the result list; the other calls go on. ``BaseException``s that are not ``Exception``
  (``CancelledError``, ``KeyboardInterrupt``) still propagate.
* ``progress(done, total)`` is called after each finished call (failures included), ending at
  ``(total, total)`` when every call ran; a progress callback that raises stops the fan-out.
* Cancelling the awaiting task cancels every call in flight.

Implementation: ``min(concurrency, len(items))`` worker tasks pull ``(index, item)`` from one
shared iterator, inside an ``asyncio.TaskGroup``. That is one task per *slot*, not per item:
for 10,000 items it avoids 10,000 tasks parked on a semaphore, and it never holds more than
``concurrency`` coroutines. ``concurrency`` above the client's ``max_connections`` (100 by
default) buys nothing: the extra calls wait for a pooled connection. That wait is unlimited
on every engine unless the client's timeout is an ``httpx.Timeout`` with ``pool=`` (see the
README's "Retries and timeouts").

Cancelling requests on the wire is clean on the aiohttp engine (``transport="aiohttp"``, the
default with ``customers-api[fast]``). On the httpx engine, httpcore 1.0.9 can leave a
cancelled request's connection checked out for good (encode/httpcore#1093): a fail-fast
fan-out that cancels calls in flight may shrink that client's pool. Prefer the aiohttp engine
for fan-out, or ``errors="collect"``, which never cancels.

Plain ``asyncio.gather(*(client.customers.get(i) for i in ids))`` on one shared client is
also safe (the client is built for concurrent use and reuses its connections); it starts
every call at once, though, so for thousands of calls prefer this bounded helper.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Literal, TypeVar, overload

__all__ = ["ErrorPolicy", "map"]

T = TypeVar("T")
R = TypeVar("R")

ErrorPolicy = Literal["raise", "collect"]
Progress = Callable[[int, int], object]


@overload
async def map(
    fn: Callable[[T], Awaitable[R]],
    items: Iterable[T],
    *,
    concurrency: int = 32,
    errors: Literal["raise"] = "raise",
    progress: Progress | None = None,
) -> list[R]: ...
@overload
async def map(
    fn: Callable[[T], Awaitable[R]],
    items: Iterable[T],
    *,
    concurrency: int = 32,
    errors: Literal["collect"],
    progress: Progress | None = None,
) -> list[R | Exception]: ...
async def map(  # (``fanout.map``, like ``builtins.map`` but async and bounded)
    fn: Callable[[T], Awaitable[R]],
    items: Iterable[T],
    *,
    concurrency: int = 32,
    errors: ErrorPolicy = "raise",
    progress: Progress | None = None,
) -> list[R] | list[R | Exception]:
    """``[await fn(item) for item in items]``, with at most ``concurrency`` calls at once.

    See the module docstring for the error policies and the progress callback. Arguments are
    validated before any call starts (``ValueError``).
    """
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be an int >= 1, got {concurrency!r}")
    if errors not in ("raise", "collect"):
        raise ValueError(f"errors must be 'raise' or 'collect', got {errors!r}")
    if progress is not None and not callable(progress):
        raise ValueError("progress must be a callable (done, total) or None")
    work = items if isinstance(items, list) else list(items)
    total = len(work)
    if total == 0:
        return []
    results: list[Any] = [None] * total
    source = iter(enumerate(work))
    collect = errors == "collect"
    done = 0
    first_error: list[BaseException] = []

    stopped = False

    async def worker() -> None:
        nonlocal done, stopped
        try:
            for index, item in source:  # shared: each item is taken by exactly one worker
                if stopped:  # a call may complete without ever suspending (no chance to be
                    return  # cancelled): the flag is what guarantees no new call starts
                try:
                    results[index] = await fn(item)
                except Exception as exc:
                    if not collect:
                        if not first_error:
                            first_error.append(exc)
                        raise  # the TaskGroup cancels the other workers
                    results[index] = exc
                done += 1
                if progress is not None:
                    progress(done, total)
        except BaseException:
            stopped = True
            raise

    failure: BaseException | None = None
    try:
        async with asyncio.TaskGroup() as group:
            for _ in range(min(concurrency, total)):
                group.create_task(worker())
    except BaseExceptionGroup as group_error:
        # Fail-fast raises the first call's own exception, not a group. (Raised outside the
        # except block so its __cause__/__context__ stay the call's own.)
        inner = group_error.exceptions
        if first_error:
            failure = first_error[0]
        elif len(inner) == 1 and isinstance(inner[0], Exception):
            failure = inner[0]  # e.g. the progress callback raised
        else:
            raise
    if failure is not None:
        raise failure
    return results
