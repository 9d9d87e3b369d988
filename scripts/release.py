"""Plan, check and apply a release from CHANGELOG.md's ``## Unreleased`` (docs/RELEASING.md).

    python -m scripts.release plan            # the next version and why
    python -m scripts.release plan --check    # ... and fail if a version set is too low
    python -m scripts.release apply           # bump the version, date the CHANGELOG entry
    python -m scripts.release tag v1.2.3      # the release workflow's first step
    python -m scripts.release notes 1.2.3     # a release's CHANGELOG entry (the release body)

The version lives in ``pyproject.toml`` and ``customers_api/_version.py`` (``__version__``);
both must agree. Files are rewritten through a temporary file and ``os.replace``, all three
prepared before any is replaced.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from scripts.changelog_md import (
    UNRELEASED,
    Change,
    Level,
    ReleaseError,
    Section,
    Version,
    changes,
    level_of,
    releases,
    sections,
)

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = "pyproject.toml"
INIT = "customers_api/_version.py"
CHANGELOG = "CHANGELOG.md"
SPEC = "openapi.json"
INIT_VERSION = re.compile(r'^__version__ = "([^"]*)"$', re.MULTILINE)
KIND = {Level.MAJOR: "breaking", Level.MINOR: "additions", Level.PATCH: "fixes only"}


def _read(root: Path, name: str) -> str:
    try:
        return (root / name).read_text(encoding="utf-8")
    except OSError as exc:
        raise ReleaseError(f"{name}: cannot read: {exc.strerror or exc}") from exc


def pyproject_version(text: str) -> Version:
    try:
        version = tomllib.loads(text).get("project", {}).get("version")
    except tomllib.TOMLDecodeError as exc:
        raise ReleaseError(f"{PYPROJECT}: not valid TOML: {exc}") from exc
    if not isinstance(version, str):
        raise ReleaseError(f"{PYPROJECT}: no [project] version")
    return Version.parse(version, f"{PYPROJECT} [project] version")


def init_version(text: str) -> Version:
    found = INIT_VERSION.findall(text)
    if len(found) != 1:
        raise ReleaseError(f'{INIT}: expected one line `__version__ = "X.Y.Z"`, found {len(found)}')
    return Version.parse(found[0], f"{INIT} __version__")


@dataclass
class Plan:
    """What the CHANGELOG asks for, against the version the project sets."""

    current: Version  # pyproject.toml (== __version__)
    last: Version | None  # the newest release in CHANGELOG.md
    unreleased: list[Change]
    level: Level | None
    required: Version | None = None  # the lowest version Unreleased allows (None: any)
    next: Version | None = None  # None: nothing to release
    why: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what --check fails on

    def render(self) -> str:
        since = f"latest release {self.last}" if self.last else "the first release"
        head = (
            f"next release: {self.next} ({since}; {PYPROJECT} says {self.current})"
            if self.next is not None
            else f"nothing to release: '## {UNRELEASED}' lists no change ({PYPROJECT} says "
            f"{self.current})"
        )
        lines = [head, *(["why:"] if self.why else []), *(f"  - {w}" for w in self.why)]
        lines += [f"problem: {p}" for p in self.problems]
        return "\n".join(lines)


def _describe(found: list[Change]) -> list[str]:
    """One line per regeneration entry and one for the handwritten changes."""
    out = []
    entries: dict[str, list[Change]] = {}
    for change in found:
        if change.origin != "handwritten":
            entries.setdefault(change.origin, []).append(change)
    for origin, items in entries.items():
        breaking = [c for c in items if c.level is Level.MAJOR]
        listed = [c for c in items if c.level is not Level.PATCH]
        if breaking:
            checks: dict[str, int] = {}
            for c in breaking:
                checks[c.check or "entry"] = checks.get(c.check or "entry", 0) + 1
            by_check = ", ".join(f"{k}: {n}" for k, n in checks.items())
            out.append(f"{origin}: {len(breaking)} BREAKING ({by_check}) -> breaking")
        elif listed:
            out.append(f"{origin}: {len(listed)} API-visible change(s), none BREAKING -> additions")
        else:
            out.append(f"{origin}: no API-visible change listed -> fix")
    hand = [c for c in found if c.origin == "handwritten"]
    if hand:
        n = {level: sum(c.level is level for c in hand) for level in Level}
        out.append(
            f"handwritten: {len(hand)} change(s): {n[Level.MAJOR]} **BREAKING**, "
            f"{n[Level.MINOR]} addition(s) (unmarked), {n[Level.PATCH]} fix(es) "
            f"(**Fix**/**Fixed**/**Docs**) -> {KIND[max(c.level for c in hand)]}"
        )
    return out


def _rule(last: Version, level: Level) -> str:
    if last.major == 0:
        if level is Level.MAJOR:
            return "0.x: a breaking change bumps the minor version"
        return "0.x: anything but a breaking change bumps the patch version"
    return {Level.MAJOR: "major", Level.MINOR: "minor", Level.PATCH: "patch"}[level] + " bump"


def make_plan(root: Path) -> Plan:
    """Read the version and CHANGELOG.md and decide; `problems` lists what --check fails on."""
    current = pyproject_version(_read(root, PYPROJECT))
    in_init = init_version(_read(root, INIT))
    heads = sections(_read(root, CHANGELOG), CHANGELOG)
    unreleased = next((s for s in heads if s.version is None), None)
    released = releases(heads)
    found = changes(unreleased.body) if unreleased else []
    level = level_of(found)
    last = released[0][1] if released else None
    plan = Plan(current, last, found, level, why=_describe(found))
    if in_init != current:
        plan.problems.append(f"{INIT} says {in_init}, {PYPROJECT} says {current}")
    if released:
        _check_release(plan, released)
    if level is None:
        return plan
    if last is None:
        plan.next = current
        plan.why.append(
            f"{CHANGELOG} has no release yet: the first release is the version "
            f"{PYPROJECT} sets, {current} (nothing earlier to bump from)"
        )
        return plan
    plan.required = plan.next = last.bump(level)
    plan.why.append(f"after {last}, {KIND[level]}: {_rule(last, level)} -> {plan.required}")
    if current > last:  # the version was set ahead of `make release`
        if current < plan.required:
            plan.problems.append(
                f"{PYPROJECT} says {current}, but Unreleased ({KIND[level]}) requires "
                f"at least {plan.required} after {last}"
            )
        else:
            plan.next = current
            plan.why.append(f"{PYPROJECT} already says {current} (>= {plan.required}): kept")
    return plan


def _check_release(plan: Plan, released: list[tuple[Section, Version]]) -> None:
    """The newest release: not above the project's version, and bumped enough."""
    newest, version = released[0]
    if plan.current < version:
        plan.problems.append(
            f"{PYPROJECT} says {plan.current}, below the latest release {version} in {CHANGELOG}"
        )
    if len(released) > 1:
        previous = released[1][1]
        level = level_of(changes(newest.body))
        if level is not None and version < previous.bump(level):
            plan.problems.append(
                f"{CHANGELOG}:{newest.line}: release {version} has {KIND[level]}, "
                f"so it must be at least {previous.bump(level)} after {previous}"
            )
    if plan.current > version and plan.level is None:
        plan.problems.append(
            f"{PYPROJECT} says {plan.current}, but {CHANGELOG}'s latest release is "
            f"{version} and '## {UNRELEASED}' is empty"
        )


