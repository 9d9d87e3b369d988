"""Sample JSON documents for an OpenAPI component schema (3.0 or 3.1), cycle-safe.

Used by the corpus test to feed the same document to the stock and the project's
generated models. `variant` 0 fills every optional property, 1 leaves them out and picks
the second option of enums and unions.
"""

from __future__ import annotations

from typing import Any

MAX_DEPTH = 4


class Skip(Exception):
    """The schema needs something JSON cannot carry (a binary file)."""


def sample(spec: dict[str, Any], schema: dict[str, Any], variant: int, depth: int = 0) -> Any:
    schemas = spec.get("components", {}).get("schemas", {})
    while "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/components/schemas/"):
            raise Skip(ref)
        schema = schemas[ref.rsplit("/", 1)[-1]]
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None] or [None]
        return values[variant % len(values)]
    if "allOf" in schema:
        out: dict[str, Any] = {}
        for part in schema["allOf"]:
            got = sample(spec, part, variant, depth)
            if not isinstance(got, dict):
                return got  # allOf of one enum or scalar: that value
            out.update(got)
        if any(k in schema for k in ("properties", "required")):
            out.update(_object(spec, schema, variant, depth))
        return out
    for key in ("oneOf", "anyOf"):
        if key in schema:
            options = [o for o in schema[key] if o.get("type") != "null"] or schema[key]
            return sample(spec, options[variant % len(options)], variant, depth)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None and ("properties" in schema or "additionalProperties" in schema):
        kind = "object"
    if kind == "object":
        return _object(spec, schema, variant, depth)
    if kind == "array":
        if depth >= MAX_DEPTH or "items" not in schema:
            return []
        return [sample(spec, schema["items"], variant, depth + 1)]
    if kind == "string":
        fmt = str(schema.get("format"))
        if fmt == "binary":
            raise Skip("binary")
        return {
            "date": "2025-07-30",
            "date-time": "2025-07-30T15:50:49",
            "uuid": "12345678-1234-5678-1234-567812345678",
        }.get(fmt, "text")
    if kind == "integer":
        return 3
    if kind == "number":
        return 2.5
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return "anything"


def _object(spec: dict[str, Any], schema: dict[str, Any], variant: int, depth: int) -> Any:
    required = set(schema.get("required", []))
    out: dict[str, Any] = {}
    for key, sub in schema.get("properties", {}).items():
        if key in required or (variant == 0 and depth < MAX_DEPTH):
            out[key] = sample(spec, sub, variant, depth + 1)
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and extra and depth < MAX_DEPTH:
        out["extraKey"] = sample(spec, extra, variant, depth + 1)
    return out
