"""Query-string parsing shared by the endpoints: paging, orderBy, statusCd, dates, q."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from starlette.datastructures import QueryParams

from customers_api.testing._records import Record

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ORDER_BY = re.compile(r"^([A-Za-z0-9_]+)\|(ASC|DESC)$", re.IGNORECASE)


class ApiError(Exception):
    """Turned into ``{"message", "code", "requestId"}`` with this HTTP status."""

    CODES: Mapping[int, str] = {
        400: "BAD_REQUEST",
        401: "UNAUTHORIZED",
        404: "NOT_FOUND",
        405: "METHOD_NOT_ALLOWED",
        429: "TOO_MANY_REQUESTS",
        503: "SERVICE_UNAVAILABLE",
    }

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = self.CODES.get(status, "ERROR")
        self.headers = dict(headers or {})


def bad(message: str) -> ApiError:
    return ApiError(400, message)


def not_found(message: str) -> ApiError:
    return ApiError(404, message)


def get_int(query: QueryParams, name: str, *, minimum: int | None = None) -> int | None:
    raw = query.get(name)
    if raw is None or raw == "":
        return None
    try:
        value = int(raw)
    except ValueError:
        raise bad(f"{name} must be an integer") from None
    if minimum is not None and value < minimum:
        raise bad(f"{name} must be at least {minimum}")
    return value


def paging(query: QueryParams) -> tuple[int, int]:
    """``(limit, offset)``: defaults 10 and 0."""
    limit = get_int(query, "limit", minimum=0)
    offset = get_int(query, "offset", minimum=0)
    return (10 if limit is None else limit), (offset or 0)


def get_date(query: QueryParams, name: str) -> date | None:
    raw = query.get(name)
    if raw is None or raw == "":
        return None
    try:
        if not _DATE.match(raw):
            raise ValueError(raw)
        return date.fromisoformat(raw)
    except ValueError:
        raise bad(f"{name} is not a YYYY-MM-DD date") from None


def status_filter(query: QueryParams) -> set[int] | None:
    """The statusCd filter: None for every status (absent or -1), else the set of codes."""
    raw = [*query.getlist("statusCd"), *query.getlist("statusCd[]")]
    codes: set[int] = set()
    for chunk in raw:
        for part in chunk.split(","):
            if not part.strip():
                continue
            try:
                codes.add(int(part))
            except ValueError:
                raise bad("statusCd must be an integer or a comma-separated list") from None
    if not codes or -1 in codes:
        return None
    return codes


def _norm(column: str) -> str:
    return column.replace("_", "").lower()


def columns_of(record: Record) -> dict[str, str]:
    """Sortable columns of a record: normalised snake/camel name -> record key."""
    return {
        _norm(key.lstrip("_")): key
        for key, value in record.items()
        if not isinstance(value, (list, dict))
    }


def order_by(
    query: QueryParams, default: str, columns: Mapping[str, str], table: str
) -> tuple[str, bool]:
    """Parse ``column|ASC`` / ``column|DESC``: ``(record key, descending)``; 400 if bad."""
    raw = query.get("orderBy") or default
    match = _ORDER_BY.match(raw.strip())
    key = columns.get(_norm(match.group(1))) if match else None
    if match is None or key is None:
        raise bad(f"orderBy '{raw}' is not column|ASC or column|DESC on {table} column")
    return key, match.group(2).upper() == "DESC"


def sort_rows(rows: Iterable[Record], key: str, descending: bool) -> list[Record]:
    def sort_key(row: Record) -> tuple[bool, Any]:
        value = row.get(key)
        return (value is None, value)

    ordered = sorted(rows, key=sort_key, reverse=descending)
    return ordered


def search(rows: Iterable[Record], q: str | None, fields: Sequence[str]) -> list[Record]:
    """Rows where ``q`` is a case-insensitive substring of any of ``fields``."""
    if not q:
        return list(rows)
    needle = q.lower()
    return [row for row in rows if any(needle in str(row.get(f) or "").lower() for f in fields)]


def date_range(query: QueryParams, stamp_key: str, rows: Iterable[Record]) -> list[Record]:
    """createdOn / createdFrom + createdTo on a ``Y-m-d H:i:s`` column."""
    on = get_date(query, "createdOn")
    start = get_date(query, "createdFrom")
    end = get_date(query, "createdTo")
    if (start is None) != (end is None):
        raise bad("createdFrom and createdTo must be given together")
    if start and end and start > end:
        raise bad("createdFrom is later than createdTo")
    out = []
    for row in rows:
        day = date.fromisoformat(str(row[stamp_key])[:10])
        if on and day != on:
            continue
        if start and end and not start <= day <= end:
            continue
        out.append(row)
    return out