def _replace_version(text: str, new: Version) -> str:
    """pyproject.toml with [project] version set to `new` (checked by reading it back)."""
    table = re.search(r"^\[project\]\s*$", text, re.MULTILINE)
    if table is None:
        raise ReleaseError(f"{PYPROJECT}: no [project] table")
    line = re.compile(r'^version\s*=\s*"[^"]*"[ \t]*$', re.MULTILINE)
    end = re.compile(r"^\[", re.MULTILINE).search(text, table.end())
    match = line.search(text, table.end(), end.start() if end else len(text))
    if match is None:
        raise ReleaseError(f'{PYPROJECT}: no `version = "..."` line in [project]')
    out = text[: match.start()] + f'version = "{new}"' + text[match.end() :]
    if pyproject_version(out) != new:
        raise ReleaseError(f"{PYPROJECT}: the version could not be set to {new}")
    return out


def _spec_version(root: Path) -> str:
    try:
        version = json.loads(_read(root, SPEC))["info"]["version"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ReleaseError(f"{SPEC}: no info.version ({type(exc).__name__}: {exc})") from exc
    return str(version)


def apply(root: Path, *, version: Version | None = None, today: str | None = None) -> Version:
    """Set the version, date the Unreleased entry, open a fresh Unreleased. Returns it."""
    plan = make_plan(root)
    if plan.next is None:
        raise ReleaseError(f"{CHANGELOG}: '## {UNRELEASED}' is empty: nothing to release")
    if plan.problems:
        raise ReleaseError("; ".join(plan.problems))
    target = plan.next if version is None else version
    if plan.required is not None and target < plan.required:
        raise ReleaseError(
            f"version {target} is below {plan.required}, which '## {UNRELEASED}' requires "
            f"after {plan.last}"
        )
    day = today or date.today().isoformat()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        raise ReleaseError(f"date {day!r} is not YYYY-MM-DD")
    try:
        date.fromisoformat(day)
    except ValueError as exc:
        raise ReleaseError(f"date {day!r} is not a date: {exc}") from exc
    heading = f"## {target} ({day}), spec {_spec_version(root)}"
    lines = _read(root, CHANGELOG).splitlines(keepends=True)
    at = next((s.line for s in sections("".join(lines)) if s.version is None), None)
    if at is None:
        raise ReleaseError(f"{CHANGELOG}: no '## {UNRELEASED}' section")
    lines[at - 1] = f"## {UNRELEASED}\n\n{heading}\n"
    log = "".join(lines)
    if releases(sections(log, CHANGELOG))[0][1] != target:  # the new heading reads back
        raise ReleaseError(f"{CHANGELOG}: {heading!r} does not read back as release {target}")
    init = INIT_VERSION.sub(f'__version__ = "{target}"', _read(root, INIT))
    write_all(
        root,
        {
            PYPROJECT: _replace_version(_read(root, PYPROJECT), target),
            INIT: init,
            CHANGELOG: log,
        },
    )
    return target


def write_all(root: Path, files: dict[str, str]) -> None:
    """Stage every file next to its target, then replace them: nothing half-written."""
    staged: list[tuple[str, Path]] = []
    try:
        for name, text in files.items():
            target = root / name
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
            os.chmod(tmp, target.stat().st_mode & 0o777)
            staged.append((tmp, target))
        for tmp, target in staged:
            os.replace(tmp, target)
    finally:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)


