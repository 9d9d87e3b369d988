"""The regenerate workflow: every action pinned by commit, oasdiff a second opinion only."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "regenerate.yml"


def steps() -> list[dict[str, Any]]:
    workflow = yaml.safe_load(WORKFLOW.read_text())
    return [s for job in workflow["jobs"].values() for s in job.get("steps", [])]


def test_oasdiff_is_pinned_by_a_full_commit_and_never_fails_the_job() -> None:
    (step,) = [s for s in steps() if "oasdiff/oasdiff-action" in str(s.get("uses", ""))]
    action, _, ref = step["uses"].partition("@")
    assert action == "oasdiff/oasdiff-action/breaking"
    assert re.fullmatch(r"[0-9a-f]{40}", ref), "pin the action by its full commit SHA"
    assert step["continue-on-error"] is True
    options = step["with"]
    assert options["review"] == "false" and options["github-token"] == ""  # nothing uploaded
    assert options.get("fail-on", "") == ""
    assert options["revision"] == "openapi.json"
    (keep,) = [s for s in steps() if "oasdiff-base.json" in str(s.get("run", ""))]
    assert "git show HEAD:openapi.json" in keep["run"]
    assert options["base"] == "oasdiff-base.json"


def test_the_title_counts_codegen_s_breaking_lines_and_oasdiff_only_adds_to_the_body() -> None:
    (body,) = [s for s in steps() if s.get("id") == "body"]
    script = body["run"]
    assert "sed -n 's/^## API spec changes" in script and "spec-changes.md" in script
    assert script.index("cat spec-changes.md") < script.index("oasdiff-breaking.txt")
    assert "oasdiff" not in script.split("title=")[1]  # the title is codegen's count
    (changelog,) = [s for s in steps() if "codegen.changelog" in str(s.get("run", ""))]
    assert "oasdiff" not in changelog["run"]
