"""The error tree: classes, str(), pickling."""

from __future__ import annotations

import pickle

import httpx
import pytest

import customers_api
from customers_api import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigError,
    CustomersAPIError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    UnexpectedStatusError,
)
from customers_api._exceptions import status_error_class

ENDPOINT = "GET /customer/{customerId}/invoices"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (504, ServerError),
        (599, ServerError),
        (302, UnexpectedStatusError),
        (409, UnexpectedStatusError),
        (418, UnexpectedStatusError),
    ],
)
def test_status_classes(status: int, cls: type[APIStatusError]) -> None:
    assert status_error_class(status) is cls
    assert issubclass(cls, APIStatusError)
    assert issubclass(cls, CustomersAPIError)


def test_tree() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, CustomersAPIError)
    assert issubclass(ResponseValidationError, CustomersAPIError)
    assert not issubclass(ResponseValidationError, APIStatusError)
    assert issubclass(ConfigError, ValueError)
    doc = customers_api._exceptions.__doc__ or ""
    for name in customers_api._exceptions.__all__:
        assert name in doc, name


def _examples() -> list[CustomersAPIError]:
    response = httpx.Response(404, request=httpx.Request("GET", "https://h/customer/1/invoices"))
    return [
        NotFoundError(
            "no such customer",
            status_code=404,
            endpoint=ENDPOINT,
            request_id="r-1",
            code="E404",
            attempts=1,
            response=response,
        ),
        RateLimitError(
            "slow down", retry_after=3.0, status_code=429, endpoint=ENDPOINT, attempts=3
        ),
        ServerError("boom", status_code=503, endpoint=ENDPOINT, attempts=3),
        APIConnectionError("ConnectError: refused", endpoint=ENDPOINT, attempts=2),
        APITimeoutError("ReadTimeout: timed out", endpoint=ENDPOINT, attempts=3),
        ResponseValidationError(
            endpoint=ENDPOINT, json_path="$.data[3].lines[0].itemId", reason="expected string"
        ),
        ConfigError("environment variable CUSTOMERS_API_TOKEN is not set"),
    ]


@pytest.mark.parametrize("err", _examples(), ids=lambda e: type(e).__name__)
def test_pickle_roundtrip(err: CustomersAPIError) -> None:
    clone = pickle.loads(pickle.dumps(err))
    assert type(clone) is type(err)
    assert str(clone) == str(err)
    for attr in ("status_code", "endpoint", "request_id", "attempts", "retry_after", "json_path"):
        if hasattr(err, attr):
            assert getattr(clone, attr) == getattr(err, attr)
    if isinstance(err, APIStatusError):
        assert clone.response is None  # live objects are not carried over


def test_str_names_endpoint_template_and_attempts() -> None:
    err = ServerError("boom", status_code=503, endpoint=ENDPOINT, request_id="abc", attempts=3)
    assert str(err) == (
        "503 on GET /customer/{customerId}/invoices: boom, request_id=abc, after 3 attempts"
    )
    single = NotFoundError("gone", status_code=404, endpoint=ENDPOINT)
    assert str(single) == "404 on GET /customer/{customerId}/invoices: gone"
    assert ".data[3]" in str(_examples()[5])
