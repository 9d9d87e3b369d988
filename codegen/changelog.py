"""Add a regeneration's change summary to CHANGELOG.md, under "Unreleased".

The summary's headings are demoted so that the entry nests under the release heading:

    ## Unreleased
    ### Regenerated from spec 2026.11.02 (2026-11-03)
    #### API spec changes (4, 3 breaking)
    ...

A release (docs/RELEASING.md) renames "Unreleased" to the version and date.
The regenerate workflow runs, after a regeneration that changed something:

    python -m codegen.changelog CHANGELOG.md spec-changes.md   # --spec openapi.json
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

UNRELEASED = "## Unreleased"
HEADER = "# Changelog\n\nAll notable changes to this SDK. Versioning: see docs/RELEASING.md.\n"


def _demote(markdown: str, levels: int = 2) -> str:
    out = []
    for line in markdown.rstrip("\n").splitlines():
        if line.startswith("#"):
            line = "#" * levels + line
        out.append(line)
    return "\n".join(out)


def _without_overlay(markdown: str) -> str:
    """Drop the overlay's report: review material for the pull request, not a user change."""
    out, skipping = [], False
    for line in markdown.splitlines():
        if line.startswith("## "):
            skipping = line.startswith("## Overlay")
        if not skipping:
            out.append(line)
    return "\n".join(out)


def entry(summary: str, spec_version: str, date: str) -> str:
    body = _demote(_without_overlay(summary))
    return f"### Regenerated from spec {spec_version} ({date})\n\n{body}\n"


def add_entry(path: Path, summary: str, *, spec_version: str, date: str) -> None:
    """Insert the entry under Unreleased (created if missing), below its handwritten bullets."""
    text = path.read_text() if path.exists() else HEADER
    new = entry(summary, spec_version, date)
    handwritten = ""
    if UNRELEASED in text.splitlines():
        head, _, rest = text.partition(UNRELEASED + "\n")
        # handwritten bullets stay on top, above the entries (docs/RELEASING.md): the new
        # entry goes before the first entry, or before the next release
        lines = rest.splitlines(keepends=True)
        at = next((i for i, ln in enumerate(lines) if ln.startswith(("### ", "## "))), len(lines))
        handwritten = "".join(lines[:at]).strip("\n")
        rest = "".join(lines[at:])
    else:
        lines = text.splitlines(keepends=True)
        # after the title block: before the first release heading, or at the end
        at = next((i for i, ln in enumerate(lines) if ln.startswith("## ")), len(lines))
        head = "".join(lines[:at]).rstrip("\n") + "\n\n"
        rest = "".join(lines[at:])
    rest = rest.lstrip("\n")
    top = f"{handwritten}\n\n" if handwritten else ""
    text = f"{head}{UNRELEASED}\n\n{top}{new}" + (f"\n{rest}" if rest else "")
    path.write_text(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.changelog", description=__doc__)
    parser.add_argument("changelog", help="the CHANGELOG.md to add to")
    parser.add_argument("summary", help="the change summary written by `codegen --summary`")
    parser.add_argument("--spec", default="openapi.json", help="for info.version")
    parser.add_argument("--date", default=date.today().isoformat())
    args = parser.parse_args(argv)
    spec = json.loads(Path(args.spec).read_text())
    version = str(spec.get("info", {}).get("version", "unknown"))
    summary = Path(args.summary).read_text()
    add_entry(Path(args.changelog), summary, spec_version=version, date=args.date)
    print(f"{args.changelog}: added the entry for spec {version} under 'Unreleased'")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
