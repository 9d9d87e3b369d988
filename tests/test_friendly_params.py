"""How generated parameters become friendly ones: names, collisions, path types, bodies.

`codegen/friendly_params.py` and `codegen/wrappers._method`, on generated operations described
directly (no generator run): what the renderer plans for each kind of parameter and body.
"""

from __future__ import annotations

from typing import Any

import pytest

from codegen import friendly_params as fp
from codegen import wrappers
from codegen.generated_reader import GenOperation, GenParam, is_envelope


@pytest.mark.parametrize(
    ("generated", "natural"),
    [
        ("status_cd", "status_cd"),
        ("client_query", "client"),  # the generator's own reserved name
        ("url_header", "url"),
        ("extensions_", "extensions"),  # the endpoint template's own argument
        ("headers_", "headers"),
        ("class_", "class_"),  # a keyword: the generator's rename is kept
        ("type_", "type_"),  # a builtin the generator renames: kept too
        ("other_query", "other_query"),  # only client/url get the location suffix
    ],
)
def test_natural_names_undo_only_the_generated_layer_s_own_renames(
    generated: str, natural: str
) -> None:
    assert fp.natural(generated) == natural


@pytest.mark.parametrize(
    ("name", "taken", "friendly"),
    [
        ("q", set(), "q"),
        ("timeout", set(), "timeout_"),
        ("max_retries", set(), "max_retries_"),
        ("edge_cache", set(), "edge_cache_"),
        ("retry_writes", set(), "retry_writes_"),
        ("extensions", set(), "extensions_"),
        ("client", set(), "client_"),
        ("self", set(), "self_"),
        ("class", set(), "class_"),
        ("unset", set(), "unset_"),  # a name the rendered body calls
        ("timeout", {"timeout_"}, "timeout__"),  # deterministic, never a clash
        ("body", {"body"}, "body_"),
    ],
)
def test_a_name_the_sdk_or_python_reserves_gets_underscores(
    name: str, taken: set[str], friendly: str
) -> None:
    assert fp.free(name, taken) == friendly


@pytest.mark.parametrize(
    ("annotation", "schema", "expected"),
    [
        ("int", {}, ("PathId", "path_int")),
        ("str", {"pattern": r"^\d+$"}, ("PathId", "path_str")),
        ("str", {"pattern": "^[0-9]+$"}, ("PathId", "path_str")),
        ("str", {}, ("str", "path_text")),
        ("str", {"pattern": "^[a-z]+$"}, ("str", "path_text")),
        ("float", {}, ("float", None)),
        ("bool", {}, ("bool", None)),
        ("datetime.date", {}, ("datetime.date", None)),
        ("UUID", {}, ("UUID", None)),
        ("GetThingKind", {}, ("GetThingKind", None)),
    ],
)
def test_every_path_type_has_an_annotation_and_a_check(
    annotation: str, schema: dict[str, Any], expected: tuple[str, str | None]
) -> None:
    check = fp.path_check(annotation, schema)
    assert (check.annotation, check.check) == expected


def _op(params: list[GenParam], **kw: Any) -> GenOperation:
    imports = {
        "Thing": "models.thing:Thing",
        "datetime": "!datetime",
        "GetKind": "models.get_kind:GetKind",
    }
    base: dict[str, Any] = dict(
        method="GET", path="/x/{id}", module="api.x.get_x", params=params, data="Thing"
    )
    return GenOperation(**{**base, "imports": imports, **kw})


def _spec_params(*names: tuple[str, str]) -> dict[str, dict[str, Any]]:
    return {fp.key(n): {"name": n, "in": where, "schema": {}} for n, where in names}


def test_colliding_query_names_are_renamed_and_listed() -> None:
    gen = _op(
        [
            GenParam("customer_id", "int", True, "path"),
            GenParam("timeout", "str", False, "query"),
            GenParam("extensions_", "str", False, "query"),
            GenParam("client_query", "int", False, "query"),
            GenParam("class_", "str", True, "query"),
            GenParam("headers_", "str", False, "query"),
            GenParam("limit", "int", False, "query"),
        ]
    )
    spec_params = _spec_params(
        ("customerId", "path"),
        ("timeout", "query"),
        ("extensions", "query"),
        ("client", "query"),
        ("class", "query"),
        ("headers", "query"),
        ("limit", "query"),
    )
    method, _ = wrappers._method({}, "GET /x/{id}", "things.get", "call", {}, {}, gen, spec_params)
    names = {p.gen: p.name for p in method.params}
    assert names == {
        "customer_id": "customer_id",
        "timeout": "timeout_",
        "extensions_": "extensions_",
        "client_query": "client_",
        "class_": "class_",
        "headers_": "headers",  # only the generated layer needed the underscore
        "limit": "limit",
    }
    renamed = sorted((p.wire, p.name) for p in method.params if p.renamed)
    assert renamed == [
        ("class", "class_"),
        ("client", "client_"),
        ("extensions", "extensions_"),
        ("timeout", "timeout_"),
    ]
    signature = "\n".join(method.signature())
    assert "timeout_: str | None = None" in signature
    assert signature.count("timeout: TimeoutTypes | None = None") == 1
    ns = wrappers.Namespace("things", "Things", "", "things", methods=[method])
    assert wrappers.renamed([ns]) == [
        "`client.things.get(..., class_=...)`: query parameter `class` (GET /x/{id})",
        "`client.things.get(..., client_=...)`: query parameter `client` (GET /x/{id})",
        "`client.things.get(..., extensions_=...)`: query parameter `extensions` (GET /x/{id})",
        "`client.things.get(..., timeout_=...)`: query parameter `timeout` (GET /x/{id})",
    ]


