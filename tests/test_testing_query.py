"""customers_api.testing._query: the fake's query-string parsing."""

from __future__ import annotations

import pytest
from starlette.datastructures import QueryParams

from customers_api.testing._query import (
    ApiError,
    columns_of,
    date_range,
    order_by,
    paging,
    search,
    sort_rows,
    status_filter,
)

COLUMNS = columns_of({"customerId": 1, "customerName": "x", "_dateCreated": "d", "lines": []})


def test_columns_accept_snake_and_camel_names_but_not_nested_values() -> None:
    assert COLUMNS == {"customerid": "customerId", "customername": "customerName",
                       "datecreated": "_dateCreated"}  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("customer_id|ASC", ("customerId", False)),
        ("customerName|desc", ("customerName", True)),
        ("date_created|DESC", ("_dateCreated", True)),
        (None, ("customerId", False)),  # the default
    ],
)
def test_order_by_parses(raw: str | None, expected: tuple[str, bool]) -> None:
    query = QueryParams({"orderBy": raw} if raw else {})
    assert order_by(query, "customer_id|ASC", COLUMNS, "a customer") == expected


@pytest.mark.parametrize("raw", ["customer_id", "customer_id|UP", "lines|ASC", "x|ASC", "|DESC"])
def test_order_by_rejects(raw: str) -> None:
    with pytest.raises(ApiError) as caught:
        order_by(QueryParams({"orderBy": raw}), "customer_id|ASC", COLUMNS, "a customer")
    assert caught.value.status == 400


def test_status_filter() -> None:
    assert status_filter(QueryParams("")) is None
    assert status_filter(QueryParams("statusCd=-1")) is None
    assert status_filter(QueryParams("statusCd=704,705")) == {704, 705}
    assert status_filter(QueryParams("statusCd=704&statusCd=700")) == {700, 704}
    assert status_filter(QueryParams("statusCd[]=705")) == {705}
    with pytest.raises(ApiError):
        status_filter(QueryParams("statusCd=abc"))


def test_paging_defaults_and_validation() -> None:
    assert paging(QueryParams("")) == (10, 0)
    assert paging(QueryParams("limit=0&offset=5")) == (0, 5)
    for bad in ("limit=-1", "offset=-2", "limit=x"):
        with pytest.raises(ApiError):
            paging(QueryParams(bad))


def test_sort_puts_nulls_last_ascending() -> None:
    rows = [{"a": None}, {"a": 2}, {"a": 1}]
    assert [r["a"] for r in sort_rows(rows, "a", False)] == [1, 2, None]
    assert [r["a"] for r in sort_rows(rows, "a", True)] == [None, 2, 1]


def test_search_and_date_range() -> None:
    rows = [{"n": "Acme Plumbing", "d": "2026-01-05 10:00:00"},
            {"n": "Apex HVAC", "d": "2026-02-01 09:00:00"}]  # fmt: skip
    assert search(rows, "PLUMB", ("n",)) == rows[:1]
    assert search(rows, None, ("n",)) == rows
    assert date_range(QueryParams("createdOn=2026-02-01"), "d", rows) == rows[1:]
    span = "createdFrom=2026-01-01&createdTo=2026-01-31"
    assert date_range(QueryParams(span), "d", rows) == rows[:1]
    for bad in ("createdFrom=2026-01-01", "createdOn=01/02/2026",
                "createdFrom=2026-02-01&createdTo=2026-01-01"):  # fmt: skip
        with pytest.raises(ApiError):
            date_range(QueryParams(bad), "d", rows)
