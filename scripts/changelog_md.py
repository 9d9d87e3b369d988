"""Read CHANGELOG.md: its sections, and the version bump each section's changes call for.

The grammar (docs/RELEASING.md, "How the bump is read from it"):

- ``## Unreleased`` (at most one, above every release), then ``## X.Y.Z (YYYY-MM-DD)``
  headings, optionally followed by ``, spec <info.version>``, newest first.
- In a section, handwritten changes are bullets at the top; ``### Regenerated from spec ...``
  entries (written by ``codegen.changelog``) follow. Any other ``###`` heading groups more
  handwritten bullets.
- A bullet (or sub-bullet, or unindented paragraph) starting with ``**BREAKING**`` is
  breaking, wherever it is: a regeneration's spec summary, its Python API check, or a
  handwritten change; a wrapped line that happens to start with it is not.
- Every other bullet of a regeneration entry is an API-visible change (an addition: a new
  operation, field, widened type, or an annotation change griffe does not judge); an entry
  without bullets is a regeneration with no API-visible change. A handwritten bullet
  starting with ``**Fix**``, ``**Fixed**`` or ``**Docs**`` is a fix; any other is counted
  as an addition. Lines in fenced code blocks are not read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import IntEnum


class ReleaseError(Exception):
    """Bad input for a release: the message names the file, the line or value, and why."""


class Level(IntEnum):
    """How much a change bumps the version (docs/RELEASING.md, the table)."""

    PATCH = 1
    MINOR = 2
    MAJOR = 3


@dataclass(frozen=True, order=True)
class Version:
    """``MAJOR.MINOR.PATCH``, the only form this SDK releases."""

    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str, where: str) -> Version:
        match = re.fullmatch(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)", text)
        if match is None:
            raise ReleaseError(f"{where}: {text!r} is not a version MAJOR.MINOR.PATCH")
        return cls(*(int(part) for part in match.groups()))

    def bump(self, level: Level) -> Version:
        """The next version for a release of `level` (while 0.x, one place lower)."""
        if self.major == 0:
            if level is Level.MAJOR:
                return Version(0, self.minor + 1, 0)
            return Version(0, self.minor, self.patch + 1)
        if level is Level.MAJOR:
            return Version(self.major + 1, 0, 0)
        if level is Level.MINOR:
            return Version(self.major, self.minor + 1, 0)
        return Version(self.major, self.minor, self.patch + 1)

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


UNRELEASED = "Unreleased"
RELEASE = re.compile(r"(?P<version>\S+) \((?P<date>\d{4}-\d{2}-\d{2})\)(?:, spec (?P<spec>\S+))?")
HEADING = re.compile(r"(#{1,6})\s+(.*?)\s*")
BULLET = re.compile(r"(\s*)[-*+]\s+(.*)")
FENCE = re.compile(r"\s*(```|~~~)")
BREAKING = "**BREAKING**"
FIX_MARKERS = ("**Fix**", "**Fixed**", "**Docs**")
REGENERATED = "Regenerated from spec "


@dataclass
class Section:
    """One ``##`` section: ``Unreleased`` (version None) or a release."""

    title: str
    line: int  # 1-based, of the heading
    version: Version | None
    body: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.body).strip("\n")


