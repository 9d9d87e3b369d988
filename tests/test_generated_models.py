"""Every response schema parses a realistic sample and round-trips; bad bodies name their path."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from customers_api._generated import models
from customers_api._generated.errors import DecodeError
from tests.spec_samples import Sampler, load_spec

SPEC = load_spec()
RESPONSES = sorted(name for name in SPEC["components"]["schemas"] if name.endswith("Response"))


def sample(name: str, variant: int) -> dict[str, Any]:
    schema = {"$ref": f"#/components/schemas/{name}"}
    return Sampler(SPEC).sample(schema, variant)


def test_every_operation_has_a_response_model() -> None:
    assert RESPONSES
    for name in RESPONSES:
        assert hasattr(models, name), name
    for item in SPEC["paths"].values():  # an operation's 200 body by reference has its model
        for op in item.values():
            ref = op["responses"]["200"].get("content", {}).get("application/json", {})
            name = ref.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1]
            assert not name or hasattr(models, name), (op["operationId"], name)


@pytest.mark.parametrize("variant", [0, 1, 2, 3])
@pytest.mark.parametrize("name", RESPONSES)
def test_sample_round_trips(name: str, variant: int) -> None:
    document = sample(name, variant)
    parsed = getattr(models, name).from_dict(copy.deepcopy(document))
    assert parsed.to_dict() == document
    assert json.loads(json.dumps(parsed.to_dict())) == document


def test_user_defined_is_kept_as_object_or_empty_array() -> None:
    as_object = sample("ListCustomersResponse", 0)
    as_array = sample("ListCustomersResponse", 1)
    assert isinstance(as_object["data"][0]["userDefined"], dict)
    assert as_array["data"][0]["userDefined"] == []
    parsed = models.ListCustomersResponse.from_dict(as_object).data[0]
    assert isinstance(parsed.user_defined, models.UserDefinedFieldsObject)
    assert models.ListCustomersResponse.from_dict(as_array).data[0].user_defined == []


def test_unknown_keys_are_kept() -> None:
    document = sample("GetCustomerResponse", 0)
    document["data"]["brandNewField"] = [1, 2]
    parsed = models.GetCustomerResponse.from_dict(document)
    assert parsed.data.additional_properties["brandNewField"] == [1, 2]
    assert parsed.to_dict()["data"]["brandNewField"] == [1, 2]


def test_order_list_picks_the_shape_that_matches() -> None:
    shapes = {
        "OrderDocument": sample("GetCustomerOrderResponse", 0)["data"],
        "OrderHeader": Sampler(SPEC).sample({"$ref": "#/components/schemas/OrderHeader"}, 0),
        "OrderHeaderWithLines": Sampler(SPEC).sample(
            {"$ref": "#/components/schemas/OrderHeaderWithLines"}, 0
        ),
    }
    document = sample("ListCustomerOrdersResponse", 0)
    document["data"] = list(shapes.values())
    parsed = models.ListCustomerOrdersResponse.from_dict(document)
    assert [type(o).__name__ for o in parsed.data] == list(shapes)


def _bad(mutate: Any) -> DecodeError:
    document = sample("ListCustomerInvoicesResponse", 0)
    mutate(document)
    with pytest.raises(DecodeError) as info:
        models.ListCustomerInvoicesResponse.from_dict(document)
    return info.value


@pytest.mark.parametrize(
    ("mutate", "path", "reason"),
    [
        (lambda d: d["data"][1].pop("invoiceNo"), "$.data[1].invoiceNo", "missing"),
        (lambda d: d["data"][0].update(customerId="12"), "$.data[0].customerId", "expected integer, got string"),
        (lambda d: d["data"][0].update(invoiceNo=None), "$.data[0].invoiceNo", "got null"),
        (lambda d: d["data"][0]["lines"][1].update(unitPrice="1.0"), "$.data[0].lines[1].unitPrice", "expected integer or number"),
        (lambda d: d["data"][0].update(lines={}), "$.data[0].lines", "expected array, got object"),
        (lambda d: d["data"].__setitem__(0, "x"), "$.data[0]", "expected object, got string"),
        (lambda d: d.update(total=True), "$.total", "expected integer, got boolean"),
        (lambda d: d.pop("data"), "$.data", "missing"),
    ],
    ids=["missing", "wrong-type", "null", "nested-list", "list-type", "item-type", "bool-int", "no-data"],
)  # fmt: skip
def test_bad_documents_name_the_json_path(mutate: Any, path: str, reason: str) -> None:
    error = _bad(mutate)
    assert error.json_path == path
    assert reason in error.reason


def test_a_type_error_is_found_after_the_shape_was_cached() -> None:
    good = sample("GetCustomerResponse", 0)
    models.GetCustomerResponse.from_dict(good)  # caches this signature
    bad = copy.deepcopy(good)
    bad["data"]["statusCd"] = "704"
    with pytest.raises(DecodeError, match=r"\$\.data\.statusCd: expected integer, got string"):
        models.GetCustomerResponse.from_dict(bad)


def test_top_level_that_is_not_an_object() -> None:
    with pytest.raises(DecodeError, match=r"^\$: expected object, got array"):
        models.PingResponse.from_dict([])  # type: ignore[arg-type]
