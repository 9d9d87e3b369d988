"""The SDK's decoding policy (README, "Decoding policy"), rule by rule.

A package generated from `tests/decoding_spec.py` with the project's templates carries
every field kind (dates, datetimes, enums, int/float, const, uuid, typed extras); the
committed package's own fields are checked through the client on both engines.
"""

from __future__ import annotations

import datetime
import json
import pickle
from types import SimpleNamespace
from typing import Any
from uuid import UUID

import httpx
import pytest
import respx

from customers_api import CustomersClient, ResponseValidationError

from .conftest import BASE_URL, SITE_ID, TOKEN, LoopbackServer
from .decoding_spec import SPEC
from .factories import envelope
from .template_render import import_all, render

PACKAGE = "decoding_pkg"


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> SimpleNamespace:
    """The generated package's modules: models, types, errors, the get-record endpoint."""
    import importlib

    root = tmp_path_factory.mktemp("decoding")
    (root / "spec.json").write_text(json.dumps(SPEC))
    proc = render(root / "spec.json", root, package=PACKAGE)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert import_all(root, PACKAGE) == {}
    return SimpleNamespace(
        models=importlib.import_module(f"{PACKAGE}.models"),
        types=importlib.import_module(f"{PACKAGE}.types"),
        errors=importlib.import_module(f"{PACKAGE}.errors"),
        client=importlib.import_module(f"{PACKAGE}.client"),
        get_record=importlib.import_module(f"{PACKAGE}.api.default.get_record"),
    )


def record(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": 7,
        "amount": 2.5,
        "day": "2025-07-30",
        "paidOn": None,
        "created": "2025-07-30 15:50:49",
        "status": "open",
        "level": "closed",
        "kind": "record",
        "statusCd": "B",
        "termsDesc": "Net 30",
        "tags": ["open"],
    }
    doc.update(changes)
    return {k: v for k, v in doc.items() if v is not ...}


def decode_error(pkg: SimpleNamespace, doc: dict[str, Any]) -> Any:
    with pytest.raises(pkg.errors.DecodeError) as info:
        pkg.models.Record.from_dict(doc)
    return info.value


# --- integers and numbers ---------------------------------------------------------------


def test_an_integral_number_in_an_integer_field_is_an_int(pkg: SimpleNamespace) -> None:
    parsed = pkg.models.Record.from_dict(record(id=100001.0))
    assert parsed.id == 100001 and type(parsed.id) is int


def test_an_int_in_a_number_field_is_a_float(pkg: SimpleNamespace) -> None:
    parsed = pkg.models.Record.from_dict(record(amount=3))
    assert parsed.amount == 3.0 and type(parsed.amount) is float


@pytest.mark.parametrize(
    ("changes", "path", "reason"),
    [
        ({"id": 1.5}, "$.id", "expected integer, got a number with a fraction"),
        ({"id": "7"}, "$.id", "expected integer, got string"),
        ({"id": True}, "$.id", "expected integer, got boolean"),
        ({"amount": "2.5"}, "$.amount", "got string"),
    ],
)
def test_other_numbers_stay_errors(
    pkg: SimpleNamespace, changes: dict[str, Any], path: str, reason: str
) -> None:
    error = decode_error(pkg, record(**changes))
    assert error.json_path == path and reason in error.reason


# --- dates and datetimes ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-07-30 15:50:49", datetime.datetime(2025, 7, 30, 15, 50, 49)),  # the API's own
        ("2025-07-30T15:50:49", datetime.datetime(2025, 7, 30, 15, 50, 49)),
        ("2025-07-30", datetime.datetime(2025, 7, 30)),
        (
            "2025-07-30T15:50:49Z",
            datetime.datetime(2025, 7, 30, 15, 50, 49, tzinfo=datetime.UTC),
        ),
        ("2025-07-30T24:00:00", datetime.datetime(2025, 7, 31)),  # dateutil's isoparse
    ],
)
def test_datetimes(pkg: SimpleNamespace, text: str, expected: datetime.datetime) -> None:
    parsed = pkg.models.Record.from_dict(record(created=text))
    assert parsed.created == expected
    assert parsed.created.tzinfo == expected.tzinfo  # naive stays naive


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-07-30", datetime.date(2025, 7, 30)),
        ("2025-07-30 00:00:00", datetime.date(2025, 7, 30)),  # a date-time at midnight
    ],
)
def test_dates(pkg: SimpleNamespace, text: str, expected: datetime.date) -> None:
    parsed = pkg.models.Record.from_dict(record(day=text, paidOn=text))
    assert parsed.day == expected and type(parsed.day) is datetime.date
    assert parsed.paid_on == expected