def _unfenced(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(index, line) of the lines outside fenced code blocks."""
    fenced = False
    for i, line in enumerate(lines):
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            yield i, line


def sections(text: str, where: str = "CHANGELOG.md") -> list[Section]:
    """The ``##`` sections, checked: one Unreleased at most, on top; releases newest first."""
    lines = text.splitlines()
    heads: list[Section] = []
    for i, line in _unfenced(lines):
        match = HEADING.fullmatch(line)
        if match is None or len(match.group(1)) != 2:
            continue
        title = match.group(2)
        version = None
        if title != UNRELEASED:
            release = RELEASE.fullmatch(title)
            if release is None:
                raise ReleaseError(
                    f"{where}:{i + 1}: {line!r} is neither '## Unreleased' nor a release "
                    "heading '## X.Y.Z (YYYY-MM-DD)[, spec <version>]'"
                )
            version = Version.parse(release["version"], f"{where}:{i + 1}")
        heads.append(Section(title, i + 1, version))
    bounds = [s.line - 1 for s in heads] + [len(lines)]
    for section, end in zip(heads, bounds[1:], strict=True):
        section.body = lines[section.line : end]
    unreleased = [s for s in heads if s.version is None]
    if len(unreleased) > 1:
        raise ReleaseError(f"{where}:{unreleased[1].line}: a second '## Unreleased'")
    if unreleased and heads[0] is not unreleased[0]:
        raise ReleaseError(f"{where}:{unreleased[0].line}: '## Unreleased' is below a release")
    for (_, new_version), (older, old_version) in itertools.pairwise(releases(heads)):
        if new_version <= old_version:
            raise ReleaseError(
                f"{where}:{older.line}: release {old_version} is below {new_version}: "
                "releases go newest first, each version once"
            )
    return heads


def releases(heads: list[Section]) -> list[tuple[Section, Version]]:
    """The release sections with their versions, newest first."""
    return [(s, s.version) for s in heads if s.version is not None]


@dataclass(frozen=True)
class Change:
    """One change found in a section: a bullet (with its sub-bullets) or a marker line."""

    level: Level
    origin: str  # "handwritten", or the regeneration entry's heading
    check: str  # the entry's #### heading ("API spec changes"), "" for handwritten
    text: str


def _title(heading: str) -> str:
    """``API spec changes (4, 3 breaking)`` -> ``API spec changes``."""
    return re.sub(r"\s*\(.*$", "", heading)


def _handwritten_level(text: str, breaking: bool) -> Level:
    if breaking:
        return Level.MAJOR
    return Level.PATCH if text.startswith(FIX_MARKERS) else Level.MINOR


def changes(body: list[str]) -> list[Change]:
    """Every change in a section body, classified (see the module docstring)."""
    found: list[Change] = []
    origin, check = "handwritten", ""
    entry_changes = 0
    item: list[str] = []  # the open bullet: its first line, then nested lines
    breaking = False

    def close() -> None:
        nonlocal item, breaking
        if item:
            if origin == "handwritten":
                level = _handwritten_level(item[0], breaking)
            else:
                level = Level.MAJOR if breaking else Level.MINOR
            found.append(Change(level, origin, check, item[0]))
        item, breaking = [], False

    def close_entry() -> None:
        close()
        if origin != "handwritten" and entry_changes == 0:
            found.append(Change(Level.PATCH, origin, "", "no API-visible change listed"))

    for _, line in _unfenced(body):
        heading = HEADING.fullmatch(line)
        if heading is not None:
            close()
            depth, title = len(heading.group(1)), heading.group(2)
            if depth <= 3:
                close_entry()
                origin = title if title.startswith(REGENERATED) else "handwritten"
                check, entry_changes = "", 0
            elif depth == 4:
                check = _title(title)
            continue
        bullet = BULLET.fullmatch(line)
        text = (bullet.group(2) if bullet else line).strip()
        marked = text.startswith(BREAKING)
        if bullet is not None and len(bullet.group(1)) < 2:  # a new top-level bullet
            close()
            item, breaking = [text], marked
            entry_changes += 1
        elif item and (line[:1].isspace() or bullet is not None):  # nested in the open one
            item.append(text)
            breaking = breaking or (marked and bullet is not None)  # a sub-bullet, not a wrap
        else:
            close()
            if marked:  # a BREAKING paragraph counts like a bullet
                item, breaking = [text], True
                entry_changes += 1
                close()
    close_entry()
    return found


def level_of(found: list[Change]) -> Level | None:
    """The bump the changes call for; None when there are none."""
    return max((c.level for c in found), default=None)
