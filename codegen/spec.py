"""Load, validate and normalize an OpenAPI document."""

from __future__ import annotations

import json
from typing import Any


class SpecError(Exception):
    """The spec could not be fetched, parsed or validated; the message is one line."""


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
        raise SpecError(f"{source}: invalid OpenAPI at {where}: {exc.message}") from None
    except Exception as exc:  # the validator raises assorted errors on unresolvable input
        raise SpecError(f"{source}: invalid OpenAPI: {type(exc).__name__}: {exc}") from None


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