def check_tag(root: Path, tag: str) -> Version:
    """The release workflow's gate: `tag` is v<the version>, described and consistent."""
    if not tag.startswith("v"):
        raise ReleaseError(f"tag {tag!r} does not start with 'v' (expected v<version>)")
    tagged = Version.parse(tag[1:], f"tag {tag!r}")
    plan = make_plan(root)
    if tagged != plan.current:
        raise ReleaseError(f"tag {tag} does not match {PYPROJECT}'s version {plan.current}")
    if plan.problems:
        raise ReleaseError("; ".join(plan.problems))
    if plan.last != tagged:
        raise ReleaseError(
            f"{CHANGELOG} has no '## {tagged} (YYYY-MM-DD)' as its latest release: run "
            "`make release` before tagging"
        )
    if plan.unreleased:
        raise ReleaseError(
            f"{CHANGELOG}: {len(plan.unreleased)} change(s) under '## {UNRELEASED}' at the "
            f"tagged commit would ship unlisted in {tagged}: tag the release commit"
        )
    return tagged


def notes(root: Path, version: Version) -> str:
    """The CHANGELOG entry of `version`, without its heading."""
    for section in sections(_read(root, CHANGELOG), CHANGELOG):
        if section.version == version:
            if not section.text:
                raise ReleaseError(f"{CHANGELOG}:{section.line}: release {version} is empty")
            return section.text + "\n"
    raise ReleaseError(f"{CHANGELOG}: no release {version}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.release",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository (default: this)")
    sub = parser.add_subparsers(dest="command", required=True)
    plan_cmd = sub.add_parser("plan", help="print the next version and why")
    plan_cmd.add_argument("--check", action="store_true", help="exit 1 on a version too low")
    apply_cmd = sub.add_parser("apply", help="bump the version and date the CHANGELOG entry")
    apply_cmd.add_argument("--version", help="X.Y.Z, at least the planned one (e.g. 1.0.0)")
    apply_cmd.add_argument("--date", help="the release date (default: today)")
    sub.add_parser("tag", help="check a tag against the version").add_argument("tag")
    sub.add_parser("notes", help="print a release's CHANGELOG entry").add_argument("version")
    args = parser.parse_args(argv)
    root: Path = args.root
    try:
        if args.command == "plan":
            plan = make_plan(root)
            print(plan.render())
            return 1 if args.check and plan.problems else 0
        if args.command == "apply":
            wanted = Version.parse(args.version, "--version") if args.version else None
            done = apply(root, version=wanted, today=args.date)
            print(
                f"released {done} in {PYPROJECT}, {INIT} and {CHANGELOG}: commit, then tag v{done}"
            )
        elif args.command == "tag":
            print(f"tag {args.tag} matches customers-api {check_tag(root, args.tag)}")
        else:
            sys.stdout.write(notes(root, Version.parse(args.version, "version")))
    except ReleaseError as exc:
        print(f"release: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
