"""codegen/wrappers.py: default names, the summary section, the table's checks, the swap."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from codegen import wrappers

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text())
    return spec


@pytest.fixture(scope="module")
def table() -> dict[str, Any]:
    return wrappers.load_table()


@pytest.mark.parametrize(
    ("key", "op", "name"),
    [
        ("GET /x/{id}/notes", {"operationId": "listNotes", "tags": ["Notes"]}, "notes.list_notes"),
        (
            "GET /x/{id}/notes",
            {"operationId": "list-notes", "tags": ["ship-tos"]},
            "ship_tos.list_notes",
        ),
        ("POST /customer/{customerId}/notes", {"tags": ["notes"]}, "notes.post_customer_notes"),
        ("GET /health", {}, "default.get_health"),
        ("GET /x", {"operationId": "2fa", "tags": ["aclose"]}, "aclose_api.op_2fa"),
    ],
)
def test_default_name(key: str, op: dict[str, Any], name: str) -> None:
    assert wrappers.default_name(key, op) == name


def test_every_alias_names_an_operation_and_an_unchanged_spec_breaks_nothing(
    spec: dict[str, Any], table: dict[str, Any]
) -> None:
    """An alias whose operation left the spec is reported (and fails here); an operation the
    table does not name yet is fine: it is callable at its default name."""
    assert wrappers.stale(spec, table) == []
    text = wrappers.section(spec, spec, table)
    assert "BREAKING" not in text
    assert ("### Needs a friendly name" in text) == bool(wrappers.unnamed(spec, table))
    assert text == "" or wrappers.unnamed(spec, table)


def test_section_names_new_and_removed_operations(
    spec: dict[str, Any], table: dict[str, Any]
) -> None:
    new = copy.deepcopy(spec)
    new["paths"]["/customer/{customerId}/notes"] = {"get": {"tags": ["notes"]}}
    del new["paths"]["/ping"]
    text = wrappers.section(spec, new, table)
    assert "### Needs a friendly name" in text
    assert (
        "- GET /customer/{customerId}/notes: callable as `client.notes.get_customer_notes(...)`"
        in text
    )
    assert "- **BREAKING** `client.ping` removed: GET /ping is gone" in text
    assert text.index("Breaking") < text.index("Needs a friendly name")


def test_section_names_an_alias_that_matches_no_operation(
    spec: dict[str, Any], table: dict[str, Any]
) -> None:
    """A typo'd key is reported (it was silently ignored), not as breaking: it never worked."""
    typo = copy.deepcopy(table)
    typo["operations"]["GET /customer/{customerId}/bogus"] = {"name": "customers.bogus.list"}
    text = wrappers.section(spec, spec, typo)
    assert "### Aliases that match no operation" in text
    assert "- GET /customer/{customerId}/bogus (`client.customers.bogus.list`)" in text
    assert "BREAKING" not in text


def test_default_names_never_clash(table: dict[str, Any]) -> None:
    spec = {
        "paths": {
            "/a": {"get": {"operationId": "same", "tags": ["t"]}},
            "/b": {"get": {"operationId": "same", "tags": ["t"]}},
        }
    }
    names = [n for _, n in wrappers.unnamed(spec, table)]
    assert names == ["t.same", "t.same_2"]


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("operations:\n  GET /x: {kind: list}\n", "needs a `name`"),
        ("operations:\n  GET /x: {name: a.b, kind: page}\n", "kind must be"),
    ],
)
def test_table_errors_name_the_entry(tmp_path: Path, text: str, error: str) -> None:
    path = tmp_path / "aliases.yaml"
    path.write_text(text)
    with pytest.raises(wrappers.AliasError, match=f"GET /x: {error}"):
        wrappers.load_table(path)


def test_plan_refuses_a_name_taken_twice(spec: dict[str, Any], table: dict[str, Any]) -> None:
    clash = copy.deepcopy(table)
    clash["operations"]["GET /ping"] = {"name": "whoami", "kind": "call"}
    with pytest.raises(wrappers.AliasError, match="taken twice"):
        wrappers.plan(spec, ROOT / "customers_api" / "_generated", clash)


def test_list_kind_needs_paging_parameters(spec: dict[str, Any], table: dict[str, Any]) -> None:
    wrong = copy.deepcopy(table)
    wrong["operations"]["GET /customer/{customerId}/doc"]["kind"] = "list"
    with pytest.raises(wrappers.AliasError, match="needs `limit` and `offset`"):
        wrappers.plan(spec, ROOT / "customers_api" / "_generated", wrong)


