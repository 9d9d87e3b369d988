"""Regenerate the SDK from the live spec, a file, or the committed snapshot.

    python -m codegen                      # pull the public spec, regenerate
    python -m codegen --url URL            # pull a spec from URL
    python -m codegen --spec FILE          # use a local spec file
    python -m codegen --check              # fail if the committed code is stale
    python -m codegen --overlay FILE       # another Overlay 1.0 file (default: overlay.yaml)
    python -m codegen --allow-layer-errors # swap in even if the handwritten layer breaks

Nothing on disk changes unless every step succeeds: the spec is fetched and validated, the
committed overlay (codegen/overlay.yaml) is applied, the package and the friendly layer are
generated into a temporary directory, imported and type-checked there with the handwritten
layer, the examples and the benchmarks (mypy), the change summary is written (staged next to
`--summary` and README.md), and only then are `openapi.json` (as pulled), the two packages,
README.md's endpoint table and the summary swapped in, each restored if a later one fails.
A failure prints one line and exits non-zero with the tree untouched. A failure in codegen's
own output (the generated or rendered code) is fatal even with --allow-layer-errors.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from codegen import api_diff, wrappers
from codegen.changes import render, summarize
from codegen.generate import PACKAGE, check_package, differing_files, generate, stage_tree
from codegen.overlay import OVERLAY, effective_spec, load_overlay, render_report
from codegen.spec import SpecError, dump_spec, load_spec, validate_spec

DEFAULT_URL = "https://customers.augur-api.com/openapi.json"
ROOT = Path(__file__).resolve().parent.parent


@contextlib.contextmanager
def swapped(root: Path, spec_text: str, new_package: Path) -> Iterator[None]:
    """Replace openapi.json and the generated package around the block; restore both if
    the swap or the block fails."""
    target = root / "customers_api" / PACKAGE
    backup = target.with_name(PACKAGE + ".old")
    spec_path = root / "openapi.json"
    old_spec = spec_path.with_name(".openapi.json.old")
    staged = spec_path.with_name(".openapi.json.new")
    staged.write_text(spec_text)
    shutil.rmtree(backup, ignore_errors=True)
    staged_pkg = target.with_name(PACKAGE + ".new")
    shutil.rmtree(staged_pkg, ignore_errors=True)
    shutil.copytree(new_package, staged_pkg)  # same filesystem as target, so renames are atomic
    had_old, had_spec = target.exists(), spec_path.exists()
    try:
        if had_old:
            os.replace(target, backup)
        os.replace(staged_pkg, target)
        if had_spec:
            os.replace(spec_path, old_spec)
        os.replace(staged, spec_path)
        yield
    except BaseException:
        if had_old and backup.exists():
            shutil.rmtree(target, ignore_errors=True)
            os.replace(backup, target)
        if had_spec and old_spec.exists():
            os.replace(old_spec, spec_path)
        staged.unlink(missing_ok=True)
        shutil.rmtree(staged_pkg, ignore_errors=True)
        raise
    shutil.rmtree(backup, ignore_errors=True)
    old_spec.unlink(missing_ok=True)


def stage_files(files: list[tuple[Path, str]]) -> list[tuple[Path, Path]]:
    """Write each text next to its target (a hidden `.NAME.new`); nothing is replaced yet.
    A target that cannot be written is a SpecError naming it, before anything changed."""
    staged: list[tuple[Path, Path]] = []
    for target, text in files:
        new = target.with_name(f".{target.name}.new")
        try:
            new.write_text(text)
        except OSError as exc:
            for done, _ in staged:
                done.unlink(missing_ok=True)
            raise SpecError(
                f"cannot write {target} ({exc.strerror}): nothing was changed"
            ) from None
        staged.append((new, target))
    return staged


@contextlib.contextmanager
def replaced(staged: list[tuple[Path, Path]]) -> Iterator[None]:
    """Move each staged file onto its target; put the old ones back if any move fails."""
    done: list[tuple[Path, Path | None]] = []
    try:
        for new, target in staged:
            backup = target.with_name(f".{target.name}.old") if target.exists() else None
            if backup is not None:
                os.replace(target, backup)
            done.append((target, backup))
            os.replace(new, target)
        yield
    except BaseException:
        for target, backup in reversed(done):
            if backup is not None:
                os.replace(backup, target)
            else:
                target.unlink(missing_ok=True)
        raise
    finally:
        for new, _ in staged:
            new.unlink(missing_ok=True)
    for _, backup in done:
        if backup is not None:
            backup.unlink(missing_ok=True)


LAYER_BROKEN = """
## The handwritten layer breaks

- **BREAKING** {problem}

