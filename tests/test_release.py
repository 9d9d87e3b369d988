"""The release plan (scripts/release.py): the bump table, the check, apply, the tag gate.

Entries are written as `codegen.changelog` writes them (summary headings demoted by two);
one test renders them with the real `codegen.changes` / `codegen.api_diff` renderers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.changelog_md import Level, ReleaseError, Version, changes, sections
from scripts.release import apply, check_tag, main, make_plan, notes

ROOT = Path(__file__).resolve().parent.parent


def spec_section(breaking: tuple[str, ...] = (), other: tuple[str, ...] = ()) -> str:
    if not breaking and not other:
        return "No changes to the API spec.\n"
    out = f"#### API spec changes ({len(breaking) + len(other)}, {len(breaking)} breaking)\n\n"
    if breaking:
        out += "##### Breaking\n\n" + "".join(f"- **BREAKING** {b}\n" for b in breaking) + "\n"
    if other:
        out += "##### Other\n\n" + "".join(f"- {o}\n" for o in other) + "\n"
    return out


def griffe_section(breaking: tuple[str, ...] = (), annotations: tuple[str, ...] = ()) -> str:
    out = "#### Python API check (griffe)\n\n"
    if not breaking and not annotations:
        return out + "No breaking changes in the Python API.\n"
    out += f"{len(breaking)} breaking change(s) for code written against the SDK.\n\n"
    if breaking:
        out += "##### Breaking: public surface (`customers_api`)\n\n"
        out += "".join(f"- **BREAKING** {b}\n" for b in breaking) + "\n"
    if annotations:
        out += "##### Annotation changes (griffe does not judge these; review)\n\n"
        out += "".join(f"- {a}\n" for a in annotations) + "\n"
    return out


def regen(spec: str, griffe: str, version: str = "2026.11.02") -> str:
    return f"### Regenerated from spec {version} (2026-11-03)\n\n{spec}\n{griffe}\n"


REMOVED = "field removed: Customer.customerName"
ADDED = "field added: Customer.email"
GRIFFE_REMOVED = "`customers_api.models.Invoice.po_no`: public object was removed"
ANNOTATION = "`customers_api._generated.models.Invoice.total`: `float` -> `float | None`"


def make_repo(
    root: Path,
    unreleased: str,
    *,
    last: str | None = "1.4.2",
    version: str | None = None,
    init: str | None = None,
    releases: str = "",
) -> Path:
    version = version or last or "0.1.0"
    (root / "customers_api").mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(
        f'[build-system]\nrequires = ["hatchling"]\n\n[project]\nname = "customers-api"\n'
        f'version = "{version}"\n\n[tool.other]\nversion = "9.9.9"\n'
    )
    (root / "customers_api" / "_version.py").write_text(
        f'"""SDK."""\n\n__version__ = "{init or version}"\n'
    )
    (root / "openapi.json").write_text(json.dumps({"info": {"version": "2026.11.02"}}))
    log = "# Changelog\n\nIntro.\n\n## Unreleased\n\n" + unreleased
    if last is not None:
        log += f"\n## {last} (2026-10-01), spec 2026.10.16\n\n- Earlier.\n"
    (root / "CHANGELOG.md").write_text(log + releases)
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in root.rglob("*") if p.is_file()}


# fmt: off
# (case, latest release, Unreleased, expected level, expected next version)
BUMPS = [
    ("1.x spec BREAKING", "1.4.2", regen(spec_section((REMOVED,), (ADDED,)), griffe_section()), Level.MAJOR, "2.0.0"),
    ("0.x spec BREAKING", "0.3.1", regen(spec_section((REMOVED,)), griffe_section()), Level.MAJOR, "0.4.0"),
    ("1.x griffe-only BREAKING", "1.4.2", regen(spec_section(other=(ADDED,)), griffe_section((GRIFFE_REMOVED,))), Level.MAJOR, "2.0.0"),
    ("0.x griffe-only BREAKING", "0.3.1", regen(spec_section(), griffe_section((GRIFFE_REMOVED,))), Level.MAJOR, "0.4.0"),
    ("1.x spec additions", "1.4.2", regen(spec_section(other=(ADDED,)), griffe_section()), Level.MINOR, "1.5.0"),
    ("0.x spec additions", "0.3.1", regen(spec_section(other=(ADDED,)), griffe_section()), Level.MINOR, "0.3.2"),
    ("1.x annotation change only", "1.4.2", regen(spec_section(), griffe_section(annotations=(ANNOTATION,))), Level.MINOR, "1.5.0"),
    ("1.x template fix", "1.4.2", regen(spec_section(), griffe_section()), Level.PATCH, "1.4.3"),
    ("0.x template fix", "0.3.1", regen(spec_section(), griffe_section()), Level.PATCH, "0.3.2"),
    ("1.x handwritten BREAKING", "1.4.2", "- **BREAKING** `retry_writes` is keyword-only.\n- A helper.\n", Level.MAJOR, "2.0.0"),
    ("0.x handwritten BREAKING", "0.3.1", "- **BREAKING** `retry_writes` is keyword-only.\n", Level.MAJOR, "0.4.0"),
    ("1.x handwritten BREAKING sub-bullet", "1.4.2", "- Rate limits:\n  - **BREAKING** `concurrency=` is gone.\n", Level.MAJOR, "2.0.0"),
    ("a wrapped line is no marker", "1.4.2", "- The plan reads the\n  **BREAKING** lines.\n", Level.MINOR, "1.5.0"),
    ("a BREAKING paragraph", "1.4.2", "**BREAKING**: `x` is gone.\n", Level.MAJOR, "2.0.0"),
    ("1.x handwritten feature", "1.4.2", "- `Page.all()` reads every page.\n- **Fix** a retry.\n", Level.MINOR, "1.5.0"),
    ("0.x handwritten feature", "0.3.1", "- `Page.all()` reads every page.\n", Level.MINOR, "0.3.2"),
    ("1.x handwritten fix and docs", "1.4.2", "- **Fix** a 429 slept.\n- **Docs**: README typo.\n", Level.PATCH, "1.4.3"),
    ("0.x handwritten fix", "0.3.1", "- **Fixed** a 429 slept.\n", Level.PATCH, "0.3.2"),
    ("fix above a breaking entry", "1.4.2", "- **Fix** a typo.\n\n" + regen(spec_section((REMOVED,)), griffe_section()), Level.MAJOR, "2.0.0"),
    ("fix above an additive entry", "1.4.2", "- **Fix** a typo.\n\n" + regen(spec_section(other=(ADDED,)), griffe_section()), Level.MINOR, "1.5.0"),
    ("friendly surface BREAKING", "1.4.2", regen(spec_section(), griffe_section() + "\n#### Friendly surface (`codegen/aliases.yaml`)\n\n##### Breaking: friendly methods removed\n\n- **BREAKING** `client.tags.get` removed\n"), Level.MAJOR, "2.0.0"),
    ("BREAKING in a code fence is an example", "1.4.2", "- **Fix** docs:\n\n```markdown\n- **BREAKING** x\n## 9.9.9 (2000-01-01)\n```\n", Level.PATCH, "1.4.3"),
    ("minor rolls 1.9.9", "1.9.9", "- A helper.\n", Level.MINOR, "1.10.0"),
    ("0.x breaking rolls 0.9.3", "0.9.3", "- **BREAKING** x\n", Level.MAJOR, "0.10.0"),
    ("1.x empty Unreleased", "1.4.2", "", None, None),
    ("0.x empty Unreleased", "0.3.1", "\n\n", None, None),
]
# fmt: on


@pytest.mark.parametrize(
    ("last", "unreleased", "level", "expected"), [c[1:] for c in BUMPS], ids=[c[0] for c in BUMPS]
)
def test_bump_table(
    tmp_path: Path, last: str, unreleased: str, level: Level | None, expected: str | None
) -> None:
    plan = make_plan(make_repo(tmp_path, unreleased, last=last))
    assert plan.level is level
    assert (str(plan.next) if plan.next else None) == expected
    assert plan.problems == []


def test_entries_from_the_real_renderers(tmp_path: Path) -> None:
    """The spec summary and griffe's section as codegen renders them, through changelog.py."""
    from codegen import api_diff, changelog
    from codegen.changes import render, summarize

    def spec(**props: object) -> dict[str, object]:
        schema = {"type": "object", "properties": props}
        body = {"schema": {"$ref": "#/components/schemas/Customer"}}
        ok = {"description": "ok", "content": {"application/json": body}}
        return {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {"/c": {"get": {"operationId": "c", "responses": {"200": ok}}}},
            "components": {"schemas": {"Customer": schema}},
        }

    old = spec(a={"type": "string"})
    path = make_repo(tmp_path, "", last="1.4.2") / "CHANGELOG.md"
    added = render(summarize(old, spec(a={"type": "string"}, b={"type": "string"})))
    changelog.add_entry(
        path, added + "\n" + api_diff.render(api_diff.ApiDiff()), spec_version="2", date="d"
    )
    assert str(make_plan(tmp_path).next) == "1.5.0"
    griffe_only = (
        render(summarize(old, old))
        + "\n"
        + api_diff.render(api_diff.ApiDiff(public=[GRIFFE_REMOVED]))
    )
    changelog.add_entry(path, griffe_only, spec_version="3", date="d")
    assert str(make_plan(tmp_path).next) == "2.0.0"
    removed = render(summarize(old, spec()))
    assert "**BREAKING**" in removed
    found = changes(removed.replace("## ", "#### ").splitlines())
    assert [c.level for c in found] == [Level.MAJOR]