@pytest.mark.parametrize("zero", ["0000-00-00", "0000-00-00 00:00:00"])
def test_a_zero_date_is_none_where_nullable(pkg: SimpleNamespace, zero: str) -> None:
    parsed = pkg.models.Record.from_dict(record(paidOn=zero, updated=zero))
    assert parsed.paid_on is None and parsed.updated is None


@pytest.mark.parametrize(
    ("changes", "path", "reason"),
    [
        ({"day": "0000-00-00"}, "$.day", "zero date"),
        ({"created": "0000-00-00 00:00:00"}, "$.created", "zero date"),
        ({"day": "2025-07-30 10:00:00"}, "$.day", "time of day"),
        ({"day": "30/07/2025"}, "$.day", "expected a date"),
        ({"created": "yesterday"}, "$.created", "expected a date-time"),
        ({"created": 1753890649}, "$.created", "expected string, got integer"),
        ({"paidOn": "2025-13-01"}, "$.paidOn", "expected a date"),
    ],
)
def test_bad_dates_are_errors_with_the_path(
    pkg: SimpleNamespace, changes: dict[str, Any], path: str, reason: str
) -> None:
    error = decode_error(pkg, record(**changes))
    assert error.json_path == path and reason in error.reason


def test_to_dict_writes_the_apis_formats(pkg: SimpleNamespace) -> None:
    doc = record(updated="2025-07-30T15:50:49.250000+02:00", paidOn="2025-08-01")
    parsed = pkg.models.Record.from_dict(doc)
    out = parsed.to_dict()
    assert out["day"] == "2025-07-30"  # Y-m-d
    assert out["paidOn"] == "2025-08-01"
    assert out["created"] == "2025-07-30 15:50:49"  # Y-m-d H:i:s
    assert out["updated"] == "2025-07-30 15:50:49.250000+02:00"  # fraction and offset kept
    assert pkg.models.Record.from_dict(out) == parsed
    assert json.loads(json.dumps(out)) == out


# --- enums --------------------------------------------------------------------------------


def test_known_enum_values_are_members(pkg: SimpleNamespace) -> None:
    parsed = pkg.models.Record.from_dict(record(priority=2))
    assert parsed.status is pkg.models.Status.OPEN and parsed.level is pkg.models.Status.CLOSED
    assert parsed.priority is pkg.models.Priority.VALUE_2
    assert pkg.types.is_known(parsed.status)


def test_an_unknown_enum_value_is_kept(pkg: SimpleNamespace) -> None:
    Status = pkg.models.Status
    parsed = pkg.models.Record.from_dict(
        record(status="archived", tags=["open", "merged"], priority=9)
    )
    assert isinstance(parsed.status, Status) and parsed.status.value == "archived"
    assert parsed.status not in (Status.OPEN, Status.CLOSED) and parsed.status not in Status
    assert not pkg.types.is_known(parsed.status) and parsed.status.name == "_unknown_"
    assert parsed.status == "archived"  # a StrEnum member compares as its value
    assert [pkg.types.is_known(t) for t in parsed.tags] == [True, False]
    assert parsed.priority.value == 9 and not pkg.types.is_known(parsed.priority)
    out = parsed.to_dict()
    assert (out["status"], out["tags"], out["priority"]) == ("archived", ["open", "merged"], 9)
    with pytest.raises(ValueError):
        Status("archived")  # building a request still rejects an unknown value
    copied = pickle.loads(pickle.dumps(parsed))
    assert copied == parsed and not pkg.types.is_known(copied.status)
    assert pickle.loads(pickle.dumps(Status.OPEN)) is Status.OPEN


def test_an_enum_of_the_wrong_json_type_is_an_error(pkg: SimpleNamespace) -> None:
    error = decode_error(pkg, record(status=1))
    assert error.json_path == "$.status" and error.reason == "expected string, got integer"


def test_a_nullable_enum_accepts_null(pkg: SimpleNamespace) -> None:
    assert pkg.models.Record.from_dict(record(level=None)).level is None


# --- everything else ----------------------------------------------------------------------


def test_required_fields_with_a_default_land_in_their_own_fields(pkg: SimpleNamespace) -> None:
    parsed = pkg.models.Record.from_dict(record(statusCd="S", termsDesc="Net 60"))
    assert (parsed.status_cd, parsed.terms_desc, parsed.kind) == ("S", "Net 60", "record")
    assert parsed.tags == [pkg.models.Status.OPEN]
    error = decode_error(pkg, record(statusCd=...))
    assert error.json_path == "$.statusCd" and "missing" in error.reason