def test_staged_swap_restores_the_old_tree_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "customers_api" / wrappers.OUTPUT
    target.mkdir(parents=True)
    (target / "old.py").write_text("old")
    rendered = tmp_path / "rendered"
    rendered.mkdir()
    (rendered / "new.py").write_text("new")
    with pytest.raises(RuntimeError), wrappers.staged(tmp_path, rendered):
        assert (target / "new.py").exists()
        raise RuntimeError("the generated swap failed")
    assert [p.name for p in target.iterdir()] == ["old.py"]
    with wrappers.staged(tmp_path, rendered):
        pass
    assert [p.name for p in target.iterdir()] == ["new.py"]
    assert sorted(p.name for p in target.parent.iterdir()) == [wrappers.OUTPUT]


def test_body_keys_match_the_model_attributes() -> None:
    """The rendered snake -> camel maps cover exactly each body model's attributes."""
    import attrs

    from customers_api import models
    from customers_api.resources import addresses, customer_contacts, customer_ship_tos, tags

    pairs = [
        (addresses._CREATE_BODY_KEYS, models.CustomerAddressCreate),
        (addresses._UPDATE_BODY_KEYS, models.CustomerAddressUpdate),
        (customer_contacts._CREATE_BODY_KEYS, models.CustomerContactCreate),
        (customer_ship_tos._CREATE_BODY_KEYS, models.ShipToCreate),
        (tags._CREATE_BODY_KEYS, models.CustomerTagCreate),
        (tags._UPDATE_BODY_KEYS, models.CustomerTagUpdate),
    ]
    for keys, model in pairs:
        fields = {f.name for f in attrs.fields(model)} - {"additional_properties"}
        assert set(keys) == fields, model


@pytest.mark.slow
def test_check_generated_names_a_hand_edited_wrapper(tmp_path: Path) -> None:
    """`make check-generated` covers the rendered wrappers: a hand edit is stale."""
    import shutil
    import subprocess
    import sys

    shutil.copy(ROOT / "openapi.json", tmp_path / "openapi.json")
    for package in ("_generated", "resources"):
        shutil.copytree(
            ROOT / "customers_api" / package,
            tmp_path / "customers_api" / package,
            ignore=shutil.ignore_patterns("__pycache__"),
        )
    edited = tmp_path / "customers_api" / "resources" / "invoices.py"
    edited.write_text(edited.read_text().replace("paid_in_full", "paid"))
    cmd = [sys.executable, "-m", "codegen", "--check", "--root", str(tmp_path)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert "  customers_api/resources/invoices.py" in proc.stderr.splitlines(), proc.stderr


def test_the_readme_table_lists_the_spec_s_operations(
    spec: dict[str, Any], table: dict[str, Any]
) -> None:
    """Every operation of the spec, aliased ones in the table's order, then the others at their
    default names; an alias whose operation left the spec is not listed (a stale README then
    fails `--check`)."""
    new = copy.deepcopy(spec)
    ops = wrappers.spec_operations(spec)
    gone = next(k for k in table["operations"] if k in ops)  # an aliased operation, removed
    method, path = gone.split(" ", 1)
    del new["paths"][path][method.lower()]
    op = copy.deepcopy(new["paths"]["/customer/{customerId}/tags"]["get"])
    op.update(operationId="list_test_notes", tags=["test_notes"])
    new["paths"]["/customer/{customerId}/test-notes"] = {"get": op}
    rows = wrappers.readme_table(new, table).splitlines()
    assert not any(f"`{gone}`" in r for r in rows)
    added = (
        "| `GET /customer/{customerId}/test-notes` "
        "| `client.test_notes.list_test_notes(customer_id, ...)` |"
    )
    aliased = [i for i, r in enumerate(rows) if any(f"`{k}`" in r for k in table["operations"])]
    assert rows.index(added) > max(aliased)  # after every aliased row
    assert len(rows) == 2 + len(wrappers.spec_operations(new))
    readme = "intro\n\n" + wrappers.readme_table(spec, table) + "\nafter\n"
    assert wrappers.readme_with_table(readme, new, table) != readme
    assert wrappers.readme_with_table(readme, spec, table) == readme