def test_changelog_py_keeps_handwritten_bullets_above_entries(tmp_path: Path) -> None:
    """A regeneration's entry goes below the handwritten bullets, which stay handwritten."""
    from codegen import changelog

    make_repo(tmp_path, "- **Fix** a retry.\n- **BREAKING** `x` removed.\n", last="1.4.2")
    changelog.add_entry(
        tmp_path / "CHANGELOG.md", "No changes to the API spec.\n", spec_version="2", date="d"
    )
    text = (tmp_path / "CHANGELOG.md").read_text()
    assert text.index("- **Fix** a retry.") < text.index("### Regenerated from spec 2 (d)")
    found = make_plan(tmp_path).unreleased
    assert [(c.origin, c.level) for c in found] == [
        ("handwritten", Level.PATCH),
        ("handwritten", Level.MAJOR),
        ("Regenerated from spec 2 (d)", Level.PATCH),
    ]


def test_plan_says_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    unreleased = "- **Fix** a retry.\n\n" + regen(
        spec_section((REMOVED,)), griffe_section((GRIFFE_REMOVED,))
    )
    assert main(["--root", str(make_repo(tmp_path, unreleased, last="0.3.1")), "plan"]) == 0
    out = capsys.readouterr().out
    assert (
        out.splitlines()[0]
        == "next release: 0.4.0 (latest release 0.3.1; pyproject.toml says 0.3.1)"
    )
    assert (
        "Regenerated from spec 2026.11.02 (2026-11-03): 2 BREAKING (API spec changes: 1, Python API check: 1) -> breaking"
        in out
    )
    assert "handwritten: 1 change(s): 0 **BREAKING**, 0 addition(s) (unmarked), 1 fix(es)" in out
    assert "0.x: a breaking change bumps the minor version -> 0.4.0" in out


