"""A small OpenAPI 3.1 spec with every decoding rule's field kinds (tests/test_decoding.py).

The committed `openapi.json` has no dates or enums (the overlay adds dates), so the
decoding policy is tested on a package generated from this spec with the project's
templates and config.
"""

from __future__ import annotations

from typing import Any


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


RECORD: dict[str, Any] = {
    "type": "object",
    "required": [
        "id", "amount", "day", "paidOn", "created", "status", "level", "kind", "statusCd",
        "termsDesc", "tags",
    ],
    "properties": {
        "id": {"type": "integer"},
        "amount": {"type": "number"},
        "day": {"type": "string", "format": "date"},
        "paidOn": _nullable({"type": "string", "format": "date"}),
        "created": {"type": "string", "format": "date-time"},
        "updated": _nullable({"type": "string", "format": "date-time"}),
        "status": {"$ref": "#/components/schemas/Status"},
        "priority": {"$ref": "#/components/schemas/Priority"},
        "level": _nullable({"$ref": "#/components/schemas/Status"}),
        "ref": {"type": "string", "format": "uuid"},
        "kind": {"const": "record"},
        "statusCd": {"type": "string", "default": "A"},
        "termsDesc": {"type": "string"},
        "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Status"}},
        "extra": {"type": "object", "additionalProperties": {"type": "string", "format": "date"}},
    },
}  # fmt: skip

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "decoding", "version": "1"},
    "paths": {
        "/records/{id}": {
            "get": {
                "operationId": "getRecord",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Record"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Record": RECORD,
            "Status": {"type": "string", "enum": ["open", "closed"]},
            "Priority": {"type": "integer", "enum": [1, 2, 3]},
        }
    },
}
