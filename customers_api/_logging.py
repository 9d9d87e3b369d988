"""The SDK's log lines, on ``logging.getLogger("customers_api")``.

* DEBUG, one per attempt: method, endpoint template, status (or the transport error's class),
  elapsed milliseconds, attempt number, request id.
* INFO, one per retry or pause: the reason and the delay; when the paced rate steps (the
  first 429 starts pacing, a later one lowers the rate; the growth in between is gradual and
  not logged); and when an overload (503 with ``Retry-After``) halves the window.

Never the token, the query string, a body or a filled path: only the endpoint *template*
(``GET /customer/{customerId}/doc``) is ever logged. The fields are also attached to each
record (``extra``: ``endpoint``, ``status``, ``elapsed_ms``, ``attempt``, ``request_id``,
``reason``, ``delay``, ``rate``, ``estimate``, ``window``) for structured handlers.

Callers check :func:`debug_enabled` once per call, so a disabled DEBUG level costs one
cached ``isEnabledFor`` per call and no clock reads.
"""

from __future__ import annotations

import logging

__all__ = ["attempt", "debug_enabled", "logger", "pace", "retry", "window"]

logger = logging.getLogger("customers_api")


def debug_enabled() -> bool:
    return logger.isEnabledFor(logging.DEBUG)


def attempt(
    endpoint: str,
    status: int | str,
    elapsed: float,
    number: int,
    request_id: str | None,
) -> None:
    """One attempt is over (``status``: the HTTP status, or the transport error's class)."""
    ms = elapsed * 1000.0
    logger.debug(
        "%s -> %s in %.1f ms (attempt %d, request id %s)",
        endpoint,
        status,
        ms,
        number,
        request_id or "-",
        extra={
            "endpoint": endpoint,
            "status": status,
            "elapsed_ms": ms,
            "attempt": number,
            "request_id": request_id,
        },
    )


def retry(endpoint: str, reason: str, delay: float, number: int, *, shared: bool) -> None:
    """Attempt ``number`` failed with ``reason``; the next one waits ``delay`` seconds."""
    if logger.isEnabledFor(logging.INFO):
        what = "pausing the client" if shared else "retrying"
        logger.info(
            "%s: %s, %s in %.2f s (after attempt %d)",
            endpoint,
            reason,
            what,
            delay,
            number,
            extra={
                "endpoint": endpoint,
                "reason": reason,
                "delay": delay,
                "attempt": number,
                "shared_pause": shared,
            },
        )


def window(before: float, after: int) -> None:
    """An overload (503 with ``Retry-After``) halved the concurrency window."""
    if logger.isEnabledFor(logging.INFO):
        logger.info(
            "overloaded: calls in flight capped at %d (was %s)",
            after,
            "no cap" if before == float("inf") else int(before),
            extra={"reason": "overloaded", "window": after},
        )


def pace(before: float | None, after: float, estimate: float | None) -> None:
    """The paced rate stepped (``before`` None: pacing starts)."""
    if logger.isEnabledFor(logging.INFO):
        logger.info(
            "rate limited: pacing at %.1f requests/s (was %s; the server accepted %s)",
            after,
            "not paced" if before is None else f"{before:.1f}/s",
            "-" if estimate is None else f"{estimate:.1f}/s",
            extra={"reason": "rate limited", "rate": after, "estimate": estimate},
        )