def test_first_release_is_the_version_pyproject_sets(tmp_path: Path) -> None:
    plan = make_plan(make_repo(tmp_path, "- **BREAKING** x\n", last=None, version="0.1.0"))
    assert (plan.level, plan.next, plan.problems) == (Level.MAJOR, Version(0, 1, 0), [])


# -- --check: a version set lower than the CHANGELOG requires ---------------------------------

# fmt: off
CHECKS = [
    # (case, last, pyproject, __version__, Unreleased, extra releases below, problem or None)
    ("between releases: nothing claimed yet", "1.4.2", "1.4.2", None, "- **BREAKING** x\n", "", None),
    ("set ahead, enough", "1.4.2", "2.0.0", None, "- **BREAKING** x\n", "", None),
    ("set ahead, too low for BREAKING", "1.4.2", "1.5.0", None, "- **BREAKING** x\n", "", "pyproject.toml says 1.5.0, but Unreleased (breaking) requires at least 2.0.0 after 1.4.2"),
    ("0.x set ahead, too low", "0.3.1", "0.3.2", None, regen(spec_section((REMOVED,)), griffe_section()), "", "requires at least 0.4.0 after 0.3.1"),
    ("set ahead with nothing unreleased", "1.4.2", "1.4.3", None, "", "", "latest release is 1.4.2 and '## Unreleased' is empty"),
    ("below the latest release", "1.4.2", "1.4.1", None, "", "", "pyproject.toml says 1.4.1, below the latest release 1.4.2"),
    ("__version__ disagrees", "1.4.2", "1.4.2", "1.4.0", "", "", "customers_api/_version.py says 1.4.0, pyproject.toml says 1.4.2"),
    ("a release bumped too little", "1.4.3", "1.4.3", None, "", "\n## 1.4.2 (2026-09-01)\n\n- Older.\n", "CHANGELOG.md:8: release 1.4.3 has additions, so it must be at least 1.5.0 after 1.4.2"),
    ("a release bumped enough", "1.5.0", "1.5.0", None, "", "\n## 1.4.2 (2026-09-01)\n\n- Older.\n", None),
]
# fmt: on


