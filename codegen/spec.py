"""Load, validate and normalize an OpenAPI document."""

from __future__ import annotations

import copy
import json
from typing import Any


class SpecError(Exception):
    """The spec could not be fetched, parsed or validated; the message is one short line."""

    MAX_CHARS = 600

    def __init__(self, message: str) -> None:
        line = " ".join(message.split())  # one line, whatever the cause embedded
        if len(line) > self.MAX_CHARS:
            line = line[: self.MAX_CHARS - 1] + "\u2026"
        super().__init__(line)


def _detail(exc: BaseException) -> str:
    """A validator's message without the document it may embed (`... within {whole spec}`)."""
    text = str(getattr(exc, "message", None) or exc)
    return text.split(" within {", 1)[0]


def dump_spec(spec: dict[str, Any]) -> str:
    """The normalized text of a spec: sorted keys, two-space indent, trailing newline."""
    return json.dumps(spec, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def parse_spec(raw: bytes, source: str) -> dict[str, Any]:
    """Decode JSON bytes into a spec dict, or raise SpecError naming the source."""
    try:
        spec = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SpecError(f"{source}: not JSON ({exc})") from None
    if not isinstance(spec, dict):
        raise SpecError(f"{source}: expected a JSON object, got {type(spec).__name__}")
    return spec


def validate_spec(spec: dict[str, Any], source: str) -> None:
    """Validate against the OpenAPI 3.x schema (openapi-spec-validator)."""
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(spec)
    except OpenAPIValidationError as exc:
        where = "/".join(str(p) for p in exc.path) if getattr(exc, "path", None) else "(root)"
        raise SpecError(f"{source}: invalid OpenAPI at {where}: {_detail(exc)}") from None
    except Exception as exc:  # the validator raises assorted errors on unresolvable input
        raise SpecError(
            f"{source}: invalid OpenAPI: {type(exc).__name__}: {_detail(exc)}"
        ) from None


def fetch_spec(url: str, timeout: float = 30.0) -> bytes:
    """GET the spec at `url`; any failure is a one-line SpecError."""
    import httpx

    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
    except httpx.HTTPError as exc:
        raise SpecError(f"{url}: fetch failed ({type(exc).__name__}: {exc})") from None
    if response.status_code != 200:
        raise SpecError(f"{url}: HTTP {response.status_code} {response.reason_phrase}")
    return response.content


def load_spec(*, url: str | None = None, path: str | None = None) -> dict[str, Any]:
    """Fetch or read, parse and validate a spec; raise SpecError on any failure."""
    from pathlib import Path

    if url is not None:
        source, raw = url, fetch_spec(url)
    elif path is not None:
        source = path
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise SpecError(f"{path}: cannot read ({exc.strerror})") from None
    else:
        raise SpecError("give a spec URL or file")
    spec = parse_spec(raw, source)
    validate_spec(spec, source)
    return spec


# --- reading a spec ----------------------------------------------------------------------

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def operations(
    spec: dict[str, Any], methods: tuple[str, ...] = METHODS
) -> dict[str, dict[str, Any]]:
    """The spec's operations by "METHOD /path/template"."""
    ops = {}
    for path, item in spec.get("paths", {}).items():
        for method in methods:
            if method in item:
                ops[f"{method.upper()} {path}"] = item[method]
    return ops


def pointer(spec: dict[str, Any], ref: str) -> Any:
    """The node a local `$ref` ("#/components/schemas/X") points to, or None."""
    if not ref.startswith("#/"):
        return None
    node: Any = spec
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def deref(spec: dict[str, Any], node: Any) -> Any:
    """`node` with any chain of `$ref`s followed (parameters, bodies, responses)."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        seen.add(node["$ref"])
        target = pointer(spec, node["$ref"])
        if target is None:
            break
        node = target
    return node


# --- OpenAPI 3.0 <-> 3.1 -----------------------------------------------------------------
# The pipeline and the tests read every spec as 3.1 (JSON Schema 2020-12): a 3.0 document is
# upgraded first, so the same API written either way generates, validates and diffs alike.

_UNIONS = ("anyOf", "oneOf")


def is_openapi_30(spec: dict[str, Any]) -> bool:
    """True for an OpenAPI 3.0.x document."""
    return str(spec.get("openapi", "")).startswith("3.0")


def walk(node: Any, fix: Any) -> Any:
    """Rebuild `node` bottom-up, passing every object through `fix`."""
    if isinstance(node, list):
        return [walk(item, fix) for item in node]
    if isinstance(node, dict):
        return fix({key: walk(value, fix) for key, value in node.items()})
    return node


def _upgrade_schema(node: dict[str, Any]) -> dict[str, Any]:
    for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        # 3.0's boolean flag (popped either way) -> 3.1's number
        if isinstance(node.get(bound), bool) and node.pop(bound) and limit in node:
            node[bound] = node.pop(limit)
    nullable = node.get("nullable")
    if not isinstance(nullable, bool):
        return node
    del node["nullable"]
    if not nullable:
        return node
    kind = node.get("type")
    if isinstance(kind, str):
        node["type"] = [kind, "null"]
        if "enum" in node and None not in node["enum"]:
            node["enum"] = [*node["enum"], None]
        return node
    for key in _UNIONS:
        if key in node:
            if {"type": "null"} not in node[key]:
                node[key] = [*node[key], {"type": "null"}]
            return node
    if "enum" in node:
        node["enum"] = [*node["enum"], None] if None not in node["enum"] else node["enum"]
        return node
    # nullable next to allOf / $ref / no type: wrap the schema part in a union with null
    core = {k: node.pop(k) for k in ("allOf", "$ref", "properties", "items") if k in node}
    if core:
        parts = core["allOf"] if list(core) == ["allOf"] and len(core["allOf"]) == 1 else [core]
        node["anyOf"] = [*parts, {"type": "null"}]
    return node


def _simple_types(node: dict[str, Any]) -> dict[str, Any]:
    """`anyOf` of bare `{"type": T}` options (3.0's only multi-type form) -> a 3.1 type list."""
    options = node.get("anyOf")
    if (
        "type" not in node
        and isinstance(options, list)
        and len(options) > 1
        and all(isinstance(o, dict) and list(o) == ["type"] for o in options)
    ):
        node["type"] = [o["type"] for o in node.pop("anyOf")]
    return node


def upgrade_to_31(spec: dict[str, Any]) -> dict[str, Any]:
    """A 3.1 copy of `spec`: 3.0 `nullable` becomes a null type or union, boolean
    `exclusiveMinimum`/`exclusiveMaximum` become numbers. A 3.1 spec is copied unchanged."""
    if not is_openapi_30(spec):
        return copy.deepcopy(spec)
    out: dict[str, Any] = walk(spec, lambda node: _simple_types(_upgrade_schema(node)))
    out["openapi"] = "3.1.0"
    return out


def _downgrade_schema(node: dict[str, Any]) -> dict[str, Any]:
    kind = node.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        if len(kinds) < len(kind):
            node["nullable"] = True
        if len(kinds) == 1:
            node["type"] = kinds[0]
        else:
            del node["type"]
            node["anyOf"] = [{"type": k} for k in kinds]
    for key in _UNIONS:
        options = node.get(key)
        if isinstance(options, list) and {"type": "null"} in options:
            node[key] = [o for o in options if o != {"type": "null"}]
            node["nullable"] = True
    if "const" in node:
        node["enum"] = [node.pop("const")]
    for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(node.get(bound), (int, float)) and not isinstance(node[bound], bool):
            node[limit] = node.pop(bound)
            node[bound] = True
    return node


def downgrade_to_30(spec: dict[str, Any]) -> dict[str, Any]:
    """The same API written as OpenAPI 3.0.3 (`nullable: true` instead of null types).

    The inverse of `upgrade_to_31` for the constructs this API uses; the tests use it to
    prove that an equivalent 3.0 spec passes the same suite.
    """
    out: dict[str, Any] = walk(spec, _downgrade_schema)
    out["openapi"] = "3.0.3"
    return out
