"""The README says what the code does: the error tree, error attributes, imports, serve's knobs."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import customers_api
from customers_api import CustomersAPIError, NotFoundError
from customers_api import _exceptions as exceptions_module
from customers_api.testing.__main__ import _parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def _section(title: str) -> str:
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end]


ERROR_CLASSES = sorted(
    name
    for name, obj in vars(customers_api).items()
    if inspect.isclass(obj) and issubclass(obj, CustomersAPIError)
)


def test_every_error_class_is_in_both_trees() -> None:
    readme_tree = _section("Errors").split("```")[1]
    module_tree = (exceptions_module.__doc__ or "").split("::")[1]
    for name in ERROR_CLASSES:
        assert re.search(rf"\b{name}\b", readme_tree), f"{name} missing from the README tree"
        assert re.search(rf"\b{name}\b", module_tree), f"{name} missing from _exceptions.py"


def test_attributes_named_in_the_tree_exist() -> None:
    readme_tree = _section("Errors").split("```")[1]
    err = NotFoundError("x", status_code=404, endpoint="GET /p", request_id="r", code="c")
    status_line = next(line for line in readme_tree.splitlines() if "APIStatusError" in line)
    named = re.findall(r"\.(\w+)", status_line)
    assert named and {"status_code", "request_id"} <= set(named)
    for attribute in named:
        assert hasattr(err, attribute), attribute
    assert "requestId" not in readme_tree and ".status " not in readme_tree


def test_code_blocks_import_what_they_use() -> None:
    assert "Pager(" in README
    for usage in re.finditer(r"Pager\(", README):
        block = README[README.rfind("```python", 0, usage.start()) : usage.start()]
        assert "```python" in block and "import Pager" in block, "Pager shown without import"


def test_every_serve_option_is_documented() -> None:
    serve = _parser()._subparsers._group_actions[0].choices["serve"]  # type: ignore[union-attr]
    options = [opt for action in serve._actions for opt in action.option_strings]
    section = _section("Testing your code: the embedded fake API")
    for option in options:
        if option in ("-h", "--help"):
            continue
        assert f"`{option}" in section or f", `{option}" in section, option


def test_fanout_and_readme_agree_on_the_pool_wait() -> None:
    from customers_api import fanout

    doc = " ".join((fanout.__doc__ or "").split())
    fanning = " ".join(_section("Fanning out").split())
    assert "wait is unlimited on every engine unless" in doc and "pool=" in doc
    assert "not bounded (unless you pass `httpx.Timeout(..., pool=p)`)" in fanning
    assert "counts against the pool timeout" not in doc