def test_path_parameters_of_every_type_render_their_own_check() -> None:
    gen = _op(
        [
            GenParam("ratio", "float", True, "path"),
            GenParam("slug", "str", True, "path"),
            GenParam("day", "datetime.date", True, "path"),
            GenParam("kind", "GetKind", True, "path"),
        ]
    )
    params = _spec_params(("ratio", "path"), ("slug", "path"), ("day", "path"), ("kind", "path"))
    method, needs = wrappers._method({}, "GET /x/{id}", "things.get", "call", {}, {}, gen, params)
    assert [(p.annotation, p.convert) for p in method.params] == [
        ("float", "ratio"),
        ("str", 'path_text("slug", slug)'),
        ("datetime.date", "day"),
        ("GetKind", "kind"),
    ]
    assert needs["datetime"] == "!datetime" and needs["GetKind"] == "models.get_kind:GetKind"


@pytest.mark.parametrize(
    ("body", "data", "envelope", "returns"),
    [
        ("ListThingsResponse", "list[Thing]", True, "builtins.list[Thing]"),
        ("Thing", "Thing", False, "Thing"),  # a bare object
        ("list[Thing]", "list[Thing]", False, "builtins.list[Thing]"),  # an array
        ("str", "str", False, "str"),  # a scalar
        ("Thing | Other", "Thing | Other", False, "Thing | Other"),  # a oneOf
        ("None", "None", False, "None"),  # no body
    ],
)
def test_every_2xx_body_gets_a_return_type(
    body: str, data: str, envelope: bool, returns: str
) -> None:
    gen = _op([], data=data, envelope=envelope, body=body)
    method, _ = wrappers._method({}, "GET /x", "things.get", "call", {}, {}, gen, {})
    assert (method.returns, method.envelope) == (returns, envelope)


def test_a_list_needs_an_envelope_with_a_list() -> None:
    paging = [GenParam("limit", "int", False, "query"), GenParam("offset", "int", False, "query")]
    gen = _op(paging, data="list[Thing]", envelope=False, body="list[Thing]")
    with pytest.raises(wrappers.AliasError, match="kind `list` needs an envelope"):
        wrappers._method({}, "GET /x", "things.list", "list", {}, {}, gen, {})


def test_a_body_that_is_not_one_model_is_taken_as_generated() -> None:
    gen = _op([GenParam("body", "list[Thing]", True, "body")])
    method, _ = wrappers._method({}, "POST /x", "things.add", "call", {}, {}, gen, {})
    (body,) = method.params
    assert (body.annotation, body.convert, method.body_model) == (
        "builtins.list[Thing]",
        "body",
        None,
    )
    gen = _op([GenParam("body", "Thing", True, "body")])
    method, _ = wrappers._method({}, "POST /x", "things.add", "call", {}, {}, gen, {})
    (body,) = method.params
    assert body.annotation == "Thing | Mapping[str, Any]"
    assert body.convert == "as_body(Thing, body, _ADD_BODY_KEYS)"


ENVELOPE = {
    "data": "list[Thing]",
    "count": "int",
    "total": "int",
    "total_results": "int",
    "message": "str",
    "params": "EnvelopeParams | list[Any]",
    "options": "EnvelopeOptions | list[Any]",
    "status": "int",
}


@pytest.mark.parametrize(
    ("attributes", "expected"),
    [
        (ENVELOPE, True),
        ({**ENVELOPE, "count": "float"}, False),  # counts typed number: read whole, still typed
        ({k: v for k, v in ENVELOPE.items() if k != "data"}, False),
        ({"data": "Thing", "name": "str"}, False),  # a bare object with a `data` field
    ],
)
def test_what_makes_a_body_the_envelope(attributes: dict[str, str], expected: bool) -> None:
    assert is_envelope(attributes) is expected
