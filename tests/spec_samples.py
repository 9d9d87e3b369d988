"""The spec as the SDK reads it, and realistic sample documents built from its schemas.

`load_spec()` is the one reader every test uses: `openapi.json` (OpenAPI 3.0 or 3.1) with
`codegen/overlay.yaml` applied, as 3.1 -- exactly what the generator reads -- so an
equivalent spec in either version passes the same suite.

`sample(schema, variant)` walks a JSON schema: variant 0 fills every nullable field with a
value, variant 1 with null; anyOf alternates options by variant (so `userDefined` comes out
as `{...}` and as `[]`); objects that allow unknown keys get one (`xExtraKey`).
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from codegen.overlay import effective_spec

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi.json"


def read_spec(raw: dict[str, Any]) -> dict[str, Any]:
    """A pulled spec (3.0 or 3.1) as the SDK reads it: the overlay applied, as 3.1."""
    return effective_spec(raw)[0]


@cache
def load_spec() -> dict[str, Any]:
    """openapi.json through `read_spec`, read once (callers must not mutate it)."""
    return read_spec(json.loads(SPEC_PATH.read_text()))


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")


def api_format_checker() -> Any:
    """A jsonschema FormatChecker for the API's own text formats: `date` is `Y-m-d` and
    `date-time` is `Y-m-d H:i:s` (the mysql-datetime the API documents and sends)."""
    import jsonschema

    checker = jsonschema.FormatChecker(formats=())

    @checker.checks("date", raises=ValueError)
    def is_date(value: object) -> bool:
        if not isinstance(value, str):
            return True
        return bool(_DATE.fullmatch(value)) and bool(date.fromisoformat(value))

    @checker.checks("date-time", raises=ValueError)
    def is_datetime(value: object) -> bool:
        if not isinstance(value, str):
            return True
        return bool(_DATETIME.fullmatch(value)) and bool(datetime.fromisoformat(value))

    return checker


def resolve(schemas: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Follow `$ref`s to the schema they name."""
    while "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


class Sampler:
    def __init__(self, spec: dict[str, Any], list_len: int = 2) -> None:
        self.schemas = spec["components"]["schemas"]
        self.list_len = list_len
        self.counter = 0

    def sample(self, schema: dict[str, Any], variant: int = 0) -> Any:
        schema = resolve(self.schemas, schema)
        if "allOf" in schema:
            out: dict[str, Any] = {}
            for part in schema["allOf"]:
                out.update(self.sample(part, variant))
            return out
        if "anyOf" in schema:
            options = [o for o in schema["anyOf"] if o.get("type") != "null"]
            has_null = len(options) < len(schema["anyOf"])
            if has_null and variant % 2 == 1:
                return None
            return self.sample(
                options[(variant // 2 if has_null else variant) % len(options)], variant
            )
        kind = schema.get("type")
        if isinstance(kind, list):
            if "null" in kind and variant % 2 == 1:
                return None
            kind = next(k for k in kind if k != "null")
        self.counter += 1
        if kind == "object":
            out = {
                key: self.sample(sub, variant) for key, sub in schema.get("properties", {}).items()
            }
            if schema.get("additionalProperties", True) is not False:
                out["xExtraKey"] = {"kept": True}
            return out
        if kind == "array":
            if schema.get("maxItems") == 0:
                return []
            return [self.sample(schema.get("items", {}), variant) for _ in range(self.list_len)]
        if kind == "string" and schema.get("format") == "date":
            return f"2026-{self.counter % 12 + 1:02d}-{self.counter % 28 + 1:02d}"
        if kind == "string" and schema.get("format") == "date-time":
            return f"2026-{self.counter % 12 + 1:02d}-{self.counter % 28 + 1:02d} 10:20:{self.counter % 60:02d}"
        if kind == "string":
            text = f"s{self.counter}-abcdefghij"
            return text[: schema.get("maxLength", 40)]
        if kind == "integer":
            return self.counter
        if kind == "number":
            return self.counter + 0.25
        if kind == "boolean":
            return True
        return {"any": [1, "two"]}


def response_schema(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    """The 200 response schema of an operation."""
    for item in spec["paths"].values():
        for op in item.values():
            if op.get("operationId") == operation_id:
                return op["responses"]["200"]["content"]["application/json"]["schema"]  # type: ignore[no-any-return]
    raise KeyError(operation_id)


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """operationId -> (METHOD, path template)."""
    return {
        op["operationId"]: (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
    }