def test_a_required_const_is_checked(pkg: SimpleNamespace) -> None:
    error = decode_error(pkg, record(kind="other"))
    assert error.json_path == "$.kind" and "constant" in error.reason


def test_uuid_and_typed_additional_properties(pkg: SimpleNamespace) -> None:
    ref = "12345678-1234-5678-1234-567812345678"
    parsed = pkg.models.Record.from_dict(record(ref=ref, extra={"due": "2025-09-01"}))
    assert isinstance(parsed.ref, UUID) and str(parsed.ref) == ref
    assert parsed.extra["due"] == datetime.date(2025, 9, 1)
    assert parsed.to_dict()["extra"] == {"due": "2025-09-01"}
    assert parsed.to_dict()["ref"] == ref
    error = decode_error(pkg, record(extra={"due": 5}))
    assert error.json_path == "$.extra.due" and "expected string" in error.reason
    error = decode_error(pkg, record(ref="not-a-uuid"))
    assert error.json_path == "$.ref" and "UUID" in error.reason


def test_errors_never_carry_the_value(pkg: SimpleNamespace) -> None:
    error = decode_error(pkg, record(day="SECRET-VALUE"))
    assert "SECRET" not in str(error)


# --- through the client, on both engines ----------------------------------------------------


async def _get_record(pkg: SimpleNamespace, http: httpx.AsyncClient, base_url: str) -> Any:
    headers = {"Authorization": f"Bearer {TOKEN}", "x-site-id": SITE_ID}
    client = pkg.client.Client(base_url=base_url, http=http, headers=headers)
    return (await pkg.get_record.asyncio_detailed(7, client=client)).parsed


BODY = record(
    id=7.0, amount=3, day="2025-07-30", paidOn="0000-00-00", status="archived",
    created="2025-07-30 15:50:49",
)  # fmt: skip


def _check_body(pkg: SimpleNamespace, parsed: Any) -> None:
    assert (parsed.id, type(parsed.id), parsed.amount, type(parsed.amount)) == (7, int, 3.0, float)
    assert parsed.day == datetime.date(2025, 7, 30) and parsed.paid_on is None
    assert parsed.created == datetime.datetime(2025, 7, 30, 15, 50, 49)
    assert not pkg.types.is_known(parsed.status) and parsed.status.value == "archived"


async def test_generated_endpoint_function_on_a_callers_httpx_client(pkg: SimpleNamespace) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        router.get("/records/7").respond(json=BODY)
        async with httpx.AsyncClient() as http:
            _check_body(pkg, await _get_record(pkg, http, BASE_URL))
            router.get("/records/7").respond(json=record(day="0000-00-00"))
            with pytest.raises(pkg.errors.DecodeError) as info:
                await _get_record(pkg, http, BASE_URL)
    assert info.value.json_path == "$.day" and info.value.status_code == 200


async def test_generated_endpoint_function_over_loopback(
    pkg: SimpleNamespace, loopback: LoopbackServer
) -> None:
    loopback.body = json.dumps(BODY).encode()
    async with httpx.AsyncClient() as http:
        _check_body(pkg, await _get_record(pkg, http, loopback.url))
    # what the SDK's pipeline calls: the same decoder, from status and bytes
    _check_body(pkg, pkg.get_record._parse(200, loopback.body))


@pytest.mark.parametrize("engine", ["httpx", "aiohttp"])
async def test_sdk_integer_ids_sent_as_numbers(engine: str, loopback: LoopbackServer) -> None:
    """The live spec types ids as `number`: `100001.0` decodes to an int id."""
    body = envelope("get_customer")
    body["data"]["customerId"] = 100001.0
    loopback.body = json.dumps(body).encode()
    async with CustomersClient(
        token=TOKEN,
        site_id=SITE_ID,
        base_url=loopback.url,
        transport=engine,  # type: ignore[arg-type]
    ) as sdk:
        customer = await sdk.customers.get(100001)
        assert customer.customer_id == 100001 and type(customer.customer_id) is int
        body["data"]["customerId"] = 100001.5
        loopback.body = json.dumps(body).encode()
        with pytest.raises(ResponseValidationError) as info:
            await sdk.customers.get(100001)
    assert info.value.json_path == "$.data.customerId"
    assert "fraction" in info.value.reason