@pytest.mark.parametrize(
    ("last", "version", "init", "unreleased", "older", "problem"),
    [c[1:] for c in CHECKS],
    ids=[c[0] for c in CHECKS],
)
def test_check(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    last: str,
    version: str,
    init: str | None,
    unreleased: str,
    older: str,
    problem: str | None,
) -> None:
    make_repo(tmp_path, unreleased, last=last, version=version, init=init, releases=older)
    code = main(["--root", str(tmp_path), "plan", "--check"])
    out = capsys.readouterr().out
    assert code == (0 if problem is None else 1), out
    assert (problem or "problem:") in out if problem else "problem:" not in out


def test_check_catches_a_release_section_bumped_too_little(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`## 1.4.3` holds a BREAKING change after 1.4.2: the tag workflow must not publish it."""
    log = "# Changelog\n\n## Unreleased\n\n## 1.4.3 (2026-10-02)\n\n- **BREAKING** x\n\n## 1.4.2 (2026-10-01)\n\n- y\n"
    make_repo(tmp_path, "", last="1.4.3")
    (tmp_path / "CHANGELOG.md").write_text(log)
    assert main(["--root", str(tmp_path), "plan", "--check"]) == 1
    assert (
        "CHANGELOG.md:5: release 1.4.3 has breaking, so it must be at least 2.0.0 after 1.4.2"
        in capsys.readouterr().out
    )
    with pytest.raises(ReleaseError, match=r"at least 2\.0\.0"):
        check_tag(tmp_path, "v1.4.3")


def test_todays_changelog_plans_without_problems() -> None:
    """The repository's own CHANGELOG.md reads (what `make release-check` runs in CI)."""
    plan = make_plan(ROOT)
    assert plan.problems == [] and plan.next is not None


# -- malformed input: a typed error naming what is wrong ------------------------------------

# fmt: off
MALFORMED = [
    ("## v1.2.0 (2026-01-01)\n", "CHANGELOG.md:13: 'v1.2.0' is not a version MAJOR.MINOR.PATCH"),
    ("## 1.2.0\n", "is neither '## Unreleased' nor a release heading"),
    ("## 1.2 (2026-01-01)\n", "'1.2' is not a version MAJOR.MINOR.PATCH"),
    ("## 1.4.2 (2026-01-01)\n", "release 1.4.2 is below 1.4.2: releases go newest first"),
    ("## 1.5.0 (2026-01-01)\n", "release 1.5.0 is below 1.4.2"),
    ("## Unreleased\n", "a second '## Unreleased'"),
]
# fmt: on


@pytest.mark.parametrize(("extra", "message"), MALFORMED)
def test_malformed_changelog(tmp_path: Path, extra: str, message: str) -> None:
    make_repo(tmp_path, "- x\n", releases=f"\n{extra}")
    with pytest.raises(ReleaseError, match=message.replace("(", r"\(").replace(")", r"\)")):
        make_plan(tmp_path)


def test_unreleased_below_a_release(tmp_path: Path) -> None:
    with pytest.raises(ReleaseError, match=r"CHANGELOG.md:3: '## Unreleased' is below a release"):
        sections("# C\n## 1.0.0 (2026-01-01)\n## Unreleased\n")


# fmt: off
BAD_PYPROJECT = [
    ('[project]\nname = "x"\nversion = "1.2"\n', r"pyproject.toml \[project\] version: '1.2' is not a version"),
    ('[project]\nname = "x"\n', r"pyproject.toml: no \[project\] version"),
    ("[project\n", "pyproject.toml: not valid TOML"),
]
# fmt: on


@pytest.mark.parametrize(("pyproject", "message"), BAD_PYPROJECT)
def test_malformed_pyproject(tmp_path: Path, pyproject: str, message: str) -> None:
    make_repo(tmp_path, "- x\n")
    (tmp_path / "pyproject.toml").write_text(pyproject)
    with pytest.raises(ReleaseError, match=message):
        make_plan(tmp_path)


def test_missing_version_line_in_init(tmp_path: Path) -> None:
    make_repo(tmp_path, "- x\n")
    (tmp_path / "customers_api" / "_version.py").write_text("VERSION = '1.4.2'\n")
    with pytest.raises(
        ReleaseError,
        match=r'customers_api/_version.py: expected one line `__version__ = "X.Y.Z"`, found 0',
    ):
        make_plan(tmp_path)


# -- apply --------------------------------------------------------------------------------


def test_apply_writes_the_version_everywhere_and_dates_the_entry(tmp_path: Path) -> None:
    unreleased = "- **Fix** a retry.\n\n" + regen(spec_section(other=(ADDED,)), griffe_section())
    make_repo(tmp_path, unreleased, last="1.4.2")
    assert main(["--root", str(tmp_path), "apply", "--date", "2026-11-04"]) == 0
    pyproject = (tmp_path / "pyproject.toml").read_text()
    assert (
        'version = "1.5.0"' in pyproject and 'version = "9.9.9"' in pyproject
    )  # [tool.other] kept
    assert '__version__ = "1.5.0"' in (tmp_path / "customers_api" / "_version.py").read_text()
    log = (tmp_path / "CHANGELOG.md").read_text()
    assert (
        "## Unreleased\n\n## 1.5.0 (2026-11-04), spec 2026.11.02\n\n- **Fix** a retry.\n\n### Regenerated"
        in log
    )
    assert notes(tmp_path, Version(1, 5, 0)).startswith(
        "- **Fix** a retry.\n\n### Regenerated from spec"
    )
    assert check_tag(tmp_path, "v1.5.0") == Version(1, 5, 0)
    plan = make_plan(tmp_path)
    assert (plan.next, plan.last, plan.problems) == (None, Version(1, 5, 0), [])
    assert not list(tmp_path.rglob(".*.*"))  # no temporary file left behind


def test_apply_first_release_and_chosen_1_0_0(tmp_path: Path) -> None:
    make_repo(tmp_path, "- x\n", last=None, version="0.1.0")
    assert apply(tmp_path, today="2026-11-04") == Version(0, 1, 0)
    assert (
        "## 0.1.0 (2026-11-04), spec 2026.11.02\n\n- x\n" in (tmp_path / "CHANGELOG.md").read_text()
    )
    (tmp_path / "CHANGELOG.md").write_text(
        (tmp_path / "CHANGELOG.md")
        .read_text()
        .replace("## Unreleased\n", "## Unreleased\n\n- **BREAKING** y\n")
    )
    assert apply(tmp_path, version=Version(1, 0, 0), today="2026-12-01") == Version(1, 0, 0)
    assert make_plan(tmp_path).last == Version(1, 0, 0)


# fmt: off
REFUSED = [
    ("", [], "'## Unreleased' is empty: nothing to release"),
    ("- **BREAKING** x\n", ["--version", "1.5.0"], "version 1.5.0 is below 2.0.0, which '## Unreleased' requires after 1.4.2"),
    ("- x\n", ["--version", "1.5"], "--version: '1.5' is not a version"),
    ("- x\n", ["--date", "20261104"], "date '20261104' is not YYYY-MM-DD"),
    ("- x\n", ["--date", "2026-02-30"], "date '2026-02-30' is not a date"),
]
# fmt: on


@pytest.mark.parametrize(("unreleased", "args", "message"), REFUSED)
def test_apply_refuses_and_writes_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    unreleased: str,
    args: list[str],
    message: str,
) -> None:
    make_repo(tmp_path, unreleased)
    before = snapshot(tmp_path)
    assert main(["--root", str(tmp_path), "apply", *args]) == 1
    assert message in capsys.readouterr().err
    assert snapshot(tmp_path) == before


