"""Valid response bodies for every endpoint, built from openapi.json's schemas.

`envelope(operation_id)` returns a JSON-ready dict that the generated model for that
operation decodes; `data` is filled from the schema (every nullable field given a value,
arrays of `list_len` items). `error_body(...)` builds the API's error shape.
"""

from __future__ import annotations

from typing import Any

from . import spec_samples


def spec() -> dict[str, Any]:
    return spec_samples.load_spec()


def operations() -> dict[str, tuple[str, str]]:
    """operationId -> (METHOD, path template)."""
    return spec_samples.operations(spec())


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    return spec_samples.resolve(spec()["components"]["schemas"], schema)


def sample(schema: dict[str, Any], list_len: int = 1) -> Any:
    """A minimal valid value for a JSON schema (non-null wherever a value is allowed)."""
    schema = _resolve(schema)
    if "allOf" in schema:
        out: dict[str, Any] = {}
        for part in schema["allOf"]:
            out.update(sample(part, list_len))
        return out
    for union in ("anyOf", "oneOf"):
        if union in schema:
            options = [o for o in schema[union] if o.get("type") != "null"]
            return sample(options[0], list_len) if options else None
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or (kind is None and "properties" in schema):
        return {k: sample(v, list_len) for k, v in schema.get("properties", {}).items()}
    if kind == "array":
        if schema.get("maxItems") == 0:
            return []
        return [sample(schema.get("items", {}), list_len) for _ in range(list_len)]
    if kind == "string" and schema.get("format") == "date":
        return "2026-07-30"  # the API's Y-m-d
    if kind == "string" and schema.get("format") == "date-time":
        return "2026-07-30 15:50:49"  # the API's mysql-datetime
    if kind == "string":
        return "x"[: schema.get("maxLength", 1)] if schema.get("maxLength", 1) else ""
    if kind == "integer":
        return 7
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return {"free": "form"}


def response_schema(operation_id: str) -> dict[str, Any]:
    return spec_samples.response_schema(spec(), operation_id)


def envelope(operation_id: str, *, list_len: int = 1, **meta: Any) -> dict[str, Any]:
    """A valid 200 body for the operation; `meta` overrides envelope fields (total=...)."""
    body: dict[str, Any] = sample(response_schema(operation_id), list_len)
    data = body.get("data")
    count = len(data) if isinstance(data, list) else 1
    body.update(
        count=count,
        total=count,
        totalResults=count,
        message="ok",
        status=200,
        options=[],
        params=[],
    )
    body.update(meta)
    return body


def error_body(
    message: str = "nope", *, request_id: str | None = "req-1", **extra: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {"message": message, "status": 0, **extra}
    if request_id is not None:
        body["requestId"] = request_id
    return body
