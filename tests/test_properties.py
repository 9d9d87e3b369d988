"""Property-based tests over every generated ``*Response`` model (hypothesis).

Valid documents are drawn from openapi.json's schemas (every required key, a random subset of
optional ones, null where nullable, random unknown keys where allowed) and must round-trip
through ``from_dict``/``to_dict``. Invalid ones are a valid document with one mutation
(delete a required key, a value of a JSON type the schema does not allow, null where not
nullable, an object replaced by a list): they must raise ``DecodeError`` at the mutated JSON
path -- never a bare KeyError/TypeError/ValueError/AttributeError -- and, served by a mock
through the client, ``ResponseValidationError`` naming the endpoint and the same path.

Mutations are not placed inside ``anyOf`` alternatives (another alternative could then match);
the ``anyOf`` value itself is still replaced by types none of its alternatives allow.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import json
import pkgutil
import typing
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from customers_api import CustomersClient, ResponseValidationError
from customers_api._generated import api as generated_api
from customers_api._generated import models
from customers_api._generated.errors import DecodeError
from customers_api._request import Operation

from .spec_samples import Sampler, load_spec

# ~35 s of hypothesis runs: `make test` and CI run them, `make test-fast` skips them.
pytestmark = pytest.mark.slow

SPEC = load_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
RESPONSES = sorted(name for name in SCHEMAS if name.endswith("Response"))
SETTINGS = settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

Path = tuple[str | int, ...]


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


@dataclass(frozen=True)
class ObjectShape:
    properties: dict[str, Any]
    required: frozenset[str]
    extra: bool  # unknown keys allowed


def object_shape(schema: dict[str, Any]) -> ObjectShape | None:
    """The merged object view of a schema (allOf flattened), or None if not an object."""
    schema = resolve(schema)
    if "allOf" in schema:
        props: dict[str, Any] = {}
        required: set[str] = set()
        extra = True
        for part in schema["allOf"]:
            shape = object_shape(part)
            assert shape is not None
            props.update(shape.properties)
            required |= shape.required
            extra = extra and shape.extra
        return ObjectShape(props, frozenset(required), extra)
    if schema.get("type") == "object" or "properties" in schema:
        return ObjectShape(
            dict(schema.get("properties", {})),
            frozenset(schema.get("required", ())),
            schema.get("additionalProperties", True) is not False,
        )
    return None


def json_types(schema: dict[str, Any]) -> set[str] | None:
    """JSON types a (non-anyOf) schema allows; None when it constrains nothing."""
    schema = resolve(schema)
    if "allOf" in schema or (object_shape(schema) is not None and "type" not in schema):
        return {"object"}
    kind = schema.get("type")
    if kind is None:
        return None
    kinds = set(kind) if isinstance(kind, list) else {kind}
    if "number" in kinds:
        kinds.add("integer")
    return kinds


def any_of_types(schema: dict[str, Any]) -> set[str] | None:
    """Types accepted by an anyOf (an empty array counts: ``userDefined`` may be ``[]``)."""
    out: set[str] = set()
    for option in resolve(schema)["anyOf"]:
        kinds = json_types(option)
        if kinds is None:
            return None
        out |= kinds
    return out


# -- valid documents ------------------------------------------------------------------------

JSON_LEAF = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=8)
JSON_ANY = st.recursive(
    JSON_LEAF,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)
FLOATS = st.floats(allow_nan=False, allow_infinity=False, width=64)


def strategy(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    schema = resolve(schema)
    if "anyOf" in schema:
        return st.one_of([strategy(option, depth) for option in schema["anyOf"]])
    shape = object_shape(schema)
    if shape is not None:
        return object_strategy(shape, depth)
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([strategy({**schema, "type": k}, depth) for k in kind])
    if kind == "array":
        if schema.get("maxItems") == 0:
            return st.just([])
        return st.lists(
            strategy(schema.get("items", {}), depth + 1), max_size=2 if depth < 2 else 1
        )
    if kind == "string" and schema.get("format") == "date":  # the API's Y-m-d
        return st.dates(date(1000, 1, 1)).map(lambda d: d.strftime("%Y-%m-%d"))
    if kind == "string" and schema.get("format") == "date-time":  # mysql-datetime
        return st.datetimes(datetime(1000, 1, 1)).map(lambda d: d.strftime("%Y-%m-%d %H:%M:%S"))
    if kind == "string":
        return st.text(max_size=schema.get("maxLength", 12) or 0)
    if kind == "integer":
        return st.integers(-(2**53), 2**53)
    if kind == "number":
        return FLOATS | st.integers(-(2**31), 2**31)
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    return JSON_ANY


def object_strategy(shape: ObjectShape, depth: int) -> st.SearchStrategy[dict[str, Any]]:
    required = {
        k: strategy(v, depth + 1) for k, v in shape.properties.items() if k in shape.required
    }
    optional = {
        k: strategy(v, depth + 1) for k, v in shape.properties.items() if k not in shape.required
    }
    base = st.fixed_dictionaries(required, optional=optional)
    if not shape.extra:
        return base
    unknown = st.dictionaries(
        st.text(min_size=1, max_size=8).filter(lambda k: k not in shape.properties),
        JSON_ANY,
        max_size=2,
    )
    return st.tuples(base, unknown).map(lambda pair: {**pair[1], **pair[0]})


# -- mutations ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Site:
    path: Path
    kind: str  # "delete" | "type" | "null" | "list"
    allowed: frozenset[str] = frozenset()


def sites(value: Any, schema: dict[str, Any], path: Path = ()) -> list[Site]:
    """Places in a valid ``value`` where one mutation must make it invalid."""
    schema = resolve(schema)
    out: list[Site] = []
    if "anyOf" in schema:
        kinds = any_of_types(schema)
        if kinds is not None:
            out.append(Site(path, "type", frozenset(kinds)))
        return out  # never inside an alternative
    shape = object_shape(schema)
    kinds = json_types(schema)
    if kinds is not None:
        out.append(Site(path, "type", frozenset(kinds)))
        if "null" not in kinds:
            out.append(Site(path, "null"))
    if shape is not None and isinstance(value, dict):
        if "array" not in (kinds or set()):
            out.append(Site(path, "list"))
        for key, sub in shape.properties.items():
            if key in shape.required:
                out.append(Site((*path, key), "delete"))
            if key in value:
                out.extend(sites(value[key], sub, (*path, key)))
    elif isinstance(value, list) and resolve(schema).get("type") in ("array", ["array", "null"]):
        items = schema.get("items", {})
        for index, item in enumerate(value):
            out.extend(sites(item, items, (*path, index)))
    return out


WRONG_VALUES: dict[str, Any] = {
    "string": "wrong",
    "integer": 123456,
    "number": 1.5,
    "boolean": True,
    "null": None,
    "array": ["x"],
    "object": {"x": 1},
}


def mutate(document: Any, site: Site, replacement: str) -> Any:
    """A copy of ``document`` with the mutation applied (``replacement``: a JSON type name)."""
    doc = copy.deepcopy(document)
    if not site.path:
        if site.kind == "list":
            return [doc]
        return WRONG_VALUES["null" if site.kind == "null" else replacement]
    parent = doc
    for part in site.path[:-1]:
        parent = parent[part]
    last = site.path[-1]
    if site.kind == "delete":
        del parent[last]
    elif site.kind == "null":
        parent[last] = None
    elif site.kind == "list":
        parent[last] = [parent[last]]
    else:
        parent[last] = WRONG_VALUES[replacement]
    return doc


def disallowed(site: Site) -> list[str]:
    allowed = set(site.allowed)
    if "number" in allowed:
        allowed.add("integer")
    return sorted(k for k in WRONG_VALUES if k not in allowed and k != "null")


def json_path(path: Path) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


@st.composite
def invalid_document(draw: st.DrawFn, name: str) -> tuple[Any, str]:
    schema = {"$ref": f"#/components/schemas/{name}"}
    document = draw(strategy(schema))
    candidates = [s for s in sites(document, schema) if s.kind != "type" or disallowed(s)]
    site = draw(st.sampled_from(candidates))
    replacement = draw(st.sampled_from(disallowed(site))) if site.kind == "type" else ""
    return mutate(document, site, replacement), json_path(site.path)


# -- the properties -------------------------------------------------------------------------


def test_every_response_model_is_covered() -> None:
    assert RESPONSES
    assert all(hasattr(models, name) for name in RESPONSES)


def _decode(name: str, document: Any) -> Any:
    return getattr(models, name).from_dict(document)


@pytest.mark.parametrize("name", RESPONSES)
@SETTINGS
@given(data=st.data())
def test_valid_documents_round_trip(name: str, data: st.DataObject) -> None:
    document = data.draw(strategy({"$ref": f"#/components/schemas/{name}"}))
    wire = json.loads(json.dumps(document))
    parsed = _decode(name, copy.deepcopy(wire))
    assert parsed.to_dict() == wire
    assert _decode(name, parsed.to_dict()).to_dict() == wire


@pytest.mark.parametrize("name", RESPONSES)
@SETTINGS
@given(data=st.data())
def test_invalid_documents_raise_decode_error_at_the_path(name: str, data: st.DataObject) -> None:
    document, path = data.draw(invalid_document(name))
    try:
        _decode(name, document)
    except DecodeError as exc:
        assert exc.json_path == path, (exc.json_path, path, exc.reason)
    except Exception as exc:
        pytest.fail(f"{type(exc).__name__} instead of DecodeError: {exc}")
    else:
        pytest.fail(f"accepted an invalid document (mutated at {path})")


# -- through the client: every operation, over a mock transport -----------------------------


def _operations() -> dict[str, Any]:
    """Response model name -> generated endpoint module."""
    out: dict[str, Any] = {}
    for info in pkgutil.walk_packages(generated_api.__path__, generated_api.__name__ + "."):
        module = importlib.import_module(info.name)
        if hasattr(module, "asyncio_detailed"):
            returns = inspect.signature(module._parse_response).return_annotation
            for model in typing.get_args(returns):  # the body's model (a bare body: its own)
                if getattr(model, "__name__", "") in RESPONSES:
                    out[model.__name__] = module
    return out


OPERATIONS = _operations()


def _arguments(module: Any) -> dict[str, Any]:
    """Arguments for one call: 1 for every path parameter, an empty body for writes."""
    kwargs: dict[str, Any] = {}
    for pname, param in inspect.signature(module.asyncio_detailed).parameters.items():
        if pname in ("client", "extensions") or param.default is not inspect.Parameter.empty:
            continue
        if pname == "body":
            body_cls = inspect.signature(module._get_kwargs).parameters["body"].annotation
            body_ref = {"$ref": f"#/components/schemas/{body_cls.__name__}"}
            kwargs["body"] = body_cls.from_dict(Sampler(SPEC).sample(body_ref))
        else:
            kwargs[pname] = "1" if "str" in str(param.annotation) else 1
    return kwargs


def test_every_response_model_has_an_operation() -> None:
    assert sorted(OPERATIONS) == RESPONSES


@pytest.mark.parametrize("name", RESPONSES)
@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
async def test_invalid_bodies_through_the_client(name: str, data: st.DataObject) -> None:
    document, path = data.draw(invalid_document(name))
    module = OPERATIONS[name]
    op = Operation(module.METHOD, module.PATH)
    kwargs = _arguments(module)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=document)

    async with CustomersClient(
        token="prop-TOKEN",
        site_id="S",
        base_url="https://customers.test",
        transport=httpx.MockTransport(handler),
    ) as client:
        pipeline = client._pipeline
        with pytest.raises(ResponseValidationError) as info:
            await pipeline.send(op, module._get_kwargs(**kwargs), module._parse)
    assert info.value.endpoint == op.endpoint
    assert info.value.json_path == path
    assert info.value.status_code == 200
    assert len(seen) == 1