def test_apply_refuses_a_spec_without_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_repo(tmp_path, "- x\n")
    (tmp_path / "openapi.json").write_text("{}")
    before = snapshot(tmp_path)
    assert main(["--root", str(tmp_path), "apply"]) == 1
    assert "openapi.json: no info.version" in capsys.readouterr().err
    assert snapshot(tmp_path) == before


# -- the release workflow's gate: `python -m scripts.release tag "$GITHUB_REF_NAME"` ---------


def run_tag(root: Path, tag: str) -> subprocess.CompletedProcess[str]:
    """Exactly the workflow's command (with --root), as a subprocess."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "scripts.release", "--root", str(root), "tag", tag],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=60,
        check=False,
    )


def released_repo(root: Path) -> Path:
    make_repo(root, "", last="1.5.0", releases="\n## 1.4.2 (2026-09-01)\n\n- Older.\n")
    return root


def test_tag_matching_the_version_passes(tmp_path: Path) -> None:
    done = run_tag(released_repo(tmp_path), "v1.5.0")
    assert (done.returncode, done.stdout) == (0, "tag v1.5.0 matches customers-api 1.5.0\n")


# fmt: off
BAD_TAGS = [
    ("v1.5.1", "tag v1.5.1 does not match pyproject.toml's version 1.5.0"),
    ("v1.4.2", "tag v1.4.2 does not match pyproject.toml's version 1.5.0"),
    ("1.5.0", "tag '1.5.0' does not start with 'v'"),
    ("v1.5", "tag 'v1.5': '1.5' is not a version"),
    ("v1.5.0rc1", "is not a version MAJOR.MINOR.PATCH"),
]
# fmt: on


@pytest.mark.parametrize(("tag", "message"), BAD_TAGS)
def test_tag_mismatch_fails(tmp_path: Path, tag: str, message: str) -> None:
    done = run_tag(released_repo(tmp_path), tag)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("release: tag ") and message in done.stderr


def test_tag_needs_the_release_entry(tmp_path: Path) -> None:
    """pyproject bumped by hand, CHANGELOG not dated: no release notes to publish."""
    make_repo(tmp_path, "- x\n", last="1.4.2", version="1.5.0")
    done = run_tag(tmp_path, "v1.5.0")
    assert done.returncode == 1
    assert "CHANGELOG.md has no '## 1.5.0 (YYYY-MM-DD)' as its latest release" in done.stderr


def test_tag_refuses_unreleased_changes(tmp_path: Path) -> None:
    released_repo(tmp_path)
    log = (
        (tmp_path / "CHANGELOG.md")
        .read_text()
        .replace("## Unreleased\n", "## Unreleased\n\n- **Fix** late.\n")
    )
    (tmp_path / "CHANGELOG.md").write_text(log)
    done = run_tag(tmp_path, "v1.5.0")
    assert done.returncode == 1 and "1 change(s) under '## Unreleased'" in done.stderr


def test_notes_of_a_missing_release(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(released_repo(tmp_path)), "notes", "1.4.2"]) == 0
    assert capsys.readouterr().out == "- Older.\n"
    assert main(["--root", str(tmp_path), "notes", "1.3.0"]) == 1
    assert "CHANGELOG.md: no release 1.3.0" in capsys.readouterr().err
