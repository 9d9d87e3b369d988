"""codegen/generated_reader.py on a small package written here: what each 2xx body returns."""

from __future__ import annotations

from pathlib import Path

from codegen.generated_reader import read_generated

ENDPOINT = """
from ...client import Client
from ...types import Response, Unset
{imports}

METHOD = "GET"
PATH = "{path}"


async def asyncio_detailed(
    thing_id: int, *, client: Client, timeout: str | Unset = ..., extensions_: str | Unset = ...,
    extensions: dict | None = None,
) -> Response[{returns}]:
    ...
"""

ENVELOPE = """
from ..models.thing import Thing


class ListThingsResponse:
    count: int
    message: str
    options: EnvelopeOptions | list[Any]
    params: EnvelopeParams | list[Any]
    status: int
    total: int
    total_results: int
    data: list[Thing]
"""

THING = """
class Thing:
    name: str
    data: str  # a bare object may have a `data` field: still not an envelope
"""


def _package(tmp_path: Path) -> Path:
    pkg = tmp_path / "_generated"
    (pkg / "models").mkdir(parents=True)
    (pkg / "api" / "things").mkdir(parents=True)
    (pkg / "models" / "thing.py").write_text(THING)
    (pkg / "models" / "list_things_response.py").write_text(ENVELOPE)
    cases = {
        "list_things": ("/things", "ListThingsResponse", "list_things_response"),
        "get_thing": ("/things/{thingId}", "Thing", "thing"),
        "thing_names": ("/things/names", "list[str]", None),
        "thing_or_name": ("/things/either", "Thing | str", "thing"),
        "touch_thing": ("/things/touch", "None", None),
    }
    for module, (path, returns, model) in cases.items():
        name = returns.split(" ")[0]
        imports = f"from ...models.{model} import {name}" if model else ""
        text = ENDPOINT.format(imports=imports, path=path, returns=returns)
        (pkg / "api" / "things" / f"{module}.py").write_text(text)
    return pkg


def test_each_body_is_read_as_the_envelope_or_returned_whole(tmp_path: Path) -> None:
    ops = read_generated(_package(tmp_path))
    shown = {k: (op.envelope, op.data, op.body) for k, op in ops.items()}
    assert shown == {
        "GET /things": (True, "list[Thing]", "ListThingsResponse"),
        "GET /things/{thingId}": (False, "Thing", "Thing"),
        "GET /things/names": (False, "list[str]", "list[str]"),
        "GET /things/either": (False, "Thing | str", "Thing | str"),
        "GET /things/touch": (False, "None", "None"),
    }
    # the envelope's data type is importable from where the envelope model imports it
    assert ops["GET /things"].imports["Thing"] == "models.thing:Thing"


def test_the_generated_layer_s_renamed_parameters_are_read_as_query_parameters(
    tmp_path: Path,
) -> None:
    op = read_generated(_package(tmp_path))["GET /things/{thingId}"]
    assert [(p.name, p.kind) for p in op.params] == [
        ("thing_id", "path"),
        ("timeout", "query"),
        ("extensions_", "query"),  # a spec parameter `extensions`, not the template's own
    ]
