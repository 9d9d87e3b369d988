"""How a generated parameter becomes a friendly one: its name, and how a path value is checked.

Names. A friendly parameter is named as the generated one (`status_cd`), except where the
generated layer had to rename a parameter for its own sake (the generator's `client_query`,
the endpoint template's `extensions_`: the friendly layer has no such argument or local). A
name the SDK itself uses in every friendly method (`timeout`, `max_retries`, `edge_cache`,
`retry_writes`, `extensions`, `client`, `self`), a name the rendered method body reads from
its module (`unset`, `choice`, ...), a Python keyword, or a name already taken in the same
signature gets a trailing underscore, until it is free: `timeout` -> `timeout_`. Deterministic,
and listed in the change summary (`renamed`).

Path values. An `int` path parameter takes a non-negative int or a string of ASCII digits
(`path_int`); a `str` one whose schema pattern admits only digits the same (`path_str`,
digits kept as given); any other `str` a non-empty string other than `.`/`..` (`path_text`;
the generated code percent-encodes it); any other type (`float`, `bool`, an enum, a date, a
UUID) its generated annotation, passed through to the generated function.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from typing import Any

SDK_NAMES = frozenset(
    {"timeout", "max_retries", "edge_cache", "retry_writes", "extensions", "client", "self"}
)
# module-level names a rendered method body uses: a parameter of that name would shadow them
BODY_NAMES = frozenset(
    {"path_int", "path_str", "path_text", "as_body", "choice", "ints", "unset", "requires"}
    | {"builtins", "integer", "date_param", "datetime_param", "Operation", "datetime"}
)
# the generated layer's own renames, undone for the friendly name
_GENERATOR_RESERVED = re.compile(r"(client|url)_(path|query|header|cookie)")
_TEMPLATE_NAMES = frozenset(
    {"body", "extensions", "headers", "params", "cookies", "kwargs", "response", "parsed"}
)
_DIGITS_ONLY = re.compile(r"\^(\\d|\[0-9\])(\+|\*|\{\d*,?\d*\})\$")

PATH_DOC = "a non-negative int, or a string of ASCII digits."


def key(name: str) -> str:
    """A name with case and separators dropped: `customer_id`, `customerId` -> `customerid`."""
    return re.sub(r"[^0-9a-z]", "", name.lower())


def spec_param(gen_name: str, by_key: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The spec parameter the generated `gen_name` stands for ({} if none)."""
    unsuffixed = re.sub(r"_(path|query|header|cookie)$", "", gen_name)
    for candidate in (gen_name, unsuffixed):
        if key(candidate) in by_key:
            return by_key[key(candidate)]
    return {}


def natural(gen_name: str) -> str:
    """The generated name without the generated layer's own renames."""
    match = _GENERATOR_RESERVED.fullmatch(gen_name)
    if match:
        return match[1]
    if gen_name.endswith("_") and gen_name[:-1] in _TEMPLATE_NAMES:
        return gen_name[:-1]
    return gen_name


def reserved(name: str) -> bool:
    return name in SDK_NAMES or name in BODY_NAMES or keyword.iskeyword(name)


def free(name: str, taken: set[str]) -> str:
    """`name`, with trailing underscores until it is neither reserved nor taken."""
    while reserved(name) or name in taken:
        name += "_"
    return name


@dataclass(frozen=True)
class PathCheck:
    annotation: str
    check: str | None  # the validator's name, or None: passed through as given
    doc: str


def path_check(annotation: str, schema: dict[str, Any]) -> PathCheck:
    """How a path parameter of the generated `annotation` is typed and checked."""
    if annotation == "int":
        return PathCheck("PathId", "path_int", PATH_DOC)
    if annotation == "str" and _DIGITS_ONLY.fullmatch(str(schema.get("pattern", ""))):
        return PathCheck("PathId", "path_str", PATH_DOC)
    if annotation == "str":
        return PathCheck("str", "path_text", "a non-empty string (not `.` or `..`).")
    return PathCheck(annotation, None, "")