Swapped in with `--allow-layer-errors` so that the change can be reviewed: fix the
handwritten layer on this branch before merging.
"""


def _committed_effective(path: Path, overlay: dict[str, Any]) -> dict[str, Any]:
    """The committed spec as the generator read it (empty when there is none yet)."""
    if not path.exists():
        return {}
    try:
        return effective_spec(json.loads(path.read_text()), overlay)[0]
    except (ValueError, SpecError):
        return {}  # an unreadable old spec: everything shows as added


def run(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve()
    committed_spec_path = root / "openapi.json"
    overlay = load_overlay(Path(args.overlay))
    if args.check:
        spec = load_spec(path=str(committed_spec_path))
    elif args.spec:
        spec = load_spec(path=args.spec)
    else:
        spec = load_spec(url=args.url)
    effective, report = effective_spec(spec, overlay)
    validate_spec(effective, f"the spec with {args.overlay} applied")
    table = wrappers.load_table()
    with tempfile.TemporaryDirectory(prefix="customers-api-codegen-") as tmp:
        package = generate(effective, Path(tmp))
        current = root / "customers_api" / PACKAGE
        stale = differing_files(current, package)
        rendered = wrappers.render(effective, package, Path(tmp))  # the friendly layer
        current_rendered = root / "customers_api" / wrappers.OUTPUT
        stale += [f"../{wrappers.OUTPUT}/{n}" for n in differing_files(current_rendered, rendered)]
        readme = root / "README.md"
        new_readme = None
        if readme.exists():
            text = readme.read_text()
            new_readme = wrappers.readme_with_table(text, effective, table)
            if new_readme != text:
                stale.append("../../README.md")  # its endpoint table: the spec's operations
            else:
                new_readme = None
        if args.check:
            normalized = dump_spec(spec) == committed_spec_path.read_text()
            if stale or not normalized:
                print("generated code is stale; run `make regen-local`:", file=sys.stderr)
                if not normalized:
                    print("  openapi.json (not normalized)", file=sys.stderr)
                for name in stale:
                    print(
                        f"  {os.path.normpath(f'customers_api/{PACKAGE}/{name}')}", file=sys.stderr
                    )
                return 1
            for action in report.unmatched:
                print(f"note: overlay action matched nothing: {action.target}", file=sys.stderr)
            for key, name in wrappers.stale(effective, table):
                print(f"note: alias matches no operation: {key} ({name})", file=sys.stderr)
            print(f"ok: customers_api/{PACKAGE} matches openapi.json + overlay")
            return 0
        old = _committed_effective(committed_spec_path, overlay)
        summary = render(summarize(old, effective, table)) + "\n" + render_report(report)
        renames = wrappers.renamed(wrappers.plan(effective, package, table))
        friendly = wrappers.section(old, effective, table, renames)
        summary += "\n" + friendly if friendly else ""
        spec_text = dump_spec(spec)
        unchanged = (
            not stale
            and committed_spec_path.exists()
            and committed_spec_path.read_text() == spec_text
        )
        rendered_trees = {wrappers.OUTPUT: rendered}
        if not unchanged:
            problem = check_package(root, package, Path(tmp), rendered_trees) if stale else None
            if problem and (problem.own or not args.allow_layer_errors):
                raise SpecError(str(problem))  # codegen's own output is never swapped in broken
            if problem:
                print(
                    f"codegen: swapped in anyway (--allow-layer-errors): {problem}", file=sys.stderr
                )
                summary += LAYER_BROKEN.format(problem=problem)
            before = api_diff.snapshot(root)  # the committed tree
            after = stage_tree(root, package, Path(tmp) / "after", rendered_trees)
            summary += "\n" + api_diff.section(before, api_diff.snapshot(after))
        # Everything that can fail has run: what is left writes staged files and renames.
        files = [] if unchanged or new_readme is None else [(readme, new_readme)]
        files += [(Path(args.summary), summary)] if args.summary else []
        staged = stage_files(files)
        with contextlib.ExitStack() as swap:  # each step restores its part if a later one fails
            if not unchanged:
                swap.enter_context(wrappers.staged(root, rendered))
                swap.enter_context(swapped(root, spec_text, package))
            swap.enter_context(replaced(staged))
    print(summary, end="")
    print(f"{len(stale)} generated file(s) changed")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__.split("\n")[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--url", default=DEFAULT_URL, help="spec URL (default: the public spec)")
    source.add_argument("--spec", help="a local spec file instead of a URL")
    source.add_argument("--check", action="store_true", help="fail if committed code is stale")
    parser.add_argument(
        "--root", default=str(ROOT), help="repository root (default: this checkout)"
    )
    parser.add_argument(
        "--overlay", default=str(OVERLAY), help="Overlay 1.0 file (default: codegen/overlay.yaml)"
    )
    parser.add_argument(
        "--allow-layer-errors",
        action="store_true",
        help="swap in even if the new package does not import or type-check with the "
        "handwritten layer; the problem goes in the summary (the regenerate workflow's draft PR)",
    )
    parser.add_argument("--summary", help="also write the change summary (Markdown) to this file")
    args = parser.parse_args(argv)
    try:
        return run(args)
    except SpecError as exc:
        print(f"codegen: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
