"""The release workflow's shape: the tag gate first, one build, OIDC only where it publishes.

What it runs is tested elsewhere: the gate in tests/test_release.py (through the same command),
the wheel checks in tests/test_packaging.py (`CUSTOMERS_API_DIST`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

WORKFLOW = Path(__file__).resolve().parent.parent / ".github" / "workflows" / "release.yml"
TEXT = WORKFLOW.read_text()
DOC: dict[Any, Any] = yaml.safe_load(TEXT)
JOBS: dict[str, dict[str, Any]] = DOC["jobs"]


def test_runs_on_version_tags_only() -> None:
    on = DOC.get("on", DOC.get(True))  # YAML 1.1 reads a bare `on` key as True
    assert on == {"push": {"tags": ["v*"]}}


def test_every_action_is_pinned_to_a_commit() -> None:
    uses = re.findall(r"^\s*(?:- )?uses: (\S+)(.*)$", TEXT, re.MULTILINE)
    assert len(uses) >= 5
    for ref, comment in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", ref), ref
        assert re.fullmatch(r" # v\d+\.\d+\.\d+", comment), (ref, comment)


def test_the_tag_gate_comes_first_and_the_build_happens_once() -> None:
    steps = JOBS["build"]["steps"]
    runs = [s for s in steps if "run" in s]
    assert runs[0]["run"].splitlines()[0] == 'python -m scripts.release tag "$TAG"'
    assert runs[0]["env"] == {"TAG": "${{ github.ref_name }}"}
    assert "python -m build --outdir dist ." in runs[1]["run"]
    assert TEXT.count("python -m build") == 1
    checked = runs[2]
    assert checked["env"] == {"CUSTOMERS_API_DIST": "dist"}
    assert "--noconftest tests/test_packaging.py" in checked["run"]
    assert 'python -m scripts.release notes "$VERSION"' in runs[3]["run"]


def test_only_the_publish_job_can_mint_an_oidc_token() -> None:
    assert DOC["permissions"] == {}
    minting = [name for name, job in JOBS.items() if job["permissions"].get("id-token")]
    assert minting == ["publish"]
    publish = JOBS["publish"]
    assert publish["permissions"] == {"id-token": "write"}
    assert publish["environment"]["name"] == "pypi"
    assert publish["needs"] == "build"
    used = [s["uses"].split("@")[0] for s in publish["steps"]]
    assert used == ["actions/download-artifact", "pypa/gh-action-pypi-publish"]  # no checkout
    assert publish["steps"][-1]["with"] == {"attestations": True}


def test_the_github_release_follows_pypi_with_the_changelog_entry() -> None:
    job = JOBS["github-release"]
    assert job["needs"] == ["build", "publish"]
    assert job["permissions"] == {"contents": "write"}
    run = job["steps"][-1]["run"]
    assert "gh release create" in run
    assert "--notes-file artifacts/release-notes/release-notes.md" in run
